package io.kelola.identity.domain;

import java.sql.Timestamp;
import java.time.Instant;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The two writes an OIDC sign-in makes on {@code adm_user}; lookups stay in {@link UserRepository}. */
@Repository
class OidcAccountRepository {

  private final JdbcClient jdbc;

  OidcAccountRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /**
   * Links the subject only while the user has none, so two first sign-ins racing for one account
   * cannot overwrite each other: the row lock makes the loser see the winner's subject.
   */
  boolean linkIfUnlinked(long userId, String subject) {
    return jdbc.sql("UPDATE adm_user SET oidc_subject = :s WHERE id = :id AND oidc_subject IS NULL AND deleted_at IS NULL")
        .param("s", subject).param("id", userId).update() == 1;
  }

  /** Notes the sign-in time; the password failure counter and lock belong to password login and stay. */
  void recordLogin(long userId, Instant now) {
    jdbc.sql("UPDATE adm_user SET last_login = :now WHERE id = :id")
        .param("now", Timestamp.from(now)).param("id", userId).update();
  }
}
