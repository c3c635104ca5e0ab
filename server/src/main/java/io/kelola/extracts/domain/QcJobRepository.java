package io.kelola.extracts.domain;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** {@code t_qc_job} and the per-photo AI results in {@code t_qc_result}. */
@Repository
class QcJobRepository {

  private static final String SELECT = """
      SELECT j.*, l.lot_code, s.version AS spec_version, p.uuid AS parent_uuid, u.full_name AS reviewer_name
      FROM t_qc_job j JOIN t_sari_lot l ON l.id = j.lot_id JOIN t_qc_spec s ON s.id = j.spec_id
      LEFT JOIN t_qc_job p ON p.id = j.parent_job_id LEFT JOIN adm_user u ON u.id = j.reviewed_by""";
  private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() {};

  /** One photo's AI result, as stored. */
  record Result(long photoId, UUID photoUuid, int photoSeq, String detections, BigDecimal labL, BigDecimal labA,
      BigDecimal labB, BigDecimal deltaE, BigDecimal colourConf, BigDecimal haze, BigDecimal hazeConf,
      Integer particles, String particleSizes, BigDecimal particleConf, String annotatedKey, String error) {}

  private final JdbcClient jdbc;
  private final JsonMapper json;

  QcJobRepository(JdbcClient jdbc, JsonMapper json) {
    this.jdbc = jdbc;
    this.json = json;
  }

  long insert(long lotId, long specId, Long parentId, String retestReason) {
    return jdbc.sql("""
            INSERT INTO t_qc_job (lot_id, spec_id, parent_job_id, retest_reason) VALUES (:lot, :spec, :parent, :reason)
            RETURNING id""")
        .param("lot", lotId).param("spec", specId).param("parent", parentId).param("reason", retestReason)
        .query(Long.class).single();
  }

  Optional<QcJob> byId(long id) {
    return jdbc.sql(SELECT + " WHERE j.id = :id").param("id", id).query(this::row).optional();
  }

  Optional<QcJob> byUuid(UUID uuid) {
    return jdbc.sql(SELECT + " WHERE j.uuid = :uuid").param("uuid", uuid).query(this::row).optional();
  }

  Optional<QcJob> lock(UUID uuid) {
    return jdbc.sql(SELECT + " WHERE j.uuid = :uuid FOR UPDATE OF j").param("uuid", uuid).query(this::row).optional();
  }

  List<QcJob> ofLot(long lotId) {
    return jdbc.sql(SELECT + " WHERE j.lot_id = :lot ORDER BY j.created_at, j.id").param("lot", lotId)
        .query(this::row).list();
  }

  /** Jobs a supervisor has to decide (or that wait for the AI), oldest first. */
  List<QcJob> queue(int limit) {
    return jdbc.sql(SELECT + " WHERE j.status IN ('PENDING', 'COMPLETED', 'NEEDS_REVIEW', 'FAILED')"
            + " ORDER BY j.created_at, j.id LIMIT :limit")
        .param("limit", limit).query(this::row).list();
  }

  void recordInspection(long jobId, String status, String outcome, String reason, String modelVersion,
      Map<String, Object> thresholds, Instant at) {
    jdbc.sql("""
            UPDATE t_qc_job SET status = :status, ai_outcome = :outcome, ai_reason = :reason, model_version = :model,
              thresholds = CAST(:thresholds AS jsonb), inspected_at = :at
            WHERE id = :id AND status = 'PENDING'""")
        .param("status", status).param("outcome", outcome).param("reason", reason).param("model", modelVersion)
        .param("thresholds", json.writeValueAsString(thresholds)).param("at", utc(at)).param("id", jobId).update();
  }

  void recordDecision(long jobId, String status, Map<String, ?> labValues, Map<String, ?> checks, String reason,
      long reviewer, Instant at, String meaning) {
    jdbc.sql("""
            UPDATE t_qc_job SET status = :status, lab_values = CAST(:lab AS jsonb), check_results = CAST(:checks AS jsonb),
              decision_reason = :reason, reviewed_by = :by, reviewed_at = :at, signature_meaning = :meaning
            WHERE id = :id""")
        .param("status", status).param("lab", json.writeValueAsString(labValues))
        .param("checks", json.writeValueAsString(checks)).param("reason", reason).param("by", reviewer)
        .param("at", utc(at)).param("meaning", meaning).param("id", jobId).update();
  }

