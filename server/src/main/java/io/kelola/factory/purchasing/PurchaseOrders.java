package io.kelola.factory.purchasing;

import io.kelola.audit.AuditEntry;
import io.kelola.audit.AuditTrail;
import io.kelola.factory.core.DocumentNumbers;
import io.kelola.factory.core.FactoryProperties;
import io.kelola.factory.core.SlaTracker;
import io.kelola.masterdata.MasterLookup;
import io.kelola.shared.security.CurrentUser;
import io.kelola.shared.security.KelolaPrincipal;
import io.kelola.shared.web.BusinessRuleException;
import io.kelola.shared.web.Formats;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Purchase orders from draft to approval (seed 002 §1.2 t_po): a buyer writes and submits, a manager
 * approves; above {@code kelola.factory.po-director-above} (total before PPN) a director approves as
 * well. Every transition locks the PO row, writes log_status, an audit row and a status event.
 */
@Service
public class PurchaseOrders {

  public static final String DRAFT = "Draft";
  public static final String PENDING = "Pending";
  public static final String PENDING_DIRECTOR = "Pending Director";
  public static final String APPROVED = "Approved";
  public static final String PARTIAL = "Partially Received";
  public static final String RECEIVED = "Received";
  public static final String CANCELLED = "Cancelled";

  private static final Set<String> CANCELLABLE = Set.of(DRAFT, PENDING, PENDING_DIRECTOR, APPROVED);

  private final PoRepository repo;
  private final PoLines lines;
  private final PoTransitions transitions;
  private final MasterLookup masters;
  private final DocumentNumbers numbers;
  private final SlaTracker sla;
  private final AuditTrail audit;
  private final FactoryProperties props;
  private final Clock clock;

  PurchaseOrders(PoRepository repo, PoLines lines, PoTransitions transitions, MasterLookup masters,
      DocumentNumbers numbers, SlaTracker sla, AuditTrail audit, FactoryProperties props, Clock clock) {
    this.repo = repo;
    this.lines = lines;
    this.transitions = transitions;
    this.masters = masters;
    this.numbers = numbers;
    this.sla = sla;
    this.audit = audit;
    this.props = props;
    this.clock = clock;
  }

  @Transactional
  public String create(PoRequest r) {
    var h = header(r);
    var priced = lines.price(r.lines());
    var caller = CurrentUser.get();
    var by = caller.map(KelolaPrincipal::userId).orElse(null);
    var no = numbers.next("PO", h.orderDate());
    long id = repo.insert(no, h.vendorId(), h.warehouseId(), h.orderDate(), h.expectedDate(), h.notes(),
        priced.totals(), by, caller.map(KelolaPrincipal::userUuid).orElse(null));
    repo.replaceLines(id, priced.lines(), by);
    audit.record(AuditEntry.of("CREATE", "t_po", id, no).change(null, snapshot(r, priced)));
    var locked = repo.lock(no).orElseThrow();
    transitions.move(locked, null, DRAFT, null);
    return no;
  }

  @Transactional
  public String update(String key, PoRequest r) {
    var po = lock(key);
    if (!DRAFT.equals(po.status())) throw BusinessRuleException.conflict("status", "factory.po.notDraft", po.status());
    var h = header(r);
    var priced = lines.price(r.lines());
    var by = CurrentUser.idOrNull();
    repo.updateHeader(po.id(), h.vendorId(), h.warehouseId(), h.orderDate(), h.expectedDate(), h.notes(),
        priced.totals(), by);
    repo.replaceLines(po.id(), priced.lines(), by);
    audit.record(AuditEntry.of("UPDATE", "t_po", po.id(), po.poNo())
        .change(Map.of("total", po.total()), snapshot(r, priced)));
    return po.poNo();
  }

  @Transactional
  public String submit(String key) {
    var po = lock(key);
    expect(po, DRAFT);
    transitions.move(po, DRAFT, PENDING, null);
    sla.start("PO", po.id(), po.poNo(), "Approval");
    return po.poNo();
  }

  /**
   * The caller's approval. A manager moves a Pending PO above the threshold to Pending Director; a
   * caller who also holds PO.APPROVE.DIRECTOR approves both tiers at once.
   */
  @Transactional
  public String approve(String key, String note) {
    var po = lock(key);
    var notes = Texts.optional("reason", note, 400);
    var me = CurrentUser.get().orElseThrow();
    if (!PENDING.equals(po.status()) && !PENDING_DIRECTOR.equals(po.status())) {
      throw BusinessRuleException.conflict("status", "factory.po.notPending", po.status());
    }
    if (po.createdBy() != null && po.createdBy() == me.userId()) {
      throw BusinessRuleException.conflict("status", "factory.po.ownApproval");
    }
    boolean director = me.can("PO.APPROVE.DIRECTOR");
    boolean needsDirector = po.total().compareTo(props.poDirectorAbove()) > 0;
    var from = po.status();
    if (PENDING.equals(from) && needsDirector) {
      transitions.move(po, PENDING, PENDING_DIRECTOR, tier(false, notes));
      audit.record(AuditEntry.of("APPROVE", "t_po", po.id(), po.poNo()).change(Map.of("status", PENDING),
          Map.of("status", PENDING_DIRECTOR, "tier", "MANAGER")));
      if (!director) return po.poNo();
      from = PENDING_DIRECTOR;
    } else if (PENDING_DIRECTOR.equals(from) && !director) {
      throw new BusinessRuleException(HttpStatus.FORBIDDEN, "factory.po.needsDirector", "status");
    }
    repo.approved(po.id(), me.userId(), clock.instant());
    transitions.move(po, from, APPROVED, tier(PENDING_DIRECTOR.equals(from), notes));
    audit.record(AuditEntry.of("APPROVE", "t_po", po.id(), po.poNo()).change(Map.of("status", from),
        Map.of("status", APPROVED, "tier", PENDING_DIRECTOR.equals(from) ? "DIRECTOR" : "MANAGER")));
    sla.complete("PO", po.id(), "Approval");
    return po.poNo();
  }

