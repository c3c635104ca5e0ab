package io.kelola.masterdata.domain;

import io.kelola.shared.web.PageQuery;
import io.kelola.shared.web.PageResult;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * SQL for every simple master. Table and column names come only from {@link MasterKinds}, never
 * from the request; values are always bound parameters.
 */
@Repository
class MasterRepository {

  private final JdbcClient jdbc;

  MasterRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  PageResult<MasterRow> list(MasterKind kind, PageQuery page, boolean includeDeleted) {
    var params = new HashMap<String, Object>();
    var where = where(kind, page, includeDeleted, params);
    long total = jdbc.sql("SELECT count(*) FROM " + kind.table() + where).params(params).query(Long.class).single();
    var rows = jdbc.sql(select(kind) + where + page.orderBy(sorts(kind), "code") + " LIMIT :limit OFFSET :offset")
        .params(params).param("limit", page.size()).param("offset", page.offset())
        .query((rs, n) -> map(kind, rs)).list();
    return new PageResult<>(rows, page, total);
  }

  /** Every row (active only unless asked), in code order, for exports. */
  void forEach(MasterKind kind, boolean includeDeleted, Consumer<MasterRow> sink) {
    try (var rows = jdbc.sql(select(kind) + (includeDeleted ? "" : " WHERE deleted_at IS NULL") + " ORDER BY code")
        .withFetchSize(500).query((rs, n) -> map(kind, rs)).stream()) {
      rows.forEach(sink);
    }
  }

  /** Found whether deleted or not: codes stay taken after a soft delete. */
  Optional<MasterRow> find(MasterKind kind, String code) {
    return jdbc.sql(select(kind) + " WHERE code = :code").param("code", code).query((rs, n) -> map(kind, rs))
        .optional();
  }

  Optional<MasterRow> findForUpdate(MasterKind kind, String code) {
    return jdbc.sql(select(kind) + " WHERE code = :code FOR UPDATE").param("code", code)
        .query((rs, n) -> map(kind, rs)).optional();
  }

  long insert(MasterKind kind, String code, Map<String, Object> values, Long userId) {
    var columns = kind.fields().stream().map(FieldSpec::column).collect(Collectors.joining(", "));
    var params = kind.fields().stream().map(f -> ":" + f.name()).collect(Collectors.joining(", "));
    return jdbc.sql("INSERT INTO " + kind.table() + " (code, " + columns + ", created_by, updated_by) VALUES (:code, "
            + params + ", :user, :user) RETURNING id")
        .params(bind(kind, values)).param("code", code).param("user", userId).query(Long.class).single();
  }

  void update(MasterKind kind, long id, Map<String, Object> values, Long userId) {
    var sets = kind.fields().stream().map(f -> f.column() + " = :" + f.name()).collect(Collectors.joining(", "));
    jdbc.sql("UPDATE " + kind.table() + " SET " + sets + ", updated_by = :user WHERE id = :id")
        .params(bind(kind, values)).param("user", userId).param("id", id).update();
  }

  void markDeleted(MasterKind kind, long id, Long userId) {
    jdbc.sql("UPDATE " + kind.table() + " SET deleted_at = now(), deleted_by = :user, updated_by = :user WHERE id = :id")
        .param("user", userId).param("id", id).update();
  }

  void restore(MasterKind kind, long id, Long userId) {
    jdbc.sql("UPDATE " + kind.table() + " SET deleted_at = NULL, deleted_by = NULL, updated_by = :user WHERE id = :id")
        .param("user", userId).param("id", id).update();
  }

  boolean hasActive(MasterKind.Dependent dependent, long parentId) {
    return jdbc.sql("SELECT EXISTS (SELECT 1 FROM " + dependent.table() + " WHERE " + dependent.column()
        + " = :id AND deleted_at IS NULL)").param("id", parentId).query(Boolean.class).single();
  }

  private static Map<String, Object> bind(MasterKind kind, Map<String, Object> values) {
    var params = new HashMap<String, Object>();
    for (var f : kind.fields()) params.put(f.name(), values.get(f.name()));
    return params;
  }

  private static String where(MasterKind kind, PageQuery page, boolean includeDeleted, Map<String, Object> params) {
    var where = new StringBuilder(includeDeleted ? " WHERE TRUE" : " WHERE deleted_at IS NULL");
    if (page.hasSearch()) {
      where.append(" AND (code ILIKE :pattern");
      kind.fields().stream().filter(FieldSpec::searchable)
          .forEach(f -> where.append(" OR ").append(f.column()).append(" ILIKE :pattern"));
      where.append(")");
      params.put("pattern", page.likePattern());
    }
    return where.toString();
  }

  private static Map<String, String> sorts(MasterKind kind) {
    var sorts = new LinkedHashMap<String, String>();
    sorts.put("code", "code");
    sorts.put("updatedAt", "updated_at");
    kind.fields().stream().filter(FieldSpec::sortable).forEach(f -> sorts.put(f.name(), f.column()));
    return sorts;
  }

  private static String select(MasterKind kind) {
    return "SELECT id, code, " + kind.fields().stream().map(FieldSpec::column).collect(Collectors.joining(", "))
        + ", created_at, updated_at, deleted_at FROM " + kind.table();
  }

  private static MasterRow map(MasterKind kind, ResultSet rs) throws SQLException {
    var values = new LinkedHashMap<String, Object>();
    for (var f : kind.fields()) values.put(f.name(), read(f, rs));
    var deleted = rs.getTimestamp("deleted_at");
    return new MasterRow(rs.getLong("id"), rs.getString("code"), values, rs.getTimestamp("created_at").toInstant(),
        rs.getTimestamp("updated_at").toInstant(), deleted == null ? null : deleted.toInstant());
  }

  static Object read(FieldSpec f, ResultSet rs) throws SQLException {
    return switch (f.type()) {
      case DATE -> rs.getObject(f.column(), LocalDate.class);
      case MONEY, DECIMAL -> rs.getBigDecimal(f.column());
      case INTEGER -> (Integer) rs.getObject(f.column());
      case BOOLEAN -> rs.getBoolean(f.column());
      default -> rs.getString(f.column());
    };
  }
}
