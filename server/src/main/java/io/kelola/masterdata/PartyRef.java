package io.kelola.masterdata;

/** An active customer or vendor, as other modules see it. */
public record PartyRef(long id, String code, String name) {}
