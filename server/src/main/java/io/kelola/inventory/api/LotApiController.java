package io.kelola.inventory.api;

import io.kelola.inventory.LotConsumption;
import io.kelola.inventory.LotRegistration;
import io.kelola.inventory.LotView;
import io.kelola.inventory.PickSuggestion;
import io.kelola.inventory.StockLedger;
import io.kelola.shared.security.RequiresPermission;
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Lots (QC status, genealogy) and FEFO pick suggestions. */
@RestController
@RequestMapping("/api/v1/inventory")
class LotApiController {

  /** Body of a status change. */
  record StatusChange(String status, String note) {}

  /**
   * Body of a genealogy link: {@code qty} of {@code inputLot} went into the lot in the path; with a
   * warehouse, that quantity of the input lot is also issued from there.
   */
  record Consumption(UUID inputLot, BigDecimal qty, String docType, String docRef, String warehouse, String location) {}

  private final StockLedger ledger;

  LotApiController(StockLedger ledger) {
    this.ledger = ledger;
  }

  @PostMapping("/lots")
  @ResponseStatus(HttpStatus.CREATED)
  @RequiresPermission("INV.MOVE")
  LotView register(@RequestBody LotRegistration body) {
    return ledger.registerLot(body);
  }

  @PostMapping("/lots/{uuid}/status")
  @RequiresPermission("INV.LOT.STATUS")
  LotView status(@PathVariable UUID uuid, @RequestBody StatusChange body) {
    return ledger.changeLotStatusByHand(uuid, body.status(), body.note());
  }

  @PostMapping("/lots/{uuid}/consumptions")
  @ResponseStatus(HttpStatus.CREATED)
  @RequiresPermission("INV.MOVE")
  void consumption(@PathVariable UUID uuid, @RequestBody Consumption body) {
    ledger.recordConsumption(new LotConsumption(uuid, body.inputLot(), body.qty(), body.docType(), body.docRef(),
        body.warehouse(), body.location()));
  }

  @GetMapping("/picks")
  @RequiresPermission("INV.READ")
  List<PickSuggestion> picks(@RequestParam String item, @RequestParam String warehouse, @RequestParam BigDecimal qty) {
    return ledger.suggestPicks(item, warehouse, qty);
  }
}
