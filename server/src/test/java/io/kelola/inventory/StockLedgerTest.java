package io.kelola.inventory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kelola.shared.web.BusinessRuleException;
import io.kelola.support.IntegrationTest;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Moves through the ledger service: balances, refusals, units, lots, FEFO, rollback, events. */
@IntegrationTest
class StockLedgerTest {

  @Autowired StockLedger ledger;
  @Autowired JdbcClient jdbc;
  Masters m;

  @BeforeEach
  void setUp() {
    m = new Masters(jdbc);
  }

  static BigDecimal q(String s) {
    return new BigDecimal(s);
  }

  static Receipt receipt(String item, String wh, String loc, String qty) {
    return new Receipt(item, wh, loc, q(qty), null, null, null, null, null, null, null, null, null, null);
  }

  static Receipt lotReceipt(String item, String wh, String loc, String qty, String lot, LocalDate exp) {
    return new Receipt(item, wh, loc, q(qty), null, lot, "SUP-1", null, null, exp, null, null, "GRN", "GRN-1");
  }

  static Issue issue(String item, String wh, String lot, String qty) {
    return new Issue(item, wh, null, lot, q(qty), null, null, null, null, null, null);
  }

  static BusinessRuleException refusal(Runnable r) {
    try {
      r.run();
    } catch (BusinessRuleException e) {
      return e;
    }
    throw new AssertionError("expected a refusal");
  }

  @Test
  void receiptIssueTransferAndAdjustKeepBalancesAndWriteOneMoveEach() {
    var item = m.item();
    var a = m.warehouse();
    var b = m.warehouse();
    ledger.receive(receipt(item, a, null, "100"));
    ledger.issue(issue(item, a, null, "30"));
    ledger.transfer(new Transfer(item, a, null, b, null, null, q("20"), null, null, null, null, null));
    ledger.adjust(new Adjustment(item, b, null, null, null, q("18"), null, "COUNT", "two broken", null, null));
    ledger.adjust(new Adjustment(item, a, null, null, q("5"), null, null, "FOUND", null, null, null));
    assertThat(m.balance(item, a, null, null)[0]).isEqualByComparingTo("55");
    assertThat(m.balance(item, b, null, null)[0]).isEqualByComparingTo("18");
    assertThat(m.moves(item)).isEqualTo(5);
  }

  @Test
  void issuingMoreThanAvailableIs409WithTheAvailableQuantityAndChangesNothing() {
    var item = m.item();
    var wh = m.warehouse();
    ledger.receive(receipt(item, wh, null, "10"));
    var e = refusal(() -> ledger.issue(issue(item, wh, null, "10.5")));
    assertThat(e.status().value()).isEqualTo(409);
    assertThat(e.messageKey()).isEqualTo("inventory.insufficient");
    assertThat((BigDecimal) e.args()[0]).isEqualByComparingTo("10");
    assertThat(m.balance(item, wh, null, null)[0]).isEqualByComparingTo("10");
    assertThat(m.moves(item)).isEqualTo(1);
  }

  @Test
  void movesAreAppendOnly() {
    var item = m.item();
    var wh = m.warehouse();
    var moved = ledger.receive(receipt(item, wh, null, "1"));
    assertThatThrownBy(() -> jdbc.sql("UPDATE t_inv_move SET qty = 2 WHERE uuid = :u").param("u", moved.uuid()).update())
        .hasMessageContaining("t_inv_move");
    assertThatThrownBy(() -> jdbc.sql("DELETE FROM t_inv_move WHERE uuid = :u").param("u", moved.uuid()).update())
        .hasMessageContaining("t_inv_move");
    assertThat(m.moves(item)).isEqualTo(1);
  }

  @Test
  void quantitiesInAnotherUnitAreConvertedAndTheEnteredValueKept() {
    var item = m.item();
    var wh = m.warehouse();
    m.conversion(item, "BOX", "PCS", "12");
    var moved = ledger.receive(new Receipt(item, wh, null, q("2.5"), "BOX", null, null, null, null, null, null, null,
        null, null));
    assertThat(moved.qty()).isEqualByComparingTo("30");
    var entered = jdbc.sql("SELECT qty_entered || ' ' || uom_entered FROM t_inv_move WHERE uuid = :u")
        .param("u", moved.uuid()).query(String.class).single();
    assertThat(entered).isEqualTo("2.5000 BOX");
    var unknown = refusal(() -> ledger.receive(new Receipt(item, wh, null, q("1"), "KG", null, null, null, null, null,
        null, null, null, null)));
    assertThat(unknown.messageKey()).isEqualTo("inventory.uom.unknown");
  }

