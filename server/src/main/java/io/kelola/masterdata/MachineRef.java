package io.kelola.masterdata;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * An active machine. {@code capPerHr} (units per hour, null when unknown) is what OEE performance is
 * measured against.
 */
public record MachineRef(long id, String code, String name, String location, BigDecimal capPerHr,
    BigDecimal runHours, LocalDate lastMaintDate) {}
