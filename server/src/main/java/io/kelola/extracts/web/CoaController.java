package io.kelola.extracts.web;

import io.kelola.extracts.domain.Dispatches;
import io.kelola.extracts.domain.QcJobs;
import io.kelola.extracts.domain.QcSpecs;
import io.kelola.extracts.domain.SariLot;
import io.kelola.extracts.domain.SariLots;
import io.kelola.shared.security.AuthenticatedEndpoint;
import io.kelola.shared.security.CurrentUser;
import io.kelola.shared.security.NotAuthenticatedException;
import io.kelola.shared.security.RequiresPermission;
import io.kelola.shared.web.BusinessRuleException;
import io.kelola.shared.web.Msg;
import java.time.Clock;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** The Certificate of Analysis of an approved lot, for the lot and for a dispatch that carries it. */
@RestController
class CoaController {

  private final SariLots lots;
  private final QcJobs jobs;
  private final QcSpecs specs;
  private final Dispatches dispatches;
  private final MessageSource messages;
  private final Clock clock;

  CoaController(SariLots lots, QcJobs jobs, QcSpecs specs, Dispatches dispatches, MessageSource messages, Clock clock) {
    this.lots = lots;
    this.jobs = jobs;
    this.specs = specs;
    this.dispatches = dispatches;
    this.messages = messages;
    this.clock = clock;
  }

  @GetMapping("/api/v1/sari/lots/{code}/coa.pdf")
  @AuthenticatedEndpoint
  ResponseEntity<byte[]> lotCoa(@PathVariable String code, Locale locale) {
    return pdf(lots.get(code, CurrentUser.get().orElseThrow(NotAuthenticatedException::new)), locale);
  }

  @GetMapping("/api/v1/sari/dispatches/{no}/coa.pdf")
  @RequiresPermission("DISPATCH.MANAGE")
  ResponseEntity<byte[]> dispatchCoa(@PathVariable String no, Locale locale) {
    var d = dispatches.get(no);
    return pdf(lots.get(d.lotCode(), CurrentUser.get().orElseThrow()), locale);
  }

  private ResponseEntity<byte[]> pdf(SariLot lot, Locale locale) {
    var job = jobs.approvedJob(lot.id()).orElseThrow(() -> BusinessRuleException.conflict("lot", "sari.coa.notApproved"));
    var bytes = CoaPdf.render(lot, job, specs.byId(job.specId()), jobs.results(job), new Msg(messages, locale),
        clock.instant());
    return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
        .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename("CoA-" + lot.lotCode() + ".pdf")
            .build().toString())
        .body(bytes);
  }
}