  @Test
  void coldItemsOnlyGoWhereTheTemperatureFitsAndCapacityIsRespected() {
    var cold = m.item(false, false, q("2"), q("8"), null);
    var wh = m.warehouse();
    var ambient = m.location(wh, "STORAGE", q("15"), q("30"), null);
    var chiller = m.location(wh, "STORAGE", q("2"), q("6"), q("50"));
    var e = refusal(() -> ledger.receive(receipt(cold, wh, ambient, "1")));
    assertThat(e.status().value()).isEqualTo(409);
    assertThat(e.messageKey()).isEqualTo("inventory.temperature");
    ledger.receive(receipt(cold, wh, chiller, "40"));
    var full = refusal(() -> ledger.receive(receipt(cold, wh, chiller, "11")));
    assertThat(full.messageKey()).isEqualTo("inventory.capacity");
    assertThat(m.balance(cold, wh, chiller, null)[0]).isEqualByComparingTo("40");
  }

  @Test
  void lotsStartInQuarantineAndOnlyReleasedStockLeaves() {
    var item = m.item(true, true, null, null, null);
    var wh = m.warehouse();
    var quarantine = m.location(wh, "QUARANTINE", null, null, null);
    var storage = m.location(wh);
    assertThat(refusal(() -> ledger.receive(lotReceipt(item, wh, storage, "5", "L1", null))).messageKey())
        .isEqualTo("inventory.lot.expRequired");
    ledger.receive(lotReceipt(item, wh, storage, "5", "L1", LocalDate.now().plusDays(30)));
    var blocked = refusal(() -> ledger.issue(new Issue(item, wh, storage, "L1", q("1"), null, null, null, null, null, null)));
    assertThat(blocked.messageKey()).isEqualTo("inventory.lot.notReleased");
    var toStorage = refusal(() -> ledger.transfer(new Transfer(item, wh, storage, wh, m.location(wh), "L1", q("1"), null,
        null, null, null, null)));
    assertThat(toStorage.messageKey()).isEqualTo("inventory.transfer.quarantineOnly");
    ledger.transfer(new Transfer(item, wh, storage, wh, quarantine, "L1", q("2"), null, null, null, null, null));
    var lot = lotUuid(item, "L1");
    ledger.changeLotStatus(lot, "RELEASED", "CoA ok");
    ledger.issue(new Issue(item, wh, storage, "L1", q("3"), null, null, null, null, null, null));
    assertThat(m.balance(item, wh, storage, "L1")[0]).isEqualByComparingTo("0");
    assertThat(m.balance(item, wh, quarantine, "L1")[0]).isEqualByComparingTo("2");
  }

  @Test
  void lotStatusTransitionsFollowTheQcRules() {
    var item = m.lotItem();
    var wh = m.warehouse();
    ledger.receive(lotReceipt(item, wh, null, "1", "A", null));
    ledger.receive(lotReceipt(item, wh, null, "1", "B", null));
    var a = lotUuid(item, "A");
    var b = lotUuid(item, "B");
    assertThat(ledger.changeLotStatus(a, "ON_HOLD", "check").status()).isEqualTo("ON_HOLD");
    assertThat(ledger.changeLotStatus(a, "RELEASED", null).status()).isEqualTo("RELEASED");
    ledger.changeLotStatus(b, "REJECTED", "mould");
    var fromRejected = refusal(() -> ledger.changeLotStatus(b, "RELEASED", null));
    assertThat(fromRejected.status().value()).isEqualTo(409);
    assertThat(refusal(() -> ledger.changeLotStatus(a, "QUARANTINE", null)).status().value()).isEqualTo(409);
    assertThat(refusal(() -> ledger.changeLotStatus(a, "NONSENSE", null)).status().value()).isEqualTo(400);
    assertThat(refusal(() -> ledger.changeLotStatus(java.util.UUID.randomUUID(), "RELEASED", null)).status().value())
        .isEqualTo(404);
  }

