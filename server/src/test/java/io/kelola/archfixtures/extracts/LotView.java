package io.kelola.archfixtures.extracts;

/** Fixture: a vertical's public type. */
public class LotView {}
