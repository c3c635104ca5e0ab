package io.kelola.factory.core;

import io.kelola.shared.web.Formats;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Document numbers {@code TYPE-YYYYMM-NNNN}, gapless per type and WIB month. The counter row is
 * incremented in the caller's transaction: concurrent creates of one type queue on its row lock, and
 * a create that rolls back gives its number back with it, so no number is skipped or repeated.
 */
@Service
public class DocumentNumbers {

  /** SO, DO, PO, WO as in the seed; INV (receivable invoice), BILL (payable), GR (goods receipt). */
  public static final Set<String> TYPES = Set.of("SO", "DO", "PO", "WO", "INV", "BILL", "GR");

  private static final DateTimeFormatter PERIOD = DateTimeFormatter.ofPattern("yyyyMM");

  private final JdbcClient jdbc;
  private final Clock clock;

  DocumentNumbers(JdbcClient jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  /** The next number of {@code type} for the current WIB month. */
  @Transactional(propagation = Propagation.MANDATORY)
  public String next(String type) {
    return next(type, LocalDate.now(clock.withZone(Formats.WIB)));
  }

  /** The next number of {@code type} for the month of {@code day}. */
  @Transactional(propagation = Propagation.MANDATORY)
  public String next(String type, LocalDate day) {
    if (!TYPES.contains(type)) throw new IllegalArgumentException("Unknown document type " + type);
    var period = day.format(PERIOD);
    int n = jdbc.sql("""
            INSERT INTO t_doc_seq (doc_type, period, last_no) VALUES (:type, :period, 1)
            ON CONFLICT (doc_type, period) DO UPDATE SET last_no = t_doc_seq.last_no + 1
            RETURNING last_no""")
        .param("type", type).param("period", period).query(Integer.class).single();
    return format(type, period, n);
  }

  static String format(String type, String period, int n) {
    return "%s-%s-%04d".formatted(type, period, n);
  }
}
