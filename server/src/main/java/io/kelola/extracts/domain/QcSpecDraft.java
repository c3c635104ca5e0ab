package io.kelola.extracts.domain;

import java.math.BigDecimal;
import java.util.List;

/** The content of a new QC spec version, as entered (validated by {@link QcSpecs}). */
public record QcSpecDraft(String item, String market, BigDecimal refL, BigDecimal refA, BigDecimal refB,
    BigDecimal deMax, BigDecimal hazeMax, Integer particleMax, Integer minParticleArea, BigDecimal minConfidence,
    List<QcSpec.LabLimit> labLimits, List<String> checks, String method) {}