  @Test
  void picksAreEarliestExpiryFirstAndSkipUnreleasedAndExpiredLots() {
    var item = m.item(true, true, null, null, null);
    var wh = m.warehouse();
    var today = LocalDate.now();
    ledger.receive(lotReceipt(item, wh, null, "10", "LATE", today.plusDays(200)));
    ledger.receive(lotReceipt(item, wh, null, "10", "SOON", today.plusDays(20)));
    ledger.receive(lotReceipt(item, wh, null, "10", "HELD", today.plusDays(5)));
    ledger.receive(lotReceipt(item, wh, null, "10", "GONE", today.minusDays(1)));
    for (var lot : new String[] {"LATE", "SOON", "GONE"}) ledger.changeLotStatus(lotUuid(item, lot), "RELEASED", null);
    var picks = ledger.suggestPicks(item, wh, q("15"));
    assertThat(picks).extracting(PickSuggestion::lotNo).containsExactly("SOON", "LATE");
    assertThat(picks).extracting(PickSuggestion::qty).usingElementComparator(BigDecimal::compareTo)
        .containsExactly(q("10"), q("5"));
  }

  @Test
  void reservationsAllocateFefoAcrossRowsAndBackorderOnlyWhenAllowed() {
    var item = m.item(true, false, null, null, null);
    var wh = m.warehouse();
    var today = LocalDate.now();
    ledger.receive(lotReceipt(item, wh, null, "4", "L200", today.plusDays(200)));
    ledger.receive(lotReceipt(item, wh, null, "4", "L20", today.plusDays(20)));
    ledger.changeLotStatus(lotUuid(item, "L200"), "RELEASED", null);
    ledger.changeLotStatus(lotUuid(item, "L20"), "RELEASED", null);
    var refused = refusal(() -> ledger.reserve(new ReservationRequest(item, wh, q("9"), null, "SO", "SO-1", false, null, null)));
    assertThat(refused.status().value()).isEqualTo(409);
    assertThat(m.balance(item, wh, null, "L20")[1]).isEqualByComparingTo("0");
    var result = ledger.reserve(new ReservationRequest(item, wh, q("9"), null, "SO", "SO-2", true, null, null));
    assertThat(result.reservations()).extracting(ReservationView::lotNo).containsExactly("L20", "L200", null);
    assertThat(result.reserved()).isEqualByComparingTo("8");
    assertThat(result.qtyShort()).isEqualByComparingTo("1");
    var first = result.reservations().getFirst().uuid();
    var moved = ledger.issueReserved(first);
    assertThat(moved.lotNo()).isEqualTo("L20");
    assertThat(ledger.reservation(first).status()).isEqualTo("ISSUED");
    assertThat(refusal(() -> ledger.issueReserved(first)).status().value()).isEqualTo(409);
    ledger.release(result.reservations().get(1).uuid());
    assertThat(m.balance(item, wh, null, "L20")).usingElementComparator(BigDecimal::compareTo).containsExactly(q("0"), q("0"));
    assertThat(m.balance(item, wh, null, "L200")).usingElementComparator(BigDecimal::compareTo).containsExactly(q("4"), q("0"));
  }

  @Test
  void aRefusedMoveWritesNoMoveNoBalanceAndNoEvent() {
    var cold = m.item(false, false, q("2"), q("8"), null);
    var wh = m.warehouse();
    var hot = m.location(wh, "STORAGE", q("20"), q("30"), null);
    long eventsBefore = movedEvents();
    refusal(() -> ledger.receive(receipt(cold, wh, hot, "3")));
    assertThat(m.moves(cold)).isZero();
    assertThat(m.balance(cold, wh, hot, null)[0]).isEqualByComparingTo("0");
    assertThat(movedEvents()).isEqualTo(eventsBefore);
  }

