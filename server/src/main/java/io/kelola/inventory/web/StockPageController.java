package io.kelola.inventory.web;

import io.kelola.shared.security.CurrentUser;
import io.kelola.shared.security.RequiresPermission;
import io.kelola.shared.web.PageQuery;
import io.kelola.web.ListLinks;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * {@code /inventory/stock}: stock on hand with live search, filters, sort and paging; an htmx
 * request gets only the table. Also its spreadsheet export with the same filters.
 */
@Controller
class StockPageController {

  static final int MAX_EXPORT_ROWS = 50_000;

  private final StockQueries stock;
  private final ReadLookups lookups;
  private final ExportAudit exports;
  private final MessageSource messages;

  StockPageController(StockQueries stock, ReadLookups lookups, ExportAudit exports, MessageSource messages) {
    this.stock = stock;
    this.lookups = lookups;
    this.exports = exports;
    this.messages = messages;
  }

  @GetMapping("/inventory/stock")
  @RequiresPermission("INV.READ")
  String list(@RequestParam(required = false) String page, @RequestParam(required = false) String size,
      @RequestParam(required = false) String sort, @RequestParam(required = false) String dir,
      @RequestParam(required = false) String q, @RequestParam(required = false) String wh,
      @RequestParam(required = false) String loc, @RequestParam(required = false) String lot,
      @RequestParam(required = false) String category, @RequestParam(required = false) String status,
      @RequestParam(required = false) String hideZero, @RequestParam(required = false) String view,
      @RequestParam(required = false) String done, HttpServletRequest request, HttpServletResponse response,
      Model model) {
    var filter = StockFilter.of(q, wh, loc, lot, category, status, hideZero, view);
    var query = PageQuery.of(ReadFilters.page(page), ReadFilters.size(size), sort, dir, filter.q());
    var links = new ListLinks("/inventory/stock", filter.asParams(), query);
    var exportLinks = new ListLinks("/inventory/stock/export", filter.asParams(), query.withPage(1));
    var canExport = CurrentUser.get().map(p -> p.can("INV.EXPORT")).orElse(false);
    model.addAttribute("view", new StockListView(stock.page(filter, query), filter, links, lookups.warehouseCodes(),
        StockFilter.CATEGORIES.stream().sorted().toList(), canExport, exportLinks.page(1)));
    response.addHeader("Vary", "HX-Request");
    // the adjustment form lands here after saving; only a known outcome is worded
    model.addAttribute("flashKey", "adjusted".equals(done) ? "inventory.adjust.flash.done" : null);
    if (!Fragments.tableOnly(request)) return "inventory/stock";
    model.addAttribute("oob", true); // the table also refreshes the sort state kept in the filter form
    return "inventory/stockTable";
  }

  @GetMapping("/inventory/stock/export")
  @RequiresPermission("INV.EXPORT")
  void export(@RequestParam(required = false) String format, @RequestParam(required = false) String sort,
      @RequestParam(required = false) String dir, @RequestParam(required = false) String q,
      @RequestParam(required = false) String wh, @RequestParam(required = false) String loc,
      @RequestParam(required = false) String lot, @RequestParam(required = false) String category,
      @RequestParam(required = false) String status, @RequestParam(required = false) String hideZero,
      @RequestParam(required = false) String view, Locale locale, HttpServletResponse response) throws IOException {
    var fmt = TableFile.Format.of(format);
    var filter = StockFilter.of(q, wh, loc, lot, category, status, hideZero, view);
    var order = PageQuery.of(1, 1, sort, dir, null);
    var name = exports.fileName("stock", fmt.ext());
    ExportAudit.start(response, fmt.contentType, name);
    var rows = new int[1];
    boolean complete = false;
    try (var file = TableFile.open(fmt, response.getOutputStream())) {
      file.section(text("inv.stock.title", locale), headers(locale));
      stock.forEach(filter, order, MAX_EXPORT_ROWS, r -> {
        rows[0]++;
        file.row(java.util.Arrays.asList(r.itemCode(), r.itemName(), r.category(), r.uom(), r.whCode(), r.locCode(),
            r.lotNo(), r.lotStatus(), r.expDate(), r.onHand(), r.reserved(), r.available(),
            text("inv.stock.status." + r.status(), locale)));
      });
      complete = true;
    } catch (UncheckedIOException e) {
      throw e.getCause();
    } finally {
      exports.record("t_inv", name, fmt.ext(), filter.asParams(), rows[0], complete);
    }
  }

  private List<String> headers(Locale locale) {
    return List.of("item", "name", "category", "uom", "wh", "loc", "lot", "lotStatus", "exp", "onHand", "reserved",
        "available", "status").stream().map(c -> text("inv.stock.col." + c, locale)).toList();
  }

  private String text(String key, Locale locale) {
    return messages.getMessage(key, null, locale);
  }
}
