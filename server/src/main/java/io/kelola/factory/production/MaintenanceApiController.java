package io.kelola.factory.production;

import io.kelola.factory.production.MaintenanceLog.MachineSummary;
import io.kelola.factory.production.MaintenanceLog.Maintenance;
import io.kelola.factory.production.MaintenanceLog.NewMaintenance;
import io.kelola.shared.security.RequiresPermission;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Machine maintenance records and per-machine totals. */
@RestController
@RequestMapping("/api/v1/factory/maintenance")
class MaintenanceApiController {

  private final MaintenanceLog log;

  MaintenanceApiController(MaintenanceLog log) {
    this.log = log;
  }

  @PostMapping
  @ResponseStatus(HttpStatus.CREATED)
  @RequiresPermission("MAINT.MANAGE")
  Maintenance create(@RequestBody NewMaintenance body) {
    return log.record(body);
  }

  @GetMapping
  @RequiresPermission("MAINT.READ")
  List<Maintenance> list(@RequestParam(required = false) String machine) {
    return log.list(machine, 500);
  }

  @GetMapping("/machines")
  @RequiresPermission("MAINT.READ")
  List<MachineSummary> machines() {
    return log.machines();
  }
}
