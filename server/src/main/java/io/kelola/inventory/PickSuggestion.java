package io.kelola.inventory;

import java.math.BigDecimal;
import java.time.LocalDate;

/** Where to pick {@code qty} from: lot and location (null when not tracked), earliest expiry first. */
public record PickSuggestion(String lotNo, String location, LocalDate expDate, BigDecimal qty) {}