  @Test
  void aReceiptPublishesInventoryMoved() {
    var item = m.item();
    var wh = m.warehouse();
    var moved = ledger.receive(receipt(item, wh, null, "7"));
    var payload = jdbc.sql("SELECT payload::text FROM t_event_outbox WHERE event_type = 'inventory.moved' AND resource_id = :r")
        .param("r", moved.uuid().toString()).query(String.class).single();
    assertThat(payload).contains(item).contains(wh).contains("\"IN\"");
  }

  @Test
  void lotStatusChangesAndReservationsAreAuditedAndPublished() {
    var item = m.lotItem();
    var wh = m.warehouse();
    ledger.receive(lotReceipt(item, wh, null, "5", "EV1", null));
    var lot = lotUuid(item, "EV1");
    ledger.changeLotStatus(lot, "RELEASED", "ok");
    var reserved = ledger.reserve(new ReservationRequest(item, wh, q("2"), null, "SO", "SO-EV", false, null, null));
    var resv = reserved.reservations().getFirst().uuid();
    assertThat(outbox("lot.status_changed", lot.toString())).contains("\"RELEASED\"").contains("\"QUARANTINE\"");
    assertThat(outbox("inventory.reservation_changed", resv.toString())).contains("SO-EV").contains("ACTIVE");
    assertThat(jdbc.sql("SELECT count(*) FROM log_audit WHERE entity_key IN (:keys)")
        .param("keys", java.util.List.of(lot.toString(), resv.toString())).query(Long.class).single())
        .isGreaterThanOrEqualTo(3);
  }

  private String outbox(String subject, String resource) {
    return jdbc.sql("SELECT string_agg(payload::text, ' ') FROM t_event_outbox WHERE event_type = :s AND resource_id = :r")
        .param("s", subject).param("r", resource).query(String.class).single();
  }

  @Test
  void genealogyLinksNeedAnExistingInputLot() {
    var item = m.lotItem();
    var wh = m.warehouse();
    ledger.receive(lotReceipt(item, wh, null, "1", "IN1", null));
    ledger.receive(lotReceipt(item, wh, null, "1", "OUT1", null));
    ledger.recordConsumption(new LotConsumption(lotUuid(item, "OUT1"), lotUuid(item, "IN1"), q("1"), "WO", "WO-1"));
    assertThat(jdbc.sql("SELECT count(*) FROM t_lot_link WHERE out_lot_id = (SELECT id FROM t_lot WHERE uuid = :u)")
        .param("u", lotUuid(item, "OUT1")).query(Long.class).single()).isEqualTo(1);
    assertThat(refusal(() -> ledger.recordConsumption(new LotConsumption(lotUuid(item, "OUT1"),
        java.util.UUID.randomUUID(), q("1"), null, null))).status().value()).isEqualTo(400);
    // consuming with an issue takes the input stock out in the same transaction, released lots only
    var held = refusal(() -> ledger.recordConsumption(new LotConsumption(lotUuid(item, "OUT1"), lotUuid(item, "IN1"),
        q("1"), "WO", "WO-2", wh, null)));
    assertThat(held.messageKey()).isEqualTo("inventory.lot.notReleased");
    ledger.changeLotStatus(lotUuid(item, "IN1"), "RELEASED", null);
    ledger.recordConsumption(new LotConsumption(lotUuid(item, "OUT1"), lotUuid(item, "IN1"), q("1"), "WO", "WO-2", wh,
        null));
    assertThat(m.balance(item, wh, null, "IN1")[0]).isEqualByComparingTo("0");
    assertThat(jdbc.sql("SELECT count(*) FROM t_lot_link WHERE out_lot_id = (SELECT id FROM t_lot WHERE uuid = :u)")
        .param("u", lotUuid(item, "OUT1")).query(Long.class).single()).isEqualTo(2);
  }

  private long movedEvents() {
    return jdbc.sql("SELECT count(*) FROM t_event_outbox WHERE event_type = 'inventory.moved'").query(Long.class).single();
  }

  java.util.UUID lotUuid(String item, String lotNo) {
    return jdbc.sql("SELECT l.uuid FROM t_lot l JOIN m_item i ON i.id = l.item_id WHERE i.code = :i AND l.lot_no = :l")
        .param("i", item).param("l", lotNo).query(java.util.UUID.class).single();
  }
}
