package io.kelola.factory.sales.web;

import static io.kelola.factory.sales.web.SalesOrderPageController.enc;
import static io.kelola.factory.sales.web.SalesOrderPageController.status;

import io.kelola.factory.sales.Deliveries;
import io.kelola.factory.sales.DeliveryRequest;
import io.kelola.factory.sales.SalesQueries;
import io.kelola.masterdata.MasterLookup;
import io.kelola.shared.security.CurrentUser;
import io.kelola.shared.security.RequiresPermission;
import io.kelola.shared.web.BusinessRuleException;
import io.kelola.shared.web.PageQuery;
import io.kelola.web.FormErrors;
import io.kelola.web.FormMessages;
import io.kelola.web.ListLinks;
import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** {@code /factory/deliveries}: list, new delivery for an approved order, detail with ship/deliver/cancel. */
@Controller
class DeliveryPageController {

  static final String PATH = "/factory/deliveries";
  private static final Set<String> DONE = Set.of("created", "ship", "deliver", "cancel");

  private final Deliveries deliveries;
  private final SalesQueries queries;
  private final MasterLookup masters;
  private final FormMessages messages;

  DeliveryPageController(Deliveries deliveries, SalesQueries queries, MasterLookup masters, FormMessages messages) {
    this.deliveries = deliveries;
    this.queries = queries;
    this.masters = masters;
    this.messages = messages;
  }

  @GetMapping(PATH)
  @RequiresPermission("DO.READ")
  String list(@RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size,
      @RequestParam(required = false) String sort, @RequestParam(required = false) String dir,
      @RequestParam(required = false) String q, @RequestParam(required = false) String status, Model model) {
    var query = PageQuery.of(page, size, sort, dir, q);
    var st = status != null && SalesPages.DELIVERY_STATUSES.contains(status) ? status : null;
    var filters = new LinkedHashMap<String, String>();
    filters.put("q", query.q());
    filters.put("status", st);
    model.addAttribute("view", new SalesPages.DeliveryList(queries.deliveries(query, st),
        new ListLinks(PATH, filters, query), st, query.q(), canManage()));
    return "factory/sales/deliveries";
  }

  @GetMapping(PATH + "/new")
  @RequiresPermission("DO.MANAGE")
  String form(@RequestParam(required = false) String so, Model model) {
    model.addAttribute("view", formView(so, Map.of(), FormErrors.NONE));
    return "factory/sales/deliveryForm";
  }

  @PostMapping(PATH)
  @RequiresPermission("DO.MANAGE")
  String create(@RequestParam MultiValueMap<String, String> form, HttpServletResponse response, Model model) {
    var values = new LinkedHashMap<String, String>();
    for (var k : new String[] {"salesOrder", "driver", "vehicleNo", "shipDate", "etaDate", "notes"}) {
      values.put(k, form.getFirst(k) == null ? "" : form.getFirst(k).strip());
    }
    form.forEach((k, v) -> {
      if (k.startsWith("qty_") && !v.isEmpty()) values.put(k, v.getFirst() == null ? "" : v.getFirst().strip());
    });
    try {
      var lines = new ArrayList<DeliveryRequest.Line>();
      var open = queries.openForDelivery(values.get("salesOrder"));
      for (var lineNo : open.keySet()) {
        var raw = values.get("qty_" + lineNo);
        var qty = OrderFormParser.number("lines[" + lines.size() + "].qty", raw);
        if (qty != null && qty.signum() != 0) lines.add(new DeliveryRequest.Line(lineNo, qty));
      }
      if (lines.isEmpty()) throw BusinessRuleException.invalid("lines", "factory.do.page.noLines");
      var no = deliveries.create(new DeliveryRequest(values.get("salesOrder"), values.get("driver"),
          values.get("vehicleNo"), OrderFormParser.date("shipDate", values.get("shipDate")),
          OrderFormParser.date("etaDate", values.get("etaDate")), values.get("notes"), lines));
      return "redirect:" + PATH + "/" + enc(no) + "?done=created";
    } catch (BusinessRuleException e) {
      if (e.status() == HttpStatus.NOT_FOUND) throw e;
      response.setStatus(status(e));
      model.addAttribute("view", formView(values.get("salesOrder"), values,
          new FormErrors(messages.of(e).fields(), messages.text(e))));
      return "factory/sales/deliveryForm";
    }
  }

  @GetMapping(PATH + "/{no}")
  @RequiresPermission("DO.READ")
  String detail(@PathVariable String no, @RequestParam(required = false) String done, Model model) {
    var flash = done != null && DONE.contains(done) ? "factory.do.page.done." + done : null;
    model.addAttribute("view", new SalesPages.DeliveryPage(queries.delivery(no), canManage(), flash, null));
    return "factory/sales/delivery";
  }

  @PostMapping(PATH + "/{no}/ship")
  @RequiresPermission("DO.MANAGE")
  String ship(@PathVariable String no, @RequestParam(required = false) String date, HttpServletResponse response,
      Model model) {
    return act(no, "ship", response, model, n -> deliveries.ship(n, OrderFormParser.date("date", date)));
  }

  @PostMapping(PATH + "/{no}/deliver")
  @RequiresPermission("DO.MANAGE")
  String deliver(@PathVariable String no, @RequestParam(required = false) String date, HttpServletResponse response,
      Model model) {
    return act(no, "deliver", response, model, n -> deliveries.deliver(n, OrderFormParser.date("date", date)));
  }

  @PostMapping(PATH + "/{no}/cancel")
  @RequiresPermission("DO.MANAGE")
  String cancel(@PathVariable String no, @RequestParam(required = false) String reason, HttpServletResponse response,
      Model model) {
    return act(no, "cancel", response, model, n -> deliveries.cancel(n, reason));
  }

  private String act(String no, String action, HttpServletResponse response, Model model, Consumer<String> work) {
    try {
      work.accept(no);
      return "redirect:" + PATH + "/" + enc(no) + "?done=" + action;
    } catch (BusinessRuleException e) {
      if (e.status() == HttpStatus.NOT_FOUND) throw e;
      response.setStatus(status(e));
      model.addAttribute("view", new SalesPages.DeliveryPage(queries.delivery(no), canManage(), null, messages.text(e)));
      return "factory/sales/delivery";
    }
  }

  private SalesPages.DeliveryForm formView(String so, Map<String, String> values, FormErrors errors) {
    var order = queries.order(so == null ? "" : so.strip());
    var shown = new LinkedHashMap<>(values);
    shown.put("salesOrder", order.soNo());
    return new SalesPages.DeliveryForm(order, queries.openForDelivery(order.soNo()), masters.employees(200), shown, errors);
  }

  private static boolean canManage() {
    return CurrentUser.get().map(u -> u.can("DO.MANAGE")).orElse(false);
  }
}
