package io.kelola.factory.finance;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A manual cash-book entry.
 *
 * @param type INCOME (in), EXPENSE (out), OPENING (in, only on an account without transactions)
 *     or TRANSFER (out of {@code account}, into {@code toAccount})
 * @param date today (WIB) when absent, never in the future
 */
public record CashTxnRequest(String type, String account, String toAccount, BigDecimal amount, LocalDate date,
    String reference, String notes) {}
