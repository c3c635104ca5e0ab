package io.kelola.inventory.web;

import io.kelola.shared.security.RequiresPermission;
import io.kelola.shared.web.PageQuery;
import io.kelola.shared.web.PageResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Read side of the inventory ledger as JSON: stock, moves, lots, lot detail and trace. */
@RestController
@RequestMapping("/api/v1/inventory")
class InventoryReadApiController {

  private final StockQueries stock;
  private final MoveQueries moves;
  private final LotQueries lots;
  private final LotReader lotReader;

  InventoryReadApiController(StockQueries stock, MoveQueries moves, LotQueries lots, LotReader lotReader) {
    this.stock = stock;
    this.moves = moves;
    this.lots = lots;
    this.lotReader = lotReader;
  }

  @GetMapping("/stock")
  @RequiresPermission("INV.READ")
  PageResult<StockRow> stock(@RequestParam(required = false) String page, @RequestParam(required = false) String size,
      @RequestParam(required = false) String sort, @RequestParam(required = false) String dir,
      @RequestParam(required = false) String q, @RequestParam(required = false) String wh,
      @RequestParam(required = false) String loc, @RequestParam(required = false) String lot,
      @RequestParam(required = false) String category, @RequestParam(required = false) String status,
      @RequestParam(required = false) String hideZero, @RequestParam(required = false) String view) {
    var filter = StockFilter.of(q, wh, loc, lot, category, status, hideZero, view);
    return stock.page(filter, PageQuery.of(ReadFilters.page(page), ReadFilters.size(size), sort, dir, filter.q()));
  }

  @GetMapping("/moves")
  @RequiresPermission("INV.READ")
  PageResult<MoveRow> moves(@RequestParam(required = false) String page, @RequestParam(required = false) String size,
      @RequestParam(required = false) String item, @RequestParam(required = false) String wh,
      @RequestParam(required = false) String lot, @RequestParam(required = false) String type,
      @RequestParam(required = false) String reason, @RequestParam(required = false) String doc,
      @RequestParam(required = false) String from, @RequestParam(required = false) String to) {
    var filter = MoveFilter.of(item, wh, lot, type, reason, doc, from, to);
    return moves.page(filter, PageQuery.of(ReadFilters.page(page), ReadFilters.size(size), null, null, null));
  }

  @GetMapping("/lots")
  @RequiresPermission("INV.READ")
  PageResult<LotRow> lots(@RequestParam(required = false) String page, @RequestParam(required = false) String size,
      @RequestParam(required = false) String sort, @RequestParam(required = false) String dir,
      @RequestParam(required = false) String q, @RequestParam(required = false) String status,
      @RequestParam(required = false) String item) {
    var filter = LotFilter.of(q, status, item);
    return lots.page(filter, PageQuery.of(ReadFilters.page(page), ReadFilters.size(size), sort, dir, filter.q()));
  }

  @GetMapping("/lots/{uuid}")
  @RequiresPermission("INV.READ")
  LotDetail lot(@PathVariable String uuid) {
    return lotReader.detail(uuid);
  }

  @GetMapping("/lots/{uuid}/trace")
  @RequiresPermission("INV.READ")
  Trace trace(@PathVariable String uuid, @RequestParam(required = false) String direction) {
    var dir = ReadFilters.oneOf(direction, "direction", java.util.Set.of("FORWARD", "BACKWARD", "BOTH"));
    return lotReader.trace(uuid, dir == null ? Trace.Direction.BOTH : Trace.Direction.valueOf(dir));
  }
}
