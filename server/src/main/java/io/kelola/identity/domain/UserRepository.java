package io.kelola.identity.domain;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** SQL for {@code adm_user}. Soft-deleted users are invisible to every lookup here. */
@Repository
class UserRepository {

  static final String SELECT = """
      SELECT u.*, r.code AS role_code, r.name AS role_name
      FROM adm_user u JOIN adm_role r ON r.id = u.role_id
      WHERE u.deleted_at IS NULL""";

  private final JdbcClient jdbc;

  UserRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  Optional<UserAccount> byUsername(String username) {
    return jdbc.sql(SELECT + " AND lower(u.username) = lower(:u)").param("u", username).query(UserRepository::map).optional();
  }

  Optional<UserAccount> byUsernameForUpdate(String username) {
    return jdbc.sql(SELECT + " AND lower(u.username) = lower(:u) FOR UPDATE OF u").param("u", username)
        .query(UserRepository::map).optional();
  }

  Optional<UserAccount> byUuid(UUID uuid) {
    return jdbc.sql(SELECT + " AND u.uuid = :uuid").param("uuid", uuid).query(UserRepository::map).optional();
  }

  Optional<UserAccount> byId(long id) {
    return jdbc.sql(SELECT + " AND u.id = :id").param("id", id).query(UserRepository::map).optional();
  }

  Optional<UserAccount> byIdForUpdate(long id) {
    return jdbc.sql(SELECT + " AND u.id = :id FOR UPDATE OF u").param("id", id).query(UserRepository::map).optional();
  }

  Optional<UserAccount> byEmail(String email) {
    return jdbc.sql(SELECT + " AND lower(u.email) = lower(:e)").param("e", email).query(UserRepository::map).optional();
  }

  Optional<UserAccount> byOidcSubject(String subject) {
    return jdbc.sql(SELECT + " AND u.oidc_subject = :s").param("s", subject).query(UserRepository::map).optional();
  }

  boolean usernameTaken(String username) {
    return jdbc.sql("SELECT count(*) FROM adm_user WHERE lower(username) = lower(:u)").param("u", username)
        .query(Long.class).single() > 0;
  }

  boolean emailTaken(String email, Long exceptId) {
    return jdbc.sql("SELECT count(*) FROM adm_user WHERE lower(email) = lower(:e) AND id <> :id")
        .param("e", email).param("id", exceptId == null ? -1L : exceptId).query(Long.class).single() > 0;
  }

  long insert(String username, String email, String fullName, String hash, long roleId, boolean demo,
      Instant now, Long createdBy) {
    return jdbc.sql("""
        INSERT INTO adm_user (username, email, full_name, password_hash, role_id, is_demo,
                              password_changed_at, created_at, created_by, updated_at, updated_by)
        VALUES (:u, :e, :n, :h, :r, :demo, :now, :now, :by, :now, :by) RETURNING id""")
        .param("u", username).param("e", email).param("n", fullName).param("h", hash).param("r", roleId)
        .param("demo", demo).param("now", Timestamp.from(now)).param("by", createdBy)
        .query(Long.class).single();
  }

  void recordFailure(long id, int failures, Instant lockedUntil) {
    jdbc.sql("UPDATE adm_user SET failed_login_count = :f, locked_until = :l WHERE id = :id")
        .param("f", failures).param("l", lockedUntil == null ? null : Timestamp.from(lockedUntil)).param("id", id).update();
  }

  void recordSuccess(long id, Instant now) {
    jdbc.sql("UPDATE adm_user SET failed_login_count = 0, locked_until = NULL, last_login = :now WHERE id = :id")
        .param("now", Timestamp.from(now)).param("id", id).update();
  }

  void updateProfile(long id, String email, String fullName, long roleId, Long by) {
    jdbc.sql("UPDATE adm_user SET email = :e, full_name = :n, role_id = :r, updated_by = :by WHERE id = :id")
        .param("e", email).param("n", fullName).param("r", roleId).param("by", by).param("id", id).update();
  }

  void setActive(long id, boolean active, Long by) {
    jdbc.sql("UPDATE adm_user SET is_active = :a, updated_by = :by WHERE id = :id")
        .param("a", active).param("by", by).param("id", id).update();
  }

  void unlock(long id, Long by) {
    jdbc.sql("UPDATE adm_user SET failed_login_count = 0, locked_until = NULL, updated_by = :by WHERE id = :id")
        .param("by", by).param("id", id).update();
  }

  void setPassword(long id, String hash, Instant now, Long by) {
    jdbc.sql("""
        UPDATE adm_user SET password_hash = :h, password_changed_at = :now, failed_login_count = 0,
                            locked_until = NULL, updated_by = :by WHERE id = :id""")
        .param("h", hash).param("now", Timestamp.from(now)).param("by", by).param("id", id).update();
  }

  void linkOidc(long id, String subject) {
    jdbc.sql("UPDATE adm_user SET oidc_subject = :s WHERE id = :id").param("s", subject).param("id", id).update();
  }

  static UserAccount map(ResultSet rs, int row) throws SQLException {
    return new UserAccount(rs.getLong("id"), rs.getObject("uuid", UUID.class), rs.getString("username"),
        rs.getString("email"), rs.getString("full_name"), rs.getString("password_hash"), rs.getLong("role_id"),
        rs.getString("role_code"), rs.getString("role_name"), rs.getBoolean("is_active"), rs.getBoolean("is_demo"),
        rs.getInt("failed_login_count"), instant(rs, "locked_until"), instant(rs, "last_login"),
        instant(rs, "password_changed_at"), rs.getString("oidc_subject"), instant(rs, "created_at"));
  }

  static Instant instant(ResultSet rs, String column) throws SQLException {
    var ts = rs.getTimestamp(column);
    return ts == null ? null : ts.toInstant();
  }
}
