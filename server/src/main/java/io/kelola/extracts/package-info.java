/**
 * SARI (seed 000): lot intake with sample photos and the supplier's CoA, AI-assisted QC against
 * versioned specs, human QC review with an e-signature, cold-chain slot assignment, production
 * readiness and dispatch. Stock moves through the inventory ledger; every state change is audited
 * and published with the seed's envelope, owned by the operator who took the lot in.
 */
@org.springframework.modulith.ApplicationModule(
    allowedDependencies = {"shared", "audit", "events", "web", "masterdata", "inventory", "files", "vision", "identity"})
package io.kelola.extracts;
