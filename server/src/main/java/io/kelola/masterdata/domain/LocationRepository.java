package io.kelola.masterdata.domain;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** SQL for the active storage locations inside a warehouse ({@code m_loc}). */
@Repository
class LocationRepository {

  private static final List<FieldSpec> FIELDS = MasterKinds.LOCATION_FIELDS;
  private static final String SELECT = "SELECT l.id, w.code AS wh_code, l.code, "
      + FIELDS.stream().map(f -> "l." + f.column()).collect(Collectors.joining(", "))
      + " FROM m_loc l JOIN m_wh w ON w.id = l.wh_id WHERE l.deleted_at IS NULL";

  private final JdbcClient jdbc;

  LocationRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  List<LocationRow> list(long warehouseId) {
    return jdbc.sql(SELECT + " AND l.wh_id = :wh ORDER BY l.code").param("wh", warehouseId)
        .query(LocationRepository::map).list();
  }

  Optional<LocationRow> find(long warehouseId, String code) {
    return jdbc.sql(SELECT + " AND l.wh_id = :wh AND l.code = :code").param("wh", warehouseId).param("code", code)
        .query(LocationRepository::map).optional();
  }

  /** Codes are unique per warehouse, soft-deleted ones included. */
  boolean codeTaken(long warehouseId, String code) {
    return jdbc.sql("SELECT EXISTS (SELECT 1 FROM m_loc WHERE wh_id = :wh AND code = :code)")
        .param("wh", warehouseId).param("code", code).query(Boolean.class).single();
  }

  long insert(long warehouseId, String code, Map<String, Object> values, Long userId) {
    var columns = FIELDS.stream().map(FieldSpec::column).collect(Collectors.joining(", "));
    var params = FIELDS.stream().map(f -> ":" + f.name()).collect(Collectors.joining(", "));
    return jdbc.sql("INSERT INTO m_loc (wh_id, code, " + columns + ", created_by, updated_by) VALUES (:wh, :code, "
            + params + ", :user, :user) RETURNING id")
        .params(bind(values)).param("wh", warehouseId).param("code", code).param("user", userId)
        .query(Long.class).single();
  }

  void update(long id, Map<String, Object> values, Long userId) {
    var sets = FIELDS.stream().map(f -> f.column() + " = :" + f.name()).collect(Collectors.joining(", "));
    jdbc.sql("UPDATE m_loc SET " + sets + ", updated_by = :user WHERE id = :id").params(bind(values))
        .param("user", userId).param("id", id).update();
  }

  /** Codes of the soft-deleted locations of a warehouse, for restoring. */
  List<String> deletedCodes(long warehouseId) {
    return jdbc.sql("SELECT code FROM m_loc WHERE wh_id = :wh AND deleted_at IS NOT NULL ORDER BY code")
        .param("wh", warehouseId).query(String.class).list();
  }

  /** Brings a soft-deleted location back; false when there is no deleted one with that code. */
  boolean restore(long warehouseId, String code, Long userId) {
    return jdbc.sql("""
            UPDATE m_loc SET deleted_at = NULL, deleted_by = NULL, updated_by = :user
            WHERE wh_id = :wh AND code = :code AND deleted_at IS NOT NULL""")
        .param("wh", warehouseId).param("code", code).param("user", userId).update() == 1;
  }

  void markDeleted(long id, Long userId) {
    jdbc.sql("UPDATE m_loc SET deleted_at = now(), deleted_by = :user, updated_by = :user WHERE id = :id")
        .param("user", userId).param("id", id).update();
  }

  private static Map<String, Object> bind(Map<String, Object> values) {
    var params = new HashMap<String, Object>();
    for (var f : FIELDS) params.put(f.name(), values.get(f.name()));
    return params;
  }

  private static LocationRow map(ResultSet rs, int n) throws SQLException {
    var values = new LinkedHashMap<String, Object>();
    for (var f : FIELDS) values.put(f.name(), MasterRepository.read(f, rs));
    return new LocationRow(rs.getLong("id"), rs.getString("wh_code"), rs.getString("code"), values);
  }
}
