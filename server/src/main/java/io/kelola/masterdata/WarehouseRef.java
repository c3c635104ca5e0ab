package io.kelola.masterdata;

/** An active warehouse, as other modules see it. */
public record WarehouseRef(long id, String code, String name) {}
