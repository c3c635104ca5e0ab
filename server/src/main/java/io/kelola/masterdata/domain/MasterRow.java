package io.kelola.masterdata.domain;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** One master row: business code, typed field values by field name, audit times. */
public record MasterRow(long id, String code, Map<String, Object> values, Instant createdAt, Instant updatedAt,
    Instant deletedAt) {

  public MasterRow {
    values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
  }

  public boolean deleted() {
    return deletedAt != null;
  }

  public Object get(String field) {
    return values.get(field);
  }

  /** The API representation: code, every field, and the audit times; never the internal id. */
  public Map<String, Object> toJson() {
    var json = new LinkedHashMap<String, Object>();
    json.put("code", code);
    json.putAll(values);
    json.put("deleted", deleted());
    json.put("createdAt", createdAt);
    json.put("updatedAt", updatedAt);
    if (deletedAt != null) json.put("deletedAt", deletedAt);
    return json;
  }
}
