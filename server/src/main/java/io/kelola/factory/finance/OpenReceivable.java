package io.kelola.factory.finance;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A receivable to open when goods are delivered: the invoice of a DO.
 *
 * @param net delivered value after discounts, before PPN (this is the revenue)
 * @param tax PPN on it
 */
public record OpenReceivable(long soId, Long doId, long custId, LocalDate invDate, int termDays, BigDecimal net,
    BigDecimal tax) {}
