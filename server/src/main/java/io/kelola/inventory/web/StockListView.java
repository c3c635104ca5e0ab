package io.kelola.inventory.web;

import io.kelola.shared.web.PageResult;
import io.kelola.web.ListLinks;
import java.util.List;

/** The stock page: one page of rows, the filters as applied, the choices for the filter lists. Template view model. */
public record StockListView(PageResult<StockRow> result, StockFilter filter, ListLinks links, List<String> warehouses,
    List<String> categories, boolean canExport, String exportQuery) {

  public String value(String s) {
    return s == null ? "" : s;
  }
}
