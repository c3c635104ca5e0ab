package io.kelola.masterdata;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The machine counters production keeps current (seed 002 m_machine "hours", last maintenance).
 * Masterdata owns {@code m_machine}; other modules change these two columns only through here, in
 * their own transaction.
 */
@Service
public class MachineUsage {

  private final JdbcClient jdbc;

  MachineUsage(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** Adds run hours (from a shift log); negative hours are refused. */
  @Transactional(propagation = Propagation.MANDATORY)
  public void addRunHours(long machineId, BigDecimal hours) {
    if (hours == null || hours.signum() < 0) throw new IllegalArgumentException("hours must be ≥ 0");
    jdbc.sql("UPDATE m_machine SET run_hours = run_hours + :h WHERE id = :id").param("h", hours).param("id", machineId)
        .update();
  }

  /** Records a maintenance date; an older date than the one on record leaves it unchanged. */
  @Transactional(propagation = Propagation.MANDATORY)
  public void recordMaintenance(long machineId, LocalDate date) {
    jdbc.sql("""
            UPDATE m_machine SET last_maint_dt = GREATEST(COALESCE(last_maint_dt, :d), :d) WHERE id = :id""")
        .param("d", date).param("id", machineId).update();
  }
}
