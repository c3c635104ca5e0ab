package io.kelola.factory.purchasing;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A payable opened by one of the PO's receipts. */
public record PayableView(String billNo, String grNo, LocalDate billDate, LocalDate dueDate, BigDecimal net,
    BigDecimal tax, BigDecimal amount, BigDecimal paid, String status) {}
