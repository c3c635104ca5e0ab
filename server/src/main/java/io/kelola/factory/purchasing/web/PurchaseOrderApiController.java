package io.kelola.factory.purchasing.web;

import io.kelola.factory.purchasing.GoodsReceipts;
import io.kelola.factory.purchasing.PoDetail;
import io.kelola.factory.purchasing.PoQueries;
import io.kelola.factory.purchasing.PoRequest;
import io.kelola.factory.purchasing.PoSummary;
import io.kelola.factory.purchasing.PurchaseOrders;
import io.kelola.factory.purchasing.ReceiptRequest;
import io.kelola.factory.purchasing.ReceiptView;
import io.kelola.shared.security.RequiresPermission;
import io.kelola.shared.web.PageQuery;
import io.kelola.shared.web.PageResult;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Purchase orders and goods receipts as JSON. Documents are addressed by number (PO-202611-0001) or
 * uuid; every change answers with the document as it now is.
 */
@RestController
@RequestMapping("/api/v1/factory/purchase-orders")
class PurchaseOrderApiController {

  /** Body of approve, reject and cancel. */
  record Decision(String reason) {}

  private final PurchaseOrders orders;
  private final GoodsReceipts receipts;
  private final PoQueries queries;

  PurchaseOrderApiController(PurchaseOrders orders, GoodsReceipts receipts, PoQueries queries) {
    this.orders = orders;
    this.receipts = receipts;
    this.queries = queries;
  }

  @GetMapping
  @RequiresPermission("PO.READ")
  PageResult<PoSummary> list(@RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size,
      @RequestParam(required = false) String sort, @RequestParam(required = false) String dir,
      @RequestParam(required = false) String q, @RequestParam(required = false) String status) {
    return queries.page(PageQuery.of(page, size, sort, dir, q), status);
  }

  @GetMapping("/{no}")
  @RequiresPermission("PO.READ")
  PoDetail detail(@PathVariable String no) {
    return queries.detail(no);
  }

  @PostMapping
  @RequiresPermission("PO.CREATE")
  ResponseEntity<PoDetail> create(@RequestBody PoRequest body) {
    return ResponseEntity.status(HttpStatus.CREATED).body(queries.detail(orders.create(body)));
  }

  @PutMapping("/{no}")
  @RequiresPermission("PO.UPDATE")
  PoDetail update(@PathVariable String no, @RequestBody PoRequest body) {
    return queries.detail(orders.update(no, body));
  }

  @PostMapping("/{no}/submit")
  @RequiresPermission("PO.UPDATE")
  PoDetail submit(@PathVariable String no) {
    return queries.detail(orders.submit(no));
  }

  @PostMapping("/{no}/approve")
  @RequiresPermission("PO.APPROVE")
  PoDetail approve(@PathVariable String no, @RequestBody(required = false) Decision body) {
    return queries.detail(orders.approve(no, body == null ? null : body.reason()));
  }

  @PostMapping("/{no}/reject")
  @RequiresPermission("PO.APPROVE")
  PoDetail reject(@PathVariable String no, @RequestBody(required = false) Decision body) {
    return queries.detail(orders.reject(no, body == null ? null : body.reason()));
  }

  @PostMapping("/{no}/cancel")
  @RequiresPermission("PO.DELETE")
  PoDetail cancel(@PathVariable String no, @RequestBody(required = false) Decision body) {
    return queries.detail(orders.cancel(no, body == null ? null : body.reason()));
  }

  @GetMapping("/{no}/receipts")
  @RequiresPermission("PO.READ")
  List<ReceiptView> receiptList(@PathVariable String no) {
    return queries.receipts(no);
  }

  @PostMapping("/{no}/receipts")
  @RequiresPermission("PO.RECEIVE")
  ResponseEntity<PoDetail> receive(@PathVariable String no, @RequestBody ReceiptRequest body) {
    receipts.receive(no, body);
    return ResponseEntity.status(HttpStatus.CREATED).body(queries.detail(no));
  }
}
