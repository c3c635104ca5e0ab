package io.kelola.masterdata;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Read-only access to active masters for other modules: resolve a business code to a reference,
 * convert quantities to an item's base unit. Soft-deleted masters are not found.
 */
@Service
@Transactional(readOnly = true)
public class MasterLookup {

  /** Quantities are kept with four decimals (NUMERIC(18,4)); conversions round half-up to that. */
  public static final int QTY_SCALE = 4;

  private final JdbcClient jdbc;

  MasterLookup(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public Optional<ItemRef> item(String code) {
    return jdbc.sql(ITEM + " AND code = :code").param("code", code).query(MasterLookup::item).optional();
  }

  public Optional<ItemRef> item(long id) {
    return jdbc.sql(ITEM + " AND id = :id").param("id", id).query(MasterLookup::item).optional();
  }

  public Optional<WarehouseRef> warehouse(String code) {
    return jdbc.sql("SELECT id, code, name FROM m_wh WHERE deleted_at IS NULL AND code = :code").param("code", code)
        .query((rs, n) -> new WarehouseRef(rs.getLong("id"), rs.getString("code"), rs.getString("name"))).optional();
  }

  public Optional<LocationRef> location(String warehouseCode, String locationCode) {
    return jdbc.sql("""
            SELECT l.id, l.wh_id, w.code AS wh_code, l.code, l.kind, l.temp_min, l.temp_max, l.cap_units
            FROM m_loc l JOIN m_wh w ON w.id = l.wh_id
            WHERE l.deleted_at IS NULL AND w.deleted_at IS NULL AND w.code = :wh AND l.code = :loc""")
        .param("wh", warehouseCode).param("loc", locationCode)
        .query((rs, n) -> new LocationRef(rs.getLong("id"), rs.getLong("wh_id"), rs.getString("wh_code"),
            rs.getString("code"), rs.getString("kind"), rs.getBigDecimal("temp_min"), rs.getBigDecimal("temp_max"),
            rs.getBigDecimal("cap_units")))
        .optional();
  }

  public Optional<PartyRef> customer(String code) {
    return party("m_cust", code);
  }

  public Optional<PartyRef> vendor(String code) {
    return party("m_vendor", code);
  }

  /** A customer with credit limit and payment terms. */
  public Optional<CustomerTerms> customerTerms(String code) {
    return jdbc.sql("""
            SELECT id, code, name, segment, credit_lim, term_days FROM m_cust
            WHERE deleted_at IS NULL AND code = :code""")
        .param("code", code)
        .query((rs, n) -> new CustomerTerms(rs.getLong("id"), rs.getString("code"), rs.getString("name"),
            rs.getString("segment"), rs.getBigDecimal("credit_lim"), rs.getInt("term_days")))
        .optional();
  }

  /** A vendor with payment terms. */
  public Optional<VendorTerms> vendorTerms(String code) {
    return jdbc.sql("SELECT id, code, name, term_days FROM m_vendor WHERE deleted_at IS NULL AND code = :code")
        .param("code", code)
        .query((rs, n) -> new VendorTerms(rs.getLong("id"), rs.getString("code"), rs.getString("name"),
            rs.getInt("term_days")))
        .optional();
  }

  public Optional<MachineRef> machine(String code) {
    return jdbc.sql(MACHINE + " AND code = :code").param("code", code).query(MasterLookup::machine).optional();
  }

  /** Active machines by code (capped at {@code limit}). */
  public java.util.List<MachineRef> machines(int limit) {
    return jdbc.sql(MACHINE + " ORDER BY code LIMIT :limit").param("limit", limit).query(MasterLookup::machine)
        .list();
  }

  public Optional<EmployeeRef> employee(String code) {
    return jdbc.sql(EMPLOYEE + " AND code = :code").param("code", code).query(MasterLookup::employee).optional();
  }

  /** Active employees by code (capped at {@code limit}). */
  public java.util.List<EmployeeRef> employees(int limit) {
    return jdbc.sql(EMPLOYEE + " ORDER BY code LIMIT :limit").param("limit", limit).query(MasterLookup::employee)
        .list();
  }

  /** Active vendors by code, for choosing one in a form (capped at {@code limit}). */
  public java.util.List<PartyRef> vendors(int limit) {
    return parties("m_vendor", limit);
  }

  /**
   * {@code qty} given in {@code uom}, expressed in the item's base unit, rounded half-up to {@link
   * #QTY_SCALE} decimals. An item-specific conversion wins over a global one; the reverse direction of
   * a defined conversion is used when only that exists.
   *
   * @throws UnknownUnitConversionException when no conversion is defined
   */
  public BigDecimal toBaseUnit(ItemRef item, BigDecimal qty, String uom) {
    Objects.requireNonNull(qty, "qty");
    if (uom == null || uom.equalsIgnoreCase(item.uom())) return qty.setScale(QTY_SCALE, RoundingMode.HALF_UP);
    var factor = jdbc.sql("""
            SELECT CASE WHEN upper(from_uom) = upper(:from) THEN factor ELSE 1 / factor END
            FROM m_uom_conv
            WHERE (item_id = :item OR item_id IS NULL)
              AND ((upper(from_uom) = upper(:from) AND upper(to_uom) = upper(:to))
                OR (upper(from_uom) = upper(:to) AND upper(to_uom) = upper(:from)))
            ORDER BY item_id NULLS LAST, (upper(from_uom) = upper(:from)) DESC
            LIMIT 1""")
        .param("item", item.id()).param("from", uom).param("to", item.uom())
        .query(BigDecimal.class).optional()
        .orElseThrow(() -> new UnknownUnitConversionException(item.code(), uom, item.uom()));
    return qty.multiply(factor).setScale(QTY_SCALE, RoundingMode.HALF_UP);
  }

  /** Active customers by code, for choosing one in a form (capped at {@code limit}). */
  public java.util.List<PartyRef> customers(int limit) {
    return parties("m_cust", limit);
  }

  /** Active items tracked per lot and expiry (materials that can carry a QC spec), by code. */
  public java.util.List<ItemRef> materials(int limit) {
    return jdbc.sql(ITEM + " AND is_lot_track AND is_exp_track ORDER BY code LIMIT :limit").param("limit", limit)
        .query(MasterLookup::item).list();
  }

  private java.util.List<PartyRef> parties(String table, int limit) {
    return jdbc.sql("SELECT id, code, name FROM " + table + " WHERE deleted_at IS NULL ORDER BY code LIMIT :limit")
        .param("limit", limit)
        .query((rs, n) -> new PartyRef(rs.getLong("id"), rs.getString("code"), rs.getString("name"))).list();
  }

  private Optional<PartyRef> party(String table, String code) {
    return jdbc.sql("SELECT id, code, name FROM " + table + " WHERE deleted_at IS NULL AND code = :code")
        .param("code", code)
        .query((rs, n) -> new PartyRef(rs.getLong("id"), rs.getString("code"), rs.getString("name"))).optional();
  }

  private static final String ITEM = """
      SELECT id, code, name, category, uom, is_lot_track, is_exp_track, temp_min, temp_max, shelf_days, reorder_pt
      FROM m_item WHERE deleted_at IS NULL""";

  private static final String MACHINE = """
      SELECT id, code, name, location, cap_per_hr, run_hours, last_maint_dt FROM m_machine WHERE deleted_at IS NULL""";

  private static final String EMPLOYEE = "SELECT id, code, name, dept, position FROM m_emp WHERE deleted_at IS NULL";

  private static MachineRef machine(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
    return new MachineRef(rs.getLong("id"), rs.getString("code"), rs.getString("name"), rs.getString("location"),
        rs.getBigDecimal("cap_per_hr"), rs.getBigDecimal("run_hours"), rs.getObject("last_maint_dt", java.time.LocalDate.class));
  }

  private static EmployeeRef employee(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
    return new EmployeeRef(rs.getLong("id"), rs.getString("code"), rs.getString("name"), rs.getString("dept"),
        rs.getString("position"));
  }

  private static ItemRef item(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
    return new ItemRef(rs.getLong("id"), rs.getString("code"), rs.getString("name"), rs.getString("category"),
        rs.getString("uom"), rs.getBoolean("is_lot_track"), rs.getBoolean("is_exp_track"),
        rs.getBigDecimal("temp_min"), rs.getBigDecimal("temp_max"),
        (Integer) rs.getObject("shelf_days"), rs.getBigDecimal("reorder_pt"));
  }
}
