package io.kelola.audit;

import io.kelola.shared.security.CurrentUser;
import io.kelola.shared.security.KelolaPrincipal;
import io.kelola.shared.web.PageQuery;
import io.kelola.shared.web.PageResult;
import jakarta.servlet.http.HttpServletRequest;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.StringUtils;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import tools.jackson.databind.json.JsonMapper;

/** Writes and reads {@code log_audit}. Writes join the caller's transaction. */
@Service
public class AuditTrail {

  /** Sort keys the viewer may use, mapped to columns (never raw client input in SQL). */
  public static final Map<String, String> SORTS = Map.of(
      "time", "created_at", "user", "username", "action", "action", "entity", "entity_type");

  private final JdbcClient jdbc;
  private final JsonMapper json;
  private final Clock clock;

  AuditTrail(JdbcClient jdbc, JsonMapper json, Clock clock) {
    this.jdbc = jdbc;
    this.json = json;
    this.clock = clock;
  }

  /** Records an action by the signed-in caller. */
  @Transactional(propagation = Propagation.MANDATORY)
  public void record(AuditEntry entry) {
    var caller = CurrentUser.get();
    record(entry, new AuditActor(caller.map(KelolaPrincipal::userId).orElse(null),
        caller.map(KelolaPrincipal::username).orElse(null)));
  }

  /** Records an action attributed to an explicit actor (login, token refresh, system jobs). */
  @Transactional(propagation = Propagation.MANDATORY)
  public void record(AuditEntry entry, AuditActor actor) {
    jdbc.sql("""
        INSERT INTO log_audit (user_id, username, action, entity_type, entity_id, entity_key,
                               old_value, new_value, ip_address, created_at)
        VALUES (:user, :username, :action, :type, :id, :key, :old, :new, :ip, :at)""")
        .param("user", actor.userId())
        .param("username", actor.username())
        .param("action", entry.action())
        .param("type", entry.entityType())
        .param("id", entry.entityId())
        .param("key", entry.entityKey())
        .param("old", toJson(entry.oldValue()))
        .param("new", toJson(entry.newValue()))
        .param("ip", currentIp())
        .param("at", Timestamp.from(clock.instant()))
        .update();
  }

  @Transactional(readOnly = true)
  public PageResult<AuditRecord> search(AuditQuery query, PageQuery page) {
    var where = new StringBuilder(" WHERE TRUE");
    var params = new java.util.HashMap<String, Object>();
    filters(query, where, params);
    long total = jdbc.sql("SELECT count(*) FROM log_audit" + where).params(params).query(Long.class).single();
    var rows = jdbc.sql("SELECT * FROM log_audit" + where + page.orderBy(SORTS, "created_at DESC, id DESC")
            + " LIMIT :limit OFFSET :offset")
        .params(params).param("limit", page.size()).param("offset", page.offset())
        .query(AuditTrail::map).list();
    return new PageResult<>(rows, page, total);
  }

  /** Streams every matching row (newest first) for exports, without loading them all at once. */
  @Transactional(readOnly = true)
  public void forEach(AuditQuery query, int max, Consumer<AuditRecord> sink) {
    var where = new StringBuilder(" WHERE TRUE");
    var params = new java.util.HashMap<String, Object>();
    filters(query, where, params);
    try (var rows = jdbc.sql("SELECT * FROM log_audit" + where + " ORDER BY created_at DESC, id DESC LIMIT :max")
        .params(params).param("max", max).withFetchSize(500).query(AuditTrail::map).stream()) {
      rows.forEach(sink);
    }
  }

  /** Distinct actions present, for the viewer's filter list. */
  @Transactional(readOnly = true)
  public List<String> actions() {
    return jdbc.sql("SELECT DISTINCT action FROM log_audit ORDER BY action").query(String.class).list();
  }

  private static void filters(AuditQuery q, StringBuilder where, Map<String, Object> params) {
    if (StringUtils.hasText(q.username())) {
      where.append(" AND lower(username) = lower(:username)");
      params.put("username", q.username().trim());
    }
    if (StringUtils.hasText(q.action())) {
      where.append(" AND action = :action");
      params.put("action", q.action().trim());
    }
    if (StringUtils.hasText(q.entityType())) {
      where.append(" AND entity_type = :entityType");
      params.put("entityType", q.entityType().trim());
    }
    if (q.from() != null) {
      where.append(" AND created_at >= :from");
      params.put("from", Timestamp.from(q.from()));
    }
    if (q.to() != null) {
      where.append(" AND created_at < :to");
      params.put("to", Timestamp.from(q.to()));
    }
  }

  private static AuditRecord map(ResultSet rs, int row) throws SQLException {
    return new AuditRecord(rs.getTimestamp("created_at").toInstant(), rs.getString("username"),
        rs.getString("action"), rs.getString("entity_type"), rs.getString("entity_key"),
        rs.getString("old_value"), rs.getString("new_value"), rs.getString("ip_address"));
  }

  private String toJson(Object value) {
    if (value == null) return null;
    if (value instanceof String s) return s;
    return json.writeValueAsString(value);
  }

  private static String currentIp() {
    if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attrs) {
      HttpServletRequest request = attrs.getRequest();
      return request.getRemoteAddr();
    }
    return null;
  }
}
