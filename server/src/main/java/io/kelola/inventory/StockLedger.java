package io.kelola.inventory;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

/**
 * The only way to change stock (ADR 0009). Every method runs in one transaction: the immutable move,
 * the balance, the audit row and the event commit together or not at all. Rule violations are
 * {@link io.kelola.shared.web.BusinessRuleException}s: 400 for bad input, 404 for unknown
 * reservations or lots, 409 for insufficient stock, lot status, temperature or capacity.
 */
public interface StockLedger {

  StockMoved receive(Receipt receipt);

  StockMoved issue(Issue issue);

  StockMoved transfer(Transfer transfer);

  StockMoved adjust(Adjustment adjustment);

  ReservationResult reserve(ReservationRequest request);

  ReservationView release(UUID reservation);

  /** Turns an active reservation into an OUT move of its covered quantity. */
  StockMoved issueReserved(UUID reservation);

  /**
   * Like {@link #issueReserved(UUID)}, as a shipment to {@code customer} (a customer code, recorded
   * on the move for recall traces); a null customer is a plain issue.
   */
  StockMoved issueReserved(UUID reservation, String customer);

  ReservationView reservation(UUID reservation);

  LotView registerLot(LotRegistration lot);

  /** Changes the lot's QC status; for the module that owns the lot's status, or lots without an owner. */
  LotView changeLotStatus(UUID lot, String status, String note);

  /**
   * A status change by a person through the inventory API or pages: refused (409) for a lot whose
   * status another module decides (see {@link #assignStatusOwner}).
   */
  LotView changeLotStatusByHand(UUID lot, String status, String note);

  /** From now on only {@code module} (e.g. {@code SARI}) changes this lot's status, through its own rules. */
  void assignStatusOwner(UUID lot, String module);

  void recordConsumption(LotConsumption consumption);

  /** Released, unexpired, available stock covering {@code qty}, earliest expiry first. */
  List<PickSuggestion> suggestPicks(String item, String warehouse, BigDecimal qty);
}
