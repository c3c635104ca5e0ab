package io.kelola.inventory.api;

import io.kelola.inventory.ReservationRequest;
import io.kelola.inventory.ReservationResult;
import io.kelola.inventory.ReservationView;
import io.kelola.inventory.StockLedger;
import io.kelola.inventory.StockMoved;
import io.kelola.shared.security.RequiresPermission;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Reservations: hold stock for a document, release it, or issue it. */
@RestController
@RequestMapping("/api/v1/inventory/reservations")
class ReservationApiController {

  private final StockLedger ledger;

  ReservationApiController(StockLedger ledger) {
    this.ledger = ledger;
  }

  @PostMapping
  @ResponseStatus(HttpStatus.CREATED)
  @RequiresPermission("INV.RESERVE")
  ReservationResult reserve(@RequestBody ReservationRequest body) {
    return ledger.reserve(body);
  }

  @GetMapping("/{uuid}")
  @RequiresPermission("INV.READ")
  ReservationView get(@PathVariable UUID uuid) {
    return ledger.reservation(uuid);
  }

  @PostMapping("/{uuid}/release")
  @RequiresPermission("INV.RESERVE")
  ReservationView release(@PathVariable UUID uuid) {
    return ledger.release(uuid);
  }

  @PostMapping("/{uuid}/issue")
  @ResponseStatus(HttpStatus.CREATED)
  @RequiresPermission("INV.MOVE")
  StockMoved issue(@PathVariable UUID uuid) {
    return ledger.issueReserved(uuid);
  }
}
