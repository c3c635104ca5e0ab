package io.kelola.masterdata.domain;

import io.kelola.shared.DemoMode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Demo masters (seed 002 §1.8.A plus SARI cold-chain and workshop samples), loaded only in demo mode
 * and only for codes that do not exist yet. Reorder points make the seed's stock sample read Low for
 * ITM-003 and ITM-004 and OK for the others. Rows go through the same validation as user input.
 */
@Component
@Order(100)
class DemoMasters implements ApplicationRunner {

  private static final Logger log = LoggerFactory.getLogger(DemoMasters.class);

  private final DemoMode demo;
  private final MasterKinds kinds;
  private final MasterRepository masters;
  private final LocationRepository locations;
  private final JdbcClient jdbc;
  private final TransactionTemplate tx;
  private final Clock clock;

  DemoMasters(DemoMode demo, MasterKinds kinds, MasterRepository masters, LocationRepository locations,
      JdbcClient jdbc, TransactionTemplate tx, Clock clock) {
    this.demo = demo;
    this.kinds = kinds;
    this.masters = masters;
    this.locations = locations;
    this.jdbc = jdbc;
    this.tx = tx;
    this.clock = clock;
  }

  @Override
  public void run(ApplicationArguments args) {
    if (!demo.enabled()) return;
    int added = tx.execute(status -> load());
    if (added > 0) log.info("Loaded {} demo master records", added);
  }

  private int load() {
    int n = 0;
    n += add(MasterKinds.CUSTOMERS, List.of(
        row("CUST-001", "name", "PT ABC Manufacturing", "segment", "VIP", "creditLimit", "500000000"),
        row("CUST-002", "name", "CV XYZ Trading", "segment", "Regular", "creditLimit", "100000000"),
        row("CUST-003", "name", "PT Maju Jaya", "segment", "VIP", "creditLimit", "750000000"),
        row("CUST-004", "name", "UD Sentosa", "segment", "Regular", "creditLimit", "50000000"),
        row("CUST-005", "name", "PT Global Tech", "segment", "VIP", "creditLimit", "1000000000")));
    n += add(MasterKinds.ITEMS, List.of(
        row("ITM-001", "name", "Widget Pro X1", "category", "Finished Goods", "stdCost", "45000", "sellPrice", "65000",
            "uom", "PCS", "reorderPoint", "500"),
        row("ITM-002", "name", "Component Alpha", "category", "Raw Material", "stdCost", "12500", "uom", "KG",
            "lotTracked", "true", "reorderPoint", "200"),
        row("ITM-003", "name", "Assembly Kit B", "category", "WIP", "stdCost", "85000", "sellPrice", "125000",
            "uom", "SET", "reorderPoint", "320"),
        row("ITM-004", "name", "Steel Plate 3mm", "category", "Raw Material", "stdCost", "75000", "uom", "LBR",
            "lotTracked", "true", "reorderPoint", "150"),
        row("ITM-005", "name", "Motor DC 12V", "category", "Component", "stdCost", "150000", "sellPrice", "220000",
            "uom", "PCS", "reorderPoint", "300"),
        row("EXT-001", "name", "Ekstrak Jahe Merah", "category", "Raw Material", "stdCost", "185000", "uom", "KG",
            "lotTracked", "true", "expiryTracked", "true", "tempMin", "2", "tempMax", "8", "shelfDays", "365",
            "reorderPoint", "50"),
        row("EXT-002", "name", "Ekstrak Kunyit", "category", "Raw Material", "stdCost", "120000", "uom", "KG",
            "lotTracked", "true", "expiryTracked", "true", "tempMin", "2", "tempMax", "8", "shelfDays", "365",
            "reorderPoint", "50"),
        row("PRT-001", "name", "Filter Oli", "category", "Part", "stdCost", "35000", "sellPrice", "55000",
            "uom", "PCS", "reorderPoint", "20")));
    n += add(MasterKinds.VENDORS, List.of(
        row("VND-001", "name", "PT Baja Makmur", "addr", "Cikarang, Bekasi", "otdScore", "92.5", "qualityScore", "88"),
        row("VND-002", "name", "CV Jaya Abadi", "addr", "Tangerang", "otdScore", "85", "qualityScore", "91"),
        row("VND-003", "name", "PT Global Supply", "addr", "Surabaya", "otdScore", "78.5", "qualityScore", "82")));
    n += add(MasterKinds.MACHINES, List.of(
        row("MCH-001", "name", "CNC Milling A1", "location", "Plant 1 - Line A", "capacityPerHour", "120",
            "runHours", "8540"),
        row("MCH-002", "name", "Injection Molding B2", "location", "Plant 1 - Line B", "capacityPerHour", "200",
            "runHours", "12350"),
        row("MCH-003", "name", "Welding Robot C1", "location", "Plant 2", "capacityPerHour", "80",
            "runHours", "5200")));
    n += add(MasterKinds.EMPLOYEES, List.of(
        row("3201010101900001", "name", "Budi Santoso", "dept", "Produksi", "position", "Operator", "shift", "1"),
        row("3201010101900002", "name", "Siti Rahayu", "dept", "Gudang", "position", "Staf Gudang", "shift", "2"),
        row("3201010101900003", "name", "Agus Pratama", "dept", "QC", "position", "Inspektur QC", "shift", "1"),
        row("3201010101900004", "name", "Dewi Lestari", "dept", "Bengkel", "position", "Mekanik", "shift", "3"),
        // the drivers of the seed's delivery orders (§1.8.B t_do)
        row("3201010101900005", "name", "Pak Budi", "dept", "Logistik", "position", "Sopir", "shift", "1"),
        row("3201010101900006", "name", "Pak Joko", "dept", "Logistik", "position", "Sopir", "shift", "1")));
    n += add(MasterKinds.WAREHOUSES, List.of(
        row("WH-A1", "name", "Gudang Bahan Baku", "zone", "A", "capacityM3", "5000"),
        row("WH-B1", "name", "Gudang Finished Goods", "zone", "B", "capacityM3", "3500"),
        row("WH-C1", "name", "Gudang WIP", "zone", "C", "capacityM3", "2000"),
        row("WH-CS1", "name", "Gudang Dingin", "zone", "CS", "capacityM3", "600")));
    for (var wh : List.of("WH-A1", "WH-B1", "WH-C1")) n += location(wh, row("QUAR", "kind", "QUARANTINE"));
    for (var slot : List.of("01", "02", "03")) {
      n += location("WH-CS1", row("CS-A-" + slot, "zone", "A", "rack", "A", "slot", slot, "kind", "STORAGE",
          "tempMin", "2", "tempMax", "8", "capUnits", "500"));
    }
    n += location("WH-CS1", row("QUAR-01", "kind", "QUARANTINE", "tempMin", "2", "tempMax", "8"));
    n += location("WH-CS1", row("REJ-01", "kind", "REJECT", "tempMin", "2", "tempMax", "8"));
    var today = LocalDate.now(clock);
    n += certificate("VND-001", "HALAL", "ID00110000123450125", "BPJPH", today.minusMonths(6), today.plusYears(3));
    n += certificate("VND-003", "BPOM", "MD 224510001234", "Badan POM", today.minusYears(3), today.minusDays(20));
    return n;
  }

