package io.kelola.extracts.domain;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** {@code t_qc_spec}. */
@Repository
class QcSpecRepository {

  private static final String SELECT = """
      SELECT s.*, i.code AS item_code, i.name AS item_name FROM t_qc_spec s JOIN m_item i ON i.id = s.item_id""";
  private static final TypeReference<List<QcSpec.LabLimit>> LIMITS = new TypeReference<>() {};
  private static final TypeReference<List<String>> STRINGS = new TypeReference<>() {};

  private final JdbcClient jdbc;
  private final JsonMapper json;

  QcSpecRepository(JdbcClient jdbc, JsonMapper json) {
    this.jdbc = jdbc;
    this.json = json;
  }

  Optional<QcSpec> active(long itemId, String market) {
    return jdbc.sql(SELECT + " WHERE s.item_id = :item AND s.market = :market AND s.is_active")
        .param("item", itemId).param("market", market).query(this::row).optional();
  }

  Optional<QcSpec> byId(long id) {
    return jdbc.sql(SELECT + " WHERE s.id = :id").param("id", id).query(this::row).optional();
  }

  List<QcSpec> all() {
    return jdbc.sql(SELECT + " ORDER BY i.code, s.market, s.version DESC").query(this::row).list();
  }

  /** Serialises new versions of one material and market (two editors cannot both get version n). */
  int lockAndNextVersion(long itemId, String market) {
    jdbc.sql("SELECT pg_advisory_xact_lock(hashtext('qc_spec'), :k)").param("k", (int) (itemId * 31 + market.hashCode()))
        .query().singleRow();
    return jdbc.sql("SELECT COALESCE(MAX(version), 0) + 1 FROM t_qc_spec WHERE item_id = :item AND market = :market")
        .param("item", itemId).param("market", market).query(Integer.class).single();
  }

  long insert(long itemId, String market, int version, QcSpecDraft d, Long by) {
    jdbc.sql("UPDATE t_qc_spec SET is_active = FALSE WHERE item_id = :item AND market = :market AND is_active")
        .param("item", itemId).param("market", market).update();
    return jdbc.sql("""
            INSERT INTO t_qc_spec (item_id, market, version, ref_l, ref_a, ref_b, de_max, haze_max, particle_max,
              min_particle_area, min_confidence, lab_limits, checks, method, created_by)
            VALUES (:item, :market, :version, :l, :a, :b, :de, :haze, :particles, :area, :conf, CAST(:limits AS jsonb),
              CAST(:checks AS jsonb), :method, :by) RETURNING id""")
        .param("item", itemId).param("market", market).param("version", version).param("l", d.refL())
        .param("a", d.refA()).param("b", d.refB()).param("de", d.deMax()).param("haze", d.hazeMax())
        .param("particles", d.particleMax()).param("area", d.minParticleArea()).param("conf", d.minConfidence())
        .param("limits", json.writeValueAsString(d.labLimits())).param("checks", json.writeValueAsString(d.checks()))
        .param("method", d.method()).param("by", by)
        .query(Long.class).single();
  }

  private QcSpec row(ResultSet rs, int n) throws SQLException {
    return new QcSpec(rs.getLong("id"), rs.getObject("uuid", java.util.UUID.class), rs.getString("item_code"),
        rs.getString("item_name"), rs.getString("market"), rs.getInt("version"), rs.getBigDecimal("ref_l"),
        rs.getBigDecimal("ref_a"), rs.getBigDecimal("ref_b"), rs.getBigDecimal("de_max"),
        rs.getBigDecimal("haze_max"), rs.getInt("particle_max"), rs.getInt("min_particle_area"),
        rs.getBigDecimal("min_confidence"),
        json.readValue(rs.getString("lab_limits"), LIMITS), json.readValue(rs.getString("checks"), STRINGS),
        rs.getString("method"), rs.getBoolean("is_active"), rs.getObject("created_at", OffsetDateTime.class).toInstant());
  }

}
