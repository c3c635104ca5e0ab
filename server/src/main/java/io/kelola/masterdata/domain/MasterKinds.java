package io.kelola.masterdata.domain;

import static io.kelola.masterdata.domain.FieldSpec.choice;
import static io.kelola.masterdata.domain.FieldSpec.date;
import static io.kelola.masterdata.domain.FieldSpec.decimal;
import static io.kelola.masterdata.domain.FieldSpec.email;
import static io.kelola.masterdata.domain.FieldSpec.flag;
import static io.kelola.masterdata.domain.FieldSpec.integer;
import static io.kelola.masterdata.domain.FieldSpec.money;
import static io.kelola.masterdata.domain.FieldSpec.text;

import io.kelola.masterdata.domain.MasterKind.CrossCheck;
import io.kelola.masterdata.domain.MasterKind.Dependent;
import io.kelola.shared.web.BusinessRuleException;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;

/**
 * The registry of simple masters (seed 002 §1.1): one description each, looked up by the URL
 * segment. Anything not listed here is not a master, so a path variable can never name a table.
 */
@Component
public class MasterKinds {

  public static final String CUSTOMERS = "customers";
  public static final String ITEMS = "items";
  public static final String VENDORS = "vendors";
  public static final String MACHINES = "machines";
  public static final String EMPLOYEES = "employees";
  public static final String WAREHOUSES = "warehouses";

  private static final BigDecimal ZERO = BigDecimal.ZERO;
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
  /** NUMERIC(5,1) temperatures, °C. */
  private static final BigDecimal TEMP_MIN = new BigDecimal("-99.9");
  private static final BigDecimal TEMP_MAX = new BigDecimal("999.9");
  /** NIK (employee number) or any upper-case business code. */
  private static final Pattern EMPLOYEE_CODE = Pattern.compile("^[A-Z0-9][A-Z0-9._-]{0,29}$");

  /** Location fields (inside a warehouse), validated the same way as a master's. */
  public static final List<FieldSpec> LOCATION_FIELDS = List.of(
      text("zone", "zone", 10).inList(),
      text("rack", "rack", 10).inList(),
      text("slot", "slot", 10).inList(),
      choice("kind", "kind", "STORAGE", "QUARANTINE", "REJECT").orElse("STORAGE").inList(),
      decimal("tempMin", "temp_min", TEMP_MIN, TEMP_MAX, 3, 1).inList(),
      decimal("tempMax", "temp_max", TEMP_MIN, TEMP_MAX, 3, 1).inList(),
      decimal("capUnits", "cap_units", new BigDecimal("0.0001"), null, 14, 4),
      decimal("capacityM3", "capacity_m3", new BigDecimal("0.01"), null, 10, 2));

  public static final CrossCheck TEMP_RANGE = v -> {
    var min = (BigDecimal) v.get("tempMin");
    var max = (BigDecimal) v.get("tempMax");
    return min != null && max != null && min.compareTo(max) > 0
        ? new FieldProblem("tempMax", "master.validation.tempRange") : null;
  };

  private final Map<String, MasterKind> kinds = new LinkedHashMap<>();

  public MasterKinds() {
    add(new MasterKind(CUSTOMERS, "m_cust", MasterKind.DEFAULT_CODE, "master.code.hint", List.of(
        text("name", "name", 150).mandatory().inList(),
        text("addr", "addr", 300),
        text("phone", "phone", 30),
        email("email", "email").inList(),
        choice("segment", "segment", "VIP", "Regular").orElse("Regular").inList(),
        money("creditLimit", "credit_lim").orElse("0").inList(),
        integer("termDays", "term_days", 0, 365).orElse("30"),
        date("lastOrderDate", "last_order_dt")), List.of(), List.of()));
    add(new MasterKind(ITEMS, "m_item", MasterKind.DEFAULT_CODE, "master.code.hint", List.of(
        text("name", "name", 150).mandatory().inList(),
        choice("category", "category", "Finished Goods", "Raw Material", "WIP", "Component", "Part", "Consumable",
            "Service").mandatory().inList(),
        text("uom", "uom", 10).mandatory().inList(),
        money("stdCost", "std_cost").orElse("0").inList(),
        money("sellPrice", "sell_price").inList(),
        flag("lotTracked", "is_lot_track").orElse("false"),
        flag("expiryTracked", "is_exp_track").orElse("false"),
        decimal("tempMin", "temp_min", TEMP_MIN, TEMP_MAX, 3, 1),
        decimal("tempMax", "temp_max", TEMP_MIN, TEMP_MAX, 3, 1),
        integer("shelfDays", "shelf_days", 1, 36_500),
        decimal("reorderPoint", "reorder_pt", ZERO, null, 14, 4).orElse("0").inList()),
        List.of(), List.of(TEMP_RANGE, v -> Boolean.TRUE.equals(v.get("expiryTracked"))
            && !Boolean.TRUE.equals(v.get("lotTracked")) ? new FieldProblem("lotTracked", "master.validation.expiryNeedsLot")
            : null)));
    add(new MasterKind(VENDORS, "m_vendor", MasterKind.DEFAULT_CODE, "master.code.hint", List.of(
        text("name", "name", 150).mandatory().inList(),
        text("addr", "addr", 300).inList(),
        text("phone", "phone", 30),
        email("email", "email"),
        text("bankAccount", "bank_acc", 60),
        integer("termDays", "term_days", 0, 365).orElse("30"),
        decimal("otdScore", "otd_score", ZERO, HUNDRED, 3, 2).inList(),
        decimal("qualityScore", "quality_score", ZERO, HUNDRED, 3, 2).inList()), List.of(), List.of()));
    add(new MasterKind(MACHINES, "m_machine", MasterKind.DEFAULT_CODE, "master.code.hint", List.of(
        text("name", "name", 150).mandatory().inList(),
        text("location", "location", 100).inList(),
        decimal("capacityPerHour", "cap_per_hr", ZERO, null, 10, 2).inList(),
        decimal("runHours", "run_hours", ZERO, null, 11, 1).orElse("0").inList(),
        date("lastMaintenanceDate", "last_maint_dt").inList()), List.of(), List.of()));
    add(new MasterKind(EMPLOYEES, "m_emp", EMPLOYEE_CODE, "master.code.hintEmployee", List.of(
        text("name", "name", 150).mandatory().inList(),
        text("dept", "dept", 60).inList(),
        text("position", "position", 60).inList(),
        choice("shift", "shift", "1", "2", "3").inList()), List.of(), List.of()));
    add(new MasterKind(WAREHOUSES, "m_wh", MasterKind.DEFAULT_CODE, "master.code.hint", List.of(
        text("name", "name", 150).mandatory().inList(),
        text("zone", "zone", 10).inList(),
        decimal("capacityM3", "capacity_m3", ZERO, null, 10, 2).inList()),
        List.of(new Dependent("m_loc", "wh_id", "master.warehouses.hasLocations")), List.of()));
  }

  private void add(MasterKind kind) {
    kinds.put(kind.kind(), kind);
  }

  public Optional<MasterKind> find(String kind) {
    return Optional.ofNullable(kind == null ? null : kinds.get(kind));
  }

  /** The master named by a URL segment; anything else reads as "not found". */
  public MasterKind require(String kind) {
    return find(kind).orElseThrow(() -> BusinessRuleException.notFound("master.kind.notFound"));
  }

  public List<MasterKind> all() {
    return List.copyOf(kinds.values());
  }
}
