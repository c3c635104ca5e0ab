package io.kelola.masterdata.web;

/** An import problem as shown to people: row, column and a message in their language. Template view model. */
public record ImportReportLine(int row, String column, String message) {}
