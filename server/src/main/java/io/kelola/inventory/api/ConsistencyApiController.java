package io.kelola.inventory.api;

import io.kelola.inventory.StockMismatch;
import io.kelola.inventory.domain.ConsistencyCheck;
import io.kelola.shared.security.RequiresPermission;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** Runs the ledger consistency check on demand. */
@RestController
class ConsistencyApiController {

  private final ConsistencyCheck check;

  ConsistencyApiController(ConsistencyCheck check) {
    this.check = check;
  }

  @GetMapping("/api/v1/inventory/consistency")
  @RequiresPermission("INV.READ")
  List<StockMismatch> consistency() {
    return check.check();
  }
}
