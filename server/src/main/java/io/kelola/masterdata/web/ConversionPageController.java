package io.kelola.masterdata.web;

import io.kelola.masterdata.domain.ConversionService;
import io.kelola.masterdata.domain.MasterKinds;
import io.kelola.masterdata.domain.MasterService;
import io.kelola.shared.security.RequiresPermission;
import io.kelola.shared.web.BusinessRuleException;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The "unit conversions" section of the item page: add one with inline errors, remove one. */
@Controller
class ConversionPageController {

  private final ConversionService conversions;
  private final MasterService masters;
  private final MasterKinds kinds;
  private final MasterFormPage page;
  private final MasterFormErrors formErrors;

  ConversionPageController(ConversionService conversions, MasterService masters, MasterKinds kinds,
      MasterFormPage page, MasterFormErrors formErrors) {
    this.conversions = conversions;
    this.masters = masters;
    this.kinds = kinds;
    this.page = page;
    this.formErrors = formErrors;
  }

  @PostMapping("/master/items/{code}/conversions")
  @RequiresPermission("MASTER.MANAGE")
  String add(@PathVariable String code, @RequestParam MultiValueMap<String, String> params,
      HttpServletResponse response, Model model) {
    var items = kinds.require(MasterKinds.ITEMS);
    var item = masters.get(items, code);
    var input = MasterPageController.input(ConversionService.FIELDS, params, false);
    try {
      conversions.add(code, input);
      return MasterPageController.redirect(items, code, "conversionAdded");
    } catch (BusinessRuleException e) {
      if (e.status() == HttpStatus.NOT_FOUND) throw e;
      response.setStatus(e.status().value());
      return page.render(model, items, item, SubForm.EMPTY, new SubForm(input, formErrors.of(e)));
    }
  }

  @PostMapping("/master/items/{code}/conversions/{from}/{to}/delete")
  @RequiresPermission("MASTER.MANAGE")
  String remove(@PathVariable String code, @PathVariable String from, @PathVariable String to) {
    conversions.remove(code, from, to);
    return MasterPageController.redirect(kinds.require(MasterKinds.ITEMS), code, "conversionRemoved");
  }
}
