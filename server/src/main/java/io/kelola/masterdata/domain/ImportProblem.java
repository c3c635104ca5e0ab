package io.kelola.masterdata.domain;

/**
 * One problem in an import file.
 *
 * @param row spreadsheet row number (the header is row 1)
 * @param column the column's header, or null for the whole row or file
 */
public record ImportProblem(int row, String column, String messageKey, Object... args) {}
