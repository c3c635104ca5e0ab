package io.kelola.factory.production;

import io.kelola.audit.AuditEntry;
import io.kelola.audit.AuditTrail;
import io.kelola.events.Events;
import io.kelola.factory.FactoryEvents;
import io.kelola.factory.core.FactorySubjects;
import io.kelola.masterdata.MachineUsage;
import io.kelola.masterdata.MasterLookup;
import io.kelola.shared.security.CurrentUser;
import io.kelola.shared.web.BusinessRuleException;
import io.kelola.shared.web.Formats;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Machine maintenance (seed 002 t_maint): each record moves the machine's last maintenance date. */
@Service
@Transactional
public class MaintenanceLog {

  public static final List<String> TYPES = List.of("Preventive", "Corrective");

  public record NewMaintenance(String machine, LocalDate date, String type, BigDecimal cost, BigDecimal hours,
      String notes) {}

  public record Maintenance(UUID uuid, String machine, String machineName, LocalDate date, String type,
      BigDecimal cost, BigDecimal hours, String notes, Instant createdAt, String createdBy) {}

  /** Per machine: total cost, record count and the master's counters. */
  public record MachineSummary(String machine, String name, BigDecimal runHours, LocalDate lastMaintDate,
      BigDecimal totalCost, long records) {}

  private final JdbcClient jdbc;
  private final MasterLookup masters;
  private final MachineUsage usage;
  private final AuditTrail audit;
  private final Events events;
  private final Clock clock;

  MaintenanceLog(JdbcClient jdbc, MasterLookup masters, MachineUsage usage, AuditTrail audit, Events events,
      Clock clock) {
    this.jdbc = jdbc;
    this.masters = masters;
    this.usage = usage;
    this.audit = audit;
    this.events = events;
    this.clock = clock;
  }

  public Maintenance record(NewMaintenance r) {
    if (r == null) throw BusinessRuleException.invalid("machine", "factory.wo.field.required");
    var machine = masters.machine(Fields.text("machine", r.machine(), 30, true))
        .orElseThrow(() -> BusinessRuleException.invalid("machine", "factory.maint.machineUnknown", r.machine()));
    var today = LocalDate.now(clock.withZone(Formats.WIB));
    var date = Fields.notFuture("date", r.date() == null ? today : r.date(), today);
    var rawType = Fields.text("type", r.type(), 12, true);
    var type = TYPES.stream().filter(t -> t.equalsIgnoreCase(rawType)).findFirst()
        .orElseThrow(() -> BusinessRuleException.invalid("type", "factory.maint.typeUnknown"));
    var cost = Fields.qty("cost", Fields.zeroIfNull(r.cost()), true, 2);
    if (cost.compareTo(new BigDecimal("9999999999999999")) > 0) throw BusinessRuleException.invalid("cost", "factory.wo.field.notNegative");
    var hours = r.hours() == null ? null : Fields.qty("hours", r.hours(), true, 1);
    if (hours != null && hours.compareTo(new BigDecimal("99999")) > 0) throw BusinessRuleException.invalid("hours", "factory.maint.hoursRange");
    var notes = Fields.text("notes", r.notes(), 2000, false);
    var row = jdbc.sql("""
            INSERT INTO t_maint (machine_id, maint_dt, maint_type, cost, hours, notes, created_by, updated_by)
            VALUES (:m, :d, :t, :c, :h, :n, :by, :by) RETURNING id, uuid""")
        .param("m", machine.id()).param("d", date).param("t", type).param("c", cost).param("h", hours)
        .param("n", notes).param("by", CurrentUser.idOrNull())
        .query((rs, n) -> Map.entry(rs.getLong("id"), rs.getObject("uuid", UUID.class))).single();
    usage.recordMaintenance(machine.id(), date);
    audit.record(AuditEntry.of("CREATE", "t_maint", row.getKey(), row.getValue().toString())
        .change(null, Map.of("machine", machine.code(), "date", date, "type", type, "cost", cost)));
    events.publish(FactorySubjects.MAINT_LOGGED, machine.code(), CurrentUser.get().map(p -> p.userUuid()).orElse(null),
        new FactoryEvents.MaintenanceLogged(machine.code(), date.toString(), type, cost));
    return list(machine.code(), 500).stream().filter(m -> m.uuid().equals(row.getValue())).findFirst().orElseThrow();
  }

  @Transactional(readOnly = true)
  public List<Maintenance> list(String machine, int limit) {
    return jdbc.sql("""
            SELECT t.uuid, m.code, m.name, t.maint_dt, t.maint_type, t.cost, t.hours, t.notes, t.created_at, u.username
            FROM t_maint t JOIN m_machine m ON m.id = t.machine_id LEFT JOIN adm_user u ON u.id = t.created_by
            WHERE (CAST(:m AS VARCHAR) IS NULL OR m.code = :m)
            ORDER BY t.maint_dt DESC, t.id DESC LIMIT :limit""")
        .param("m", Fields.blank(machine) ? null : machine.strip()).param("limit", limit)
        .query((rs, n) -> new Maintenance(rs.getObject("uuid", UUID.class), rs.getString("code"), rs.getString("name"),
            rs.getObject("maint_dt", LocalDate.class), rs.getString("maint_type"), rs.getBigDecimal("cost"),
            rs.getBigDecimal("hours"), rs.getString("notes"), rs.getTimestamp("created_at").toInstant(),
            rs.getString("username")))
        .list();
  }

  /** Every active machine, with its maintenance totals; run hours and last date from the master. */
  @Transactional(readOnly = true)
  public List<MachineSummary> machines() {
    var totals = jdbc.sql("""
            SELECT m.code, COALESCE(sum(t.cost), 0) AS total, count(t.id) AS n
            FROM m_machine m LEFT JOIN t_maint t ON t.machine_id = m.id WHERE m.deleted_at IS NULL GROUP BY m.code""")
        .query((rs, n) -> Map.entry(rs.getString("code"), new Object[] {rs.getBigDecimal("total"), rs.getLong("n")}))
        .list().stream().collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    return masters.machines(500).stream().map(m -> {
      var t = totals.getOrDefault(m.code(), new Object[] {BigDecimal.ZERO, 0L});
      return new MachineSummary(m.code(), m.name(), m.runHours(), m.lastMaintDate(), (BigDecimal) t[0], (Long) t[1]);
    }).toList();
  }
}
