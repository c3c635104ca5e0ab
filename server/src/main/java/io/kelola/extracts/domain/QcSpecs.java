package io.kelola.extracts.domain;

import io.kelola.audit.AuditEntry;
import io.kelola.audit.AuditTrail;
import io.kelola.masterdata.ItemRef;
import io.kelola.masterdata.MasterLookup;
import io.kelola.shared.security.CurrentUser;
import io.kelola.shared.web.BusinessRuleException;
import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.regex.Pattern;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Versioned QC specs per material and market (seed 000 QC; the "specs are versioned"). */
@Service
public class QcSpecs {

  static final List<String> MARKETS = List.of("DOMESTIC", "EXPORT");
  private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]{0,19}");

  private final QcSpecRepository specs;
  private final MasterLookup masters;
  private final AuditTrail audit;

  QcSpecs(QcSpecRepository specs, MasterLookup masters, AuditTrail audit) {
    this.specs = specs;
    this.masters = masters;
    this.audit = audit;
  }

  @Transactional(readOnly = true)
  public List<QcSpec> all() {
    return specs.all();
  }

  /** The spec a new job for this material and market is judged by; 409 when there is none. */
  QcSpec activeFor(ItemRef item, String market) {
    return specs.active(item.id(), market)
        .orElseThrow(() -> BusinessRuleException.conflict("item", "sari.spec.none", item.code(), market));
  }

  @Transactional(readOnly = true)
  public QcSpec byId(long id) {
    return specs.byId(id).orElseThrow();
  }

  /** Adds a version and makes it the active one; earlier versions stay for the jobs judged by them. */
  @Transactional
  public QcSpec publish(QcSpecDraft d) {
    var item = masters.item(Text.required("item", d.item(), 30))
        .orElseThrow(() -> BusinessRuleException.invalid("item", "sari.item.unknown", d.item()));
    var market = market(d.market());
    range("refL", d.refL(), "0", "100");
    range("refA", d.refA(), "-128", "128");
    range("refB", d.refB(), "-128", "128");
    range("deMax", d.deMax(), "0.1", "100");
    range("hazeMax", d.hazeMax(), "0", "100");
    if (d.particleMax() == null || d.particleMax() < 0 || d.particleMax() > 10_000) {
      throw BusinessRuleException.invalid("particleMax", "sari.spec.range", 0, 10_000);
    }
    int area = d.minParticleArea() == null ? 9 : d.minParticleArea();
    if (area < 1 || area > 10_000) throw BusinessRuleException.invalid("minParticleArea", "sari.spec.range", 1, 10_000);
    var conf = d.minConfidence() == null ? new BigDecimal("0.7") : d.minConfidence();
    range("minConfidence", conf, "0", "1");
    var limits = d.labLimits() == null ? List.<QcSpec.LabLimit>of() : d.labLimits();
    var checks = d.checks() == null ? List.<String>of() : d.checks();
    validateLimits(limits);
    if (checks.size() > 20) throw BusinessRuleException.invalid("checks", "sari.spec.tooMany", 20);
    for (var c : checks) Text.required("checks", c, 100);
    var method = Text.optional("method", d.method(), 200);
    var draft = new QcSpecDraft(item.code(), market, d.refL(), d.refA(), d.refB(), d.deMax(), d.hazeMax(),
        d.particleMax(), area, conf, limits, checks, method == null ? "Foto sampel + AI (YOLOv8) + uji lab" : method);
    int version = specs.lockAndNextVersion(item.id(), market);
    long id = specs.insert(item.id(), market, version, draft, CurrentUser.idOrNull());
    var spec = specs.byId(id).orElseThrow();
    audit.record(AuditEntry.of("CREATE", "t_qc_spec", id, spec.uuid().toString()).change(null, spec));
    return spec;
  }

  static String market(String market) {
    var m = market == null || market.isBlank() ? "DOMESTIC" : market.trim().toUpperCase(java.util.Locale.ROOT);
    if (!MARKETS.contains(m)) throw BusinessRuleException.invalid("market", "sari.market.invalid");
    return m;
  }

  private static void validateLimits(List<QcSpec.LabLimit> limits) {
    if (limits.size() > 20) throw BusinessRuleException.invalid("labLimits", "sari.spec.tooMany", 20);
    var codes = new HashSet<String>();
    for (var l : limits) {
      if (l == null || l.code() == null || !CODE.matcher(l.code()).matches()) {
        throw BusinessRuleException.invalid("labLimits", "sari.spec.limitCode");
      }
      if (!codes.add(l.code())) throw BusinessRuleException.invalid("labLimits", "sari.spec.limitDuplicate", l.code());
      Text.required("labLimits", l.name(), 100);
      Text.optional("labLimits", l.unit(), 20);
      Text.optional("labLimits", l.method(), 100);
      if (l.min() == null && l.max() == null) throw BusinessRuleException.invalid("labLimits", "sari.spec.limitBounds", l.code());
      if (l.min() != null && l.max() != null && l.min().compareTo(l.max()) > 0) {
        throw BusinessRuleException.invalid("labLimits", "sari.spec.limitBounds", l.code());
      }
    }
  }

  private static void range(String field, BigDecimal v, String min, String max) {
    if (v == null || v.compareTo(new BigDecimal(min)) < 0 || v.compareTo(new BigDecimal(max)) > 0) {
      throw BusinessRuleException.invalid(field, "sari.spec.range", min, max);
    }
  }
}
