package io.kelola.extracts.domain;

import io.kelola.events.Events;
import io.kelola.extracts.SariEvents;
import io.kelola.shared.security.KelolaPrincipal;
import io.kelola.shared.web.BusinessRuleException;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Opens QC jobs and reads them with their AI results. */
@Service
public class QcJobs {

  private final QcJobRepository jobs;
  private final SariLotRepository lots;
  private final Events events;
  private final Clock clock;
  private final JsonMapper json;

  private static final TypeReference<List<Map<String, Object>>> DETECTIONS = new TypeReference<>() {};
  private static final TypeReference<List<Number>> SIZES = new TypeReference<>() {};

  QcJobs(QcJobRepository jobs, SariLotRepository lots, Events events, Clock clock, JsonMapper json) {
    this.json = json;
    this.jobs = jobs;
    this.lots = lots;
    this.events = events;
    this.clock = clock;
  }

  /** A job judged by {@code spec}; the AI worker picks it up from {@code qc.job.created}. */
  QcJob open(SariLot lot, QcSpec spec, QcJob retestOf, String reason, KelolaPrincipal actor) {
    long id = jobs.insert(lot.id(), spec.id(), retestOf == null ? null : retestOf.id(), reason);
    var job = jobs.byId(id).orElseThrow();
    lots.log(lot.id(), retestOf == null ? "QC_JOB_CREATED" : "QC_RETEST", lot.stage(), null, reason,
        actor == null ? null : actor.userId(), clock.instant());
    events.publish(ExtractsEventTypes.JOB_CREATED, job.uuid().toString(), lot.ownerUuid(),
        new SariEvents.QcJobCreated(job.uuid(), lot.lotCode(), spec.version(), spec.market(),
            retestOf == null ? null : retestOf.uuid()));
    return job;
  }

  @Transactional(readOnly = true)
  public QcJob get(UUID uuid) {
    return jobs.byUuid(uuid).orElseThrow(() -> BusinessRuleException.notFound("sari.job.notFound"));
  }

  @Transactional(readOnly = true)
  public List<QcJob> ofLot(long lotId) {
    return jobs.ofLot(lotId);
  }

  /** The job that released the lot, if it was released. */
  @Transactional(readOnly = true)
  public java.util.Optional<QcJob> approvedJob(long lotId) {
    return jobs.ofLot(lotId).stream().filter(j -> "APPROVED".equals(j.status())).reduce((a, b) -> b);
  }

  /** Open jobs, oldest first: the QC supervisor's queue. */
  @Transactional(readOnly = true)
  public List<QcJob> queue() {
    return jobs.queue(500);
  }

  @Transactional(readOnly = true)
  public List<PhotoResult> results(QcJob job) {
    return jobs.results(job.id()).stream().map(r -> new PhotoResult(r.photoUuid(), r.photoSeq(),
        r.detections() == null ? List.of() : json.readValue(r.detections(), DETECTIONS), r.labL(), r.labA(), r.labB(),
        r.deltaE(), r.colourConf(), r.haze(), r.hazeConf(), r.particles(),
        r.particleSizes() == null ? List.of() : json.readValue(r.particleSizes(), SIZES), r.particleConf(),
        r.annotatedKey() != null, r.error())).toList();
  }
}
