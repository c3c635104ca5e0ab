package io.kelola.factory.finance;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/**
 * One cash-book line with the account's balance after it (ordered by date, then entry).
 *
 * @param document the receivable/payable number a payment settles, if any
 */
public record CashTxnRow(UUID uuid, String account, LocalDate date, String direction, String category,
    BigDecimal amount, BigDecimal runningBalance, String document, String reference, String notes) {}
