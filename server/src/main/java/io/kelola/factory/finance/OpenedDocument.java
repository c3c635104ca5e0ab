package io.kelola.factory.finance;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/** A receivable or payable just opened. */
public record OpenedDocument(long id, UUID uuid, String number, BigDecimal amount, LocalDate dueDate) {}
