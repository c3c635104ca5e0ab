package io.kelola.factory.production;

import io.kelola.factory.production.WorkOrderRequests.MaterialLine;
import io.kelola.factory.production.WorkOrderRequests.NewWorkOrder;
import io.kelola.shared.security.RequiresPermission;
import io.kelola.shared.web.BusinessRuleException;
import io.kelola.web.FormErrors;
import io.kelola.web.FormMessages;
import jakarta.servlet.http.HttpServletResponse;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The new work-order form: header fields and up to {@link #ROWS} material rows ({@code mItem0}, {@code mWh0}, {@code mQty0}…). */
@Controller
class WorkOrderFormController {

  static final int ROWS = 6;
  private static final String PAGE = "factory/production/woNew";

  private final WorkOrders orders;
  private final Choices choices;
  private final ShiftLogs shifts;
  private final FormMessages messages;

  WorkOrderFormController(WorkOrders orders, Choices choices, ShiftLogs shifts, FormMessages messages) {
    this.orders = orders;
    this.choices = choices;
    this.shifts = shifts;
    this.messages = messages;
  }

  @GetMapping(WorkOrderPageController.PATH + "/new")
  @RequiresPermission("WO.CREATE")
  String form(Model model) {
    var today = shifts.today().toString();
    return render(model, new HashMap<>(Map.of("startDate", today, "endDate", today)), FormErrors.NONE);
  }

  @PostMapping(WorkOrderPageController.PATH + "/new")
  @RequiresPermission("WO.CREATE")
  String submit(@RequestParam Map<String, String> form, HttpServletResponse response, Model model) {
    var values = new HashMap<String, String>();
    form.forEach((k, v) -> values.put(k, v == null ? "" : v.strip()));
    // form rows are numbered from what was filled, so an error names the row the user sees
    var rowOf = new HashMap<String, String>();
    try {
      var lines = new ArrayList<MaterialLine>();
      for (int i = 0; i < ROWS; i++) {
        var item = values.getOrDefault("mItem" + i, "");
        var qty = values.getOrDefault("mQty" + i, "");
        if (item.isEmpty() && qty.isEmpty()) continue;
        rowOf.put("materials[" + lines.size() + "]", String.valueOf(i));
        lines.add(new MaterialLine(item, values.getOrDefault("mWh" + i, ""), PageInput.decimal("mQty" + i, qty)));
      }
      var wo = orders.create(new NewWorkOrder(values.get("item"), values.get("machine"), values.get("warehouse"),
          values.get("soNo"), PageInput.date("startDate", values.get("startDate")),
          PageInput.date("endDate", values.get("endDate")), PageInput.decimal("planQty", values.get("planQty")), lines,
          values.get("notes")));
      return "redirect:" + WorkOrderPageController.PATH + "/" + URLEncoder.encode(wo.woNo(), StandardCharsets.UTF_8)
          + "?done=created";
    } catch (BusinessRuleException e) {
      PageInput.status(response, e);
      var errors = messages.of(e, Map.of());
      if (e.field() != null && e.field().startsWith("materials[")) {
        // materials[0].qtyPlan → mQty<row>
        var key = e.field().substring(0, e.field().indexOf(']') + 1);
        var row = rowOf.getOrDefault(key, "0");
        var input = e.field().endsWith("warehouse") ? "mWh" : e.field().endsWith("qtyPlan") ? "mQty" : "mItem";
        errors = new FormErrors(Map.of(input + row, messages.text(e)), null);
      } else if ("materials".equals(e.field())) {
        errors = new FormErrors(Map.of(), messages.text(e));
      }
      return render(model, values, errors);
    }
  }

  private String render(Model model, Map<String, String> values, FormErrors errors) {
    model.addAttribute("values", values);
    model.addAttribute("errors", errors);
    model.addAttribute("items", choices.items());
    model.addAttribute("warehouses", choices.warehouses());
    model.addAttribute("machines", choices.machines());
    model.addAttribute("rows", ROWS);
    return PAGE;
  }
}
