package io.kelola.factory.purchasing;

import io.kelola.audit.AuditEntry;
import io.kelola.audit.AuditTrail;
import io.kelola.factory.core.Amounts;
import io.kelola.factory.core.DocumentNumbers;
import io.kelola.factory.core.FactoryProperties;
import io.kelola.factory.finance.OpenPayable;
import io.kelola.factory.finance.Payables;
import io.kelola.inventory.Receipt;
import io.kelola.inventory.StockLedger;
import io.kelola.masterdata.MasterLookup;
import io.kelola.shared.security.CurrentUser;
import io.kelola.shared.web.BusinessRuleException;
import io.kelola.shared.web.Formats;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Goods received against an approved PO, in one transaction: the receipt (number GR), stock IN
 * through the ledger (new lots start in quarantine), received quantities, the PO's status and the
 * payable for what arrived (due after the vendor's terms).
 */
@Service
public class GoodsReceipts {

  private final PurchaseOrders orders;
  private final PoRepository repo;
  private final ReceiptRepository receipts;
  private final PoTransitions transitions;
  private final MasterLookup masters;
  private final StockLedger ledger;
  private final Payables payables;
  private final DocumentNumbers numbers;
  private final AuditTrail audit;
  private final FactoryProperties props;
  private final Clock clock;

  GoodsReceipts(PurchaseOrders orders, PoRepository repo, ReceiptRepository receipts, PoTransitions transitions,
      MasterLookup masters, StockLedger ledger, Payables payables, DocumentNumbers numbers, AuditTrail audit,
      FactoryProperties props, Clock clock) {
    this.orders = orders;
    this.repo = repo;
    this.receipts = receipts;
    this.transitions = transitions;
    this.masters = masters;
    this.ledger = ledger;
    this.payables = payables;
    this.numbers = numbers;
    this.audit = audit;
    this.props = props;
    this.clock = clock;
  }

  /** Records the receipt; returns its GR number. */
  @Transactional
  public String receive(String key, ReceiptRequest r) {
    var po = orders.lock(key);
    if (!PurchaseOrders.APPROVED.equals(po.status()) && !PurchaseOrders.PARTIAL.equals(po.status())) {
      throw BusinessRuleException.conflict("status", "factory.po.notReceivable", po.status());
    }
    if (r == null || r.lines() == null || r.lines().isEmpty()) {
      throw BusinessRuleException.invalid("lines", "factory.po.receipt.none");
    }
    if (r.lines().size() > PoLines.MAX_LINES) {
      throw BusinessRuleException.invalid("lines", "factory.po.lines.tooMany", PoLines.MAX_LINES);
    }
    var today = LocalDate.ofInstant(clock.instant(), Formats.WIB);
    var recvDate = r.recvDate() == null ? today : r.recvDate();
    if (recvDate.isAfter(today) || recvDate.isBefore(po.orderDate())) {
      throw BusinessRuleException.invalid("recvDate", "factory.po.receipt.date", Formats.date(po.orderDate()));
    }
    var vendorDoc = Texts.optional("vendorDoc", r.vendorDoc(), 60);
    var notes = Texts.optional("notes", r.notes(), 500);
    var poLines = new LinkedHashMap<Integer, PoRepository.LineRow>();
    repo.lines(po.id()).forEach(l -> poLines.put(l.lineNo(), l));

    var seen = new HashSet<Integer>();
    var accepted = new java.util.ArrayList<Accepted>();
    var netByCode = new LinkedHashMap<String, BigDecimal>();
    for (int i = 0; i < r.lines().size(); i++) {
      var in = r.lines().get(i);
      var f = "lines[" + i + "].";
      if (in == null || in.lineNo() == null) throw BusinessRuleException.invalid(f + "lineNo", "factory.po.receipt.line");
      var line = poLines.get(in.lineNo());
      if (line == null) throw BusinessRuleException.invalid(f + "lineNo", "factory.po.receipt.line");
      if (!seen.add(in.lineNo())) throw BusinessRuleException.invalid(f + "lineNo", "factory.po.receipt.duplicate");
      var qty = Quantities.positive(f + "qty", in.qty());
      var left = line.qty().subtract(line.qtyReceived());
      if (qty.compareTo(left) > 0) {
        throw BusinessRuleException.conflict(f + "qty", "factory.po.receipt.over", in.lineNo(), Formats.quantity(left));
      }
      var item = masters.item(line.itemId()).orElseThrow(() -> BusinessRuleException.conflict(f + "qty",
          "factory.po.item.unknown", line.item()));
      var lot = Texts.optional(f + "lotNo", in.lotNo(), 40);
      if (item.lotTracked() && lot == null) throw BusinessRuleException.invalid(f + "lotNo", "factory.po.receipt.lotRequired", item.code());
      if (!item.lotTracked() && lot != null) throw BusinessRuleException.invalid(f + "lotNo", "factory.po.receipt.lotNotTracked", item.code());
      if (item.expiryTracked() && in.expDate() == null) {
        throw BusinessRuleException.invalid(f + "expDate", "factory.po.receipt.expRequired", item.code());
      }
      if (in.expDate() != null && (!item.lotTracked() || in.expDate().isBefore(recvDate)
          || in.expDate().isAfter(recvDate.plusYears(50)))) {
        throw BusinessRuleException.invalid(f + "expDate", "factory.po.receipt.expInvalid");
      }
      var amount = Amounts.line(qty, line.unitPrice(), BigDecimal.ZERO);
      netByCode.merge(line.taxCode(), amount, BigDecimal::add);
      accepted.add(new Accepted(line, qty, lot, in.expDate()));
    }

    var totals = Totals.of(netByCode, props);
    var by = CurrentUser.idOrNull();
    var grNo = numbers.next("GR", recvDate);
    long receiptId = receipts.insert(grNo, po.id(), recvDate, vendorDoc, totals.net(), notes, by);
    for (var a : accepted) {
      receipts.insertLine(receiptId, a.line().id(), a.qty(), a.lot(), a.expDate());
      ledger.receive(new Receipt(a.line().item(), po.warehouse(), null, a.qty(), null, a.lot(), null, po.vendor(), null,
          a.expDate(), "PURCHASE", grNo, "PO", po.poNo()));
      repo.addReceived(a.line().id(), a.qty());
    }
    boolean complete = repo.lines(po.id()).stream().allMatch(l -> l.qtyReceived().compareTo(l.qty()) >= 0);
    var to = complete ? PurchaseOrders.RECEIVED : PurchaseOrders.PARTIAL;
    if (!to.equals(po.status())) transitions.move(po, po.status(), to, grNo);
    var terms = masters.vendorTerms(po.vendor()).orElseThrow(() -> BusinessRuleException.conflict("vendor",
        "factory.po.vendor.unknown", po.vendor()));
    var bill = payables.open(new OpenPayable(po.id(), receiptId, po.vendorId(), recvDate, terms.termDays(),
        totals.net(), totals.tax(), vendorDoc));
    audit.record(AuditEntry.of("RECEIVE", "t_po_receipt", receiptId, grNo).change(null, Map.of("po", po.poNo(),
        "lines", accepted.size(), "net", totals.net(), "tax", totals.tax(), "bill", bill.number(), "status", to)));
    return grNo;
  }

  private record Accepted(PoRepository.LineRow line, BigDecimal qty, String lot, LocalDate expDate) {}
}
