package io.kelola.audit.web;

import io.kelola.audit.AuditTrail;
import io.kelola.shared.security.RequiresPermission;
import io.kelola.shared.web.PageResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/v1/audit}: the audit log, filtered, sorted and paged, for auditors' tools. */
@RestController
class AuditApiController {

  private final AuditTrail audit;

  AuditApiController(AuditTrail audit) {
    this.audit = audit;
  }

  @GetMapping("/api/v1/audit")
  @RequiresPermission("ADMIN.AUDIT.VIEW")
  PageResult<AuditRow> search(@RequestParam(required = false) String user, @RequestParam(required = false) String action,
      @RequestParam(required = false) String entity, @RequestParam(required = false) String from,
      @RequestParam(required = false) String to, @RequestParam(required = false) Integer page,
      @RequestParam(required = false) Integer size, @RequestParam(required = false) String sort,
      @RequestParam(required = false) String dir) {
    var filter = AuditFilter.of(user, action, entity, from, to, sort, dir, page, size);
    filter.requireValid();
    return audit.search(filter.query(), filter.pageQuery()).map(AuditRow::of);
  }
}
