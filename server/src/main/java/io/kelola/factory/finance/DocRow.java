package io.kelola.factory.finance;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A receivable or payable in a list.
 *
 * @param source the SO (receivable) or PO (payable) number
 * @param daysPastDue days after the due date as of today (WIB); negative while not yet due
 */
public record DocRow(UUID uuid, String number, String ledger, String partyCode, String partyName, String source,
    LocalDate docDate, LocalDate dueDate, BigDecimal amount, BigDecimal paid, BigDecimal remaining, String status,
    long daysPastDue) {}
