package io.kelola.masterdata.web;

import io.kelola.masterdata.domain.LocationService;
import io.kelola.masterdata.domain.MasterKinds;
import io.kelola.masterdata.domain.MasterService;
import io.kelola.shared.security.RequiresPermission;
import io.kelola.shared.web.BusinessRuleException;
import io.kelola.web.FormErrors;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Storage locations from the warehouse page: add (inline on that page), edit on their own page, delete. */
@Controller
class LocationPageController {

  private final LocationService locations;
  private final MasterService masters;
  private final MasterKinds kinds;
  private final MasterFormPage page;
  private final MasterFormErrors formErrors;

  LocationPageController(LocationService locations, MasterService masters, MasterKinds kinds, MasterFormPage page,
      MasterFormErrors formErrors) {
    this.locations = locations;
    this.masters = masters;
    this.kinds = kinds;
    this.page = page;
    this.formErrors = formErrors;
  }

  @PostMapping("/master/warehouses/{code}/locations")
  @RequiresPermission("MASTER.MANAGE")
  String create(@PathVariable String code, @RequestParam MultiValueMap<String, String> params,
      HttpServletResponse response, Model model) {
    var warehouses = kinds.require(MasterKinds.WAREHOUSES);
    var warehouse = masters.get(warehouses, code);
    var input = MasterPageController.input(MasterKinds.LOCATION_FIELDS, params, true);
    try {
      locations.create(code, input);
      return MasterPageController.redirect(warehouses, code, "locationCreated");
    } catch (BusinessRuleException e) {
      if (e.status() == HttpStatus.NOT_FOUND) throw e;
      response.setStatus(e.status().value());
      return page.render(model, warehouses, warehouse, new SubForm(input, formErrors.of(e)), SubForm.EMPTY);
    }
  }

  @GetMapping("/master/warehouses/{code}/locations/{location}")
  @RequiresPermission("MASTER.READ")
  String edit(@PathVariable String code, @PathVariable String location, Model model) {
    var row = locations.get(code, location);
    return render(model, code, location, MasterCells.formValues(row.values()), FormErrors.NONE);
  }

  @PostMapping("/master/warehouses/{code}/locations/{location}")
  @RequiresPermission("MASTER.MANAGE")
  String update(@PathVariable String code, @PathVariable String location,
      @RequestParam MultiValueMap<String, String> params, HttpServletResponse response, Model model) {
    locations.get(code, location);
    var input = MasterPageController.input(MasterKinds.LOCATION_FIELDS, params, false);
    try {
      locations.update(code, location, input);
      return MasterPageController.redirect(kinds.require(MasterKinds.WAREHOUSES), code, "locationSaved");
    } catch (BusinessRuleException e) {
      if (e.status() == HttpStatus.NOT_FOUND) throw e;
      response.setStatus(e.status().value());
      return render(model, code, location, input, formErrors.of(e));
    }
  }

  @PostMapping("/master/warehouses/{code}/locations/{location}/delete")
  @RequiresPermission("MASTER.DELETE")
  String delete(@PathVariable String code, @PathVariable String location) {
    locations.delete(code, location);
    return MasterPageController.redirect(kinds.require(MasterKinds.WAREHOUSES), code, "locationDeleted");
  }

  @PostMapping("/master/warehouses/{code}/locations/{location}/restore")
  @RequiresPermission("MASTER.DELETE")
  String restore(@PathVariable String code, @PathVariable String location) {
    locations.restore(code, location);
    return MasterPageController.redirect(kinds.require(MasterKinds.WAREHOUSES), code, "locationRestored");
  }

  private String render(Model model, String warehouse, String location, Map<String, String> form, FormErrors errors) {
    model.addAttribute("view", new LocationFormView(warehouse, location, MasterKinds.LOCATION_FIELDS, form, errors,
        MasterPageController.can("MASTER.MANAGE"), MasterPageController.can("MASTER.DELETE")));
    return "masterdata/location";
  }
}
