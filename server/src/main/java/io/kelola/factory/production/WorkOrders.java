package io.kelola.factory.production;

import static io.kelola.factory.production.WorkOrderViews.CANCELLED;
import static io.kelola.factory.production.WorkOrderViews.DONE;
import static io.kelola.factory.production.WorkOrderViews.IN_PROGRESS;
import static io.kelola.factory.production.WorkOrderViews.SCHEDULED;

import io.kelola.audit.AuditEntry;
import io.kelola.audit.AuditTrail;
import io.kelola.audit.StatusHistory;
import io.kelola.events.Events;
import io.kelola.factory.FactoryEvents;
import io.kelola.factory.core.DocumentNumbers;
import io.kelola.factory.core.FactorySubjects;
import io.kelola.factory.core.SlaTracker;
import io.kelola.factory.production.WorkOrderRequests.NewWorkOrder;
import io.kelola.factory.production.WorkOrderViews.Detail;
import io.kelola.factory.production.WorkOrderViews.WorkOrder;
import io.kelola.masterdata.MasterLookup;
import io.kelola.shared.security.CurrentUser;
import io.kelola.shared.security.KelolaPrincipal;
import io.kelola.shared.web.BusinessRuleException;
import io.kelola.shared.web.PageQuery;
import io.kelola.shared.web.PageResult;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Work orders (seed 002 t_wo): created Scheduled, started (the WO.Processing SLA runs), materials
 * issued and output received through the stock ledger ({@link WorkOrderMoves}), QC checks, finished
 * (Done) or cancelled while still Scheduled. Every status change writes log_status, an audit row and
 * {@code factory.wo.status_changed}.
 */
@Service
@Transactional
public class WorkOrders {

  static final String TYPE = "WO";
  static final String SLA = "Processing";
  static final int MAX_MATERIALS = 50;

  private final WorkOrderRepository repo;
  private final WorkOrderMoves moves;
  private final LotReads lots;
  private final MasterLookup masters;
  private final DocumentNumbers numbers;
  private final StatusHistory history;
  private final SlaTracker sla;
  private final AuditTrail audit;
  private final Events events;

  WorkOrders(WorkOrderRepository repo, WorkOrderMoves moves, LotReads lots, MasterLookup masters,
      DocumentNumbers numbers, StatusHistory history, SlaTracker sla, AuditTrail audit, Events events) {
    this.repo = repo;
    this.moves = moves;
    this.lots = lots;
    this.masters = masters;
    this.numbers = numbers;
    this.history = history;
    this.sla = sla;
    this.audit = audit;
    this.events = events;
  }

  public WorkOrder create(NewWorkOrder r) {
    return create(r, null);
  }

