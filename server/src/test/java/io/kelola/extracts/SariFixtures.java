package io.kelola.extracts;

import static org.awaitility.Awaitility.await;

import io.kelola.support.Http;
import java.awt.Color;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.imageio.ImageIO;
import tools.jackson.databind.JsonNode;

/** Test helpers for SARI: sample photos, a CoA file, multipart intake, waiting for the AI. */
public final class SariFixtures {

  /** sRGB of the demo red-ginger reference colour (Lab 63.5, 14.6, 52.5). */
  public static final Color GINGER = new Color(202, 142, 57);
  public static final byte[] COA_PDF = "%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

  public static final String VENDOR = "VND-001";
  /** The demo vendor whose BPOM certificate has expired: its lots cannot be released. */
  public static final String EXPIRED_VENDOR = "VND-003";
  /** The material the page tests use: their own, so the QC specs they publish cannot disturb other tests. */
  public static final String ITEM = "EXT-PG1";
  public static final String LAB_CODE = "BRIX";
  public static final String CHECK = "Aroma khas jahe";
  public static final byte[] PDF = COA_PDF;

  private SariFixtures() {}

  /**
   * A chilled (2–8 °C) lot- and expiry-tracked material with this code, created through the master
   * data API unless it exists: test classes that publish QC specs each use their own material.
   */
  public static void material(int port, String code) {
    var admin = Http.api(port, "admin", Http.DEMO_PASSWORD);
    if (admin.get("/api/v1/master/items/" + code).statusCode() == 200) return;
    var res = admin.postJson("/api/v1/master/items", Map.of("code", code, "name", "Ekstrak uji " + code,
        "category", "Raw Material", "uom", "KG", "lotTracked", true, "expiryTracked", true, "tempMin", 2, "tempMax", 8,
        "shelfDays", 365));
    if (res.statusCode() != 201 && res.statusCode() != 409) throw new AssertionError("material: " + res.body());
  }

  /** Publishes a spec version for {@link #ITEM} and {@code market}: lab BRIX 10–20 and one check. */
  public static void spec(int port, String market) {
    material(port, ITEM);
    var qc = Http.api(port, "qc.supervisor", Http.DEMO_PASSWORD);
    var body = new LinkedHashMap<String, Object>(Map.of("item", ITEM, "market", market, "refL", 60, "refA", 10,
        "refB", 40, "deMax", 5, "hazeMax", 30, "particleMax", 5, "minConfidence", 0.7));
    body.put("labLimits", List.of(Map.of("code", LAB_CODE, "name", "Brix", "unit", "%", "min", 10, "max", 20)));
    body.put("checks", List.of(CHECK));
    var res = qc.postJson("/api/v1/sari/qc/specs", body);
    if (res.statusCode() != 201) throw new AssertionError("spec not published: " + res.body());
  }

  /** A lot of {@link #ITEM} taken in by {@code sari.operator}; returns its code. */
  public static String intake(int port, String vendor) {
    var op = Http.api(port, "sari.operator", Http.DEMO_PASSWORD);
    var fields = intakeFields(vendor, "SUP-" + java.util.concurrent.ThreadLocalRandom.current().nextInt(100_000, 999_999));
    fields.put("intakeTemp", "4.5"); // the API takes plain decimals; the page also takes "4,5"
    var files = List.of(new Part("coa", "coa.pdf", "application/pdf", PDF),
        new Part("photos", "a.png", "image/png", png(Color.ORANGE)));
    var res = multipart(op, "/api/v1/sari/lots", fields, files);
    if (res.statusCode() != 201) throw new AssertionError("intake refused: " + res.body());
    return Http.json(res).get("lotCode").asString();
  }

  /** Intake form fields for a lot of {@link #ITEM}, as the intake page sends them. */
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

  /**
   * The lot's newest job, moved to NEEDS_REVIEW as the AI would when unsure — unless the AI already
   * gave its verdict, which the review accepts just the same.
   */
  public static UUID jobAwaitingReview(org.springframework.jdbc.core.simple.JdbcClient jdbc, String lotCode) {
    var job = jdbc.sql("""
            SELECT j.uuid FROM t_qc_job j JOIN t_sari_lot l ON l.id = j.lot_id
            WHERE l.lot_code = :code ORDER BY j.id DESC LIMIT 1""").param("code", lotCode).query(UUID.class).single();
    jdbc.sql("""
            UPDATE t_qc_job SET status = 'NEEDS_REVIEW', ai_outcome = 'REVIEW',
              ai_reason = 'foto 1: kekeruhan 28 (maks. 30) mendekati batas', model_version = 'test', inspected_at = NOW()
            WHERE uuid = :job AND status = 'PENDING'""").param("job", job).update();
    return job;
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
    return png(img);
  }

