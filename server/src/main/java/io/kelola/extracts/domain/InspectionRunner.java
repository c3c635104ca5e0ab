package io.kelola.extracts.domain;

import io.kelola.audit.AuditEntry;
import io.kelola.audit.AuditTrail;
import io.kelola.events.Events;
import io.kelola.extracts.ExtractsProperties;
import io.kelola.extracts.SariEvents;
import io.kelola.vision.InspectionLimits;
import io.kelola.vision.InspectionReport;
import io.kelola.vision.Inspector;
import io.kelola.vision.Lab;
import io.kelola.vision.UnreadableImageException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * Step 3 of seed 000: inspects one PENDING QC job — every photo through the detector and the
 * classical measures — stores the proposal with the model version and thresholds, keeps an
 * annotated copy of each photo, and publishes completed, needs_human_review or failed. The job row
 * is claimed with SKIP LOCKED, so any number of workers (threads or instances) share the queue and a
 * crash mid-inspection leaves the job PENDING for the next one.
 */
@Component
class InspectionRunner {

  private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(InspectionRunner.class);
  /** Tries of one job before it is failed for an inspection error (its reason says so). */
  static final int MAX_ATTEMPTS = 3;

  private final JdbcClient jdbc;
  private final QcJobRepository jobs;
  private final SariLotRepository lots;
  private final QcSpecs specs;
  private final StoredFiles files;
  private final Inspector inspector;
  private final Events events;
  private final ExtractsProperties props;
  private final JsonMapper json;
  private final Clock clock;
  private final AuditTrail audit;

  InspectionRunner(JdbcClient jdbc, QcJobRepository jobs, SariLotRepository lots, QcSpecs specs, StoredFiles files,
      Inspector inspector, Events events, ExtractsProperties props, JsonMapper json, Clock clock, AuditTrail audit) {
    this.audit = audit;
    this.jdbc = jdbc;
    this.jobs = jobs;
    this.lots = lots;
    this.specs = specs;
    this.files = files;
    this.inspector = inspector;
    this.events = events;
    this.props = props;
    this.json = json;
    this.clock = clock;
  }

  /** Inspects the oldest unclaimed PENDING job; false when there is none. */
  @Transactional
  public boolean inspectNext() {
    var id = jdbc.sql("""
            SELECT id FROM t_qc_job WHERE status = 'PENDING' ORDER BY attempts, created_at, id LIMIT 1
            FOR UPDATE SKIP LOCKED""")
        .query(Long.class).optional();
    id.ifPresent(this::inspect);
    return id.isPresent();
  }

  /** Inspects this job unless another worker holds it or it is done already. */
  @Transactional
  public void inspect(java.util.UUID job) {
    jdbc.sql("SELECT id FROM t_qc_job WHERE uuid = :u AND status = 'PENDING' FOR UPDATE SKIP LOCKED").param("u", job)
        .query(Long.class).optional().ifPresent(this::inspect);
  }

