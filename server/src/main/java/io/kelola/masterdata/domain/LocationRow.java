package io.kelola.masterdata.domain;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** A storage location of a warehouse: code and its field values (zone, rack, slot, kind…). */
public record LocationRow(long id, String warehouseCode, String code, Map<String, Object> values) {

  public LocationRow {
    values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
  }

  public Object get(String field) {
    return values.get(field);
  }

  public Map<String, Object> toJson() {
    var json = new LinkedHashMap<String, Object>();
    json.put("warehouse", warehouseCode);
    json.put("code", code);
    json.putAll(values);
    return json;
  }
}
