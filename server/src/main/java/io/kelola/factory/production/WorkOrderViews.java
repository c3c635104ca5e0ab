package io.kelola.factory.production;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** What the API and pages show of work orders. Internal ids never leave the server. */
public final class WorkOrderViews {

  private WorkOrderViews() {}

  public static final String SCHEDULED = "Scheduled";
  public static final String IN_PROGRESS = "In Progress";
  public static final String DONE = "Done";
  public static final String CANCELLED = "Cancelled";

  public record WorkOrder(UUID uuid, String woNo, String item, String itemName, String uom, String machine,
      String machineName, String warehouse, String soNo, LocalDate startDate, LocalDate endDate, BigDecimal planQty,
      BigDecimal actualQty, BigDecimal rejectQty, String lotNo, String status, String notes, Instant createdAt,
      String createdBy) {

    /** Share of the plan made good, 0..100+ (rounded percent). */
    public int progressPct() {
      return planQty.signum() == 0 ? 0
          : actualQty.multiply(BigDecimal.valueOf(100)).divide(planQty, 0, java.math.RoundingMode.HALF_UP).intValue();
    }
  }

  public record Material(String item, String itemName, String uom, String warehouse, BigDecimal qtyPlan,
      BigDecimal qtyIssued, boolean lotTracked) {}

  public record Qc(UUID uuid, LocalDate checkDate, BigDecimal sampleSize, BigDecimal defectCount, String grade,
      String notes, Instant createdAt, String createdBy) {}

  /** An output lot received for the order (lot-tracked finished goods), with the lots it was made from. */
  public record OutputLot(String lotNo, BigDecimal qty, List<String> inputLots) {}

  public record Detail(WorkOrder order, List<Material> materials, List<Qc> qc, List<OutputLot> outputLots) {}
}
