package io.kelola.inventory.domain;

import io.kelola.inventory.Adjustment;
import io.kelola.inventory.Issue;
import io.kelola.inventory.LotConsumption;
import io.kelola.inventory.LotRegistration;
import io.kelola.inventory.LotView;
import io.kelola.inventory.PickSuggestion;
import io.kelola.inventory.Receipt;
import io.kelola.inventory.ReservationRequest;
import io.kelola.inventory.ReservationResult;
import io.kelola.inventory.ReservationView;
import io.kelola.inventory.StockLedger;
import io.kelola.inventory.StockMoved;
import io.kelola.inventory.Transfer;
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.stereotype.Service;

/** The module's public {@link StockLedger}, split internally by concern. */
@Service
class LedgerFacade implements StockLedger {

  private final MoveService moves;
  private final ReservationService reservations;
  private final LotService lots;

  LedgerFacade(MoveService moves, ReservationService reservations, LotService lots) {
    this.moves = moves;
    this.reservations = reservations;
    this.lots = lots;
  }

  @Override public StockMoved receive(Receipt receipt) { return retrying(() -> moves.receive(receipt)); }
  @Override public StockMoved issue(Issue issue) { return retrying(() -> moves.issue(issue)); }
  @Override public StockMoved transfer(Transfer transfer) { return retrying(() -> moves.transfer(transfer)); }
  @Override public StockMoved adjust(Adjustment adjustment) { return retrying(() -> moves.adjust(adjustment)); }
  @Override public ReservationResult reserve(ReservationRequest request) { return retrying(() -> reservations.reserve(request)); }
  @Override public ReservationView release(UUID reservation) { return reservations.release(reservation); }
  @Override public StockMoved issueReserved(UUID reservation) { return reservations.issueReserved(reservation, null); }
  @Override public StockMoved issueReserved(UUID reservation, String customer) { return reservations.issueReserved(reservation, customer); }
  @Override public ReservationView reservation(UUID reservation) { return reservations.get(reservation); }
  @Override public LotView registerLot(LotRegistration lot) { return lots.register(lot); }
  @Override public LotView changeLotStatus(UUID lot, String status, String note) { return lots.changeStatus(lot, status, note); }
  @Override public LotView changeLotStatusByHand(UUID lot, String status, String note) { return lots.changeStatusByHand(lot, status, note); }
  @Override public void assignStatusOwner(UUID lot, String module) { lots.assignStatusOwner(lot, module); }
  @Override public void recordConsumption(LotConsumption consumption) { lots.recordConsumption(consumption); }

  /**
   * Two moves that touch the same two balances in opposite order (A→B while B→A) can deadlock;
   * PostgreSQL aborts one, which is then simply run again in a new transaction.
   */
  private static <T> T retrying(Supplier<T> work) {
    for (int attempt = 1; ; attempt++) {
      try {
        return work.get();
      } catch (PessimisticLockingFailureException e) {
        if (attempt >= 3) throw e;
      }
    }
  }

  @Override
  public List<PickSuggestion> suggestPicks(String item, String warehouse, BigDecimal qty) {
    return reservations.suggestPicks(item, warehouse, qty);
  }
}
