package io.kelola.factory.finance;

import java.math.BigDecimal;

/** A cash or bank account and its balance. */
public record CashAccount(String code, String name, BigDecimal balance) {}
