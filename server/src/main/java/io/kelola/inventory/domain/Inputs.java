package io.kelola.inventory.domain;

import io.kelola.masterdata.ItemRef;
import io.kelola.masterdata.MasterLookup;
import io.kelola.masterdata.PartyRef;
import io.kelola.masterdata.UnknownUnitConversionException;
import io.kelola.shared.web.BusinessRuleException;
import java.math.BigDecimal;
import org.springframework.stereotype.Component;

/**
 * Turns the codes and quantities of a request into master references, refusing unknown codes and
 * out-of-range quantities with 400s, so internal callers get the same checks as the API.
 */
@Component
class Inputs {

  static final BigDecimal MAX_QTY = new BigDecimal("1000000000000");

  private final MasterLookup masters;

  Inputs(MasterLookup masters) {
    this.masters = masters;
  }

  ItemRef item(String code) {
    text("item", code, 30, true);
    return masters.item(code).orElseThrow(() -> BusinessRuleException.invalid("item", "inventory.item.unknown", code));
  }

  Resolved place(String field, String warehouse, String location) {
    var locationField = locationField(field);
    text(field, warehouse, 30, true);
    text(locationField, location, 30, false);
    var wh = masters.warehouse(warehouse)
        .orElseThrow(() -> BusinessRuleException.invalid(field, "inventory.warehouse.unknown", warehouse));
    if (blank(location)) return new Resolved(wh, null);
    var loc = masters.location(warehouse, location).orElseThrow(
        () -> BusinessRuleException.invalid(locationField, "inventory.location.unknown", location, warehouse));
    return new Resolved(wh, loc);
  }

  /** warehouse → location, fromWarehouse → fromLocation: the request field naming the location. */
  static String locationField(String warehouseField) {
    return warehouseField.replace("Warehouse", "Location").replace("warehouse", "location");
  }

  PartyRef customer(String code) {
    if (blank(code)) return null;
    text("customer", code, 30, true);
    return masters.customer(code)
        .orElseThrow(() -> BusinessRuleException.invalid("customer", "inventory.customer.unknown", code));
  }

  PartyRef vendor(String code) {
    if (blank(code)) return null;
    text("vendor", code, 30, true);
    return masters.vendor(code).orElseThrow(() -> BusinessRuleException.invalid("vendor", "inventory.vendor.unknown", code));
  }

  /** {@code qty} in {@code uom}, in the item's base unit: > 0, ≤ 10¹², at most 4 decimals. */
  BigDecimal baseQty(String field, ItemRef item, BigDecimal qty, String uom) {
    checkQty(field, qty);
    text("uom", uom, 10, false);
    BigDecimal base;
    try {
      base = masters.toBaseUnit(item, qty, blank(uom) ? null : uom);
    } catch (UnknownUnitConversionException e) {
      throw BusinessRuleException.invalid("uom", "inventory.uom.unknown", uom, item.uom());
    }
    if (base.signum() <= 0 || base.compareTo(MAX_QTY) > 0) throw BusinessRuleException.invalid(field, "inventory.qty.invalid");
    return base;
  }

  static void checkQty(String field, BigDecimal qty) {
    if (qty == null || qty.signum() <= 0 || qty.compareTo(MAX_QTY) > 0 || qty.stripTrailingZeros().scale() > 4) {
      throw BusinessRuleException.invalid(field, "inventory.qty.invalid");
    }
  }

  static String text(String field, String value, int max, boolean required) {
    if (blank(value)) {
      if (required) throw BusinessRuleException.invalid(field, "inventory.field.required");
      return null;
    }
    if (value.length() > max || value.chars().anyMatch(Character::isISOControl)) {
      throw BusinessRuleException.invalid(field, "inventory.field.tooLong", max);
    }
    return value;
  }

  static boolean blank(String s) {
    return s == null || s.isBlank();
  }
}
