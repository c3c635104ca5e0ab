package io.kelola.factory.finance;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/** A payment just recorded and where it left its document. */
public record PaymentRecorded(UUID txnUuid, String ledger, String docNo, BigDecimal amount, LocalDate date,
    String account, BigDecimal paid, BigDecimal remaining, String status, BigDecimal accountBalance) {}
