package io.kelola.factory.sales.web;

import io.kelola.factory.core.FactoryProperties;
import io.kelola.factory.sales.SalesOrders;
import io.kelola.factory.sales.SalesQueries;
import io.kelola.masterdata.MasterLookup;
import io.kelola.shared.security.RequiresPermission;
import io.kelola.shared.web.BusinessRuleException;
import io.kelola.shared.web.PageQuery;
import io.kelola.web.FormErrors;
import io.kelola.web.FormMessages;
import io.kelola.web.ListLinks;
import jakarta.servlet.http.HttpServletResponse;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
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

/**
 * {@code /factory/sales-orders}: list, new order form, detail with the status actions. Actions
 * redirect on success (to {@code returnTo} when it is a local factory page, e.g. the approvals
 * inbox) and re-render the detail with the message on refusal.
 */
@Controller
class SalesOrderPageController {

  static final String PATH = "/factory/sales-orders";
  private static final Set<String> DONE = Set.of("created", "update", "submit", "approve", "reject", "cancel", "close");

  private final SalesOrders orders;
  private final SalesQueries queries;
  private final MasterLookup masters;
  private final FactoryProperties props;
  private final FormMessages messages;

  SalesOrderPageController(SalesOrders orders, SalesQueries queries, MasterLookup masters, FactoryProperties props,
      FormMessages messages) {
    this.orders = orders;
    this.queries = queries;
    this.masters = masters;
    this.props = props;
    this.messages = messages;
  }

  @GetMapping(PATH)
  @RequiresPermission("SO.READ")
  String list(@RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size,
      @RequestParam(required = false) String sort, @RequestParam(required = false) String dir,
      @RequestParam(required = false) String q, @RequestParam(required = false) String status, Model model) {
    var query = PageQuery.of(page, size, sort, dir, q);
    var st = status != null && SalesPages.ORDER_STATUSES.contains(status) ? status : null;
    var filters = new LinkedHashMap<String, String>();
    filters.put("q", query.q());
    filters.put("status", st);
    model.addAttribute("view", new SalesPages.OrderList(queries.orders(query, st), new ListLinks(PATH, filters, query),
        st, query.q(), SalesPages.Can.current()));
    return "factory/sales/orders";
  }

  @GetMapping(PATH + "/new")
  @RequiresPermission("SO.CREATE")
  String form(Model model) {
    var values = new LinkedHashMap<String, String>();
    values.put("warehouse", props.salesWarehouse());
    model.addAttribute("view", formView(null, values, List.of(), FormErrors.NONE));
    return "factory/sales/orderForm";
  }

  @PostMapping(PATH)
  @RequiresPermission("SO.CREATE")
  String create(@RequestParam MultiValueMap<String, String> form, HttpServletResponse response, Model model) {
    var parsed = OrderFormParser.parse(form, props.defaultTaxCode());
    try {
      var no = orders.create(parsed.request());
      return "redirect:" + PATH + "/" + enc(no) + "?done=created";
    } catch (BusinessRuleException e) {
      response.setStatus(status(e));
      model.addAttribute("view", formView(null, parsed.values(), parsed.lines(), messages.of(e)));
      return "factory/sales/orderForm";
    }
  }

  @GetMapping(PATH + "/{no}/edit")
  @RequiresPermission("SO.UPDATE")
  String edit(@PathVariable String no, Model model) {
    var so = queries.order(no);
    if (!"Draft".equals(so.status())) return "redirect:" + PATH + "/" + enc(so.soNo());
    var values = new LinkedHashMap<String, String>();
    values.put("customer", so.customer());
    values.put("orderDate", so.orderDate().toString());
    values.put("deadline", so.deadline() == null ? "" : so.deadline().toString());
    values.put("warehouse", so.warehouse());
    values.put("discPct", so.discPct().stripTrailingZeros().toPlainString());
    values.put("notes", so.notes() == null ? "" : so.notes());
    var lines = so.lines().stream().map(l -> new SalesPages.FormLine(l.item(), l.qty().stripTrailingZeros().toPlainString(),
        l.unitPrice().stripTrailingZeros().toPlainString(), l.discPct().stripTrailingZeros().toPlainString(),
        l.taxCode())).toList();
    model.addAttribute("view", formView(so.soNo(), values, lines, FormErrors.NONE));
    return "factory/sales/orderForm";
  }

