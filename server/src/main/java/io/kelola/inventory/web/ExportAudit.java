package io.kelola.inventory.web;

import io.kelola.audit.AuditActions;
import io.kelola.audit.AuditEntry;
import io.kelola.audit.AuditTrail;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/** Download headers and the EXPORT audit row every inventory export leaves behind. */
@Component
class ExportAudit {

  private final AuditTrail audit;
  private final TransactionTemplate ownTx;
  private final Clock clock;

  ExportAudit(AuditTrail audit, PlatformTransactionManager transactions, Clock clock) {
    this.audit = audit;
    this.clock = clock;
    this.ownTx = new TransactionTemplate(transactions);
    this.ownTx.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
  }

  /** {@code prefix-YYYYMMDD.ext}, dated by today in WIB. */
  String fileName(String prefix, String ext) {
    return prefix + "-" + DateTimeFormatter.BASIC_ISO_DATE.format(LocalDate.ofInstant(clock.instant(), io.kelola.shared.web.Formats.WIB))
        + "." + ext;
  }

  static void start(HttpServletResponse response, String contentType, String fileName) {
    response.setContentType(contentType);
    response.setHeader(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(fileName).build().toString());
    response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
    response.setHeader("X-Content-Type-Options", "nosniff");
  }

  void record(String entityType, String key, String format, Map<String, String> filters, int rows, boolean complete) {
    var value = new LinkedHashMap<String, Object>();
    value.put("format", format);
    var kept = new LinkedHashMap<String, String>();
    filters.forEach((k, v) -> {
      if (v != null) kept.put(k, v);
    });
    value.put("filters", kept);
    value.put("rows", rows);
    value.put("complete", complete);
    ownTx.executeWithoutResult(s -> audit.record(AuditEntry.of(AuditActions.EXPORT, entityType, null, key).change(null, value)));
  }
}
