package io.kelola.inventory.domain;

import io.kelola.audit.AuditActions;
import io.kelola.audit.AuditEntry;
import io.kelola.audit.AuditTrail;
import io.kelola.inventory.Adjustment;
import io.kelola.inventory.AdjustmentReason;
import io.kelola.inventory.Issue;
import io.kelola.inventory.Receipt;
import io.kelola.inventory.StockMoved;
import io.kelola.inventory.Transfer;
import io.kelola.masterdata.ItemRef;
import io.kelola.shared.security.CurrentUser;
import io.kelola.shared.web.BusinessRuleException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Receipts, issues, transfers and adjustments: the four kinds of stock move. */
@Service
@Transactional
class MoveService {

  private final Inputs inputs;
  private final LotRepository lots;
  private final BalanceRepository balances;
  private final MoveWriter writer;
  private final AuditTrail audit;

  MoveService(Inputs inputs, LotRepository lots, BalanceRepository balances, MoveWriter writer, AuditTrail audit) {
    this.inputs = inputs;
    this.lots = lots;
    this.balances = balances;
    this.writer = writer;
    this.audit = audit;
  }

  StockMoved receive(Receipt r) {
    var item = inputs.item(r.item());
    var to = inputs.place("warehouse", r.warehouse(), r.location());
    var qty = inputs.baseQty("qty", item, r.qty(), r.uom());
    var lot = receivedLot(item, r);
    return writer.record(new MoveWriter.Draft("IN", item, lot, null, to, qty, r.qty(), entered(item, r.uom()),
        reason(r.reason(), "RECEIPT"), note(r.note()), docType(r.docType()), docRef(r.docRef()), null));
  }

  StockMoved issue(Issue i) {
    var item = inputs.item(i.item());
    var from = inputs.place("warehouse", i.warehouse(), i.location());
    var qty = inputs.baseQty("qty", item, i.qty(), i.uom());
    var lot = existingLot(item, i.lotNo());
    if (lot != null) requireReleased(lot);
    var customer = inputs.customer(i.customer());
    return writer.record(new MoveWriter.Draft("OUT", item, lot, from, null, qty, i.qty(), entered(item, i.uom()),
        reason(i.reason(), customer == null ? "ISSUE" : "SHIPMENT"), note(i.note()), docType(i.docType()),
        docRef(i.docRef()), customer));
  }

  StockMoved transfer(Transfer t) {
    var item = inputs.item(t.item());
    var from = inputs.place("fromWarehouse", t.fromWarehouse(), t.fromLocation());
    var to = inputs.place("toWarehouse", t.toWarehouse(), t.toLocation());
    if (from.warehouse().id() == to.warehouse().id() && java.util.Objects.equals(from.locationId(), to.locationId())) {
      throw BusinessRuleException.invalid("toWarehouse", "inventory.transfer.same");
    }
    var qty = inputs.baseQty("qty", item, t.qty(), t.uom());
    var lot = existingLot(item, t.lotNo());
    if (lot != null) {
      lot = lots.share(lot.id());
      if (!"RELEASED".equals(lot.status()) && !to.holdsUnusableStock()) {
        throw BusinessRuleException.conflict("toLocation", "inventory.transfer.quarantineOnly", lot.lotNo(), lot.status());
      }
    }
    return writer.record(new MoveWriter.Draft("TRANSFER", item, lot, from, to, qty, t.qty(), entered(item, t.uom()),
        reason(t.reason(), "TRANSFER"), note(t.note()), docType(t.docType()), docRef(t.docRef()), null));
  }