  @Transactional
  public String reject(String key, String reason) {
    var po = lock(key);
    var why = Texts.required("reason", reason, 400);
    if (!PENDING.equals(po.status()) && !PENDING_DIRECTOR.equals(po.status())) {
      throw BusinessRuleException.conflict("status", "factory.po.notPending", po.status());
    }
    transitions.move(po, po.status(), DRAFT, why);
    audit.record(AuditEntry.of("REJECT", "t_po", po.id(), po.poNo()).change(Map.of("status", po.status()),
        Map.of("status", DRAFT, "reason", why)));
    // the approval stage ended; a resubmitted PO is measured from its first submission
    sla.complete("PO", po.id(), "Approval");
    return po.poNo();
  }

  @Transactional
  public String cancel(String key, String reason) {
    var po = lock(key);
    var why = Texts.required("reason", reason, 400);
    if (!CANCELLABLE.contains(po.status())) {
      throw BusinessRuleException.conflict("status", "factory.po.notCancellable", po.status());
    }
    if (repo.lines(po.id()).stream().anyMatch(l -> l.qtyReceived().signum() > 0)) {
      throw BusinessRuleException.conflict("status", "factory.po.alreadyReceived");
    }
    transitions.move(po, po.status(), CANCELLED, why);
    audit.record(AuditEntry.of("CANCEL", "t_po", po.id(), po.poNo()).change(Map.of("status", po.status()),
        Map.of("status", CANCELLED, "reason", why)));
    sla.completeAll("PO", po.id());
    return po.poNo();
  }

  PoRepository.Locked lock(String key) {
    if (key == null || key.length() > 40) throw BusinessRuleException.notFound("factory.po.notFound");
    return repo.lock(key).orElseThrow(() -> BusinessRuleException.notFound("factory.po.notFound"));
  }

  private static void expect(PoRepository.Locked po, String status) {
    if (!status.equals(po.status())) {
      throw BusinessRuleException.conflict("status", "factory.po.wrongStatus", po.status(), status);
    }
  }

  /** log_status notes are stored as text; the tier is a stable English prefix the timeline can show. */
  private static String tier(boolean director, String notes) {
    var tier = director ? "Director approval" : "Manager approval";
    return notes == null ? tier : tier + ": " + notes;
  }

  private record Head(long vendorId, long warehouseId, LocalDate orderDate, LocalDate expectedDate, String notes) {}

  private Head header(PoRequest r) {
    if (r == null) throw BusinessRuleException.invalid("vendor", "factory.po.field.required");
    var vendorCode = Texts.required("vendor", r.vendor(), 30);
    var vendor = masters.vendor(vendorCode)
        .orElseThrow(() -> BusinessRuleException.invalid("vendor", "factory.po.vendor.unknown", vendorCode));
    var whCode = Texts.required("warehouse", r.warehouse(), 30);
    var wh = masters.warehouse(whCode)
        .orElseThrow(() -> BusinessRuleException.invalid("warehouse", "factory.po.warehouse.unknown", whCode));
    var today = LocalDate.ofInstant(clock.instant(), Formats.WIB);
    var order = r.orderDate() == null ? today : r.orderDate();
    if (order.getYear() < 2000 || order.isAfter(today.plusYears(1))) {
      throw BusinessRuleException.invalid("orderDate", "factory.po.date.invalid");
    }
    if (r.expectedDate() != null && (r.expectedDate().isBefore(order) || r.expectedDate().isAfter(order.plusYears(2)))) {
      throw BusinessRuleException.invalid("expectedDate", "factory.po.expected.beforeOrder");
    }
    return new Head(vendor.id(), wh.id(), order, r.expectedDate(), Texts.optional("notes", r.notes(), 500));
  }

  private static Map<String, Object> snapshot(PoRequest r, PoLines.Result priced) {
    var m = new LinkedHashMap<String, Object>();
    m.put("vendor", r.vendor().strip());
    m.put("warehouse", r.warehouse().strip());
    m.put("lines", priced.lines().size());
    m.put("total", priced.totals().net());
    m.put("tax", priced.totals().tax());
    m.put("grand", priced.totals().grand());
    return m;
  }
}
