package io.kelola.factory.finance;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * Unpaid remaining amounts by how long they are past due, as of a day (WIB). Buckets by days past
 * due = asOf − due date: {@code notDue} when the due date is after asOf (negative days);
 * {@code d0to30} for 0..30 days (due today counts here), {@code d31to60}, {@code d61to90},
 * {@code over90} for more than 90.
 */
public record AgeingReport(String ledger, LocalDate asOf, List<Row> rows, Row totals) {

  public static final List<String> BUCKETS = List.of("notDue", "d0to30", "d31to60", "d61to90", "over90");

  /** One customer/vendor (or the totals, with a null party). */
  public record Row(String partyCode, String partyName, BigDecimal notDue, BigDecimal d0to30, BigDecimal d31to60,
      BigDecimal d61to90, BigDecimal over90, BigDecimal total, int documents) {

    public List<BigDecimal> buckets() {
      return List.of(notDue, d0to30, d31to60, d61to90, over90);
    }
  }
}
