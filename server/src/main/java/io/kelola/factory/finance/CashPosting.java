package io.kelola.factory.finance;

import java.math.BigDecimal;
import java.util.UUID;

/** A cash transaction just written and the account balance after it. */
public record CashPosting(long id, UUID uuid, String account, BigDecimal balance) {}
