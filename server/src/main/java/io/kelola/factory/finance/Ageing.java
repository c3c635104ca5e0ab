package io.kelola.factory.finance;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** Ageing of unpaid receivables and payables (see {@link AgeingReport} for the bucket definition). */
@Service
public class Ageing {

  private final JdbcClient jdbc;
  private final Clock clock;

  Ageing(JdbcClient jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  /** As of today (WIB), optionally for one customer/vendor code. */
  public AgeingReport report(Ledger l, String party) {
    return report(l, party, FinanceInput.today(clock));
  }

  public AgeingReport report(Ledger l, String party, LocalDate asOf) {
    var sql = "SELECT p.code, p.name,"
        + " SUM(CASE WHEN d.due_dt > :asOf THEN d.amt - d.paid_amt ELSE 0 END) AS b0,"
        + " SUM(CASE WHEN d.due_dt <= :asOf AND d.due_dt >= :asOf - 30 THEN d.amt - d.paid_amt ELSE 0 END) AS b1,"
        + " SUM(CASE WHEN d.due_dt < :asOf - 30 AND d.due_dt >= :asOf - 60 THEN d.amt - d.paid_amt ELSE 0 END) AS b2,"
        + " SUM(CASE WHEN d.due_dt < :asOf - 60 AND d.due_dt >= :asOf - 90 THEN d.amt - d.paid_amt ELSE 0 END) AS b3,"
        + " SUM(CASE WHEN d.due_dt < :asOf - 90 THEN d.amt - d.paid_amt ELSE 0 END) AS b4,"
        + " SUM(d.amt - d.paid_amt) AS total, COUNT(*) AS docs"
        + " FROM " + l.table + " d JOIN " + l.partyTable + " p ON p.id = d." + l.partyCol
        + " WHERE d.status <> 'Paid' AND d.amt > d.paid_amt" + (party == null ? "" : " AND p.code = :party")
        + " GROUP BY p.code, p.name ORDER BY total DESC, p.code";
    var spec = jdbc.sql(sql).param("asOf", asOf);
    if (party != null) spec = spec.param("party", party);
    var rows = spec.query((rs, n) -> new AgeingReport.Row(rs.getString(1), rs.getString(2), rs.getBigDecimal(3),
        rs.getBigDecimal(4), rs.getBigDecimal(5), rs.getBigDecimal(6), rs.getBigDecimal(7), rs.getBigDecimal(8),
        rs.getInt(9))).list();
    var zero = BigDecimal.ZERO.setScale(2);
    var totals = new AgeingReport.Row(null, null, zero, zero, zero, zero, zero, zero, 0);
    for (var r : rows) {
      totals = new AgeingReport.Row(null, null, totals.notDue().add(r.notDue()), totals.d0to30().add(r.d0to30()),
          totals.d31to60().add(r.d31to60()), totals.d61to90().add(r.d61to90()), totals.over90().add(r.over90()),
          totals.total().add(r.total()), totals.documents() + r.documents());
    }
    return new AgeingReport(l.name(), asOf, rows, totals);
  }
}
