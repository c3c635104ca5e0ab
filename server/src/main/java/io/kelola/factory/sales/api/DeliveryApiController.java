package io.kelola.factory.sales.api;

import io.kelola.factory.sales.Deliveries;
import io.kelola.factory.sales.DeliveryRequest;
import io.kelola.factory.sales.SalesQueries;
import io.kelola.factory.sales.SalesViews;
import io.kelola.shared.security.RequiresPermission;
import io.kelola.shared.web.PageQuery;
import io.kelola.shared.web.PageResult;
import java.time.LocalDate;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Delivery orders by number: list, detail, create from an approved order, ship, deliver, cancel. */
@RestController
@RequestMapping("/api/v1/factory/deliveries")
class DeliveryApiController {

  record Dated(LocalDate date) {}

  record Reason(String reason) {}

  private final Deliveries deliveries;
  private final SalesQueries queries;

  DeliveryApiController(Deliveries deliveries, SalesQueries queries) {
    this.deliveries = deliveries;
    this.queries = queries;
  }

  @GetMapping
  @RequiresPermission("DO.READ")
  PageResult<SalesViews.DeliveryRow> list(@RequestParam(required = false) Integer page,
      @RequestParam(required = false) Integer size, @RequestParam(required = false) String sort,
      @RequestParam(required = false) String dir, @RequestParam(required = false) String q,
      @RequestParam(required = false) String status) {
    return queries.deliveries(PageQuery.of(page, size, sort, dir, q), status);
  }

  @GetMapping("/{no}")
  @RequiresPermission("DO.READ")
  SalesViews.DeliveryDetail get(@PathVariable String no) {
    return queries.delivery(no);
  }

  @PostMapping
  @ResponseStatus(HttpStatus.CREATED)
  @RequiresPermission("DO.MANAGE")
  SalesViews.DeliveryDetail create(@RequestBody DeliveryRequest body) {
    return queries.delivery(deliveries.create(body));
  }

  @PostMapping("/{no}/ship")
  @RequiresPermission("DO.MANAGE")
  SalesViews.DeliveryDetail ship(@PathVariable String no, @RequestBody(required = false) Dated body) {
    deliveries.ship(no, body == null ? null : body.date());
    return queries.delivery(no);
  }

  @PostMapping("/{no}/deliver")
  @RequiresPermission("DO.MANAGE")
  SalesViews.DeliveryDetail deliver(@PathVariable String no, @RequestBody(required = false) Dated body) {
    deliveries.deliver(no, body == null ? null : body.date());
    return queries.delivery(no);
  }

  @PostMapping("/{no}/cancel")
  @RequiresPermission("DO.MANAGE")
  SalesViews.DeliveryDetail cancel(@PathVariable String no, @RequestBody(required = false) Reason body) {
    deliveries.cancel(no, body == null ? null : body.reason());
    return queries.delivery(no);
  }
}