  private static Map<String, String> row(String code, String... pairs) {
    var row = new LinkedHashMap<String, String>();
    row.put("code", code);
    for (int i = 0; i < pairs.length; i += 2) row.put(pairs[i], pairs[i + 1]);
    return row;
  }

  private int add(String kindName, List<Map<String, String>> rows) {
    var kind = kinds.require(kindName);
    int n = 0;
    for (var row : rows) {
      var code = row.get("code");
      if (masters.find(kind, code).isPresent()) continue;
      masters.insert(kind, code, valid(kind.fields(), kind.checks(), row), null);
      n++;
    }
    return n;
  }

  private int location(String warehouse, Map<String, String> row) {
    var wh = masters.find(kinds.require(MasterKinds.WAREHOUSES), warehouse).orElseThrow();
    if (locations.codeTaken(wh.id(), row.get("code"))) return 0;
    locations.insert(wh.id(), row.get("code"), valid(MasterKinds.LOCATION_FIELDS, List.of(MasterKinds.TEMP_RANGE), row),
        null);
    return 1;
  }

  private int certificate(String vendor, String type, String number, String issuer, LocalDate from, LocalDate to) {
    return jdbc.sql("""
            INSERT INTO m_cert (vendor_id, cert_type, cert_no, issuer, valid_from, valid_to)
            SELECT v.id, :type, :no, :issuer, :from, :to FROM m_vendor v
            WHERE v.code = :vendor AND NOT EXISTS (SELECT 1 FROM m_cert c WHERE c.vendor_id = v.id AND c.cert_no = :no)""")
        .param("vendor", vendor).param("type", type).param("no", number).param("issuer", issuer)
        .param("from", from).param("to", to).update();
  }

  private static Map<String, Object> valid(List<FieldSpec> fields, List<MasterKind.CrossCheck> checks,
      Map<String, String> row) {
    var input = new LinkedHashMap<>(row);
    input.remove("code");
    var result = MasterValidator.validate(fields, checks, input);
    if (!result.ok()) throw new IllegalStateException("Invalid demo master " + row + ": " + result.problems());
    return result.values();
  }
}
