package io.kelola.factory.reporting;

import io.kelola.shared.security.CurrentUser;
import io.kelola.shared.security.RequiresPermission;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/v1/dashboard/summary}: seed 002 §1.8.E; money only for {@code FIN.READ} holders. */
@RestController
class DashboardApiController {

  private final DashboardSummary summary;

  DashboardApiController(DashboardSummary summary) {
    this.summary = summary;
  }

  @GetMapping("/api/v1/dashboard/summary")
  @RequiresPermission("DASH.VIEW")
  DashboardFigures summary() {
    var figures = summary.figures();
    return seesMoney() ? figures : figures.withoutMoney();
  }

  static boolean seesMoney() {
    return CurrentUser.get().map(p -> p.can("FIN.READ")).orElse(false);
  }
}
