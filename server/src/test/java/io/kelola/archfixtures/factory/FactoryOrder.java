package io.kelola.archfixtures.factory;

/** Fixture: a class of one vertical. */
public class FactoryOrder {}
