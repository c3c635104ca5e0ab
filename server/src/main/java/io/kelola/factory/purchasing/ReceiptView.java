package io.kelola.factory.purchasing;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A goods receipt with its lines; {@code amount} is the value received before PPN. */
public record ReceiptView(UUID uuid, String grNo, LocalDate recvDate, String vendorDoc, BigDecimal amount, String notes,
    Instant createdAt, String createdBy, List<Line> lines) {

  public record Line(int lineNo, String item, BigDecimal qty, String lotNo, LocalDate expDate) {}
}
