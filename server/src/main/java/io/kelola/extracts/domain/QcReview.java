package io.kelola.extracts.domain;

import io.kelola.audit.AuditEntry;
import io.kelola.audit.AuditTrail;
import io.kelola.events.Events;
import io.kelola.extracts.ExtractsProperties;
import io.kelola.extracts.SariEvents;
import io.kelola.identity.ElectronicSignatures;
import io.kelola.inventory.StockLedger;
import io.kelola.inventory.Transfer;
import io.kelola.masterdata.Certificates;
import io.kelola.shared.security.CurrentUser;
import io.kelola.shared.security.NotAuthenticatedException;
import io.kelola.shared.web.BusinessRuleException;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Step 4 of seed 000: the QC supervisor approves (lot RELEASED) or rejects (lot REJECTED and moved to
 * the reject location) with an electronic signature, or orders a retest that replaces the job.
 */
@Service
public class QcReview {

  private final QcJobRepository jobs;
  private final QcJobs jobService;
  private final SariLotRepository lots;
  private final QcSpecs specs;
  private final StockLedger ledger;
  private final Certificates certificates;
  private final ElectronicSignatures signatures;
  private final AuditTrail audit;
  private final Events events;
  private final ExtractsProperties props;
  private final Clock clock;

  QcReview(QcJobRepository jobs, QcJobs jobService, SariLotRepository lots, QcSpecs specs, StockLedger ledger,
      Certificates certificates, ElectronicSignatures signatures, AuditTrail audit, Events events,
      ExtractsProperties props, Clock clock) {
    this.jobs = jobs;
    this.jobService = jobService;
    this.lots = lots;
    this.specs = specs;
    this.ledger = ledger;
    this.certificates = certificates;
    this.signatures = signatures;
    this.audit = audit;
    this.events = events;
    this.props = props;
    this.clock = clock;
  }

  @Transactional
  public QcJob review(UUID jobUuid, ReviewRequest r) {
    var me = CurrentUser.get().orElseThrow(NotAuthenticatedException::new);
    var decision = r.decision() == null ? "" : r.decision().trim().toUpperCase(java.util.Locale.ROOT);
    if (!decision.equals("APPROVE") && !decision.equals("REJECT")) {
      throw BusinessRuleException.invalid("decision", "sari.review.decision");
    }
    var reason = Text.optional("reason", r.reason(), 500);
    if (decision.equals("REJECT") && reason == null) throw BusinessRuleException.invalid("reason", "sari.review.reasonRequired");
    var job = jobs.lock(jobUuid).orElseThrow(() -> BusinessRuleException.notFound("sari.job.notFound"));
    var lot = lots.lockById(job.lotId()).orElseThrow();
    if (!job.awaitingReview()) throw BusinessRuleException.conflict("decision", "sari.review.notOpen", job.status());
    var spec = specs.byId(job.specId());
    var lab = labValues(spec, r.labValues(), decision.equals("APPROVE"));
    var checks = checks(spec, r.checks(), decision.equals("APPROVE"));
    if (decision.equals("APPROVE")) requireValidCertificates(lot);
    var meaning = decision.equals("APPROVE") ? "QC_APPROVE" : "QC_REJECT";
    signatures.confirm(r.password(), meaning);

    var now = clock.instant();
    var status = decision.equals("APPROVE") ? "APPROVED" : "REJECTED";
    jobs.recordDecision(job.id(), status, lab, checks, reason, me.userId(), now, meaning);
    audit.record(AuditEntry.of("QC_" + status, "t_qc_job", job.id(), job.uuid().toString())
        .change(Map.of("status", job.status()), Map.of("status", status, "lot", lot.lotCode(), "labValues", lab,
            "checks", checks, "reason", reason == null ? "" : reason, "signature", meaning)));
    events.publish(ExtractsEventTypes.JOB_REVIEWED, job.uuid().toString(), lot.ownerUuid(),
        new SariEvents.QcJobReviewed(job.uuid(), lot.lotCode(), status, reason, me.displayName()));
    if (status.equals("APPROVED")) {
      ledger.changeLotStatus(lot.inventoryLot(), "RELEASED", "QC " + job.uuid());
      lots.changeStage(lot, "RELEASED", "QC_APPROVED", reason, me.userId(), now);
      events.publish(ExtractsEventTypes.JOB_APPROVED, job.uuid().toString(), lot.ownerUuid(),
          new SariEvents.QcJobApproved(job.uuid(), lot.lotCode(), me.displayName()));
    } else {
      ledger.changeLotStatus(lot.inventoryLot(), "REJECTED", "QC " + job.uuid());
      ledger.transfer(new Transfer(lot.item(), lot.warehouse(), lot.currentLocation(), lot.warehouse(),
          props.rejectLocation(), lot.lotCode(), lot.qtyBase(), null, null, "QC rejected", "SARI_QC",
          lot.lotCode()));
      lots.changeStage(lot, "REJECTED", "QC_REJECTED", reason, me.userId(), now);
    }
    return jobs.byId(job.id()).orElseThrow();
  }

