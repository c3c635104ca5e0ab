package io.kelola.extracts;

import io.kelola.support.Http;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import javax.imageio.ImageIO;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Lots in the stages the warehouse pages work on, made through the real API: a spec, an intake by
 * the operator, and a signed approval by the QC supervisor. The AI inspection is not waited for: a
 * job still PENDING is handed to the supervisor as needing review.
 */
public final class SariWarehouseFixtures {

  /** Its own material, so the spec published here cannot disturb other tests (see SariFixtures#material). */
  public static final String ITEM = "EXT-PG2";
  private static final String VENDOR = "VND-002";

  private final int port;
  private final JdbcClient jdbc;

  public SariWarehouseFixtures(int port, JdbcClient jdbc) {
    this.port = port;
    this.jdbc = jdbc;
  }

  /** A spec version for the material without lab limits or checks, so an approval needs none. */
  public void plainSpec() {
    SariFixtures.material(port, ITEM);
    var res = Http.api(port, "qc.supervisor", Http.DEMO_PASSWORD).postJson("/api/v1/sari/qc/specs", map(
        "item", ITEM, "market", "DOMESTIC", "refL", 60, "refA", 10, "refB", 40, "deMax", 100, "hazeMax", 100,
        "particleMax", 10000, "minConfidence", 0, "labLimits", List.of(), "checks", List.of()));
    if (res.statusCode() != 201) throw new AssertionError("spec: " + res.statusCode() + " " + res.body());
  }

  /** A lot taken in by the operator; returns its code. */
  public String intake(String qty) {
    var fields = SariFixtures.lotFields(ITEM, VENDOR, "DOMESTIC");
    fields.put("qty", qty);
    fields.put("supplierLot", "SUP-" + suffix());
    var res = SariFixtures.multipart(Http.api(port, "sari.operator", Http.DEMO_PASSWORD), "/api/v1/sari/lots", fields,
        SariFixtures.intakeParts(List.of(png())));
    if (res.statusCode() != 201) throw new AssertionError("intake: " + res.statusCode() + " " + res.body());
    return Http.json(res).get("lotCode").asString();
  }

  /** Takes a lot in and has it approved: stage RELEASED, waiting for a slot. */
  public String releasedLot(String qty) {
    var code = intake(qty);
    var job = jdbc.sql("""
            SELECT j.uuid FROM t_qc_job j JOIN t_sari_lot l ON l.id = j.lot_id
            WHERE l.lot_code = :c ORDER BY j.id DESC LIMIT 1""").param("c", code).query(UUID.class).single();
    // the AI worker is not what these pages test: an unfinished job goes straight to the supervisor
    jdbc.sql("UPDATE t_qc_job SET status = 'NEEDS_REVIEW' WHERE uuid = :j AND status = 'PENDING'").param("j", job).update();
    var res = Http.api(port, "qc.supervisor", Http.DEMO_PASSWORD).postJson("/api/v1/sari/qc/jobs/" + job + "/review",
        Map.of("decision", "APPROVE", "password", Http.DEMO_PASSWORD, "labValues", Map.of(), "checks", Map.of()));
    if (res.statusCode() != 200) throw new AssertionError("review: " + res.statusCode() + " " + res.body());
    return code;
  }

  /** A released lot put into a new cold slot: stage READY. */
  public String readyLot(String qty) {
    var code = releasedLot(qty);
    var slot = slot("2", "8", "1000");
    var res = Http.api(port, "sari.gudang", Http.DEMO_PASSWORD).postJson("/api/v1/sari/lots/" + code + "/slot",
        Map.of("location", slot));
    if (res.statusCode() != 200) throw new AssertionError("slot: " + res.statusCode() + " " + res.body());
    return code;
  }

  /** A new storage slot in the SARI cold store; returns its location code. */
  public String slot(String tempMin, String tempMax, String capacity) {
    var code = "T-SL-" + suffix();
    jdbc.sql("""
            INSERT INTO m_loc (wh_id, code, zone, kind, temp_min, temp_max, cap_units)
            SELECT id, :code, 'T', 'STORAGE', CAST(:min AS numeric), CAST(:max AS numeric), CAST(:cap AS numeric)
            FROM m_wh WHERE code = 'WH-CS1'""")
        .param("code", code).param("min", tempMin).param("max", tempMax).param("cap", capacity).update();
    return code;
  }

  /** A map from key, value pairs, in order (more pairs than {@code Map.of} takes). */
  public static <V> Map<String, V> map(Object... kv) {
    var m = new java.util.LinkedHashMap<String, V>();
    for (int i = 0; i < kv.length; i += 2) {
      @SuppressWarnings("unchecked") var v = (V) kv[i + 1];
      m.put((String) kv[i], v);
    }
    return m;
  }

  public String stage(String lotCode) {
    return jdbc.sql("SELECT stage FROM t_sari_lot WHERE lot_code = :c").param("c", lotCode).query(String.class).single();
  }

  public static String suffix() {
    return Integer.toString(ThreadLocalRandom.current().nextInt(100_000, 999_999));
  }

  private static byte[] png() {
    return SariFixtures.png(new Color(200, 120, 40));
  }
}
