package io.kelola.masterdata.web;

import io.kelola.masterdata.domain.ConversionService.Conversion;
import io.kelola.masterdata.domain.FieldSpec;
import io.kelola.masterdata.domain.LocationRow;
import io.kelola.masterdata.domain.MasterKind;
import io.kelola.web.FormErrors;
import java.util.List;
import java.util.Map;

/**
 * The create or edit page of one master record: the form as typed, its errors, and for an
 * existing record its state, (warehouses) its locations and (items) its unit conversions. Template view model.
 *
 * @param code null on the create page
 * @param done the success code of the last action (created, saved, restored…) or null
 * @param locations null unless the record is an active warehouse
 * @param conversions null unless the record is an active item
 * @param deletedLocations codes of soft-deleted locations, shown only to MASTER.DELETE holders (empty otherwise)
 */
public record MasterFormView(MasterKind kind, String code, boolean deleted, String codeInput, Map<String, String> form,
    FormErrors errors, boolean canManage, boolean canDelete, String done, List<LocationRow> locations,
    List<FieldSpec> locationFields, SubForm locationForm, List<Conversion> conversions,
    List<FieldSpec> conversionFields, SubForm conversionForm, List<String> deletedLocations) {

  public boolean creating() {
    return code == null;
  }

  public String value(String field) {
    return form.getOrDefault(field, "");
  }

  public String path() {
    return "/master/" + kind.kind();
  }

  public String action() {
    return creating() ? path() + "/new" : path() + "/" + code;
  }

  public boolean hasLocations() {
    return locations != null;
  }

  public boolean hasConversions() {
    return conversions != null;
  }
}