  /** Creates the order; {@code numberDay} picks the numbering month (demo data), null for today. */
  WorkOrder create(NewWorkOrder r, LocalDate numberDay) {
    var item = masters.item(Fields.text("item", r.item(), 30, true))
        .orElseThrow(() -> BusinessRuleException.invalid("item", "factory.wo.itemUnknown", r.item()));
    if ("Raw Material".equalsIgnoreCase(item.category())) {
      throw BusinessRuleException.invalid("item", "factory.wo.itemRaw", item.code());
    }
    var machine = masters.machine(Fields.text("machine", r.machine(), 30, true))
        .orElseThrow(() -> BusinessRuleException.invalid("machine", "factory.wo.machineUnknown", r.machine()));
    var wh = masters.warehouse(Fields.text("warehouse", r.warehouse(), 30, true))
        .orElseThrow(() -> BusinessRuleException.invalid("warehouse", "factory.wo.warehouseUnknown", r.warehouse()));
    var soNo = Fields.text("soNo", r.soNo(), 20, false);
    Long soId = soNo == null ? null : repo.salesOrderId(soNo)
        .orElseThrow(() -> BusinessRuleException.invalid("soNo", "factory.wo.soUnknown", soNo));
    var start = Fields.required("startDate", r.startDate());
    var end = Fields.required("endDate", r.endDate());
    if (end.isBefore(start)) throw BusinessRuleException.invalid("endDate", "factory.wo.endBeforeStart");
    var plan = Fields.qty("planQty", r.planQty(), false, 4);
    var notes = Fields.text("notes", r.notes(), StatusHistory.MAX_NOTES, false);
    var lines = r.materials() == null ? java.util.List.<WorkOrderRequests.MaterialLine>of() : r.materials();
    if (lines.size() > MAX_MATERIALS) throw BusinessRuleException.invalid("materials", "factory.wo.tooManyMaterials", MAX_MATERIALS);
    record Line(long item, long wh, java.math.BigDecimal qty) {}
    var resolved = new java.util.ArrayList<Line>();
    var seen = new HashSet<Long>();
    for (int i = 0; i < lines.size(); i++) {
      var l = lines.get(i);
      var field = "materials[" + i + "]";
      if (l == null) throw BusinessRuleException.invalid(field, "factory.wo.field.required");
      var mi = masters.item(Fields.text(field + ".item", l.item(), 30, true))
          .orElseThrow(() -> BusinessRuleException.invalid(field + ".item", "factory.wo.itemUnknown", l.item()));
      if (mi.id() == item.id()) throw BusinessRuleException.invalid(field + ".item", "factory.wo.materialIsProduct");
      if (!seen.add(mi.id())) throw BusinessRuleException.invalid(field + ".item", "factory.wo.materialTwice", mi.code());
      var mw = masters.warehouse(Fields.text(field + ".warehouse", l.warehouse(), 30, true)).orElseThrow(
          () -> BusinessRuleException.invalid(field + ".warehouse", "factory.wo.warehouseUnknown", l.warehouse()));
      resolved.add(new Line(mi.id(), mw.id(), Fields.qty(field + ".qtyPlan", l.qtyPlan(), false, 4)));
    }
    var no = numberDay == null ? numbers.next(TYPE) : numbers.next(TYPE, numberDay);
    var owner = CurrentUser.get().map(KelolaPrincipal::userUuid).orElse(null);
    long id = repo.insert(no, item.id(), machine.id(), wh.id(), soId, start, end, plan, notes, owner,
        CurrentUser.idOrNull());
    resolved.forEach(l -> repo.insertMaterial(id, l.item(), l.wh(), l.qty()));
    audit.record(AuditEntry.of("CREATE", "t_wo", id, no).change(null, Map.of("item", item.code(), "machine",
        machine.code(), "planQty", plan, "materials", resolved.size())));
    changed(id, no, owner, null, SCHEDULED, null);
    return repo.find(no).orElseThrow();
  }

  public WorkOrder start(String ref, String notes) {
    var wo = locked(ref);
    expect(wo, SCHEDULED, "factory.wo.notScheduled");
    move(wo, IN_PROGRESS, notes);
    sla.start(TYPE, wo.id(), wo.woNo(), SLA);
    return repo.find(wo.woNo()).orElseThrow();
  }

  public WorkOrder finish(String ref, String notes) {
    var wo = locked(ref);
    expect(wo, IN_PROGRESS, "factory.wo.notInProgress");
    move(wo, DONE, notes);
    sla.complete(TYPE, wo.id(), SLA);
    return repo.find(wo.woNo()).orElseThrow();
  }

  public WorkOrder cancel(String ref, String notes) {
    var wo = locked(ref);
    expect(wo, SCHEDULED, "factory.wo.cancelOnlyScheduled");
    move(wo, CANCELLED, notes);
    sla.completeAll(TYPE, wo.id());
    return repo.find(wo.woNo()).orElseThrow();
  }

  public WorkOrder issue(String ref, WorkOrderRequests.MaterialIssue body) {
    var wo = locked(ref);
    expect(wo, IN_PROGRESS, "factory.wo.notInProgress");
    moves.issue(wo, body == null ? null : body.materials());
    return repo.find(wo.woNo()).orElseThrow();
  }

