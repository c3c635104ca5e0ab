package io.kelola.masterdata;

import java.math.BigDecimal;

/** An active customer with what an order needs: the credit limit and the payment terms in days. */
public record CustomerTerms(long id, String code, String name, String segment, BigDecimal creditLimit,
    int termDays) {}
