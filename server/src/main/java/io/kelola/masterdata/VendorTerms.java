package io.kelola.masterdata;

/** An active vendor with its payment terms in days. */
public record VendorTerms(long id, String code, String name, int termDays) {}
