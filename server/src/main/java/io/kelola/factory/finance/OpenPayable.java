package io.kelola.factory.finance;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A payable to open when goods are received against a PO. */
public record OpenPayable(long poId, Long receiptId, long vendorId, LocalDate billDate, int termDays,
    BigDecimal net, BigDecimal tax, String vendorDoc) {}
