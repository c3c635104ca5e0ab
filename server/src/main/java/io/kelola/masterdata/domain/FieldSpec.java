package io.kelola.masterdata.domain;

import java.math.BigDecimal;
import java.util.List;

/**
 * One field of a master: its JSON/form name, column, type and limits. Labels come from the bundle
 * key {@code master.field.<name>}; choice labels from {@code master.choice.<name>.<value>} when present.
 *
 * @param maxLength for text fields; for numbers the largest number of digits before the decimal point
 * @param scale decimals kept for numbers
 * @param listed shown as a column of the list page
 * @param fallback value used when the input leaves the field empty (the column's default)
 */
public record FieldSpec(String name, String column, FieldType type, boolean required, int maxLength,
    BigDecimal min, BigDecimal max, int scale, List<String> choices, boolean sortable, boolean searchable,
    boolean listed, String fallback) {

  public FieldSpec {
    choices = choices == null ? List.of() : List.copyOf(choices);
  }

  public static FieldSpec text(String name, String column, int maxLength) {
    return new FieldSpec(name, column, FieldType.TEXT, false, maxLength, null, null, 0, null, false, false, false, null);
  }

  public static FieldSpec email(String name, String column) {
    return new FieldSpec(name, column, FieldType.EMAIL, false, 254, null, null, 0, null, false, false, false, null);
  }

  public static FieldSpec money(String name, String column) {
    return new FieldSpec(name, column, FieldType.MONEY, false, 16, BigDecimal.ZERO, null, 2, null, false, false, false, null);
  }

  public static FieldSpec decimal(String name, String column, BigDecimal min, BigDecimal max, int integerDigits,
      int scale) {
    return new FieldSpec(name, column, FieldType.DECIMAL, false, integerDigits, min, max, scale, null, false, false,
        false, null);
  }

  public static FieldSpec integer(String name, String column, long min, long max) {
    return new FieldSpec(name, column, FieldType.INTEGER, false, 9, BigDecimal.valueOf(min), BigDecimal.valueOf(max),
        0, null, false, false, false, null);
  }

  public static FieldSpec date(String name, String column) {
    return new FieldSpec(name, column, FieldType.DATE, false, 10, null, null, 0, null, false, false, false, null);
  }

  public static FieldSpec choice(String name, String column, String... values) {
    return new FieldSpec(name, column, FieldType.CHOICE, false, 30, null, null, 0, List.of(values), false, false,
        false, null);
  }

  public static FieldSpec flag(String name, String column) {
    return new FieldSpec(name, column, FieldType.BOOLEAN, false, 5, null, null, 0, null, false, false, false, null);
  }

  public FieldSpec mandatory() {
    return new FieldSpec(name, column, type, true, maxLength, min, max, scale, choices, sortable, searchable, listed, fallback);
  }

  /** Shown in the list, sortable, and (for text) matched by the search box. */
  public FieldSpec orElse(String value) {
    return new FieldSpec(name, column, type, required, maxLength, min, max, scale, choices, sortable, searchable,
        listed, value);
  }

  public FieldSpec inList() {
    return new FieldSpec(name, column, type, required, maxLength, min, max, scale, choices, true,
        type == FieldType.TEXT || type == FieldType.EMAIL, true, fallback);
  }

  public String labelKey() {
    return "master.field." + name;
  }
}
