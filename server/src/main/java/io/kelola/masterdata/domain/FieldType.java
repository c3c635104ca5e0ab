package io.kelola.masterdata.domain;

/** How a master field is parsed, validated, stored and shown. */
public enum FieldType {
  TEXT, EMAIL, MONEY, DECIMAL, INTEGER, DATE, CHOICE, BOOLEAN;

  public boolean numeric() {
    return this == MONEY || this == DECIMAL || this == INTEGER;
  }
}
