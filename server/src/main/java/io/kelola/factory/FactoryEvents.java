package io.kelola.factory;

import java.math.BigDecimal;

/**
 * Payloads of the factory subjects. The resource id of every document event is its number
 * (SO-202412-0001…); the owner is the user who created the document.
 */
public final class FactoryEvents {

  private FactoryEvents() {}

  /** {@code factory.so.created}. */
  public record SalesOrderCreated(String soNo, String customer, BigDecimal total, String status) {}

  /**
   * {@code factory.so.status_changed}, {@code factory.do.status_changed}, {@code
   * factory.po.status_changed}, {@code factory.wo.status_changed}, {@code factory.ar.status_changed},
   * {@code factory.ap.status_changed}: a document moved from one status to another.
   */
  public record StatusChanged(String docType, String docNo, String from, String to, String notes) {}

  /** {@code factory.shift.logged}: an operator entered a shift's output. */
  public record ShiftLogged(String machine, String date, String shift, BigDecimal output, BigDecimal reject,
      BigDecimal downtimeMin, String errorCode) {}

  /** {@code factory.maint.logged}: maintenance was done on a machine. */
  public record MaintenanceLogged(String machine, String date, String type, BigDecimal cost) {}

  /** {@code factory.payment.recorded}: a payment against a receivable or payable. */
  public record PaymentRecorded(String kind, String docNo, BigDecimal amount, BigDecimal remaining) {}

  /** {@code factory.sla.breached}: a document passed its SLA target. */
  public record SlaBreached(String docType, String docNo, String slaType, int targetMin) {}
}
