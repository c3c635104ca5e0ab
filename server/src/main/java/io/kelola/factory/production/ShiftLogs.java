package io.kelola.factory.production;

import io.kelola.audit.AuditEntry;
import io.kelola.audit.AuditTrail;
import io.kelola.events.Events;
import io.kelola.factory.FactoryEvents;
import io.kelola.factory.core.FactorySubjects;
import io.kelola.factory.production.ShiftLogRecords.NewShiftLog;
import io.kelola.factory.production.ShiftLogRecords.Oee;
import io.kelola.factory.production.ShiftLogRecords.ShiftLog;
import io.kelola.factory.reporting.Rollups;
import io.kelola.masterdata.MachineUsage;
import io.kelola.masterdata.MasterLookup;
import io.kelola.shared.security.CurrentUser;
import io.kelola.shared.web.BusinessRuleException;
import io.kelola.shared.web.Formats;
import io.kelola.shared.web.PageQuery;
import io.kelola.shared.web.PageResult;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Shift logs (seed 002 t_shift_log): one per machine, day and shift. The same transaction adds the
 * shift to the daily OEE rollup and the machine's run hours, and publishes {@code factory.shift.logged}.
 */
@Service
@Transactional
public class ShiftLogs {

  static final int MAX_RANGE_DAYS = 366;

  private final ShiftLogRepository repo;
  private final MasterLookup masters;
  private final MachineUsage usage;
  private final Rollups rollups;
  private final AuditTrail audit;
  private final Events events;
  private final Clock clock;

  ShiftLogs(ShiftLogRepository repo, MasterLookup masters, MachineUsage usage, Rollups rollups, AuditTrail audit,
      Events events, Clock clock) {
    this.repo = repo;
    this.masters = masters;
    this.usage = usage;
    this.rollups = rollups;
    this.audit = audit;
    this.events = events;
    this.clock = clock;
  }

  public LocalDate today() {
    return LocalDate.now(clock.withZone(Formats.WIB));
  }

  public ShiftLog create(NewShiftLog r) {
    if (r == null) throw BusinessRuleException.invalid("machine", "factory.wo.field.required");
    var machine = masters.machine(Fields.text("machine", r.machine(), 30, true))
        .orElseThrow(() -> BusinessRuleException.invalid("machine", "factory.shift.machineUnknown", r.machine()));
    var emp = masters.employee(Fields.text("employee", r.employee(), 30, true))
        .orElseThrow(() -> BusinessRuleException.invalid("employee", "factory.shift.employeeUnknown", r.employee()));
    var date = Fields.notFuture("date", r.date() == null ? today() : r.date(), today());
    var shift = Fields.text("shift", r.shift(), 1, true);
    if (!ShiftLogRecords.SHIFTS.contains(shift)) throw BusinessRuleException.invalid("shift", "factory.shift.shiftInvalid");
    int planned = r.plannedMin() == null ? ShiftLogRecords.DEFAULT_PLANNED_MIN : r.plannedMin();
    if (planned < 1 || planned > 720) throw BusinessRuleException.invalid("plannedMin", "factory.shift.plannedRange");
    var output = Fields.qty("outputQty", r.outputQty(), true, 2);
    var reject = Fields.qty("rejectQty", Fields.zeroIfNull(r.rejectQty()), true, 2);
    if (output.compareTo(new BigDecimal("9999999999")) > 0) throw BusinessRuleException.invalid("outputQty", "factory.wo.field.notNegative");
    if (reject.compareTo(output) > 0) throw BusinessRuleException.invalid("rejectQty", "factory.shift.rejectOverOutput");
    var downtime = Fields.qty("downtimeMin", Fields.zeroIfNull(r.downtimeMin()), true, 1);
    if (downtime.compareTo(BigDecimal.valueOf(planned)) > 0) {
      throw BusinessRuleException.invalid("downtimeMin", "factory.shift.downtimeOverPlanned");
    }
    var errorCode = Fields.text("errorCode", r.errorCode(), 20, false);
    if (errorCode != null) {
      errorCode = errorCode.toUpperCase(java.util.Locale.ROOT);
      if (!ShiftLogRecords.ERROR_CODES.contains(errorCode)) {
        throw BusinessRuleException.invalid("errorCode", "factory.shift.errorCodeUnknown");
      }
    }
    var woNo = Fields.text("woNo", r.woNo(), 20, false);
    Long woId = woNo == null ? null : repo.workOrderId(woNo)
        .orElseThrow(() -> BusinessRuleException.invalid("woNo", "factory.shift.woUnknown", woNo));
    if (repo.exists(machine.id(), date, shift)) {
      throw BusinessRuleException.conflict("shift", "factory.shift.duplicate", machine.code(), Formats.date(date), shift);
    }
    var plannedMin = BigDecimal.valueOf(planned);
    var runMin = plannedMin.subtract(downtime);
    var ideal = machine.capPerHr() == null ? BigDecimal.ZERO
        : machine.capPerHr().multiply(runMin).divide(BigDecimal.valueOf(60), 2, RoundingMode.HALF_UP);
    long id = repo.insert(machine.id(), emp.id(), woId, date, shift, planned, output, reject, downtime, errorCode,
        CurrentUser.idOrNull());
    rollups.shiftLogged(machine.id(), date, plannedMin, downtime, output, reject, ideal);
    usage.addRunHours(machine.id(), runMin.divide(BigDecimal.valueOf(60), 2, RoundingMode.HALF_UP));
    audit.record(AuditEntry.of("CREATE", "t_shift_log", id, machine.code() + "/" + date + "/" + shift)
        .change(null, Map.of("output", output, "reject", reject, "downtime", downtime)));
    events.publish(FactorySubjects.SHIFT_LOGGED, machine.code() + "/" + date + "/" + shift,
        CurrentUser.get().map(p -> p.userUuid()).orElse(null),
        new FactoryEvents.ShiftLogged(machine.code(), date.toString(), shift, output, reject, downtime, errorCode));
    return repo.find(id);
  }

  /** Logs in a date range (default the last 14 days); only the caller's own unless {@code all}. */
  @Transactional(readOnly = true)
  public PageResult<ShiftLog> list(PageQuery q, LocalDate from, LocalDate to, String machine, boolean all) {
    var range = range(from, to);
    var own = all ? null : CurrentUser.idOrNull();
    if (!all && own == null) return new PageResult<>(List.of(), q, 0);
    return repo.page(q, range[0], range[1], Fields.blank(machine) ? null : machine.strip(), own);
  }

  @Transactional(readOnly = true)
  public List<Oee> oee(LocalDate from, LocalDate to) {
    var range = range(from, to);
    return repo.oee(range[0], range[1]);
  }

  /** [from, to], defaulting to the last 14 WIB days; refused when reversed or longer than a year. */
  public LocalDate[] range(LocalDate from, LocalDate to) {
    var end = to == null ? today() : to;
    var start = from == null ? end.minusDays(13) : from;
    if (start.isAfter(end)) throw BusinessRuleException.invalid("from", "factory.shift.rangeReversed");
    if (start.plusDays(MAX_RANGE_DAYS).isBefore(end)) throw BusinessRuleException.invalid("from", "factory.shift.rangeTooLong");
    return new LocalDate[] {start, end};
  }
}
