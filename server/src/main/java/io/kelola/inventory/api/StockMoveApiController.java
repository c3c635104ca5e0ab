package io.kelola.inventory.api;

import io.kelola.inventory.Adjustment;
import io.kelola.inventory.Issue;
import io.kelola.inventory.Receipt;
import io.kelola.inventory.StockLedger;
import io.kelola.inventory.StockMoved;
import io.kelola.inventory.Transfer;
import io.kelola.shared.security.RequiresPermission;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Stock moves (ADR 0009): each call appends one immutable move and answers with it. */
@RestController
@RequestMapping("/api/v1/inventory")
class StockMoveApiController {

  private final StockLedger ledger;

  StockMoveApiController(StockLedger ledger) {
    this.ledger = ledger;
  }

  @PostMapping("/receipts")
  @ResponseStatus(HttpStatus.CREATED)
  @RequiresPermission("INV.MOVE")
  StockMoved receive(@RequestBody Receipt body) {
    return ledger.receive(body);
  }

  @PostMapping("/issues")
  @ResponseStatus(HttpStatus.CREATED)
  @RequiresPermission("INV.MOVE")
  StockMoved issue(@RequestBody Issue body) {
    return ledger.issue(body);
  }

  @PostMapping("/transfers")
  @ResponseStatus(HttpStatus.CREATED)
  @RequiresPermission("INV.MOVE")
  StockMoved transfer(@RequestBody Transfer body) {
    return ledger.transfer(body);
  }

  @PostMapping("/adjustments")
  @ResponseStatus(HttpStatus.CREATED)
  @RequiresPermission("INV.ADJUST")
  StockMoved adjust(@RequestBody Adjustment body) {
    return ledger.adjust(body);
  }
}
