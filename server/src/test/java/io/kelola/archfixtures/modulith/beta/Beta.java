package io.kelola.archfixtures.modulith.beta;

/** Fixture: the published API of module beta. */
public class Beta {}
