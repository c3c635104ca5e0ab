package io.kelola.factory.production;

import io.kelola.factory.production.ShiftLogRecords.NewShiftLog;
import io.kelola.factory.production.ShiftLogRecords.Oee;
import io.kelola.factory.production.ShiftLogRecords.ShiftLog;
import io.kelola.shared.security.AuthenticatedEndpoint;
import io.kelola.shared.security.RequiresPermission;
import io.kelola.shared.web.PageQuery;
import io.kelola.shared.web.PageResult;
import java.time.LocalDate;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Shift logs: operators enter them; SHIFT.READ sees every log and the OEE per machine. */
@RestController
@RequestMapping("/api/v1/factory/shift-logs")
class ShiftLogApiController {

  private final ShiftLogs logs;

  ShiftLogApiController(ShiftLogs logs) {
    this.logs = logs;
  }

  @PostMapping
  @ResponseStatus(HttpStatus.CREATED)
  @RequiresPermission("SHIFT.INPUT")
  ShiftLog create(@RequestBody NewShiftLog body) {
    return logs.create(body);
  }

  /** SHIFT.READ lists every log; anyone else lists only the logs they entered. */
  @GetMapping
  @AuthenticatedEndpoint
  PageResult<ShiftLog> list(@RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size,
      @RequestParam(required = false) String sort, @RequestParam(required = false) String dir,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
      @RequestParam(required = false) String machine) {
    return logs.list(PageQuery.of(page, size, sort, dir, null), from, to, machine, ShiftAccess.seesAll());
  }

  @GetMapping("/oee")
  @RequiresPermission("SHIFT.READ")
  List<Oee> oee(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
    return logs.oee(from, to);
  }
}
