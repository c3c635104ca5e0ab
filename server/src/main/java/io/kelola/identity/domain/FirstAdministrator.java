package io.kelola.identity.domain;

import io.kelola.identity.IdentityProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Creates the first system administrator of a production database from
 * {@code KELOLA_ADMIN_USERNAME / _EMAIL / _PASSWORD}, but only while no active SYSADMIN exists.
 * A configured account that breaks the password policy stops start-up: better than running with
 * nobody able to sign in.
 */
@Component
@Order(5)
class FirstAdministrator implements ApplicationRunner {

  private static final Logger log = LoggerFactory.getLogger(FirstAdministrator.class);

  private final IdentityProperties props;
  private final UserService users;
  private final JdbcClient jdbc;

  FirstAdministrator(IdentityProperties props, UserService users, JdbcClient jdbc) {
    this.props = props;
    this.users = users;
    this.jdbc = jdbc;
  }

  @Override
  public void run(ApplicationArguments args) {
    var admin = props.firstAdmin();
    if (!admin.configured()) return;
    long existing = jdbc.sql("""
        SELECT count(*) FROM adm_user u JOIN adm_role r ON r.id = u.role_id
        WHERE r.code = 'SYSADMIN' AND u.is_active AND NOT u.is_demo AND u.deleted_at IS NULL""")
        .query(Long.class).single();
    if (existing > 0) {
      log.info("First administrator not needed: {} active system administrator(s) exist", existing);
      return;
    }
    users.create(new NewUser(admin.username().strip(), admin.email(), "Administrator", "SYSADMIN", admin.password()));
    log.info("Created the first system administrator '{}'", admin.username().strip());
  }
}
