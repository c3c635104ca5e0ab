/**
 * One stock ledger for every vertical (seed 002 {@code t_inv}, {@code t_inv_move}; ADR 0009):
 * immutable moves, balances per item × warehouse × location × lot kept in the same transaction,
 * reservations that never oversell, lots with QC status, FEFO picking and lot genealogy for recalls.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "audit", "events", "web", "masterdata"})
package io.kelola.inventory;
