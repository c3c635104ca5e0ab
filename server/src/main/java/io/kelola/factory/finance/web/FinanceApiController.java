package io.kelola.factory.finance.web;

import io.kelola.factory.finance.Ageing;
import io.kelola.factory.finance.AgeingReport;
import io.kelola.factory.finance.DocDetail;
import io.kelola.factory.finance.DocFilter;
import io.kelola.factory.finance.DocQueries;
import io.kelola.factory.finance.DocRow;
import io.kelola.factory.finance.Ledger;
import io.kelola.factory.finance.PaymentRecorded;
import io.kelola.factory.finance.PaymentRequest;
import io.kelola.factory.finance.Payments;
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

/**
 * Receivables and payables as JSON: lists (paging, sort, search, status/party/due-date filters),
 * one document with payments and timeline, payments against it, and ageing.
 */
@RestController
@RequestMapping("/api/v1/factory")
class FinanceApiController {

  private final DocQueries docs;
  private final Payments payments;
  private final Ageing ageing;

  FinanceApiController(DocQueries docs, Payments payments, Ageing ageing) {
    this.docs = docs;
    this.payments = payments;
    this.ageing = ageing;
  }

  @GetMapping("/receivables")
  @RequiresPermission("FIN.READ")
  PageResult<DocRow> receivables(@RequestParam(required = false) Integer page,
      @RequestParam(required = false) Integer size, @RequestParam(required = false) String sort,
      @RequestParam(required = false) String dir, @RequestParam(required = false) String q,
      @RequestParam(required = false) String status, @RequestParam(required = false) String customer,
      @RequestParam(required = false) String dueFrom, @RequestParam(required = false) String dueTo) {
    return docs.page(Ledger.AR, DocFilter.of(status, customer, dueFrom, dueTo), PageQuery.of(page, size, sort, dir, q));
  }

  @GetMapping("/receivables/ageing")
  @RequiresPermission("FIN.READ")
  AgeingReport receivablesAgeing(@RequestParam(required = false) String customer) {
    return ageing.report(Ledger.AR, DocFilter.of(null, customer, null, null).party());
  }

  @GetMapping("/receivables/{key}")
  @RequiresPermission("FIN.READ")
  DocDetail receivable(@PathVariable String key) {
    return docs.detail(Ledger.AR, key);
  }

  @PostMapping("/receivables/{key}/payments")
  @ResponseStatus(HttpStatus.CREATED)
  @RequiresPermission("FIN.PAY")
  PaymentRecorded receive(@PathVariable String key, @RequestBody PaymentRequest body) {
    return payments.pay(Ledger.AR, key, body);
  }

  @GetMapping("/payables")
  @RequiresPermission("FIN.READ")
  PageResult<DocRow> payables(@RequestParam(required = false) Integer page,
      @RequestParam(required = false) Integer size, @RequestParam(required = false) String sort,
      @RequestParam(required = false) String dir, @RequestParam(required = false) String q,
      @RequestParam(required = false) String status, @RequestParam(required = false) String vendor,
      @RequestParam(required = false) String dueFrom, @RequestParam(required = false) String dueTo) {
    return docs.page(Ledger.AP, DocFilter.of(status, vendor, dueFrom, dueTo), PageQuery.of(page, size, sort, dir, q));
  }

  @GetMapping("/payables/ageing")
  @RequiresPermission("FIN.READ")
  AgeingReport payablesAgeing(@RequestParam(required = false) String vendor) {
    return ageing.report(Ledger.AP, DocFilter.of(null, vendor, null, null).party());
  }

  @GetMapping("/payables/{key}")
  @RequiresPermission("FIN.READ")
  DocDetail payable(@PathVariable String key) {
    return docs.detail(Ledger.AP, key);
  }

  @PostMapping("/payables/{key}/payments")
  @ResponseStatus(HttpStatus.CREATED)
  @RequiresPermission("FIN.PAY")
  PaymentRecorded pay(@PathVariable String key, @RequestBody PaymentRequest body) {
    return payments.pay(Ledger.AP, key, body);
  }
}
