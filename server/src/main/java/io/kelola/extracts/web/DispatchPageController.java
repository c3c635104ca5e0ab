package io.kelola.extracts.web;

import io.kelola.extracts.domain.DispatchRequest;
import io.kelola.extracts.domain.Dispatches;
import io.kelola.extracts.domain.SariLots;
import io.kelola.masterdata.MasterLookup;
import io.kelola.shared.security.RequiresPermission;
import io.kelola.shared.web.BusinessRuleException;
import io.kelola.web.FormErrors;
import io.kelola.web.FormMessages;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * {@code /sari/dispatches}: ready lots leave for production or a customer; each dispatch moves on
 * (in transit, delivered, cancelled) and collects temperature readings. Every submit redirects on
 * success and re-renders with the message next to the field on refusal. An htmx request (live
 * refresh) gets only the list.
 */
@Controller
class DispatchPageController {

  static final String PATH = "/sari/dispatches";
  private static final String PAGE = "sari/dispatches";
  private static final String PART = "sari/dispatchesList";
  private static final Set<String> DONE = Set.of("created", "status", "reading");

  private final Dispatches dispatches;
  private final SariLots lots;
  private final MasterLookup masters;
  private final FormMessages messages;

  DispatchPageController(Dispatches dispatches, SariLots lots, MasterLookup masters, FormMessages messages) {
    this.dispatches = dispatches;
    this.lots = lots;
    this.masters = masters;
    this.messages = messages;
  }

  @GetMapping(PATH)
  @RequiresPermission("DISPATCH.MANAGE")
  String list(@RequestParam(required = false) String done, @RequestParam(required = false) String no,
      HttpServletRequest request, HttpServletResponse response, Model model) {
    response.addHeader("Vary", "HX-Request");
    var view = view(DispatchForm.EMPTY, FormErrors.NONE, null, null, FormErrors.NONE, Map.of(), done, no);
    model.addAttribute("view", view);
    return BoardValues.partOnly(request) ? PART : PAGE;
  }

  @PostMapping(PATH)
  @RequiresPermission("DISPATCH.MANAGE")
  String create(@ModelAttribute DispatchForm input, HttpServletResponse response, Model model) {
    var form = input.trimmed();
    try {
      var d = dispatches.create(new DispatchRequest(form.lot(), form.destination(),
          "CUSTOMER".equalsIgnoreCase(form.destination()) ? form.customer() : null, BoardValues.decimal("qty", form.qty()),
          BoardValues.decimal("tempC", form.tempC()), form.note()));
      return done("created", d.dispatchNo());
    } catch (BusinessRuleException e) {
      status(response, e);
      model.addAttribute("view", view(form, messages.of(e), null, null, FormErrors.NONE, Map.of(), null, null));
      return PAGE;
    }
  }

  @PostMapping(PATH + "/{no}/status")
  @RequiresPermission("DISPATCH.MANAGE")
  String status(@PathVariable String no, @RequestParam(required = false) String status,
      @RequestParam(required = false) String tempC, HttpServletResponse response, Model model) {
    try {
      var d = dispatches.changeStatus(no, status, BoardValues.decimal("tempC", tempC));
      return done("status", d.dispatchNo());
    } catch (BusinessRuleException e) {
      return refused(e, no, "status", values("status", status, "tempC", tempC), response, model);
    }
  }

  @PostMapping(PATH + "/{no}/temperatures")
  @RequiresPermission("DISPATCH.MANAGE")
  String reading(@PathVariable String no, @RequestParam(required = false) String tempC,
      @RequestParam(required = false) String note, HttpServletResponse response, Model model) {
    try {
      var d = dispatches.addReading(no, BoardValues.decimal("tempC", tempC), null, note);
      return done("reading", d.dispatchNo());
    } catch (BusinessRuleException e) {
      return refused(e, no, "reading", values("tempC", tempC, "note", note), response, model);
    }
  }

  private String refused(BusinessRuleException e, String no, String action, Map<String, String> typed,
      HttpServletResponse response, Model model) {
    status(response, e);
    // an unknown dispatch has no row to show the message in
    var errors = messages.of(e);
    var onRow = e.status() != HttpStatus.NOT_FOUND;
    model.addAttribute("view", view(DispatchForm.EMPTY, onRow ? FormErrors.NONE : new FormErrors(Map.of(), messages.text(e)),
        onRow ? no : null, action, errors, typed, null, null));
    return PAGE;
  }

  private DispatchListView view(DispatchForm form, FormErrors createErrors, String failedNo, String failedAction,
      FormErrors rowErrors, Map<String, String> typed, String done, String no) {
    var recent = dispatches.recent();
    var known = done != null && DONE.contains(done) && recent.stream().anyMatch(d -> d.dispatchNo().equals(no));
    return new DispatchListView(recent, lots.list(null, "READY", null, 200), masters.customers(200), form, createErrors,
        failedNo, failedAction, rowErrors, typed, known ? "sari.page.dispatch.done." + done : null, known ? no : null);
  }

  private static String done(String what, String no) {
    return "redirect:" + PATH + "?done=" + what + "&no=" + URLEncoder.encode(no, StandardCharsets.UTF_8);
  }

  private static void status(HttpServletResponse response, BusinessRuleException e) {
    response.setStatus(e.status() == HttpStatus.CONFLICT ? 409 : e.status() == HttpStatus.NOT_FOUND ? 404 : 400);
  }

  private static Map<String, String> values(String... pairs) {
    var m = new LinkedHashMap<String, String>();
    for (int i = 0; i < pairs.length; i += 2) m.put(pairs[i], pairs[i + 1] == null ? "" : pairs[i + 1].strip());
    return m;
  }
}
