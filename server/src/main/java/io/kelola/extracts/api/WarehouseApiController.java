package io.kelola.extracts.api;

import io.kelola.extracts.ExtractsProperties;
import io.kelola.extracts.domain.Dispatch;
import io.kelola.extracts.domain.DispatchRequest;
import io.kelola.extracts.domain.Dispatches;
import io.kelola.extracts.domain.SariDashboard;
import io.kelola.extracts.domain.Slot;
import io.kelola.extracts.domain.SlotAssignment;
import io.kelola.extracts.domain.SlotSuggestion;
import io.kelola.shared.security.RequiresPermission;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Cold-chain slots, dispatches and the production-readiness dashboard. */
@RestController
@RequestMapping("/api/v1/sari")
class WarehouseApiController {

  record SlotChoice(String location) {}

  record StatusChange(String status, BigDecimal tempC) {}

  record Reading(BigDecimal tempC, Instant at, String note) {}

  private final SlotAssignment slots;
  private final Dispatches dispatches;
  private final SariDashboard dashboard;
  private final ExtractsProperties props;

  WarehouseApiController(SlotAssignment slots, Dispatches dispatches, SariDashboard dashboard,
      ExtractsProperties props) {
    this.slots = slots;
    this.dispatches = dispatches;
    this.dashboard = dashboard;
    this.props = props;
  }

  @GetMapping("/slots")
  @RequiresPermission("LOT.READ")
  List<Slot> board() {
    return slots.board(props.warehouse());
  }

  @GetMapping("/lots/{code}/slot-suggestions")
  @RequiresPermission("SLOT.ASSIGN")
  List<SlotSuggestion> suggestions(@PathVariable String code) {
    return slots.suggestions(code);
  }

  @PostMapping("/lots/{code}/slot")
  @RequiresPermission("SLOT.ASSIGN")
  LotDto assign(@PathVariable String code, @RequestBody SlotChoice body) {
    return LotDto.of(slots.assign(code, body.location()));
  }

  @GetMapping("/dispatches")
  @RequiresPermission("DISPATCH.MANAGE")
  List<Dispatch> dispatches() {
    return dispatches.recent();
  }

  @PostMapping("/dispatches")
  @ResponseStatus(HttpStatus.CREATED)
  @RequiresPermission("DISPATCH.MANAGE")
  Dispatch create(@RequestBody DispatchRequest body) {
    return dispatches.create(body);
  }

  @GetMapping("/dispatches/{no}")
  @RequiresPermission("DISPATCH.MANAGE")
  Dispatch dispatch(@PathVariable String no) {
    return dispatches.get(no);
  }

  @PostMapping("/dispatches/{no}/status")
  @RequiresPermission("DISPATCH.MANAGE")
  Dispatch status(@PathVariable String no, @RequestBody StatusChange body) {
    return dispatches.changeStatus(no, body.status(), body.tempC());
  }

  @PostMapping("/dispatches/{no}/temperatures")
  @ResponseStatus(HttpStatus.CREATED)
  @RequiresPermission("DISPATCH.MANAGE")
  Dispatch reading(@PathVariable String no, @RequestBody Reading body) {
    return dispatches.addReading(no, body.tempC(), body.at(), body.note());
  }

  @GetMapping("/dashboard")
  @RequiresPermission("SARI.DASHBOARD")
  SariDashboard.Summary summary() {
    return dashboard.summary();
  }
}