  StockMoved adjust(Adjustment a) {
    if (!AdjustmentReason.isValid(a.reason())) throw BusinessRuleException.invalid("reason", "inventory.adjust.reason");
    if ((a.delta() == null) == (a.counted() == null)) {
      throw BusinessRuleException.invalid("delta", "inventory.adjust.oneOf");
    }
    var item = inputs.item(a.item());
    var place = inputs.place("warehouse", a.warehouse(), a.location());
    var lot = existingLot(item, a.lotNo());
    var key = new BalanceKey(item.id(), place.warehouse().id(), place.locationId(), lot == null ? null : lot.id());
    BigDecimal delta;
    BigDecimal entered;
    if (a.delta() != null) {
      if (a.delta().signum() == 0) throw BusinessRuleException.invalid("delta", "inventory.qty.invalid");
      delta = inputs.baseQty("delta", item, a.delta().abs(), a.uom()).multiply(BigDecimal.valueOf(a.delta().signum()));
      entered = a.delta().abs();
    } else {
      if (a.counted().signum() < 0) throw BusinessRuleException.invalid("counted", "inventory.qty.invalid");
      var counted = a.counted().signum() == 0 ? BigDecimal.ZERO : inputs.baseQty("counted", item, a.counted(), a.uom());
      delta = counted.subtract(balances.lockOnHand(key));
      entered = a.counted();
    }
    if (delta.signum() == 0) throw BusinessRuleException.invalid("counted", "inventory.adjust.noChange");
    var draft = new MoveWriter.Draft("ADJUST", item, lot, delta.signum() < 0 ? place : null,
        delta.signum() > 0 ? place : null, delta.abs(), entered, entered(item, a.uom()), a.reason(), note(a.note()),
        docType(a.docType()), docRef(a.docRef()), null);
    return writer.record(draft);
  }

  /** The lot of a receipt: found, or registered in QUARANTINE with the receipt's details. */
  private LotRepository.LotRow receivedLot(ItemRef item, Receipt r) {
    if (!item.lotTracked()) {
      if (!Inputs.blank(r.lotNo())) throw BusinessRuleException.invalid("lotNo", "inventory.lot.notTracked", item.code());
      return null;
    }
    var lotNo = Inputs.text("lotNo", r.lotNo(), 40, true);
    var existing = lots.find(item.id(), lotNo);
    if (existing.isPresent()) return existing.get();
    return register(item, lotNo, r.supplierLot(), r.vendor(), r.mfgDate(), r.expDate());
  }

  LotRepository.LotRow register(ItemRef item, String lotNo, String supplierLot, String vendorCode, LocalDate mfg,
      LocalDate exp) {
    Inputs.text("supplierLot", supplierLot, 60, false);
    var vendor = inputs.vendor(vendorCode);
    if (exp == null && item.shelfDays() != null) exp = (mfg != null ? mfg : writer.today()).plusDays(item.shelfDays());
    if (item.expiryTracked() && exp == null) throw BusinessRuleException.invalid("expDate", "inventory.lot.expRequired");
    if (mfg != null && exp != null && exp.isBefore(mfg)) {
      throw BusinessRuleException.invalid("expDate", "inventory.lot.datesInvalid");
    }
    var row = lots.insertIfAbsent(item.id(), lotNo, Inputs.blank(supplierLot) ? null : supplierLot,
        vendor == null ? null : vendor.id(), mfg, exp, CurrentUser.idOrNull());
    audit.record(AuditEntry.of(AuditActions.CREATE, "t_lot", row.id(), row.uuid().toString())
        .change(null, Map.of("item", item.code(), "lotNo", lotNo, "status", row.status())));
    return row;
  }

  /** The lot named for a lot-tracked item (required, must exist); null for items without lots. */
  LotRepository.LotRow existingLot(ItemRef item, String lotNo) {
    if (!item.lotTracked()) {
      if (!Inputs.blank(lotNo)) throw BusinessRuleException.invalid("lotNo", "inventory.lot.notTracked", item.code());
      return null;
    }
    Inputs.text("lotNo", lotNo, 40, true);
    return lots.find(item.id(), lotNo)
        .orElseThrow(() -> BusinessRuleException.invalid("lotNo", "inventory.lot.unknown", lotNo, item.code()));
  }

  /** Only released stock may leave or be promised; the share lock keeps the status until commit. */
  LotRepository.LotRow requireReleased(LotRepository.LotRow lot) {
    var current = lots.share(lot.id());
    if (!"RELEASED".equals(current.status())) {
      throw BusinessRuleException.conflict("lotNo", "inventory.lot.notReleased", current.lotNo(), current.status());
    }
    return current;
  }

  static String entered(ItemRef item, String uom) {
    return Inputs.blank(uom) ? item.uom() : uom;
  }

  static String reason(String reason, String fallback) {
    return Inputs.blank(reason) ? fallback : Inputs.text("reason", reason, 30, false);
  }

  static String note(String note) {
    return Inputs.text("note", note, 300, false);
  }

  static String docType(String docType) {
    return Inputs.text("docType", docType, 20, false);
  }

  static String docRef(String docRef) {
    return Inputs.text("docRef", docRef, 60, false);
  }
}
