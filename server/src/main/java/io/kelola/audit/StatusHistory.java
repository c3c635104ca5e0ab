package io.kelola.audit;

import io.kelola.shared.security.CurrentUser;
import io.kelola.shared.security.KelolaPrincipal;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes and reads {@code log_status} (seed 002 §1.2): a row on every status change of a document,
 * with how long it stayed in the previous status. Writes join the caller's transaction, which must
 * hold the document's row lock so that two changes of one document never interleave.
 */
@Service
public class StatusHistory {

  /** Notes longer than this are refused by the table; callers validate input against it. */
  public static final int MAX_NOTES = 500;

  private final JdbcClient jdbc;
  private final Clock clock;

  StatusHistory(JdbcClient jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  /**
   * Records {@code entityType} #{@code entityId} moving from {@code oldStatus} (null for its first
   * status) to {@code newStatus}, by the signed-in caller (none for system jobs).
   */
  @Transactional(propagation = Propagation.MANDATORY)
  public StatusChange record(String entityType, long entityId, String oldStatus, String newStatus, String notes) {
    var now = clock.instant();
    Integer duration = null;
    if (oldStatus != null) {
      duration = jdbc.sql("""
              SELECT changed_at FROM log_status WHERE entity_type = :type AND entity_id = :id
              ORDER BY changed_at DESC, id DESC LIMIT 1""")
          .param("type", entityType).param("id", entityId)
          .query(Timestamp.class).optional()
          .map(since -> (int) Math.max(0, Duration.between(since.toInstant(), now).toMinutes()))
          .orElse(null);
    }
    var caller = CurrentUser.get();
    jdbc.sql("""
            INSERT INTO log_status (entity_type, entity_id, old_status, new_status, changed_at, changed_by,
                                    duration_min, notes)
            VALUES (:type, :id, :old, :new, :at, :by, :duration, :notes)""")
        .param("type", entityType).param("id", entityId).param("old", oldStatus).param("new", newStatus)
        .param("at", Timestamp.from(now)).param("by", caller.map(KelolaPrincipal::userId).orElse(null))
        .param("duration", duration).param("notes", notes == null || notes.isBlank() ? null : notes.strip())
        .update();
    return new StatusChange(oldStatus, newStatus, now, caller.map(KelolaPrincipal::username).orElse(null), duration,
        notes);
  }

  /** The document's history, oldest first: its timeline. */
  @Transactional(readOnly = true)
  public List<StatusChange> timeline(String entityType, long entityId) {
    return jdbc.sql("""
            SELECT s.old_status, s.new_status, s.changed_at, u.username, s.duration_min, s.notes
            FROM log_status s LEFT JOIN adm_user u ON u.id = s.changed_by
            WHERE s.entity_type = :type AND s.entity_id = :id
            ORDER BY s.changed_at, s.id""")
        .param("type", entityType).param("id", entityId)
        .query((rs, n) -> new StatusChange(rs.getString("old_status"), rs.getString("new_status"),
            rs.getTimestamp("changed_at").toInstant(), rs.getString("username"),
            (Integer) rs.getObject("duration_min"), rs.getString("notes")))
        .list();
  }
}