  public WorkOrder output(String ref, WorkOrderRequests.OutputReport body) {
    var wo = locked(ref);
    expect(wo, IN_PROGRESS, "factory.wo.notInProgress");
    if (body == null) throw BusinessRuleException.invalid("good", "factory.wo.field.required");
    moves.output(wo, body);
    return repo.find(wo.woNo()).orElseThrow();
  }

  public Detail qc(String ref, WorkOrderRequests.QcCheck body, LocalDate today) {
    var wo = locked(ref);
    if (!wo.status().equals(IN_PROGRESS) && !wo.status().equals(DONE)) {
      throw BusinessRuleException.conflict("status", "factory.wo.qcStatus", wo.status());
    }
    if (body == null) throw BusinessRuleException.invalid("sampleSize", "factory.wo.field.required");
    var date = Fields.notFuture("checkDate", body.checkDate() == null ? today : body.checkDate(), today);
    var sample = Fields.qty("sampleSize", body.sampleSize(), false, 2);
    var defects = Fields.qty("defectCount", body.defectCount() == null ? java.math.BigDecimal.ZERO : body.defectCount(),
        true, 2);
    if (sample.compareTo(new java.math.BigDecimal("9999999999")) > 0) {
      throw BusinessRuleException.invalid("sampleSize", "factory.wo.field.positive");
    }
    if (defects.compareTo(sample) > 0) throw BusinessRuleException.invalid("defectCount", "factory.wo.defectsOverSample");
    var grade = Grades.parse(body.grade());
    var notes = Fields.text("notes", body.notes(), 1000, false);
    repo.insertQc(wo.id(), date, sample, defects, grade, notes, CurrentUser.idOrNull());
    audit.record(AuditEntry.of("QC", "t_wo", wo.id(), wo.woNo())
        .change(null, Map.of("grade", grade, "sample", sample, "defects", defects)));
    return detail(wo.woNo());
  }

  @Transactional(readOnly = true)
  public Detail detail(String ref) {
    var order = repo.find(ref).orElseThrow(() -> BusinessRuleException.notFound("factory.wo.notFound"));
    long id = repo.id(order.woNo()).orElseThrow();
    return new Detail(order, repo.materials(id), repo.qc(id), lots.produced(order.woNo()));
  }

  @Transactional(readOnly = true)
  public PageResult<WorkOrder> list(PageQuery q, String status) {
    return repo.page(q, Statuses.parseOrNull(status));
  }

  @Transactional(readOnly = true)
  public java.util.List<WorkOrder> all(String status, int limit) {
    return repo.all(Statuses.parseOrNull(status), limit);
  }

  /** Internal id of an order, for the timeline and SLA reads of the pages. */
  @Transactional(readOnly = true)
  public long internalId(String ref) {
    return repo.id(ref).orElseThrow(() -> BusinessRuleException.notFound("factory.wo.notFound"));
  }

  private WorkOrderRepository.Locked locked(String ref) {
    if (Fields.blank(ref) || ref.length() > 40) throw BusinessRuleException.notFound("factory.wo.notFound");
    return repo.lock(ref).orElseThrow(() -> BusinessRuleException.notFound("factory.wo.notFound"));
  }

  private static void expect(WorkOrderRepository.Locked wo, String status, String key) {
    if (!wo.status().equals(status)) throw BusinessRuleException.conflict("status", key, wo.woNo(), wo.status());
  }

  private void move(WorkOrderRepository.Locked wo, String to, String rawNotes) {
    var notes = Fields.text("notes", rawNotes, StatusHistory.MAX_NOTES, false);
    repo.setStatus(wo.id(), to, CurrentUser.idOrNull());
    audit.record(AuditEntry.of("STATUS", "t_wo", wo.id(), wo.woNo())
        .change(Map.of("status", wo.status()), Map.of("status", to)));
    changed(wo.id(), wo.woNo(), wo.owner(), wo.status(), to, notes);
  }

  private void changed(long id, String no, java.util.UUID owner, String from, String to, String notes) {
    history.record(TYPE, id, from, to, notes);
    events.publish(FactorySubjects.WO_STATUS, no, owner, new FactoryEvents.StatusChanged(TYPE, no, from, to, notes));
  }
}
