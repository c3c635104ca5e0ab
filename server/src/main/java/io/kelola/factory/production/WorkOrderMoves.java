package io.kelola.factory.production;

import io.kelola.audit.AuditEntry;
import io.kelola.audit.AuditTrail;
import io.kelola.factory.production.WorkOrderRequests.IssueLine;
import io.kelola.factory.production.WorkOrderRequests.OutputReport;
import io.kelola.inventory.Issue;
import io.kelola.inventory.LotConsumption;
import io.kelola.inventory.Receipt;
import io.kelola.inventory.StockLedger;
import io.kelola.masterdata.MasterLookup;
import io.kelola.shared.web.BusinessRuleException;
import io.kelola.shared.web.Formats;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * A work order's stock moves, all through the ledger with docType WO and the order number: materials
 * out (lot-tracked ones per lot, earliest expiry first) and good output in as finished goods. A
 * lot-tracked product gets one lot per output report ({@code WO-202611-0001-1}, {@code -2}…), linked
 * to every material lot the order consumed so far, so a recall trace finds its inputs.
 */
@Component
class WorkOrderMoves {

  private final StockLedger ledger;
  private final WorkOrderRepository repo;
  private final LotReads lots;
  private final MasterLookup masters;
  private final AuditTrail audit;
  private final Clock clock;

  WorkOrderMoves(StockLedger ledger, WorkOrderRepository repo, LotReads lots, MasterLookup masters, AuditTrail audit,
      Clock clock) {
    this.ledger = ledger;
    this.repo = repo;
    this.lots = lots;
    this.masters = masters;
    this.audit = audit;
    this.clock = clock;
  }

  @Transactional(propagation = Propagation.MANDATORY)
  void issue(WorkOrderRepository.Locked wo, List<IssueLine> lines) {
    if (lines == null || lines.isEmpty()) throw BusinessRuleException.invalid("materials", "factory.wo.field.required");
    if (lines.size() > WorkOrders.MAX_MATERIALS) {
      throw BusinessRuleException.invalid("materials", "factory.wo.tooManyMaterials", WorkOrders.MAX_MATERIALS);
    }
    var planned = repo.materials(wo.id());
    for (int i = 0; i < lines.size(); i++) {
      var field = "materials[" + i + "]";
      var line = lines.get(i);
      if (line == null) throw BusinessRuleException.invalid(field, "factory.wo.field.required");
      var code = Fields.text(field + ".item", line.item(), 30, true);
      var material = planned.stream().filter(m -> m.item().equalsIgnoreCase(code)).findFirst()
          .orElseThrow(() -> BusinessRuleException.invalid(field + ".item", "factory.wo.notAMaterial", code));
      var qty = Fields.qty(field + ".qty", line.qty(), false, 4);
      if (material.lotTracked()) issueByLot(wo, field, material.item(), material.warehouse(), qty);
      else {
        ledger.issue(new Issue(material.item(), material.warehouse(), null, null, qty, null, null, "PRODUCTION", null,
            WorkOrders.TYPE, wo.woNo()));
      }
      repo.addIssued(wo.id(), masters.item(material.item()).orElseThrow().id(), qty);
      audit.record(AuditEntry.of("ISSUE", "t_wo", wo.id(), wo.woNo())
          .change(null, Map.of("item", material.item(), "qty", qty)));
    }
  }

  /** FEFO over released lots; refused (409) when released stock does not cover the quantity. */
  private void issueByLot(WorkOrderRepository.Locked wo, String field, String item, String warehouse, BigDecimal qty) {
    var picks = ledger.suggestPicks(item, warehouse, qty);
    var covered = picks.stream().map(p -> p.qty()).reduce(BigDecimal.ZERO, BigDecimal::add);
    if (covered.compareTo(qty) < 0) {
      throw BusinessRuleException.conflict(field + ".qty", "factory.wo.notEnoughReleased", item, warehouse,
          Formats.quantity(covered));
    }
    var left = qty;
    for (var pick : picks) {
      if (left.signum() <= 0) break;
      var take = pick.qty().min(left);
      ledger.issue(new Issue(item, warehouse, pick.location(), pick.lotNo(), take, null, null, "PRODUCTION", null,
          WorkOrders.TYPE, wo.woNo()));
      left = left.subtract(take);
    }
  }

  @Transactional(propagation = Propagation.MANDATORY)
  void output(WorkOrderRepository.Locked wo, OutputReport report) {
    var good = Fields.qty("good", Fields.zeroIfNull(report.good()), true, 4);
    var reject = Fields.qty("reject", Fields.zeroIfNull(report.reject()), true, 4);
    if (good.add(reject).signum() == 0) throw BusinessRuleException.invalid("good", "factory.wo.outputEmpty");
    var note = Fields.text("notes", report.notes(), 300, false);
    String lotNo = null;
    if (good.signum() > 0) {
      var item = masters.item(wo.itemCode())
          .orElseThrow(() -> BusinessRuleException.conflict("item", "factory.wo.itemUnknown", wo.itemCode()));
      var today = LocalDate.now(clock.withZone(Formats.WIB));
      if (item.lotTracked()) lotNo = nextLot(wo);
      ledger.receive(new Receipt(item.code(), wo.warehouse(), null, good, null, lotNo, null, null,
          item.lotTracked() ? today : null, null, "PRODUCTION", note, WorkOrders.TYPE, wo.woNo()));
      if (lotNo != null) link(wo, lots.lotUuid(item.id(), lotNo));
    }
    repo.addOutput(wo.id(), good, reject, lotNo, io.kelola.shared.security.CurrentUser.idOrNull());
    audit.record(AuditEntry.of("OUTPUT", "t_wo", wo.id(), wo.woNo())
        .change(null, lotNo == null ? Map.of("good", good, "reject", reject)
            : Map.of("good", good, "reject", reject, "lot", lotNo)));
  }

  private void link(WorkOrderRepository.Locked wo, java.util.UUID outputLot) {
    for (var in : lots.consumed(wo.woNo())) {
      ledger.recordConsumption(new LotConsumption(outputLot, in.uuid(), in.qty(), WorkOrders.TYPE, wo.woNo()));
    }
  }

  /** {@code WO-202611-0001-1} for the first output, then -2, -3…: the last one is kept on the order. */
  static String nextLotNo(String woNo, String lastLot) {
    int n = 1;
    if (lastLot != null && lastLot.startsWith(woNo + "-")) {
      try {
        n = Integer.parseInt(lastLot.substring(woNo.length() + 1)) + 1;
      } catch (NumberFormatException e) {
        n = 1;
      }
    }
    return woNo + "-" + n;
  }

  private static String nextLot(WorkOrderRepository.Locked wo) {
    return nextLotNo(wo.woNo(), wo.lotNo());
  }
}
