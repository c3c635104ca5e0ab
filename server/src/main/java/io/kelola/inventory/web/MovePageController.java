package io.kelola.inventory.web;

import io.kelola.shared.security.RequiresPermission;
import io.kelola.shared.web.PageQuery;
import io.kelola.web.ListLinks;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** {@code /inventory/moves}: the ledger, newest first, filterable; htmx gets only the table. */
@Controller
class MovePageController {

  private final MoveQueries moves;
  private final ReadLookups lookups;

  MovePageController(MoveQueries moves, ReadLookups lookups) {
    this.moves = moves;
    this.lookups = lookups;
  }

  @GetMapping("/inventory/moves")
  @RequiresPermission("INV.READ")
  String list(@RequestParam(required = false) String page, @RequestParam(required = false) String size,
      @RequestParam(required = false) String item, @RequestParam(required = false) String wh,
      @RequestParam(required = false) String lot, @RequestParam(required = false) String type,
      @RequestParam(required = false) String reason, @RequestParam(required = false) String doc,
      @RequestParam(required = false) String from, @RequestParam(required = false) String to,
      HttpServletRequest request, HttpServletResponse response, Model model) {
    var filter = MoveFilter.of(item, wh, lot, type, reason, doc, from, to);
    var query = PageQuery.of(ReadFilters.page(page), ReadFilters.size(size), null, null, null);
    model.addAttribute("view", new MoveListView(moves.page(filter, query), filter,
        new ListLinks("/inventory/moves", filter.asParams(), query), lookups.warehouseCodes(),
        List.of("IN", "OUT", "TRANSFER", "ADJUST")));
    response.addHeader("Vary", "HX-Request");
    return Fragments.tableOnly(request) ? "inventory/movesTable" : "inventory/moves";
  }
}
