package io.kelola.masterdata.domain;

import static io.kelola.masterdata.domain.FieldSpec.decimal;
import static io.kelola.masterdata.domain.FieldSpec.text;

import io.kelola.audit.AuditActions;
import io.kelola.audit.AuditEntry;
import io.kelola.audit.AuditTrail;
import io.kelola.shared.security.CurrentUser;
import io.kelola.shared.web.BusinessRuleException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Unit conversions of one item ({@code 1 fromUom = factor × toUom}), used by {@code MasterLookup.toBaseUnit}. */
@Service
@Transactional
public class ConversionService {

  public static final List<FieldSpec> FIELDS = List.of(
      text("fromUom", "from_uom", 10).mandatory(),
      text("toUom", "to_uom", 10).mandatory(),
      decimal("factor", "factor", new BigDecimal("0.000001"), null, 12, 6).mandatory());

  private static final List<MasterKind.CrossCheck> CHECKS = List.of(v ->
      ((String) v.get("fromUom")).equalsIgnoreCase((String) v.get("toUom"))
          ? new FieldProblem("toUom", "master.conversion.sameUnit") : null);

  /** One conversion as the API shows it. */
  public record Conversion(String fromUom, String toUom, BigDecimal factor) {}

  private final JdbcClient jdbc;
  private final MasterService masters;
  private final MasterKinds kinds;
  private final AuditTrail audit;

  ConversionService(JdbcClient jdbc, MasterService masters, MasterKinds kinds, AuditTrail audit) {
    this.jdbc = jdbc;
    this.masters = masters;
    this.kinds = kinds;
    this.audit = audit;
  }

  @Transactional(readOnly = true)
  public List<Conversion> list(String itemCode) {
    return jdbc.sql("SELECT from_uom, to_uom, factor FROM m_uom_conv WHERE item_id = :item ORDER BY from_uom, to_uom")
        .param("item", item(itemCode).id())
        .query((rs, n) -> new Conversion(rs.getString(1), rs.getString(2), rs.getBigDecimal(3).stripTrailingZeros()))
        .list();
  }

  public Conversion add(String itemCode, Map<String, ?> input) {
    var item = item(itemCode);
    var result = MasterValidator.validate(FIELDS, CHECKS, input);
    if (!result.ok()) throw new InvalidMasterException(result.problems());
    var from = ((String) result.values().get("fromUom")).toUpperCase(java.util.Locale.ROOT);
    var to = ((String) result.values().get("toUom")).toUpperCase(java.util.Locale.ROOT);
    var factor = (BigDecimal) result.values().get("factor");
    boolean taken = jdbc.sql("""
            SELECT EXISTS (SELECT 1 FROM m_uom_conv WHERE item_id = :item
              AND ((upper(from_uom) = :from AND upper(to_uom) = :to) OR (upper(from_uom) = :to AND upper(to_uom) = :from)))""")
        .param("item", item.id()).param("from", from).param("to", to).query(Boolean.class).single();
    if (taken) throw BusinessRuleException.conflict("fromUom", "master.conversion.exists", from, to);
    var id = jdbc.sql("""
            INSERT INTO m_uom_conv (item_id, from_uom, to_uom, factor, created_by)
            VALUES (:item, :from, :to, :factor, :user) RETURNING id""")
        .param("item", item.id()).param("from", from).param("to", to).param("factor", factor)
        .param("user", CurrentUser.idOrNull()).query(Long.class).single();
    var created = new Conversion(from, to, factor.stripTrailingZeros());
    audit.record(AuditEntry.of(AuditActions.CREATE, "m_uom_conv", id, itemCode + ":" + from + ">" + to)
        .change(null, created));
    return created;
  }

  public void remove(String itemCode, String from, String to) {
    var item = item(itemCode);
    var id = jdbc.sql("""
            DELETE FROM m_uom_conv WHERE item_id = :item AND upper(from_uom) = upper(:from) AND upper(to_uom) = upper(:to)
            RETURNING id""")
        .param("item", item.id()).param("from", from).param("to", to).query(Long.class).optional()
        .orElseThrow(() -> BusinessRuleException.notFound("master.conversion.notFound"));
    audit.record(AuditEntry.of(AuditActions.DELETE, "m_uom_conv", id, itemCode + ":" + from + ">" + to));
  }

  private MasterRow item(String code) {
    var row = masters.get(kinds.require(MasterKinds.ITEMS), code);
    if (row.deleted()) throw BusinessRuleException.notFound("master.notFound");
    return row;
  }
}
