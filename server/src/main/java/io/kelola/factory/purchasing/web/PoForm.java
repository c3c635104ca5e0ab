package io.kelola.factory.purchasing.web;

import io.kelola.factory.purchasing.PoRequest;
import java.util.ArrayList;
import java.util.List;

/**
 * The PO form as typed; lines come as parallel lists ({@code item}, {@code qty}, {@code unitPrice},
 * {@code taxCode}), one entry per row. Empty rows are skipped. Template view model.
 */
public record PoForm(String vendor, String warehouse, String orderDate, String expectedDate, String notes,
    List<Row> rows) {

  /** One line row as typed. */
  public record Row(String item, String qty, String unitPrice, String taxCode) {
    boolean blank() {
      return item.isBlank() && qty.isBlank() && unitPrice.isBlank();
    }
  }

  static final int BLANK_ROWS = 3;

  static PoForm empty(String warehouse) {
    return new PoForm("", warehouse, "", "", "", blankRows(new ArrayList<>(), BLANK_ROWS));
  }

  static PoForm of(String vendor, String warehouse, String orderDate, String expectedDate, String notes,
      List<String> items, List<String> qtys, List<String> prices, List<String> taxCodes) {
    int n = Math.min(PoLinesLimit.MAX_ROWS, max(items, qtys, prices, taxCodes));
    var rows = new ArrayList<Row>();
    for (int i = 0; i < n; i++) {
      rows.add(new Row(at(items, i), at(qtys, i), at(prices, i), at(taxCodes, i)));
    }
    return new PoForm(FormNumbers.trim(vendor), FormNumbers.trim(warehouse), FormNumbers.trim(orderDate),
        FormNumbers.trim(expectedDate), FormNumbers.trim(notes), rows);
  }

  /** The same form with {@code n} more empty rows (the "add line" button). */
  PoForm withBlankRows(int n) {
    return new PoForm(vendor, warehouse, orderDate, expectedDate, notes, blankRows(new ArrayList<>(rows), n));
  }

  /** Indices of the rows that carry a line, in order: line k of the request is row {@code filled().get(k)}. */
  List<Integer> filled() {
    var idx = new ArrayList<Integer>();
    for (int i = 0; i < rows.size(); i++) if (!rows.get(i).blank()) idx.add(i);
    return idx;
  }

  PoRequest request() {
    var lines = new ArrayList<PoRequest.Line>();
    for (int i : filled()) {
      var r = rows.get(i);
      lines.add(new PoRequest.Line(r.item(), FormNumbers.decimal("rows[" + i + "].qty", r.qty()),
          FormNumbers.decimal("rows[" + i + "].unitPrice", r.unitPrice()), r.taxCode()));
    }
    return new PoRequest(vendor, FormNumbers.date("orderDate", orderDate), FormNumbers.date("expectedDate", expectedDate),
        warehouse, notes, lines);
  }

  private static List<Row> blankRows(List<Row> rows, int n) {
    for (int i = 0; i < n && rows.size() < PoLinesLimit.MAX_ROWS; i++) rows.add(new Row("", "", "", ""));
    return rows;
  }

  private static int max(List<?>... lists) {
    int m = 0;
    for (var l : lists) if (l != null) m = Math.max(m, l.size());
    return m;
  }

  private static String at(List<String> l, int i) {
    return l == null || i >= l.size() || l.get(i) == null ? "" : l.get(i).strip();
  }

  /** A form never renders more rows than a PO may have lines. */
  static final class PoLinesLimit {
    static final int MAX_ROWS = 200;

    private PoLinesLimit() {}
  }
}
