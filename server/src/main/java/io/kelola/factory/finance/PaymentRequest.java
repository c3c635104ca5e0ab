package io.kelola.factory.finance;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A payment against one receivable (money in) or payable (money out).
 *
 * @param date payment date; today (WIB) when absent, never in the future
 * @param account cash account code; {@code kelola.factory.cash-account} when absent
 */
public record PaymentRequest(BigDecimal amount, LocalDate date, String account, String reference, String notes) {}
