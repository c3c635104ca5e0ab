package io.kelola.factory.production;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** Request bodies of the work-order API (and the page forms, which build the same records). */
public final class WorkOrderRequests {

  private WorkOrderRequests() {}

  /** A material line of a new work order: {@code qtyPlan} of {@code item} taken from {@code warehouse}. */
  public record MaterialLine(String item, String warehouse, BigDecimal qtyPlan) {}

  /**
   * A new work order.
   *
   * @param warehouse where the finished goods are received
   * @param soNo optional sales order this order produces for
   */
  public record NewWorkOrder(String item, String machine, String warehouse, String soNo, LocalDate startDate,
      LocalDate endDate, BigDecimal planQty, List<MaterialLine> materials, String notes) {}

  /** One material to issue now. */
  public record IssueLine(String item, BigDecimal qty) {}

  public record MaterialIssue(List<IssueLine> materials) {}

  /** Output made since the last report: good units are received as finished goods. */
  public record OutputReport(BigDecimal good, BigDecimal reject, String notes) {}

  public record QcCheck(LocalDate checkDate, BigDecimal sampleSize, BigDecimal defectCount, String grade,
      String notes) {}

  /** Optional notes of a status change. */
  public record StatusNote(String notes) {}
}
