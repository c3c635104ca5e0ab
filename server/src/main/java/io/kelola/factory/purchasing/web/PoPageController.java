package io.kelola.factory.purchasing.web;

import io.kelola.factory.purchasing.PoQueries;
import io.kelola.factory.purchasing.PurchaseOrders;
import io.kelola.shared.security.CurrentUser;
import io.kelola.shared.security.RequiresPermission;
import io.kelola.shared.web.BusinessRuleException;
import io.kelola.shared.web.PageQuery;
import io.kelola.shared.web.Requests;
import io.kelola.web.FormMessages;
import io.kelola.web.ListLinks;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.LinkedHashMap;
import java.util.Set;
import java.util.function.Supplier;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The PO list and detail pages and the detail page's actions. Approve and reject take an optional
 * {@code returnTo} (a local /factory/ path) so the approvals inbox can post here and get back.
 */
@Controller
class PoPageController {

  private static final Set<String> DONE = Set.of("created", "updated", "submitted", "approved", "rejected",
      "cancelled", "received");

  private final PurchaseOrders orders;
  private final PoQueries queries;
  private final FormMessages messages;

  PoPageController(PurchaseOrders orders, PoQueries queries, FormMessages messages) {
    this.orders = orders;
    this.queries = queries;
    this.messages = messages;
  }

  @GetMapping(PoPaths.LIST)
  @RequiresPermission("PO.READ")
  String list(@RequestParam(required = false) String q, @RequestParam(required = false) String status,
      @RequestParam(required = false) String page, @RequestParam(required = false) String size,
      @RequestParam(required = false) String sort, @RequestParam(required = false) String dir,
      HttpServletRequest request, HttpServletResponse response, Model model) {
    response.addHeader("Vary", "HX-Request");
    var search = ListLinks.searchText(q);
    String filter;
    try {
      filter = PoQueries.status(status);
    } catch (BusinessRuleException e) {
      filter = null; // a stale or typed-in status means "all"
    }
    var query = PageQuery.of(ListLinks.intOrNull(page), ListLinks.intOrNull(size), sort, dir, search);
    var filters = new LinkedHashMap<String, String>();
    filters.put("q", search);
    filters.put("status", filter);
    var me = CurrentUser.get().orElseThrow();
    var exportFilters = new ListLinks(PoPaths.EXPORT, filters, PageQuery.first(20));
    model.addAttribute("view", new PoListView(queries.page(query, filter), new ListLinks(PoPaths.LIST, filters, query),
        search == null ? "" : search, filter == null ? "" : filter, me.can("PO.CREATE"), me.can("PO.EXPORT"),
        exportFilters.page(1)));
    return Requests.isHtmx(request) ? "factory/purchasing/listTable" : "factory/purchasing/list";
  }

  @GetMapping(PoPaths.LIST + "/{no}")
  @RequiresPermission("PO.READ")
  String detail(@PathVariable String no, @RequestParam(required = false) String done, Model model) {
    var d = queries.detail(no);
    model.addAttribute("view", new PoDetailView(d, CurrentUser.get().orElseThrow(), null,
        done != null && DONE.contains(done) ? "factory.po.page.done." + done : null));
    return "factory/purchasing/detail";
  }

  @PostMapping(PoPaths.LIST + "/{no}/submit")
  @RequiresPermission("PO.UPDATE")
  String submit(@PathVariable String no, HttpServletResponse response, Model model) {
    return act(no, "submitted", null, () -> orders.submit(no), response, model);
  }

  @PostMapping(PoPaths.LIST + "/{no}/approve")
  @RequiresPermission("PO.APPROVE")
  String approve(@PathVariable String no, @RequestParam(required = false) String reason,
      @RequestParam(required = false) String returnTo, HttpServletResponse response, Model model) {
    return act(no, "approved", returnTo, () -> orders.approve(no, reason), response, model);
  }

  @PostMapping(PoPaths.LIST + "/{no}/reject")
  @RequiresPermission("PO.APPROVE")
  String reject(@PathVariable String no, @RequestParam(required = false) String reason,
      @RequestParam(required = false) String returnTo, HttpServletResponse response, Model model) {
    return act(no, "rejected", returnTo, () -> orders.reject(no, reason), response, model);
  }

  @PostMapping(PoPaths.LIST + "/{no}/cancel")
  @RequiresPermission("PO.DELETE")
  String cancel(@PathVariable String no, @RequestParam(required = false) String reason, HttpServletResponse response,
      Model model) {
    return act(no, "cancelled", null, () -> orders.cancel(no, reason), response, model);
  }

  private String act(String no, String done, String returnTo, Supplier<String> action, HttpServletResponse response,
      Model model) {
    try {
      var poNo = action.get();
      var back = PoPaths.safeReturn(returnTo);
      return "redirect:" + (back != null ? back : PoPaths.detail(poNo) + "?done=" + done);
    } catch (BusinessRuleException e) {
      if (e.status().value() == 404) throw e;
      response.setStatus(e.status().value());
      model.addAttribute("view", new PoDetailView(queries.detail(no), CurrentUser.get().orElseThrow(),
          messages.text(e), null));
      return "factory/purchasing/detail";
    }
  }
}
