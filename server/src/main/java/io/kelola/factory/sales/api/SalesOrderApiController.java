package io.kelola.factory.sales.api;

import io.kelola.factory.sales.SalesOrderRequest;
import io.kelola.factory.sales.SalesOrders;
import io.kelola.factory.sales.SalesQueries;
import io.kelola.factory.sales.SalesViews;
import io.kelola.shared.security.RequiresPermission;
import io.kelola.shared.web.PageQuery;
import io.kelola.shared.web.PageResult;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Sales orders by number: list, detail, create, edit and the status actions. Every action answers the detail. */
@RestController
@RequestMapping("/api/v1/factory/sales-orders")
class SalesOrderApiController {

  /** The optional body of a status action. */
  record Reason(String reason) {}

  private final SalesOrders orders;
  private final SalesQueries queries;

  SalesOrderApiController(SalesOrders orders, SalesQueries queries) {
    this.orders = orders;
    this.queries = queries;
  }

  @GetMapping
  @RequiresPermission("SO.READ")
  PageResult<SalesViews.OrderRow> list(@RequestParam(required = false) Integer page,
      @RequestParam(required = false) Integer size, @RequestParam(required = false) String sort,
      @RequestParam(required = false) String dir, @RequestParam(required = false) String q,
      @RequestParam(required = false) String status) {
    return queries.orders(PageQuery.of(page, size, sort, dir, q), status);
  }

  @GetMapping("/{no}")
  @RequiresPermission("SO.READ")
  SalesViews.OrderDetail get(@PathVariable String no) {
    return queries.order(no);
  }

  @PostMapping
  @ResponseStatus(HttpStatus.CREATED)
  @RequiresPermission("SO.CREATE")
  SalesViews.OrderDetail create(@RequestBody SalesOrderRequest body) {
    return queries.order(orders.create(body));
  }

  @PutMapping("/{no}")
  @RequiresPermission("SO.UPDATE")
  SalesViews.OrderDetail update(@PathVariable String no, @RequestBody SalesOrderRequest body) {
    orders.update(no, body);
    return queries.order(no);
  }

  @PostMapping("/{no}/submit")
  @RequiresPermission("SO.CREATE")
  SalesViews.OrderDetail submit(@PathVariable String no) {
    orders.submit(no);
    return queries.order(no);
  }

  @PostMapping("/{no}/approve")
  @RequiresPermission("SO.APPROVE")
  SalesViews.OrderDetail approve(@PathVariable String no, @RequestBody(required = false) Reason body) {
    orders.approve(no, body == null ? null : body.reason());
    return queries.order(no);
  }

  @PostMapping("/{no}/reject")
  @RequiresPermission("SO.APPROVE")
  SalesViews.OrderDetail reject(@PathVariable String no, @RequestBody(required = false) Reason body) {
    orders.reject(no, body == null ? null : body.reason());
    return queries.order(no);
  }

  @PostMapping("/{no}/cancel")
  @RequiresPermission("SO.DELETE")
  SalesViews.OrderDetail cancel(@PathVariable String no, @RequestBody(required = false) Reason body) {
    orders.cancel(no, body == null ? null : body.reason());
    return queries.order(no);
  }

  @PostMapping("/{no}/close")
  @RequiresPermission("SO.UPDATE")
  SalesViews.OrderDetail close(@PathVariable String no, @RequestBody(required = false) Reason body) {
    orders.close(no, body == null ? null : body.reason());
    return queries.order(no);
  }
}