  @PostMapping(PATH + "/{no}/edit")
  @RequiresPermission("SO.UPDATE")
  String update(@PathVariable String no, @RequestParam MultiValueMap<String, String> form, HttpServletResponse response,
      Model model) {
    var parsed = OrderFormParser.parse(form, props.defaultTaxCode());
    try {
      orders.update(no, parsed.request());
      return "redirect:" + PATH + "/" + enc(no) + "?done=update";
    } catch (BusinessRuleException e) {
      if (e.status() == HttpStatus.NOT_FOUND) throw e;
      response.setStatus(status(e));
      var errors = e.status() == HttpStatus.CONFLICT ? new FormErrors(Map.of(), messages.text(e)) : messages.of(e);
      model.addAttribute("view", formView(no, parsed.values(), parsed.lines(), errors));
      return "factory/sales/orderForm";
    }
  }

  @GetMapping(PATH + "/{no}")
  @RequiresPermission("SO.READ")
  String detail(@PathVariable String no, @RequestParam(required = false) String done, Model model) {
    var so = queries.order(no);
    var flash = done != null && DONE.contains(done) ? "factory.so.page.done." + done : null;
    model.addAttribute("view", new SalesPages.OrderPage(so, SalesPages.Can.current(), flash, null));
    return "factory/sales/order";
  }

  @PostMapping(PATH + "/{no}/submit")
  @RequiresPermission("SO.CREATE")
  String submit(@PathVariable String no, @RequestParam(required = false) String returnTo, HttpServletResponse response,
      Model model) {
    return act(no, "submit", returnTo, response, model, n -> orders.submit(n));
  }

  @PostMapping(PATH + "/{no}/approve")
  @RequiresPermission("SO.APPROVE")
  String approve(@PathVariable String no, @RequestParam(required = false) String reason,
      @RequestParam(required = false) String returnTo, HttpServletResponse response, Model model) {
    return act(no, "approve", returnTo, response, model, n -> orders.approve(n, reason));
  }

  @PostMapping(PATH + "/{no}/reject")
  @RequiresPermission("SO.APPROVE")
  String reject(@PathVariable String no, @RequestParam(required = false) String reason,
      @RequestParam(required = false) String returnTo, HttpServletResponse response, Model model) {
    return act(no, "reject", returnTo, response, model, n -> orders.reject(n, reason));
  }

  @PostMapping(PATH + "/{no}/cancel")
  @RequiresPermission("SO.DELETE")
  String cancel(@PathVariable String no, @RequestParam(required = false) String reason,
      @RequestParam(required = false) String returnTo, HttpServletResponse response, Model model) {
    return act(no, "cancel", returnTo, response, model, n -> orders.cancel(n, reason));
  }

  @PostMapping(PATH + "/{no}/close")
  @RequiresPermission("SO.UPDATE")
  String close(@PathVariable String no, @RequestParam(required = false) String reason,
      @RequestParam(required = false) String returnTo, HttpServletResponse response, Model model) {
    return act(no, "close", returnTo, response, model, n -> orders.close(n, reason));
  }

  private String act(String no, String action, String returnTo, HttpServletResponse response, Model model,
      Consumer<String> work) {
    try {
      work.accept(no);
    } catch (BusinessRuleException e) {
      if (e.status() == HttpStatus.NOT_FOUND) throw e;
      response.setStatus(status(e));
      model.addAttribute("view", new SalesPages.OrderPage(queries.order(no), SalesPages.Can.current(), null,
          messages.text(e)));
      return "factory/sales/order";
    }
    if (localFactoryPath(returnTo)) return "redirect:" + returnTo;
    return "redirect:" + PATH + "/" + enc(no) + "?done=" + action;
  }

  /** Only a path on this site under /factory/ (no scheme, host or protocol-relative tricks). */
  static boolean localFactoryPath(String returnTo) {
    return returnTo != null && returnTo.startsWith("/factory/") && !returnTo.contains("//") && !returnTo.contains("\\")
        && !returnTo.contains("..") && returnTo.length() <= 300 && returnTo.chars().noneMatch(c -> c < 0x21);
  }

  private SalesPages.OrderForm formView(String editing, Map<String, String> values, List<SalesPages.FormLine> lines, FormErrors errors) {
    var items = queries.itemOptions().stream()
        .map(i -> new SalesPages.Option(i[0], i[0] + " · " + i[1], i[2])).toList();
    var warehouses = queries.warehouseOptions().stream()
        .map(w -> new SalesPages.Option(w[0], w[0] + " · " + w[1], null)).toList();
    var shown = lines.isEmpty() ? List.of(new SalesPages.FormLine("", "", "", "", props.defaultTaxCode())) : lines;
    return new SalesPages.OrderForm(editing, masters.customers(500), items, warehouses, props.taxCodes().keySet().stream().sorted()
        .toList(), values, shown, errors);
  }

  static int status(BusinessRuleException e) {
    return e.status() == HttpStatus.CONFLICT ? 409 : e.status() == HttpStatus.NOT_FOUND ? 404 : 400;
  }

  static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }
}
