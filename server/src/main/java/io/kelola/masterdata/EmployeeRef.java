package io.kelola.masterdata;

/** An active employee (operator, driver…). */
public record EmployeeRef(long id, String code, String name, String dept, String position) {}
