package io.kelola.masterdata.web;

import io.kelola.masterdata.domain.FieldSpec;
import io.kelola.web.FormErrors;
import java.util.List;
import java.util.Map;

/** The edit page of one storage location of a warehouse. Template view model. */
public record LocationFormView(String warehouse, String code, List<FieldSpec> fields, Map<String, String> form,
    FormErrors errors, boolean canManage, boolean canDelete) {

  public String value(String field) {
    return form.getOrDefault(field, "");
  }

  public String warehousePath() {
    return "/master/warehouses/" + warehouse;
  }

  public String action() {
    return warehousePath() + "/locations/" + code;
  }
}
