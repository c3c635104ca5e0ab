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

  private SariFixtures() {}

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

  /** Intake fields for a demo ginger lot from {@code vendor}. */
  public static Map<String, String> lotFields(String vendor, String market) {
    var f = new LinkedHashMap<String, String>();
    f.put("vendor", vendor);
    f.put("item", "EXT-001");
    f.put("qty", "120");
    f.put("uom", "KG");
    f.put("supplierLot", "SUP-" + UUID.randomUUID().toString().substring(0, 8));
    f.put("harvestDate", LocalDate.now().minusDays(10).toString());
    f.put("expDate", LocalDate.now().plusMonths(11).toString());
    f.put("intakeTemp", "4.5");
    f.put("market", market);
    return f;
  }

  /** Takes a lot in with {@code photos} clean photos and the CoA; returns the created lot JSON. */
  public static JsonNode intake(Http operator, String vendor, List<byte[]> photos) {
    var res = multipart(operator, "/api/v1/sari/lots", lotFields(vendor, "DOMESTIC"), intakeParts(photos));
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
