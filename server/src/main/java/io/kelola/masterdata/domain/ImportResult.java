package io.kelola.masterdata.domain;

/** What an accepted import did: how many codes it created and how many existing ones it changed. */
public record ImportResult(int created, int updated) {}
