package io.kelola.factory.finance;

import io.kelola.audit.StatusChange;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A receivable or payable with its amounts split, its payments and its status timeline. */
public record DocDetail(DocRow doc, BigDecimal net, BigDecimal tax, LocalDate paidDate, List<Payment> payments,
    List<StatusChange> timeline) {

  /** One payment against the document. */
  public record Payment(UUID uuid, LocalDate date, String account, BigDecimal amount, String reference, String notes) {}
}
