package io.kelola.factory.production;

import io.kelola.audit.StatusHistory;
import io.kelola.factory.core.SlaTracker;
import io.kelola.factory.production.WorkOrderRequests.IssueLine;
import io.kelola.factory.production.WorkOrderRequests.MaterialIssue;
import io.kelola.factory.production.WorkOrderRequests.OutputReport;
import io.kelola.factory.production.WorkOrderRequests.QcCheck;
import io.kelola.shared.security.RequiresPermission;
import io.kelola.shared.web.BusinessRuleException;
import io.kelola.shared.web.PageQuery;
import io.kelola.web.FormMessages;
import jakarta.servlet.http.HttpServletResponse;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Work-order list and detail pages with their actions. Every action redirects back to the detail on
 * success and re-renders it with the refusal (and the status code) on failure.
 */
@Controller
class WorkOrderPageController {

  static final String PATH = "/factory/work-orders";
  private static final Set<String> DONE = Set.of("created", "start", "issue", "output", "qc", "finish", "cancel");

  private final WorkOrders orders;
  private final ShiftLogs shifts;
  private final StatusHistory history;
  private final SlaTracker sla;
  private final FormMessages messages;
  private final Clock clock;

  WorkOrderPageController(WorkOrders orders, ShiftLogs shifts, StatusHistory history, SlaTracker sla,
      FormMessages messages, Clock clock) {
    this.orders = orders;
    this.shifts = shifts;
    this.history = history;
    this.sla = sla;
    this.messages = messages;
    this.clock = clock;
  }

  @GetMapping(PATH)
  @RequiresPermission("WO.READ")
  String list(@RequestParam(required = false) Integer page, @RequestParam(required = false) String q,
      @RequestParam(required = false) String status, HttpServletResponse response, Model model) {
    String filter;
    try {
      filter = Statuses.parseOrNull(status);
    } catch (BusinessRuleException e) {
      filter = null;
    }
    var result = orders.list(PageQuery.of(page, 20, null, null, q), filter);
    model.addAttribute("orders", result);
    model.addAttribute("q", PageInput.blankToEmpty(q));
    model.addAttribute("status", filter == null ? "" : filter);
    model.addAttribute("canCreate", PageInput.can("WO.CREATE"));
    model.addAttribute("canExport", PageInput.can("WO.EXPORT"));
    return "factory/production/woList";
  }

  @GetMapping(PATH + "/{no}")
  @RequiresPermission("WO.READ")
  String detail(@PathVariable String no, @RequestParam(required = false) String done, Model model) {
    return render(no, done != null && DONE.contains(done) ? "factory.wo.page.done." + done : null, null, model);
  }

  @PostMapping(PATH + "/{no}/start")
  @RequiresPermission("WO.UPDATE")
  String start(@PathVariable String no, @RequestParam(required = false) String notes, HttpServletResponse res,
      Model model) {
    return act(no, "start", res, model, () -> orders.start(no, notes));
  }

  @PostMapping(PATH + "/{no}/finish")
  @RequiresPermission("WO.UPDATE")
  String finish(@PathVariable String no, @RequestParam(required = false) String notes, HttpServletResponse res,
      Model model) {
    return act(no, "finish", res, model, () -> orders.finish(no, notes));
  }

  @PostMapping(PATH + "/{no}/cancel")
  @RequiresPermission("WO.DELETE")
  String cancel(@PathVariable String no, @RequestParam(required = false) String notes, HttpServletResponse res,
      Model model) {
    return act(no, "cancel", res, model, () -> orders.cancel(no, notes));
  }

  /** One quantity per material row: {@code qty_ITEMCODE}; empty rows are skipped. */
  @PostMapping(PATH + "/{no}/issue")
  @RequiresPermission("WO.UPDATE")
  String issue(@PathVariable String no, @RequestParam Map<String, String> form, HttpServletResponse res, Model model) {
    return act(no, "issue", res, model, () -> {
      var lines = new ArrayList<IssueLine>();
      form.forEach((k, v) -> {
        if (k.startsWith("qty_") && v != null && !v.isBlank()) {
          lines.add(new IssueLine(k.substring(4), PageInput.decimal("materials", v)));
        }
      });
      orders.issue(no, new MaterialIssue(lines));
    });
  }

  @PostMapping(PATH + "/{no}/output")
  @RequiresPermission("WO.UPDATE")
  String output(@PathVariable String no, @RequestParam(required = false) String good,
      @RequestParam(required = false) String reject, @RequestParam(required = false) String notes,
      HttpServletResponse res, Model model) {
    return act(no, "output", res, model, () -> orders.output(no,
        new OutputReport(PageInput.decimal("good", good), PageInput.decimal("reject", reject), notes)));
  }

  @PostMapping(PATH + "/{no}/qc")
  @RequiresPermission("WO.UPDATE")
  String qc(@PathVariable String no, @RequestParam(required = false) String checkDate,
      @RequestParam(required = false) String sampleSize, @RequestParam(required = false) String defectCount,
      @RequestParam(required = false) String grade, @RequestParam(required = false) String notes,
      HttpServletResponse res, Model model) {
    return act(no, "qc", res, model, () -> orders.qc(no, new QcCheck(PageInput.date("checkDate", checkDate),
        PageInput.decimal("sampleSize", sampleSize), PageInput.decimal("defectCount", defectCount), grade, notes),
        shifts.today()));
  }

  private String act(String no, String what, HttpServletResponse response, Model model, Runnable action) {
    try {
      action.run();
      return "redirect:" + PATH + "/" + URLEncoder.encode(no, StandardCharsets.UTF_8) + "?done=" + what;
    } catch (BusinessRuleException e) {
      PageInput.status(response, e);
      if (e.status() == org.springframework.http.HttpStatus.NOT_FOUND) throw e;
      return render(no, null, messages.text(e), model);
    }
  }

  private String render(String no, String flashKey, String error, Model model) {
    var detail = orders.detail(no);
    long id = orders.internalId(detail.order().woNo());
    model.addAttribute("d", detail);
    model.addAttribute("timeline", history.timeline(WorkOrders.TYPE, id));
    model.addAttribute("slas", sla.of(WorkOrders.TYPE, id));
    model.addAttribute("clock", clock);
    model.addAttribute("flashKey", flashKey);
    model.addAttribute("error", error);
    model.addAttribute("canUpdate", PageInput.can("WO.UPDATE"));
    model.addAttribute("canDelete", PageInput.can("WO.DELETE"));
    model.addAttribute("canExport", PageInput.can("WO.EXPORT"));
    model.addAttribute("today", shifts.today().toString());
    return "factory/production/woDetail";
  }
}