  /** A clean sample photo: an even amber liquid on a light box, {@code specks} dark particles of radius 5. */
  public static byte[] samplePhoto(Color liquid, int specks) {
    var img = new BufferedImage(640, 480, BufferedImage.TYPE_INT_RGB);
    var g = img.createGraphics();
    g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
    g.setColor(liquid);
    g.fillRect(0, 0, 640, 480);
    g.setColor(new Color(30, 20, 10));
    for (int i = 0; i < specks; i++) g.fillOval(100 + (i % 5) * 90, 120 + (i / 5) * 110, 10, 10);
    g.dispose();
    return png(img);
  }

  public static byte[] png(BufferedImage img) {
    try {
      var out = new ByteArrayOutputStream();
      ImageIO.write(img, "png", out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A file part of a multipart body. */
  public record Part(String field, String fileName, String type, byte[] content) {}

  /** POSTs a multipart form: plain fields and file parts. */
  public static HttpResponse<String> multipart(Http http, String path, Map<String, String> fields, List<Part> files) {
    var boundary = "----kelola" + UUID.randomUUID();
    return http.send(http.request(path).header("Content-Type", "multipart/form-data; boundary=" + boundary)
        .POST(HttpRequest.BodyPublishers.ofByteArray(multipartBody(boundary, fields, files))).build());
  }

  /** A multipart/form-data body with {@code boundary}. */
  public static byte[] multipartBody(String boundary, Map<String, String> fields, List<Part> files) {
    var body = new ByteArrayOutputStream();
    fields.forEach((k, v) -> body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + k
        + "\"\r\n\r\n" + v + "\r\n").getBytes(StandardCharsets.UTF_8)));
    for (var f : files) {
      body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + f.field() + "\"; filename=\""
          + f.fileName() + "\"\r\nContent-Type: " + f.type() + "\r\n\r\n").getBytes(StandardCharsets.UTF_8));
      body.writeBytes(f.content());
      body.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
    }
    body.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
    return body.toByteArray();
  }

  /** The intake parts: the CoA and the photos. */
  public static List<Part> intakeParts(List<byte[]> photos) {
    var parts = new java.util.ArrayList<Part>();
    parts.add(new Part("coa", "coa.pdf", "application/pdf", COA_PDF));
    int i = 1;
    for (var p : photos) parts.add(new Part("photos", "foto" + i++ + ".png", "image/png", p));
    return parts;
  }

  /** Intake fields for a demo ginger (EXT-001) lot from {@code vendor}. */
  public static Map<String, String> lotFields(String vendor, String market) {
    return lotFields("EXT-001", vendor, market);
  }

  /** Intake fields for a lot of {@code item} from {@code vendor}. */
  public static Map<String, String> lotFields(String item, String vendor, String market) {
    var f = new LinkedHashMap<String, String>();
    f.put("vendor", vendor);
    f.put("item", item);
    f.put("qty", "120");
    f.put("uom", "KG");
    f.put("supplierLot", "SUP-" + UUID.randomUUID().toString().substring(0, 8));
    f.put("harvestDate", LocalDate.now().minusDays(10).toString());
    f.put("expDate", LocalDate.now().plusMonths(11).toString());
    f.put("intakeTemp", "4.5");
    f.put("market", market);
    return f;
  }

  /** Takes a lot of {@code item} in with these photos and the CoA; returns the created lot JSON. */
  public static JsonNode intake(Http operator, String item, String vendor, List<byte[]> photos) {
    var res = multipart(operator, "/api/v1/sari/lots", lotFields(item, vendor, "DOMESTIC"), intakeParts(photos));
    if (res.statusCode() != 201) throw new AssertionError("intake: " + res.statusCode() + " " + res.body());
    return Http.json(res);
  }

  /** Waits until the lot's newest QC job left PENDING; returns that job. */
  public static JsonNode awaitInspected(Http reader, String lotCode) {
    var job = new JsonNode[1];
    await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200)).until(() -> {
      var jobs = Http.json(reader.get("/api/v1/sari/lots/" + lotCode)).get("jobs");
      var last = jobs.get(jobs.size() - 1);
      job[0] = last;
      return !last.get("status").asString().equals("PENDING");
    });
    return job[0];
  }
}
