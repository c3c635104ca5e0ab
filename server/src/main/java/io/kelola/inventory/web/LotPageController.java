package io.kelola.inventory.web;

import io.kelola.shared.security.CurrentUser;
import io.kelola.shared.security.RequiresPermission;
import io.kelola.shared.web.Msg;
import io.kelola.shared.web.PageQuery;
import io.kelola.web.ListLinks;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** {@code /inventory/lots}: lots with expiry and QC status; a lot's page with balances, moves and trace picture. */
@Controller
class LotPageController {

  private final LotQueries lots;
  private final LotReader reader;
  private final MessageSource messages;

  LotPageController(LotQueries lots, LotReader reader, MessageSource messages) {
    this.lots = lots;
    this.reader = reader;
    this.messages = messages;
  }

  @GetMapping("/inventory/lots")
  @RequiresPermission("INV.READ")
  String list(@RequestParam(required = false) String page, @RequestParam(required = false) String size,
      @RequestParam(required = false) String sort, @RequestParam(required = false) String dir,
      @RequestParam(required = false) String q, @RequestParam(required = false) String status,
      @RequestParam(required = false) String item, HttpServletRequest request, HttpServletResponse response,
      Model model) {
    var filter = LotFilter.of(q, status, item);
    var query = PageQuery.of(ReadFilters.page(page), ReadFilters.size(size), sort, dir, filter.q());
    model.addAttribute("view", new LotListView(lots.page(filter, query), filter,
        new ListLinks("/inventory/lots", filter.asParams(), query), List.of("QUARANTINE", "RELEASED", "ON_HOLD", "REJECTED")));
    response.addHeader("Vary", "HX-Request");
    if (!Fragments.tableOnly(request)) return "inventory/lots";
    model.addAttribute("oob", true); // the table also refreshes the sort state kept in the filter form
    return "inventory/lotsTable";
  }

  @GetMapping("/inventory/lots/{uuid}")
  @RequiresPermission("INV.READ")
  String detail(@PathVariable String uuid, Locale locale, Model model) {
    var detail = reader.detail(uuid);
    var canExport = CurrentUser.get().map(p -> p.can("INV.EXPORT")).orElse(false);
    model.addAttribute("view", new LotDetailView(detail, TraceSvg.render(detail.trace(), new Msg(messages, locale)), canExport));
    return "inventory/lotDetail";
  }
}
