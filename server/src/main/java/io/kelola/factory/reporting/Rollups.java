package io.kelola.factory.reporting;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps the dashboard's rollups ({@code rpt_*}) in the transaction that changes the documents they
 * sum, so the dashboard reads a few rows instead of scanning order lines, and is never behind.
 */
@Service
public class Rollups {

  private final JdbcClient jdbc;

  Rollups(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** Net value invoiced on delivery on a WIB day: that day's revenue. */
  @Transactional(propagation = Propagation.MANDATORY)
  public void revenueInvoiced(LocalDate day, BigDecimal net) {
    jdbc.sql("""
            INSERT INTO rpt_revenue_day (day, revenue, do_count) VALUES (:day, :net, 1)
            ON CONFLICT (day) DO UPDATE SET revenue = rpt_revenue_day.revenue + :net,
                                            do_count = rpt_revenue_day.do_count + 1""")
        .param("day", day).param("net", net).update();
  }

  /**
   * A shift log's sums for OEE.
   *
   * @param idealQty what the machine could have made in the time it ran (capacity × run time)
   */
  @Transactional(propagation = Propagation.MANDATORY)
  public void shiftLogged(long machineId, LocalDate day, BigDecimal plannedMin, BigDecimal downtimeMin,
      BigDecimal outputQty, BigDecimal rejectQty, BigDecimal idealQty) {
    jdbc.sql("""
            INSERT INTO rpt_oee_day (machine_id, day, planned_min, downtime_min, output_qty, reject_qty, ideal_qty)
            VALUES (:m, :day, :planned, :down, :out, :rej, :ideal)
            ON CONFLICT (machine_id, day) DO UPDATE SET
              planned_min = rpt_oee_day.planned_min + :planned, downtime_min = rpt_oee_day.downtime_min + :down,
              output_qty = rpt_oee_day.output_qty + :out, reject_qty = rpt_oee_day.reject_qty + :rej,
              ideal_qty = rpt_oee_day.ideal_qty + :ideal""")
        .param("m", machineId).param("day", day).param("planned", plannedMin).param("down", downtimeMin)
        .param("out", outputQty).param("rej", rejectQty).param("ideal", idealQty).update();
  }
}
