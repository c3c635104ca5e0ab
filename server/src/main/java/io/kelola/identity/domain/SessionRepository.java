package io.kelola.identity.domain;

import io.kelola.shared.web.PageQuery;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** SQL for {@code adm_session} and the per-request principal lookup. */
@Repository
class SessionRepository {

  static final Map<String, String> SORTS = Map.of(
      "user", "u.username", "login", "s.login_at", "activity", "s.last_activity_at", "ip", "s.ip_address");

  /** Everything needed to authorise a request, in one round trip. */
  record SessionRow(long id, UUID uuid, SessionKind kind, Instant expiresAt, Instant lastActivityAt,
      long userId, UUID userUuid, String username, String fullName, boolean userActive, boolean demo,
      String roleCode, Set<String> permissions) {}

  private static final String PRINCIPAL = """
      SELECT s.id, s.uuid, s.kind, s.expires_at, s.last_activity_at,
             u.id AS user_id, u.uuid AS user_uuid, u.username, u.full_name, u.is_active, u.is_demo,
             r.code AS role_code,
             ARRAY(SELECT p.code FROM adm_role_permission rp JOIN adm_permission p ON p.id = rp.permission_id
                   WHERE rp.role_id = u.role_id) AS perms
      FROM adm_session s
      JOIN adm_user u ON u.id = s.user_id AND u.deleted_at IS NULL
      JOIN adm_role r ON r.id = u.role_id
      WHERE NOT s.is_revoked AND\s""";

  private final JdbcClient jdbc;

  SessionRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  IssuedSession insert(long userId, SessionKind kind, String method, String tokenHash, String ip, String ua,
      Instant now, Instant expiresAt) {
    return jdbc.sql("""
        INSERT INTO adm_session (user_id, kind, auth_method, token_hash, ip_address, user_agent,
                                 login_at, expires_at, last_activity_at, rotated_at)
        VALUES (:u, :k, :m, :h, :ip, :ua, :now, :exp, :now, :now) RETURNING id, uuid""")
        .param("u", userId).param("k", kind.name()).param("m", method).param("h", tokenHash)
        .param("ip", ip).param("ua", ua == null ? null : ua.substring(0, Math.min(ua.length(), 255)))
        .param("now", Timestamp.from(now)).param("exp", Timestamp.from(expiresAt))
        .query((rs, n) -> new IssuedSession(rs.getLong("id"), rs.getObject("uuid", UUID.class), null)).single();
  }

  /** By current browser token, or by the previous one while it is inside the rotation grace window. */
  Optional<SessionRow> byToken(String hash, Instant graceStart) {
    return jdbc.sql(PRINCIPAL + "(s.token_hash = :h OR (s.prev_token_hash = :h AND s.rotated_at > :grace))")
        .param("h", hash).param("grace", Timestamp.from(graceStart)).query(SessionRepository::map).optional();
  }

  Optional<SessionRow> byUuid(UUID uuid) {
    return jdbc.sql(PRINCIPAL + "s.uuid = :uuid").param("uuid", uuid).query(SessionRepository::map).optional();
  }

  /** The unrevoked sessions among {@code uuids}, in one round trip (callers keep the list to a page). */
  List<SessionRow> byUuids(Collection<UUID> uuids) {
    if (uuids.isEmpty()) return List.of();
    return jdbc.sql(PRINCIPAL + "s.uuid IN (:uuids)").param("uuids", uuids).query(SessionRepository::map).list();
  }

  /** Records activity of several sessions at once. */
  void touchAll(Collection<Long> ids, Instant now) {
    if (ids.isEmpty()) return;
    jdbc.sql("UPDATE adm_session SET last_activity_at = :now WHERE id IN (:ids)").param("now", Timestamp.from(now))
        .param("ids", ids).update();
  }

  Optional<Long> idOfUuid(UUID uuid) {
    return jdbc.sql("SELECT id FROM adm_session WHERE uuid = :uuid").param("uuid", uuid).query(Long.class).optional();
  }

  void touch(long id, Instant now) {
    jdbc.sql("UPDATE adm_session SET last_activity_at = :now WHERE id = :id").param("now", Timestamp.from(now)).param("id", id).update();
  }

  void extend(long id, Instant now, Instant expiresAt) {
    jdbc.sql("UPDATE adm_session SET last_activity_at = :now, expires_at = :exp WHERE id = :id AND NOT is_revoked")
        .param("now", Timestamp.from(now)).param("exp", Timestamp.from(expiresAt)).param("id", id).update();
  }

  void rotate(long id, String newHash, Instant now) {
    jdbc.sql("""
        UPDATE adm_session SET prev_token_hash = token_hash, token_hash = :h, rotated_at = :now,
                               last_activity_at = :now WHERE id = :id""")
        .param("h", newHash).param("now", Timestamp.from(now)).param("id", id).update();
  }

