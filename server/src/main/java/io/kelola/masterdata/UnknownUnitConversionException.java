package io.kelola.masterdata;

/** A quantity was given in a unit with no defined conversion to the item's base unit. */
public class UnknownUnitConversionException extends RuntimeException {

  public UnknownUnitConversionException(String itemCode, String fromUom, String toUom) {
    super("No conversion from " + fromUom + " to " + toUom + " for item " + itemCode);
  }
}
