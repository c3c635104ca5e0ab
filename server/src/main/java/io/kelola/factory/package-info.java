/**
 * Sentient Factory ERP (seed 002 §1.2–§1.8): sales orders and deliveries, purchase orders and goods
 * receipts, work orders with QC, shift logs and OEE, maintenance, receivables/payables and cash,
 * status history with SLA tracking, and the management dashboard. Stock moves only through the
 * inventory ledger. Sub-packages: {@code core} (numbers, SLA, settings), {@code sales},
 * {@code purchasing}, {@code production}, {@code finance}, {@code reporting} (dashboard and rollups),
 * {@code approvals} (the inbox).
 */
@org.springframework.modulith.ApplicationModule(
    allowedDependencies = {"shared", "audit", "events", "web", "masterdata", "inventory"})
package io.kelola.factory;
