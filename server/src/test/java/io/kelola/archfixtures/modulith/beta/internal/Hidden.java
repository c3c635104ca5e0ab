package io.kelola.archfixtures.modulith.beta.internal;

/** Fixture: internal to module beta. */
public class Hidden {}
