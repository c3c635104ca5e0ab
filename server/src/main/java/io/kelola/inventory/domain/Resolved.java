package io.kelola.inventory.domain;

import io.kelola.masterdata.LocationRef;
import io.kelola.masterdata.WarehouseRef;

/** A warehouse and, optionally, a location inside it: one side of a move. */
record Resolved(WarehouseRef warehouse, LocationRef location) {

  Long locationId() {
    return location == null ? null : location.id();
  }

  String locationCode() {
    return location == null ? null : location.code();
  }

  boolean holdsUnusableStock() {
    return location != null && location.holdsUnusableStock();
  }
}
