package io.kelola.factory.core;

import io.kelola.events.Events;
import io.kelola.factory.FactoryEvents;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * SLA tracking per document ({@code log_sla}): started when a document enters the stage the SLA
 * measures, completed when it leaves it. A completion after the target, or the minute job finding a
 * running SLA past its target, sets {@code is_breached} and publishes {@code factory.sla.breached}
 * once.
 */
@Service
public class SlaTracker {

  private final JdbcClient jdbc;
  private final FactoryProperties props;
  private final Events events;
  private final Clock clock;

  SlaTracker(JdbcClient jdbc, FactoryProperties props, Events events, Clock clock) {
    this.jdbc = jdbc;
    this.props = props;
    this.events = events;
    this.clock = clock;
  }

  /** Starts the SLA now; nothing when no target is configured or it already started. */
  @Transactional(propagation = Propagation.MANDATORY)
  public void start(String entityType, long entityId, String entityKey, String slaType) {
    props.slaTarget(entityType, slaType).ifPresent(target -> {
      var now = clock.instant();
      jdbc.sql("""
              INSERT INTO log_sla (entity_type, entity_id, entity_key, sla_type, start_at, target_at, target_min)
              VALUES (:type, :id, :key, :sla, :start, :target, :min)
              ON CONFLICT (entity_type, entity_id, sla_type) DO NOTHING""")
          .param("type", entityType).param("id", entityId).param("key", entityKey).param("sla", slaType)
          .param("start", Timestamp.from(now)).param("target", Timestamp.from(now.plus(target)))
          .param("min", (int) Math.max(1, target.toMinutes()))
          .update();
    });
  }

  /** Completes a running SLA now; publishes the breach if it completed late and was not flagged yet. */
  @Transactional(propagation = Propagation.MANDATORY)
  public void complete(String entityType, long entityId, String slaType) {
    var now = clock.instant();
    var late = jdbc.sql("""
            WITH before AS (SELECT id, is_breached FROM log_sla
                            WHERE entity_type = :type AND entity_id = :id AND sla_type = :sla
                              AND completed_at IS NULL FOR UPDATE)
            UPDATE log_sla s SET completed_at = :now,
                   actual_min = GREATEST(0, floor(extract(epoch FROM (:now - s.start_at)) / 60))::int,
                   is_breached = s.is_breached OR :now > s.target_at
            FROM before b WHERE s.id = b.id
            RETURNING s.entity_key, s.target_min, (s.is_breached AND NOT b.is_breached) AS newly""")
        .param("type", entityType).param("id", entityId).param("sla", slaType).param("now", Timestamp.from(now))
        .query((rs, n) -> rs.getBoolean("newly")
            ? new FactoryEvents.SlaBreached(entityType, rs.getString("entity_key"), slaType, rs.getInt("target_min"))
            : null)
        .list();
    late.stream().filter(java.util.Objects::nonNull).forEach(this::publish);
  }

  /** Completes every running SLA of a document (it was cancelled or closed). */
  @Transactional(propagation = Propagation.MANDATORY)
  public void completeAll(String entityType, long entityId) {
    jdbc.sql("SELECT sla_type FROM log_sla WHERE entity_type = :type AND entity_id = :id AND completed_at IS NULL")
        .param("type", entityType).param("id", entityId).query(String.class).list()
        .forEach(sla -> complete(entityType, entityId, sla));
  }

  /** The document's SLAs, in the order they started. */
  @Transactional(readOnly = true)
  public List<SlaRecord> of(String entityType, long entityId) {
    return jdbc.sql("""
            SELECT sla_type, start_at, target_at, completed_at, target_min, actual_min, is_breached
            FROM log_sla WHERE entity_type = :type AND entity_id = :id ORDER BY start_at, id""")
        .param("type", entityType).param("id", entityId)
        .query((rs, n) -> new SlaRecord(rs.getString("sla_type"), rs.getTimestamp("start_at").toInstant(),
            rs.getTimestamp("target_at").toInstant(),
            rs.getTimestamp("completed_at") == null ? null : rs.getTimestamp("completed_at").toInstant(),
            rs.getInt("target_min"), (Integer) rs.getObject("actual_min"), rs.getBoolean("is_breached")))
        .list();
  }

  /** Flags running SLAs past their target; returns how many were flagged. */
  @Scheduled(cron = "${kelola.factory.sla-cron:0 * * * * *}", zone = "Asia/Jakarta")
  @Transactional
  public int flagBreaches() {
    var breached = jdbc.sql("""
            UPDATE log_sla SET is_breached = TRUE
            WHERE completed_at IS NULL AND NOT is_breached AND target_at < :now
            RETURNING entity_type, entity_key, sla_type, target_min""")
        .param("now", Timestamp.from(clock.instant()))
        .query((rs, n) -> new FactoryEvents.SlaBreached(rs.getString("entity_type"), rs.getString("entity_key"),
            rs.getString("sla_type"), rs.getInt("target_min")))
        .list();
    breached.forEach(this::publish);
    return breached.size();
  }

  /** Minutes left before a running SLA breaches (negative when late), for lists and inboxes. */
  public static long minutesLeft(SlaRecord sla, Clock clock) {
    return Duration.between(clock.instant(), sla.targetAt()).toMinutes();
  }

  private void publish(FactoryEvents.SlaBreached breach) {
    events.publish(FactorySubjects.SLA_BREACHED, breach.docNo(), null, breach);
  }
}