  /** Replaces an undecided job with a new one judged by the current spec; the old one is kept as INVALIDATED. */
  @Transactional
  public QcJob retest(UUID jobUuid, String reason) {
    var me = CurrentUser.get().orElseThrow(NotAuthenticatedException::new);
    var why = Text.required("reason", reason, 300);
    var job = jobs.lock(jobUuid).orElseThrow(() -> BusinessRuleException.notFound("sari.job.notFound"));
    var lot = lots.lockById(job.lotId()).orElseThrow();
    if (!job.open()) throw BusinessRuleException.conflict("reason", "sari.review.notOpen", job.status());
    jobs.invalidate(job.id());
    audit.record(AuditEntry.of("QC_INVALIDATED", "t_qc_job", job.id(), job.uuid().toString())
        .change(Map.of("status", job.status()), Map.of("status", "INVALIDATED", "reason", why)));
    var item = lots.itemRef(lot);
    return jobService.open(lot, specs.activeFor(item, lot.market()), job, why, me);
  }

  private void requireValidCertificates(SariLot lot) {
    var today = LocalDate.now(clock.withZone(io.kelola.shared.web.Formats.WIB));
    var expired = new java.util.ArrayList<>(certificates.expiredForVendor(lot.vendor(), today));
    expired.addAll(certificates.expiredForItem(lot.item(), today));
    var relevant = expired.stream().filter(c -> c.type().equals("HALAL") || c.type().equals("BPOM")).toList();
    if (!relevant.isEmpty()) {
      var c = relevant.getFirst();
      throw BusinessRuleException.conflict("decision", "sari.review.certExpired", c.type(), c.number(), c.validTo());
    }
  }

  private static Map<String, Object> labValues(QcSpec spec, Map<String, BigDecimal> given, boolean approving) {
    var values = given == null ? Map.<String, BigDecimal>of() : given;
    var out = new LinkedHashMap<String, Object>();
    for (var code : values.keySet()) {
      if (spec.labLimits().stream().noneMatch(l -> l.code().equals(code))) {
        throw BusinessRuleException.invalid("labValues", "sari.review.labUnknown", String.valueOf(code));
      }
    }
    for (var limit : spec.labLimits()) {
      var v = values.get(limit.code());
      if (v == null) {
        if (approving) throw BusinessRuleException.invalid("labValues", "sari.review.labMissing", limit.name());
        continue;
      }
      if (v.abs().compareTo(new BigDecimal("1000000")) > 0 || v.scale() > 4) {
        throw BusinessRuleException.invalid("labValues", "sari.review.labRange", limit.name());
      }
      if (approving && !limit.passes(v)) {
        throw BusinessRuleException.conflict("labValues", "sari.review.labOut", limit.name(), v.toPlainString());
      }
      out.put(limit.code(), Map.of("value", v, "pass", limit.passes(v)));
    }
    return out;
  }

  private static Map<String, Object> checks(QcSpec spec, Map<String, Boolean> given, boolean approving) {
    var values = given == null ? Map.<String, Boolean>of() : given;
    for (var name : values.keySet()) {
      if (!spec.checks().contains(name)) throw BusinessRuleException.invalid("checks", "sari.review.checkUnknown", String.valueOf(name));
    }
    var out = new LinkedHashMap<String, Object>();
    for (var check : spec.checks()) {
      var ok = values.get(check);
      if (approving && !Boolean.TRUE.equals(ok)) throw BusinessRuleException.conflict("checks", "sari.review.checkFailed", check);
      if (ok != null) out.put(check, ok);
    }
    return out;
  }
}
