/**
 * Master data (seed 002 §1.1, §1.6, §1.8): customers, items, vendors, machines, employees,
 * warehouses with their storage locations, unit conversions and certificates. Masters are
 * addressed by business code; other modules resolve them through {@link
 * io.kelola.masterdata.MasterLookup} and never write master tables.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "audit", "events", "web", "files"})
package io.kelola.masterdata;
