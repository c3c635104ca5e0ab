package io.kelola.masterdata.web;

import io.kelola.masterdata.domain.ConversionService;
import io.kelola.masterdata.domain.LocationService;
import io.kelola.masterdata.domain.MasterKind;
import io.kelola.masterdata.domain.MasterKinds;
import io.kelola.masterdata.domain.MasterRow;
import io.kelola.web.FormErrors;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/** Renders a master's page with its nested sections, so the section controllers can re-show it with their errors. */
@Component
class MasterFormPage {

  private final LocationService locations;
  private final ConversionService conversions;

  MasterFormPage(LocationService locations, ConversionService conversions) {
    this.locations = locations;
    this.conversions = conversions;
  }

  String render(Model model, MasterKind master, MasterRow row, boolean deleted, String codeInput,
      Map<String, String> form, FormErrors errors, String done, SubForm locationForm, SubForm conversionForm) {
    var active = row != null && !row.deleted();
    var whLocations = active && MasterKinds.WAREHOUSES.equals(master.kind()) ? locations.list(row.code()) : null;
    var itemConversions = active && MasterKinds.ITEMS.equals(master.kind()) ? conversions.list(row.code()) : null;
    model.addAttribute("view", new MasterFormView(master, row == null ? null : row.code(), deleted, codeInput, form,
        errors, MasterPageController.can("MASTER.MANAGE"), MasterPageController.can("MASTER.DELETE"), done,
        whLocations, MasterKinds.LOCATION_FIELDS, locationForm, itemConversions, ConversionService.FIELDS,
        conversionForm));
    return "masterdata/form";
  }

  /** The page of an existing record as stored, with one nested form re-shown. */
  String render(Model model, MasterKind master, MasterRow row, SubForm locationForm, SubForm conversionForm) {
    return render(model, master, row, row.deleted(), row.code(), MasterCells.formValues(row.values()),
        FormErrors.NONE, null, locationForm, conversionForm);
  }
}
