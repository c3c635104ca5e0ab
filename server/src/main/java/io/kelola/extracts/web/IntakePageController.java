package io.kelola.extracts.web;

import io.kelola.extracts.domain.IntakeRequest;
import io.kelola.extracts.domain.LotIntake;
import io.kelola.masterdata.ItemRef;
import io.kelola.masterdata.MasterLookup;
import io.kelola.shared.security.RequiresPermission;
import io.kelola.shared.web.BusinessRuleException;
import io.kelola.web.FormErrors;
import io.kelola.web.FormMessages;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * Step 1 of seed 000 on a tablet: the operator registers a lot with its sample photos and the
 * supplier's CoA. A refused submit re-renders the form with the message next to its field; success
 * goes to the new lot's page.
 */
@Controller
class IntakePageController {

  static final int MAX_PHOTOS = 10;
  private static final String PAGE = "sari/intake";
  private static final Set<String> FIELDS = Set.of("vendor", "item", "qty", "uom", "supplierLot", "harvestDate",
      "expDate", "intakeTemp", "market", "coa", "photos");

  private final LotIntake intake;
  private final MasterLookup masters;
  private final FormMessages messages;

  IntakePageController(LotIntake intake, MasterLookup masters, FormMessages messages) {
    this.intake = intake;
    this.masters = masters;
    this.messages = messages;
  }

  @GetMapping(LotQcPaths.NEW_LOT)
  @RequiresPermission("LOT.INTAKE")
  String form(Model model) {
    return render(model, IntakeForm.EMPTY, FormErrors.NONE);
  }

  @PostMapping(LotQcPaths.NEW_LOT)
  @RequiresPermission("LOT.INTAKE")
  String submit(@ModelAttribute IntakeForm input, @RequestParam(required = false) MultipartFile coa,
      @RequestParam(required = false) List<MultipartFile> photos, HttpServletResponse response, Model model) {
    var form = input.trimmed();
    try {
      var lot = intake.take(new IntakeRequest(form.vendor(), form.item(), decimal("qty", form.qty()),
          form.uom(), form.supplierLot(), date("harvestDate", form.harvestDate()), date("expDate", form.expDate()),
          decimal("intakeTemp", form.intakeTemp()), form.market(), upload("coa", coa), uploads(photos)));
      return "redirect:" + LotQcPaths.lot(lot.lotCode()) + "?done=created";
    } catch (BusinessRuleException e) {
      response.setStatus(e.status().value());
      var errors = e.field() != null && FIELDS.contains(e.field()) ? messages.of(e) : new FormErrors(Map.of(), messages.text(e));
      return render(model, form, errors);
    }
  }

  private String render(Model model, IntakeForm form, FormErrors errors) {
    var items = masters.materials(500);
    var uoms = items.stream().map(ItemRef::uom).distinct().sorted().toList();
    model.addAttribute("view", new IntakeView(form, errors, masters.vendors(500), items, uoms,
        List.of("DOMESTIC", "EXPORT"), MAX_PHOTOS));
    return PAGE;
  }

  private static List<IntakeRequest.Upload> uploads(List<MultipartFile> files) {
    var out = new ArrayList<IntakeRequest.Upload>();
    if (files == null) return out;
    if (files.size() > MAX_PHOTOS) throw BusinessRuleException.invalid("photos", "sari.intake.photoCount", MAX_PHOTOS);
    for (var f : files) {
      var u = upload("photos", f);
      if (u != null) out.add(u);
    }
    return out;
  }

  private static IntakeRequest.Upload upload(String field, MultipartFile f) {
    if (f == null || f.isEmpty()) return null;
    try {
      return new IntakeRequest.Upload(f.getOriginalFilename(), f.getBytes());
    } catch (IOException e) {
      throw BusinessRuleException.invalid(field, "files.file.unreadable");
    }
  }

  /** Indonesian decimals ("12,5") are accepted as well as a dot. */
  static BigDecimal decimal(String field, String text) {
    if (text == null || text.isBlank()) return null;
    try {
      return new BigDecimal(text.replace(" ", "").replace(',', '.'));
    } catch (NumberFormatException e) {
      throw BusinessRuleException.invalid(field, "sari.page.number.invalid");
    }
  }

  static LocalDate date(String field, String text) {
    if (text == null || text.isBlank()) return null;
    try {
      return LocalDate.parse(text);
    } catch (DateTimeParseException e) {
      throw BusinessRuleException.invalid(field, "sari.page.date.invalid");
    }
  }
}
