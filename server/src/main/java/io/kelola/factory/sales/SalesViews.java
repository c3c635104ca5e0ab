package io.kelola.factory.sales;

import io.kelola.audit.StatusChange;
import io.kelola.factory.core.SlaRecord;
import io.kelola.inventory.ReservationView;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** What the sales API and pages show: list rows and document details, addressed by number. */
public final class SalesViews {

  private SalesViews() {}

  public record OrderRow(String soNo, UUID uuid, String customer, String customerName, LocalDate orderDate,
      LocalDate deadline, BigDecimal grandAmt, String status, boolean overCredit) {}

  public record OrderLine(int lineNo, String item, String itemName, String uom, BigDecimal qty, BigDecimal unitPrice,
      BigDecimal discPct, String taxCode, BigDecimal lineAmt, BigDecimal qtyDelivered) {}

  /** DPP and PPN of one tax code's share of the order total. */
  public record TaxLine(String taxCode, BigDecimal net, BigDecimal dpp, BigDecimal tax) {}

  public record DeliveryRow(String doNo, UUID uuid, String soNo, String customer, String customerName, String driver,
      String driverName, String vehicleNo, LocalDate shipDate, LocalDate etaDate, LocalDate actualDate, String status,
      BigDecimal netAmt) {}

  public record OrderDetail(String soNo, UUID uuid, String customer, String customerName, String warehouse,
      LocalDate orderDate, LocalDate deadline, String status, boolean overCredit, String creditNote, String notes,
      BigDecimal grossAmt, BigDecimal discPct, BigDecimal totalAmt, List<TaxLine> taxes, BigDecimal taxAmt,
      BigDecimal grandAmt, String createdBy, String submittedBy, List<OrderLine> lines, List<StatusChange> timeline,
      List<SlaRecord> slas, List<ReservationView> reservations, List<DeliveryRow> deliveries) {}

  public record DeliveryLine(int lineNo, String item, String itemName, String uom, BigDecimal qty) {}

  public record DeliveryDetail(DeliveryRow delivery, String notes, List<DeliveryLine> lines,
      List<StatusChange> timeline, List<SlaRecord> slas) {}
}
