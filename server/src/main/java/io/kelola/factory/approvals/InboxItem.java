package io.kelola.factory.approvals;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * One document waiting for the caller's approval.
 *
 * @param kind {@code SO} or {@code PO}
 * @param waitingSince when it entered its current status (log_status), else when it was last changed
 * @param slaMinutesLeft minutes until the approval SLA target (negative once past); null without a running SLA
 * @param creditLimit the customer's limit (sales orders; 0 = no credit, as the credit check reads it; null for purchase orders)
 * @param exposure open receivables of the customer plus this order (sales orders only)
 * @param overCredit the order goes over the customer's credit limit: approving it needs a reason
 */
public record InboxItem(
    String kind,
    String number,
    String party,
    @JsonProperty("party_code") String partyCode,
    LocalDate date,
    BigDecimal total,
    String status,
    @JsonProperty("waiting_since") Instant waitingSince,
    @JsonProperty("sla_target") Instant slaTarget,
    @JsonProperty("sla_minutes_left") Long slaMinutesLeft,
    @JsonProperty("sla_breached") boolean slaBreached,
    @JsonProperty("credit_limit") BigDecimal creditLimit,
    BigDecimal exposure,
    @JsonProperty("over_credit") boolean overCredit) {

  @JsonIgnore
  public boolean salesOrder() {
    return "SO".equals(kind);
  }

  /** Where the document's page is and where approve/reject post to. */
  @JsonIgnore
  public String path() {
    return (salesOrder() ? "/factory/sales-orders/" : "/factory/purchase-orders/") + number;
  }
}
