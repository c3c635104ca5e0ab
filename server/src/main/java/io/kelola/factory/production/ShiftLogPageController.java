package io.kelola.factory.production;

import io.kelola.factory.production.ShiftLogRecords.NewShiftLog;
import io.kelola.shared.security.AuthenticatedEndpoint;
import io.kelola.shared.security.RequiresPermission;
import io.kelola.shared.web.BusinessRuleException;
import io.kelola.shared.web.Formats;
import io.kelola.shared.web.Msg;
import io.kelola.shared.web.PageQuery;
import io.kelola.web.FormErrors;
import io.kelola.web.FormMessages;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The operator's tablet page for a shift's output (big touch targets, number pads) and the shift-log
 * list with OEE per machine. A saved log returns to an empty input page with a confirmation.
 */
@Controller
class ShiftLogPageController {

  static final String PATH = "/factory/shift-logs";

  private final ShiftLogs logs;
  private final Choices choices;
  private final FormMessages messages;
  private final MessageSource source;
  private final Clock clock;

  ShiftLogPageController(ShiftLogs logs, Choices choices, FormMessages messages, MessageSource source, Clock clock) {
    this.logs = logs;
    this.choices = choices;
    this.messages = messages;
    this.source = source;
    this.clock = clock;
  }

  @GetMapping(PATH + "/new")
  @RequiresPermission("SHIFT.INPUT")
  String form(@RequestParam(required = false) String saved, @RequestParam(required = false) String employee,
      Model model) {
    var values = new HashMap<String, String>();
    values.put("date", logs.today().toString());
    values.put("shift", currentShift());
    values.put("plannedMin", String.valueOf(ShiftLogRecords.DEFAULT_PLANNED_MIN));
    values.put("downtimeMin", "0");
    values.put("rejectQty", "0");
    if (employee != null) values.put("employee", employee.strip());
    return render(model, values, FormErrors.NONE, saved);
  }

  @PostMapping(PATH + "/new")
  @RequiresPermission("SHIFT.INPUT")
  String submit(@RequestParam Map<String, String> form, HttpServletResponse response, Model model) {
    var v = new HashMap<String, String>();
    form.forEach((k, val) -> v.put(k, val == null ? "" : val.strip()));
    try {
      var log = logs.create(new NewShiftLog(v.get("machine"), v.get("employee"), PageInput.date("date", v.get("date")),
          v.get("shift"), PageInput.integer("plannedMin", v.get("plannedMin")),
          PageInput.decimal("outputQty", v.get("outputQty")), PageInput.decimal("rejectQty", v.get("rejectQty")),
          PageInput.decimal("downtimeMin", v.get("downtimeMin")), v.get("errorCode"), v.get("woNo")));
      return "redirect:" + PATH + "/new?saved=" + ProductionFormat.url(log.machine() + " · " + Formats.date(log.date())
          + " · shift " + log.shift()) + "&employee=" + ProductionFormat.url(log.employee());
    } catch (BusinessRuleException e) {
      PageInput.status(response, e);
      return render(model, v, messages.of(e), null);
    }
  }

  @GetMapping(PATH)
  @AuthenticatedEndpoint
  String list(@RequestParam(required = false) String from, @RequestParam(required = false) String to,
      @RequestParam(required = false) String machine, @RequestParam(required = false) Integer page,
      HttpServletResponse response, Model model) {
    boolean all = ShiftAccess.seesAll();
    LocalDate[] range;
    String error = null;
    try {
      range = logs.range(PageInput.date("from", from), PageInput.date("to", to));
    } catch (BusinessRuleException e) {
      response.setStatus(400);
      error = messages.text(e);
      range = logs.range(null, null);
    }
    var m = machine == null || machine.isBlank() ? null : machine.strip();
    model.addAttribute("logs", logs.list(PageQuery.of(page, 50, null, null, null), range[0], range[1], m, all));
    var oee = all ? logs.oee(range[0], range[1]) : List.<ShiftLogRecords.Oee>of();
    model.addAttribute("oee", oee);
    // the chart is written as is: OeeChartSvg escapes every text it puts in
    var svg = all ? OeeChartSvg.render(oee, new Msg(source, LocaleContextHolder.getLocale())) : "";
    model.addAttribute("chart", (gg.jte.Content) output -> output.writeContent(svg));
    model.addAttribute("from", range[0].toString());
    model.addAttribute("to", range[1].toString());
    model.addAttribute("machine", m == null ? "" : m);
    model.addAttribute("machines", choices.machines());
    model.addAttribute("all", all);
    model.addAttribute("canInput", PageInput.can("SHIFT.INPUT"));
    model.addAttribute("error", error);
    return "factory/production/shiftList";
  }

  private String render(Model model, Map<String, String> values, FormErrors errors, String saved) {
    model.addAttribute("values", values);
    model.addAttribute("errors", errors);
    model.addAttribute("machines", choices.machines());
    model.addAttribute("employees", choices.employees());
    model.addAttribute("orders", choices.runningOrders());
    model.addAttribute("errorCodes", ShiftLogRecords.ERROR_CODES);
    model.addAttribute("saved", saved);
    model.addAttribute("today", logs.today().toString());
    return "factory/production/shiftNew";
  }

  /** Shift 1 06:00–14:00, 2 14:00–22:00, 3 the night (WIB). */
  private String currentShift() {
    var now = LocalTime.now(clock.withZone(Formats.WIB));
    if (!now.isBefore(LocalTime.of(6, 0)) && now.isBefore(LocalTime.of(14, 0))) return "1";
    if (!now.isBefore(LocalTime.of(14, 0)) && now.isBefore(LocalTime.of(22, 0))) return "2";
    return "3";
  }
}