  /** Counts one failed inspection attempt and returns the attempts so far. */
  int countAttempt(long jobId) {
    return jdbc.sql("UPDATE t_qc_job SET attempts = attempts + 1 WHERE id = :id RETURNING attempts").param("id", jobId)
        .query(Integer.class).single();
  }

  void invalidate(long jobId) {
    jdbc.sql("UPDATE t_qc_job SET status = 'INVALIDATED' WHERE id = :id").param("id", jobId).update();
  }

  void insertResult(long jobId, long photoId, Result r) {
    jdbc.sql("""
            INSERT INTO t_qc_result (job_id, photo_id, detections, lab_l, lab_a, lab_b, delta_e, colour_conf, haze,
              haze_conf, particles, particle_sizes, particle_conf, annotated_key, error)
            VALUES (:job, :photo, CAST(:det AS jsonb), :l, :a, :b, :de, :cc, :haze, :hc, :p, CAST(:ps AS jsonb), :pc,
              :ann, :err)
            ON CONFLICT (job_id, photo_id) DO NOTHING""")
        .param("job", jobId).param("photo", photoId).param("det", r.detections() == null ? "[]" : r.detections())
        .param("l", r.labL()).param("a", r.labA()).param("b", r.labB()).param("de", r.deltaE())
        .param("cc", r.colourConf()).param("haze", r.haze()).param("hc", r.hazeConf()).param("p", r.particles())
        .param("ps", r.particleSizes()).param("pc", r.particleConf()).param("ann", r.annotatedKey())
        .param("err", r.error()).update();
  }

  List<Result> results(long jobId) {
    return jdbc.sql("""
            SELECT r.*, p.uuid AS photo_uuid, p.seq FROM t_qc_result r JOIN t_lot_photo p ON p.id = r.photo_id
            WHERE r.job_id = :job ORDER BY p.seq""")
        .param("job", jobId)
        .query((rs, n) -> new Result(rs.getLong("photo_id"), rs.getObject("photo_uuid", UUID.class), rs.getInt("seq"),
            rs.getString("detections"), rs.getBigDecimal("lab_l"), rs.getBigDecimal("lab_a"),
            rs.getBigDecimal("lab_b"), rs.getBigDecimal("delta_e"), rs.getBigDecimal("colour_conf"),
            rs.getBigDecimal("haze"), rs.getBigDecimal("haze_conf"), (Integer) rs.getObject("particles"),
            rs.getString("particle_sizes"), rs.getBigDecimal("particle_conf"), rs.getString("annotated_key"),
            rs.getString("error")))
        .list();
  }

  /** The annotated copy's blob key for a photo of a job, when the AI made one. */
  Optional<String> annotatedKey(UUID job, UUID photo) {
    return jdbc.sql("""
            SELECT r.annotated_key FROM t_qc_result r JOIN t_qc_job j ON j.id = r.job_id
            JOIN t_lot_photo p ON p.id = r.photo_id WHERE j.uuid = :job AND p.uuid = :photo""")
        .param("job", job).param("photo", photo).query(String.class).optional();
  }

  private QcJob row(ResultSet rs, int n) throws SQLException {
    return new QcJob(rs.getLong("id"), rs.getObject("uuid", UUID.class), rs.getLong("lot_id"), rs.getString("lot_code"),
        rs.getLong("spec_id"), rs.getInt("spec_version"), rs.getObject("parent_uuid", UUID.class),
        rs.getString("retest_reason"), rs.getString("status"), rs.getString("ai_outcome"), rs.getString("ai_reason"),
        rs.getString("model_version"), map(rs.getString("thresholds")), instant(rs, "inspected_at"),
        map(rs.getString("lab_values")), map(rs.getString("check_results")), rs.getString("decision_reason"),
        rs.getString("reviewer_name"), instant(rs, "reviewed_at"), rs.getString("signature_meaning"),
        instant(rs, "created_at"));
  }

  private Map<String, Object> map(String s) {
    return s == null ? null : json.readValue(s, MAP);
  }

  static Instant instant(ResultSet rs, String col) throws SQLException {
    var t = rs.getObject(col, OffsetDateTime.class);
    return t == null ? null : t.toInstant();
  }

  static OffsetDateTime utc(Instant i) {
    return i == null ? null : OffsetDateTime.ofInstant(i, ZoneOffset.UTC);
  }
}
