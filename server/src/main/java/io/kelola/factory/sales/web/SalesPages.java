package io.kelola.factory.sales.web;

import io.kelola.factory.sales.SalesViews;
import io.kelola.shared.security.CurrentUser;
import io.kelola.shared.web.PageResult;
import io.kelola.web.ListLinks;
import java.util.List;

/** View models of the sales pages. */
public final class SalesPages {

  private SalesPages() {}

  public static final List<String> ORDER_STATUSES = List.of("Draft", "Pending", "Approved", "Closed", "Cancelled");
  public static final List<String> DELIVERY_STATUSES = List.of("Pending", "Shipped", "Delivered", "Cancelled");

  /** What the signed-in user may do, so pages only offer actions that would be allowed. */
  public record Can(boolean create, boolean update, boolean delete, boolean approve, boolean export, boolean manageDo) {

    static Can current() {
      var p = CurrentUser.get();
      return new Can(p.map(u -> u.can("SO.CREATE")).orElse(false), p.map(u -> u.can("SO.UPDATE")).orElse(false),
          p.map(u -> u.can("SO.DELETE")).orElse(false), p.map(u -> u.can("SO.APPROVE")).orElse(false),
          p.map(u -> u.can("SO.EXPORT")).orElse(false), p.map(u -> u.can("DO.MANAGE")).orElse(false));
    }
  }

  public record OrderList(PageResult<SalesViews.OrderRow> result, ListLinks links, String status, String q, Can can) {

    /** The list URL for a status chip, keeping the search. */
    public String chip(String s) {
      var query = new StringBuilder("/factory/sales-orders?status=").append(s == null ? "" : s);
      if (q != null && !q.isBlank()) query.append("&q=").append(java.net.URLEncoder.encode(q, java.nio.charset.StandardCharsets.UTF_8));
      return query.toString();
    }

    public String exportUrl() {
      return links.page(1).replaceFirst("^/factory/sales-orders", "/factory/sales-orders/export.xlsx");
    }
  }

  public record OrderPage(SalesViews.OrderDetail so, Can can, String flash, String error) {

    public boolean isOpen(SalesViews.OrderLine l) {
      return l.qtyDelivered().compareTo(l.qty()) < 0;
    }
  }

  public record DeliveryList(PageResult<SalesViews.DeliveryRow> result, ListLinks links, String status, String q,
      boolean canManage) {

    public String chip(String s) {
      var query = new StringBuilder("/factory/deliveries?status=").append(s == null ? "" : s);
      if (q != null && !q.isBlank()) query.append("&q=").append(java.net.URLEncoder.encode(q, java.nio.charset.StandardCharsets.UTF_8));
      return query.toString();
    }
  }

  public record DeliveryPage(SalesViews.DeliveryDetail d, boolean canManage, String flash, String error) {}

  /** A typed line of the order form, kept as text so a refused form shows what was typed. */
  public record FormLine(String item, String qty, String unitPrice, String discPct, String taxCode) {}

  public record Option(String code, String label, String price) {}

  /** The order form, for a new order ({@code editing} null) or to edit a draft. */
  public record OrderForm(String editing, List<io.kelola.masterdata.PartyRef> customers, List<Option> items, List<Option> warehouses,
      List<String> taxCodes, java.util.Map<String, String> values, List<FormLine> lines,
      io.kelola.web.FormErrors errors) {

    public String value(String key) {
      var v = values.get(key);
      return v == null ? "" : v;
    }

    public String action() {
      return editing == null ? "/factory/sales-orders" : "/factory/sales-orders/" + editing + "/edit";
    }
  }

  /** The new-delivery form for one approved order. */
  public record DeliveryForm(SalesViews.OrderDetail so, java.util.Map<Integer, java.math.BigDecimal> open,
      List<io.kelola.masterdata.EmployeeRef> drivers, java.util.Map<String, String> values,
      io.kelola.web.FormErrors errors) {

    public String value(String key) {
      var v = values.get(key);
      return v == null ? "" : v;
    }
  }
}
