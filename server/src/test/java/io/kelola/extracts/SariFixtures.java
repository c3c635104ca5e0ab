package io.kelola.extracts;

import io.kelola.support.Http;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import javax.imageio.ImageIO;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * SARI test data through the real API: a QC spec for the demo material, lots taken in by the demo
 * operator with generated photos and a tiny PDF CoA, and a job put where the AI would leave it.
 */
public final class SariFixtures {

  public static final String ITEM = "EXT-001";
  public static final String VENDOR = "VND-001";
  /** The demo vendor whose BPOM certificate has expired: its lots cannot be released. */
  public static final String EXPIRED_VENDOR = "VND-003";
  public static final String LAB_CODE = "BRIX";
  public static final String CHECK = "Aroma khas jahe";
  public static final byte[] PDF = "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

  private SariFixtures() {}

  /** Publishes a spec version for {@link #ITEM} and {@code market}: lab BRIX 10–20 and one check. */
  public static void spec(int port, String market) {
    var qc = Http.api(port, "qc.supervisor", Http.DEMO_PASSWORD);
    var body = new LinkedHashMap<String, Object>(Map.of("item", ITEM, "market", market, "refL", 60, "refA", 10,
        "refB", 40, "deMax", 5, "hazeMax", 30, "particleMax", 5, "minConfidence", 0.7));
    body.put("labLimits", List.of(Map.of("code", LAB_CODE, "name", "Brix", "unit", "%", "min", 10, "max", 20)));
    body.put("checks", List.of(CHECK));
    var res = qc.postJson("/api/v1/sari/qc/specs", body);
    if (res.statusCode() != 201) throw new AssertionError("spec not published: " + res.body());
  }

  /** A lot taken in by {@code sari.operator}; returns its code. */
  public static String intake(int port, String vendor) {
    var op = Http.api(port, "sari.operator", Http.DEMO_PASSWORD);
    var fields = intakeFields(vendor, "SUP-" + ThreadLocalRandom.current().nextInt(100_000, 999_999));
    fields.put("intakeTemp", "4.5"); // the API takes plain decimals; the page also takes "4,5"
    var files = new ArrayList<Part>();
    files.add(new Part("coa", "coa.pdf", "application/pdf", PDF));
    files.add(new Part("photos", "a.png", "image/png", png(Color.ORANGE)));
    var res = multipart(op, "/api/v1/sari/lots", fields, files);
    if (res.statusCode() != 201) throw new AssertionError("intake refused: " + res.body());
    return Http.json(res).get("lotCode").asString();
  }

  public static Map<String, String> intakeFields(String vendor, String supplierLot) {
    var today = LocalDate.now(io.kelola.shared.web.Formats.WIB);
    var f = new LinkedHashMap<String, String>();
    f.put("vendor", vendor);
    f.put("item", ITEM);
    f.put("qty", "25");
    f.put("uom", "");
    f.put("supplierLot", supplierLot);
    f.put("harvestDate", today.minusDays(3).toString());
    f.put("expDate", today.plusMonths(6).toString());
    f.put("intakeTemp", "4,5");
    f.put("market", "DOMESTIC");
    return f;
  }

  /** The lot's open job, moved to NEEDS_REVIEW as the AI would when it is unsure (unless the AI already ran). */
  public static UUID jobAwaitingReview(JdbcClient jdbc, String lotCode) {
    var job = jdbc.sql("""
            SELECT j.uuid FROM t_qc_job j JOIN t_sari_lot l ON l.id = j.lot_id
            WHERE l.lot_code = :code ORDER BY j.id DESC LIMIT 1""").param("code", lotCode).query(UUID.class).single();
    jdbc.sql("""
            UPDATE t_qc_job SET status = 'NEEDS_REVIEW', ai_outcome = 'REVIEW',
              ai_reason = 'foto 1: kekeruhan 28 (maks. 30) mendekati batas', model_version = 'test', inspected_at = NOW()
            WHERE uuid = :job AND status = 'PENDING'""").param("job", job).update();
    return job;
  }

  public record Part(String name, String fileName, String contentType, byte[] bytes) {}

  /** Posts multipart/form-data like a browser form or an API client would. */
  public static HttpResponse<String> multipart(Http http, String path, Map<String, String> fields, List<Part> files) {
    var boundary = "----kelola" + UUID.randomUUID();
    var body = new ByteArrayOutputStream();
    try {
      for (var e : fields.entrySet()) {
        body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + e.getKey() + "\"\r\n\r\n"
            + e.getValue() + "\r\n").getBytes(StandardCharsets.UTF_8));
      }
      for (var p : files) {
        body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + p.name() + "\"; filename=\""
            + p.fileName() + "\"\r\nContent-Type: " + p.contentType() + "\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.write(p.bytes());
        body.write("\r\n".getBytes(StandardCharsets.UTF_8));
      }
      body.write(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return http.send(http.request(path).header("Content-Type", "multipart/form-data; boundary=" + boundary)
        .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build());
  }

  /** A small PNG sample photo of one colour with a darker square, like a vial shot on a light box. */
  public static byte[] png(Color colour) {
    var img = new BufferedImage(96, 96, BufferedImage.TYPE_INT_RGB);
    var g = img.createGraphics();
    g.setColor(Color.WHITE);
    g.fillRect(0, 0, 96, 96);
    g.setColor(colour);
    g.fillRect(24, 24, 48, 48);
    g.dispose();
    var out = new ByteArrayOutputStream();
    try {
      ImageIO.write(img, "png", out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }
}
