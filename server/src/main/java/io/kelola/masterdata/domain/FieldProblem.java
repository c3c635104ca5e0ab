package io.kelola.masterdata.domain;

/** One invalid field: its name, the message key and the message's arguments. */
public record FieldProblem(String field, String messageKey, Object... args) {}
