package io.kelola.archfixtures.sample.domain;

/** Fixture: breaks "repositories are not public" on purpose. */
public class PublicOrderRepository {}
