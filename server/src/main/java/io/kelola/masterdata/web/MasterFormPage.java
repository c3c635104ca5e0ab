package io.kelola.masterdata.web;

import java.util.List;

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
    var canDelete = MasterPageController.can("MASTER.DELETE");
    var deletedLocations = whLocations != null && canDelete ? locations.deletedCodes(row.code()) : List.<String>of();
    var itemConversions = active && MasterKinds.ITEMS.equals(master.kind()) ? conversions.list(row.code()) : null;
    model.addAttribute("view", new MasterFormView(master, row == null ? null : row.code(), deleted, codeInput, form,
        errors, MasterPageController.can("MASTER.MANAGE"), canDelete, done,
        whLocations, MasterKinds.LOCATION_FIELDS, locationForm, itemConversions, ConversionService.FIELDS,
        conversionForm, deletedLocations));
    return "masterdata/form";
  }

  /** The page of an existing record as stored, with one nested form re-shown. */
  String render(Model model, MasterKind master, MasterRow row, SubForm locationForm, SubForm conversionForm) {
    return render(model, master, row, row.deleted(), row.code(), MasterCells.formValues(row.values()),
        FormErrors.NONE, null, locationForm, conversionForm);
  }
}
