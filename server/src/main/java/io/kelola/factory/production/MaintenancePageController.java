package io.kelola.factory.production;

import io.kelola.factory.production.MaintenanceLog.NewMaintenance;
import io.kelola.shared.security.RequiresPermission;
import io.kelola.shared.web.BusinessRuleException;
import io.kelola.web.FormErrors;
import io.kelola.web.FormMessages;
import jakarta.servlet.http.HttpServletResponse;
import java.util.HashMap;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Maintenance per machine (totals, last date, run hours), its records, and the form to add one. */
@Controller
class MaintenancePageController {

  static final String PATH = "/factory/maintenance";

  private final MaintenanceLog log;
  private final Choices choices;
  private final ShiftLogs shifts;
  private final FormMessages messages;

  MaintenancePageController(MaintenanceLog log, Choices choices, ShiftLogs shifts, FormMessages messages) {
    this.log = log;
    this.choices = choices;
    this.shifts = shifts;
    this.messages = messages;
  }

  @GetMapping(PATH)
  @RequiresPermission("MAINT.READ")
  String list(@RequestParam(required = false) String machine, @RequestParam(required = false) String saved,
      Model model) {
    var values = new HashMap<String, String>();
    values.put("date", shifts.today().toString());
    values.put("type", "Preventive");
    values.put("cost", "0");
    return render(model, machine, values, FormErrors.NONE, saved != null);
  }

  @PostMapping(PATH)
  @RequiresPermission("MAINT.MANAGE")
  String create(@RequestParam Map<String, String> form, HttpServletResponse response, Model model) {
    var v = new HashMap<String, String>();
    form.forEach((k, val) -> v.put(k, val == null ? "" : val.strip()));
    try {
      var m = log.record(new NewMaintenance(v.get("machine"), PageInput.date("date", v.get("date")), v.get("type"),
          PageInput.decimal("cost", v.get("cost") == null ? null : v.get("cost").replace(".", "").replace("Rp", "")),
          PageInput.decimal("hours", v.get("hours")), v.get("notes")));
      return "redirect:" + PATH + "?saved=1&machine=" + ProductionFormat.url(m.machine());
    } catch (BusinessRuleException e) {
      PageInput.status(response, e);
      return render(model, null, v, messages.of(e), false);
    }
  }

  private String render(Model model, String machine, Map<String, String> values, FormErrors errors, boolean saved) {
    var filter = machine == null || machine.isBlank() ? null : machine.strip();
    model.addAttribute("summary", log.machines());
    model.addAttribute("records", log.list(filter, 200));
    model.addAttribute("machine", filter == null ? "" : filter);
    model.addAttribute("machines", choices.machines());
    model.addAttribute("values", values);
    model.addAttribute("errors", errors);
    model.addAttribute("saved", saved);
    model.addAttribute("canManage", PageInput.can("MAINT.MANAGE"));
    model.addAttribute("today", shifts.today().toString());
    return "factory/production/maintenance";
  }
}
