package io.kelola.factory.core;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Factory ERP settings ({@code kelola.factory.*}).
 *
 * @param sla SLA targets keyed {@code ENTITY.Type}: {@code SO.Approval}, {@code SO.Processing},
 *     {@code PO.Approval}, {@code DO.Delivery}, {@code WO.Processing}; a document without a target
 *     is not tracked
 * @param poDirectorAbove a PO whose total (before PPN) is above this needs a director's approval
 *     after the manager's
 * @param taxCodes PPN per tax code: rate and the fraction of the price it is charged on (DPP)
 * @param defaultTaxCode tax code of a line that names none
 * @param salesWarehouse warehouse sales orders reserve and ship from unless they name one
 * @param cashAccount cash account payments go to/come from unless they name one
 * @param overdueCron when receivables/payables past due are marked Overdue (WIB)
 * @param slaCron when running SLAs past their target are flagged (WIB)
 */
@ConfigurationProperties("kelola.factory")
public record FactoryProperties(Map<String, Duration> sla, BigDecimal poDirectorAbove, Map<String, TaxCode> taxCodes,
    String defaultTaxCode, String salesWarehouse, String cashAccount, String overdueCron, String slaCron) {

  public FactoryProperties {
    var targets = new LinkedHashMap<String, Duration>(Map.of(
        "SO.Approval", Duration.ofHours(24), "SO.Processing", Duration.ofDays(7),
        "PO.Approval", Duration.ofHours(48), "DO.Delivery", Duration.ofDays(3),
        "WO.Processing", Duration.ofDays(3)));
    if (sla != null) targets.putAll(sla);
    targets.forEach((k, v) -> {
      if (v.isNegative() || v.isZero()) throw new IllegalArgumentException("kelola.factory.sla." + k + " must be positive");
    });
    sla = Map.copyOf(targets);
    if (poDirectorAbove == null) poDirectorAbove = new BigDecimal("25000000");
    if (poDirectorAbove.signum() < 0) throw new IllegalArgumentException("kelola.factory.po-director-above must be ≥ 0");
    var codes = new LinkedHashMap<String, TaxCode>(Map.of(
        // ordinary goods since 2025: 12 % on a DPP of 11/12 of the price (effectively 11 %)
        "PPN", new TaxCode(new BigDecimal("0.12"), new BigDecimal("11"), new BigDecimal("12")),
        // luxury goods (PPnBM list): 12 % on the full price
        "PPN_LUX", new TaxCode(new BigDecimal("0.12"), BigDecimal.ONE, BigDecimal.ONE),
        "EXEMPT", new TaxCode(BigDecimal.ZERO, BigDecimal.ONE, BigDecimal.ONE)));
    if (taxCodes != null) codes.putAll(taxCodes);
    taxCodes = Map.copyOf(codes);
    if (defaultTaxCode == null || defaultTaxCode.isBlank()) defaultTaxCode = "PPN";
    if (!taxCodes.containsKey(defaultTaxCode)) {
      throw new IllegalArgumentException("kelola.factory.default-tax-code " + defaultTaxCode + " is not a tax code");
    }
    if (salesWarehouse == null || salesWarehouse.isBlank()) salesWarehouse = "WH-B1";
    if (cashAccount == null || cashAccount.isBlank()) cashAccount = "KAS-01";
    if (overdueCron == null || overdueCron.isBlank()) overdueCron = "0 5 0 * * *";
    if (slaCron == null || slaCron.isBlank()) slaCron = "0 * * * * *";
  }

  /** The SLA target of an entity and SLA type, if one is configured. */
  public java.util.Optional<Duration> slaTarget(String entityType, String slaType) {
    return java.util.Optional.ofNullable(sla.get(entityType + "." + slaType));
  }
}
