package io.kelola.factory.production;

import io.kelola.factory.production.WorkOrderRequests.MaterialIssue;
import io.kelola.factory.production.WorkOrderRequests.NewWorkOrder;
import io.kelola.factory.production.WorkOrderRequests.OutputReport;
import io.kelola.factory.production.WorkOrderRequests.QcCheck;
import io.kelola.factory.production.WorkOrderRequests.StatusNote;
import io.kelola.factory.production.WorkOrderViews.Detail;
import io.kelola.factory.production.WorkOrderViews.WorkOrder;
import io.kelola.shared.security.RequiresPermission;
import io.kelola.shared.web.PageQuery;
import io.kelola.shared.web.PageResult;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Work orders by number (WO-202611-0001) or uuid: lifecycle, material issue, output and QC. */
@RestController
@RequestMapping("/api/v1/factory/work-orders")
class WorkOrderApiController {

  private final WorkOrders orders;
  private final ShiftLogs shifts;

  WorkOrderApiController(WorkOrders orders, ShiftLogs shifts) {
    this.orders = orders;
    this.shifts = shifts;
  }

  @GetMapping
  @RequiresPermission("WO.READ")
  PageResult<WorkOrder> list(@RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size,
      @RequestParam(required = false) String sort, @RequestParam(required = false) String dir,
      @RequestParam(required = false) String q, @RequestParam(required = false) String status) {
    return orders.list(PageQuery.of(page, size, sort, dir, q), status);
  }

  @GetMapping("/{ref}")
  @RequiresPermission("WO.READ")
  Detail detail(@PathVariable String ref) {
    return orders.detail(ref);
  }

  @PostMapping
  @ResponseStatus(HttpStatus.CREATED)
  @RequiresPermission("WO.CREATE")
  WorkOrder create(@RequestBody NewWorkOrder body) {
    return orders.create(body);
  }

  @PostMapping("/{ref}/start")
  @RequiresPermission("WO.UPDATE")
  WorkOrder start(@PathVariable String ref, @RequestBody(required = false) StatusNote body) {
    return orders.start(ref, body == null ? null : body.notes());
  }

  @PostMapping("/{ref}/issue")
  @RequiresPermission("WO.UPDATE")
  WorkOrder issue(@PathVariable String ref, @RequestBody MaterialIssue body) {
    return orders.issue(ref, body);
  }

  @PostMapping("/{ref}/output")
  @RequiresPermission("WO.UPDATE")
  WorkOrder output(@PathVariable String ref, @RequestBody OutputReport body) {
    return orders.output(ref, body);
  }

  @PostMapping("/{ref}/qc")
  @ResponseStatus(HttpStatus.CREATED)
  @RequiresPermission("WO.UPDATE")
  Detail qc(@PathVariable String ref, @RequestBody QcCheck body) {
    return orders.qc(ref, body, shifts.today());
  }

  @PostMapping("/{ref}/finish")
  @RequiresPermission("WO.UPDATE")
  WorkOrder finish(@PathVariable String ref, @RequestBody(required = false) StatusNote body) {
    return orders.finish(ref, body == null ? null : body.notes());
  }

  @PostMapping("/{ref}/cancel")
  @RequiresPermission("WO.DELETE")
  WorkOrder cancel(@PathVariable String ref, @RequestBody(required = false) StatusNote body) {
    return orders.cancel(ref, body == null ? null : body.notes());
  }
}