  boolean rotatedBefore(long id, Instant cutoff) {
    return jdbc.sql("SELECT count(*) FROM adm_session WHERE id = :id AND (rotated_at IS NULL OR rotated_at < :c)")
        .param("id", id).param("c", Timestamp.from(cutoff)).query(Long.class).single() > 0;
  }

  boolean revoke(long id, String reason, Instant now) {
    return jdbc.sql("""
        UPDATE adm_session SET is_revoked = TRUE, revoked_at = :now, revoked_reason = :r
        WHERE id = :id AND NOT is_revoked""")
        .param("now", Timestamp.from(now)).param("r", reason).param("id", id).update() > 0;
  }

  /** A live session ended by an administrator: its internal id and whose it was. */
  record Ended(long id, String username) {}

  /** Revokes the session with this public id unless it is already revoked; empty when there is none. */
  Optional<Ended> revokeByUuid(UUID uuid, String reason, Instant now) {
    return jdbc.sql("""
        UPDATE adm_session s SET is_revoked = TRUE, revoked_at = :now, revoked_reason = :r
        FROM adm_user u WHERE u.id = s.user_id AND s.uuid = :uuid AND NOT s.is_revoked
        RETURNING s.id, u.username""")
        .param("now", Timestamp.from(now)).param("r", reason).param("uuid", uuid)
        .query((rs, n) -> new Ended(rs.getLong("id"), rs.getString("username"))).optional();
  }

  int revokeAllOfUser(long userId, Long exceptId, String reason, Instant now) {
    return jdbc.sql("""
        UPDATE adm_session SET is_revoked = TRUE, revoked_at = :now, revoked_reason = :r
        WHERE user_id = :u AND NOT is_revoked AND id <> :except""")
        .param("now", Timestamp.from(now)).param("r", reason).param("u", userId)
        .param("except", exceptId == null ? -1L : exceptId).update();
  }

  long countActive(Instant now, Instant idleCutoff, PageQuery page) {
    return jdbc.sql("SELECT count(*) FROM adm_session s JOIN adm_user u ON u.id = s.user_id" + ACTIVE)
        .param("now", Timestamp.from(now)).param("idle", Timestamp.from(idleCutoff))
        .param("q", page.hasSearch() ? page.q() : "").param("pattern", page.likePattern())
        .query(Long.class).single();
  }

  /** Starts with a space: it is appended straight after a JOIN clause. */
  private static final String ACTIVE = " WHERE NOT s.is_revoked AND s.expires_at > :now"
      + " AND (s.kind = 'API' OR s.last_activity_at > :idle)"
      + " AND (:q = '' OR u.username ILIKE :pattern)";

  List<ActiveSession> active(Instant now, Instant idleCutoff, PageQuery page) {
    return jdbc.sql("""
        SELECT s.*, u.username, r.code AS role_code FROM adm_session s
        JOIN adm_user u ON u.id = s.user_id JOIN adm_role r ON r.id = u.role_id""" + ACTIVE + page.orderBy(SORTS, "s.last_activity_at DESC")
            .replace(", id", ", s.id") + " LIMIT :limit OFFSET :offset")
        .param("now", Timestamp.from(now)).param("idle", Timestamp.from(idleCutoff))
        .param("q", page.hasSearch() ? page.q() : "").param("pattern", page.likePattern())
        .param("limit", page.size()).param("offset", page.offset())
        .query((rs, n) -> new ActiveSession(rs.getObject("uuid", UUID.class), rs.getString("username"),
            rs.getString("role_code"), SessionKind.valueOf(rs.getString("kind")), rs.getString("auth_method"),
            rs.getString("ip_address"), rs.getString("user_agent"), UserRepository.instant(rs, "login_at"),
            UserRepository.instant(rs, "last_activity_at"), UserRepository.instant(rs, "expires_at")))
        .list();
  }

  private static SessionRow map(ResultSet rs, int n) throws SQLException {
    Array perms = rs.getArray("perms");
    var codes = perms == null ? Set.<String>of() : Set.of((String[]) perms.getArray());
    return new SessionRow(rs.getLong("id"), rs.getObject("uuid", UUID.class), SessionKind.valueOf(rs.getString("kind")),
        UserRepository.instant(rs, "expires_at"), UserRepository.instant(rs, "last_activity_at"),
        rs.getLong("user_id"), rs.getObject("user_uuid", UUID.class), rs.getString("username"),
        rs.getString("full_name"), rs.getBoolean("is_active"), rs.getBoolean("is_demo"), rs.getString("role_code"), codes);
  }
}
