package io.kelola.extracts.domain;

import java.math.BigDecimal;
import java.util.Map;

/**
 * A QC supervisor's signed decision.
 *
 * @param decision APPROVE or REJECT
 * @param labValues values for the spec's lab limits, by limit code (all required to approve)
 * @param checks the spec's pass/fail checks, by name (all must pass to approve)
 * @param password the supervisor's password again: the electronic signature
 */
public record ReviewRequest(String decision, String reason, Map<String, BigDecimal> labValues,
    Map<String, Boolean> checks, String password) {}
