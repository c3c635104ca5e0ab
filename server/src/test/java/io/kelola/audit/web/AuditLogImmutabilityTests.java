package io.kelola.audit.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kelola.support.IntegrationTest;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/** The database itself keeps log_audit append-only, whatever the application does. */
@IntegrationTest
class AuditLogImmutabilityTests {

  @Autowired JdbcClient jdbc;
  @Autowired TransactionTemplate tx;

  /** Runs a statement in a transaction that is always rolled back, so a failing guard cannot lose data. */
  private void attempt(String sql) {
    tx.executeWithoutResult(status -> {
      status.setRollbackOnly();
      jdbc.sql(sql).update();
    });
  }

  /** The trigger raises insufficient_privilege (42501) naming the refused operation. */
  private static void refusedBy(Throwable e, String operation) {
    var cause = NestedExceptionUtils.getMostSpecificCause(e);
    assertThat(cause).isInstanceOf(SQLException.class).hasMessageContaining("append-only").hasMessageContaining(operation);
    assertThat(((SQLException) cause).getSQLState()).isEqualTo("42501");
  }

  @Test
  void updateDeleteAndTruncateAreRefused() {
    long before = jdbc.sql("SELECT count(*) FROM log_audit").query(Long.class).single();
    assertThat(before).isPositive();

    assertThatThrownBy(() -> attempt("UPDATE log_audit SET action = 'TAMPERED' WHERE id = (SELECT max(id) FROM log_audit)"))
        .isInstanceOf(DataAccessException.class).satisfies(e -> refusedBy(e, "UPDATE"));
    assertThatThrownBy(() -> attempt("DELETE FROM log_audit WHERE id = (SELECT max(id) FROM log_audit)"))
        .isInstanceOf(DataAccessException.class).satisfies(e -> refusedBy(e, "DELETE"));
    assertThatThrownBy(() -> attempt("TRUNCATE log_audit"))
        .isInstanceOf(DataAccessException.class).satisfies(e -> refusedBy(e, "TRUNCATE"));

    assertThat(jdbc.sql("SELECT count(*) FROM log_audit WHERE action = 'TAMPERED'").query(Long.class).single()).isZero();
    assertThat(jdbc.sql("SELECT count(*) FROM log_audit").query(Long.class).single()).isGreaterThanOrEqualTo(before);
  }
}