  private void inspect(long jobId) {
    var job = jobs.byId(jobId).orElseThrow();
    var lot = lots.byId(job.lotId()).orElseThrow();
    var spec = specs.byId(job.specId());
    var limits = InspectionLimits.of(new Lab(spec.refL().doubleValue(), spec.refA().doubleValue(),
        spec.refB().doubleValue()), spec.deMax().doubleValue(), spec.hazeMax().doubleValue(), spec.particleMax(),
        spec.minParticleArea());
    var findings = new ArrayList<PhotoFindings>();
    var reports = new ArrayList<InspectionReport>();
    var photos = lots.photos(lot.id());
    try {
      for (var photo : photos) {
        try {
          reports.add(inspector.inspect(files.read(photo.fileKey()), limits));
        } catch (UnreadableImageException e) {
          reports.add(null);
          findings.add(PhotoFindings.unreadable(photo.seq(), e.reason().name()));
        }
      }
    } catch (RuntimeException e) {
      // a missing file or a failing model: retry later behind the other jobs, give up after a few tries
      int attempts = jobs.countAttempt(jobId);
      if (attempts < MAX_ATTEMPTS) {
        log.warn("Inspection of QC job {} failed (attempt {} of {}): {}", job.uuid(), attempts, MAX_ATTEMPTS, e.toString());
        return;
      }
      log.error("Inspection of QC job {} failed {} times, giving up: {}", job.uuid(), attempts, e.toString());
      findings.clear();
      reports.clear();
      for (var photo : photos) {
        reports.add(null);
        findings.add(PhotoFindings.unreadable(photo.seq(), "INSPECTION_ERROR"));
      }
    }
    Optional<InspectionReport> any = reports.stream().filter(java.util.Objects::nonNull).findFirst();
    for (int i = 0; i < photos.size(); i++) {
      var photo = photos.get(i);
      var report = reports.get(i);
      if (report == null) {
        var error = findings.stream().filter(f -> f.seq() == photo.seq()).findFirst().map(PhotoFindings::error)
            .orElse("UNREADABLE");
        jobs.insertResult(jobId, photo.id(), new QcJobRepository.Result(photo.id(), photo.uuid(), photo.seq(), "[]",
            null, null, null, null, null, null, null, null, null, null, null, error));
        continue;
      }
      var annotated = files.store(report.annotatedPng(), "image/png");
      jobs.insertResult(jobId, photo.id(), result(report, annotated));
      findings.add(findings(photo.seq(), report));
    }
    var outcome = QcVerdict.judge(spec, findings, Set.copyOf(props.rejectClasses()), props.borderline());
    var thresholds = new LinkedHashMap<String, Object>();
    any.ifPresent(r -> {
      thresholds.put("confidence", r.thresholds().confidence());
      thresholds.put("iou", r.thresholds().iou());
      thresholds.put("inputSize", r.thresholds().inputSize());
    });
    thresholds.put("minConfidence", spec.minConfidence());
    thresholds.put("borderline", props.borderline());
    thresholds.put("deMax", spec.deMax());
    thresholds.put("hazeMax", spec.hazeMax());
    thresholds.put("particleMax", spec.particleMax());
    var now = clock.instant();
    var reason = outcome.reasonText();
    if (reason != null && reason.length() > 500) reason = reason.substring(0, 497) + "...";
    jobs.recordInspection(jobId, outcome.status(), outcome.value(), reason, inspector.modelVersion(), thresholds, now);
    lots.log(lot.id(), "AI_" + outcome.value(), lot.stage(), null, reason, null, now);
    audit.record(AuditEntry.of("QC_AI_" + outcome.value(), "t_qc_job", jobId, job.uuid().toString())
        .change(Map.of("status", "PENDING"), Map.of("status", outcome.status(), "model", inspector.modelVersion(),
            "reason", reason == null ? "" : reason)));
    var subject = switch (outcome.value()) {
      case "PASS" -> ExtractsEventTypes.JOB_COMPLETED;
      case "REVIEW" -> ExtractsEventTypes.JOB_NEEDS_REVIEW;
      default -> ExtractsEventTypes.JOB_FAILED;
    };
    events.publish(subject, job.uuid().toString(), lot.ownerUuid(), new SariEvents.QcJobInspected(job.uuid(),
        lot.lotCode(), outcome.value(), reason, inspector.modelVersion()));
  }

  private QcJobRepository.Result result(InspectionReport r, String annotatedKey) {
    var detections = new ArrayList<Map<String, Object>>();
    for (var d : r.detections()) {
      var m = new LinkedHashMap<String, Object>();
      m.put("class", d.className());
      m.put("confidence", round(d.confidence(), 3));
      m.put("x1", round(d.x1(), 1));
      m.put("y1", round(d.y1(), 1));
      m.put("x2", round(d.x2(), 1));
      m.put("y2", round(d.y2(), 1));
      detections.add(m);
    }
    List<BigDecimal> sizes = r.particles().items().stream().map(p -> round(p.area(), 1)).toList();
    return new QcJobRepository.Result(0, null, 0, json.writeValueAsString(detections),
        round(r.colour().mean().l(), 3), round(r.colour().mean().a(), 3), round(r.colour().mean().b(), 3),
        round(r.colour().deltaE(), 3), round(r.colour().confidence(), 3), round(r.haze().index(), 3),
        round(r.haze().confidence(), 3), r.particles().count(), json.writeValueAsString(sizes),
        round(r.particles().confidence(), 3), annotatedKey, null);
  }

  private static PhotoFindings findings(int seq, InspectionReport r) {
    var found = r.detections().stream()
        .map(d -> new PhotoFindings.Finding(d.className(), d.confidence())).toList();
    return new PhotoFindings(seq, null, found, r.colour().deltaE(), r.colour().confidence(), r.haze().index(),
        r.haze().confidence(), r.particles().count(), r.particles().confidence());
  }

  private static BigDecimal round(double v, int scale) {
    if (Double.isNaN(v) || Double.isInfinite(v)) return null;
    return BigDecimal.valueOf(v).setScale(scale, RoundingMode.HALF_UP);
  }
}
