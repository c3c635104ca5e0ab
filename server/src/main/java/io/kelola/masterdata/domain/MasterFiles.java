package io.kelola.masterdata.domain;

import io.kelola.shared.web.CsvCells;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.reader.ReadableWorkbook;

/**
 * CSV and XLSX for master import/export. The header row holds field names ({@code code, name,
 * creditLimit…}) so an exported file imports back unchanged.
 */
public final class MasterFiles {

  public static final int MAX_ROWS = 10_000;

  private MasterFiles() {}

  public static List<String> header(MasterKind kind) {
    var header = new ArrayList<String>();
    header.add("code");
    kind.fields().forEach(f -> header.add(f.name()));
    return header;
  }

  static String plain(Object v) {
    if (v == null) return "";
    if (v instanceof BigDecimal b) return b.stripTrailingZeros().toPlainString();
    return v.toString();
  }

  public static List<String> cells(MasterKind kind, MasterRow row) {
    var cells = new ArrayList<String>();
    cells.add(row.code());
    kind.fields().forEach(f -> cells.add(plain(row.get(f.name()))));
    return cells;
  }

  public static void writeXlsx(MasterKind kind, List<MasterRow> rows, OutputStream out) {
    try {
      var wb = new Workbook(out, "Kelola", "1.0");
      var ws = wb.newWorksheet(kind.kind());
      var header = header(kind);
      for (int c = 0; c < header.size(); c++) ws.value(0, c, header.get(c));
      int r = 1;
      for (var row : rows) {
        ws.value(r, 0, row.code());
        int c = 1;
        for (var f : kind.fields()) {
          var v = row.get(f.name());
          if (v instanceof BigDecimal b) ws.value(r, c, b);
          else if (v instanceof Integer i) ws.value(r, c, i);
          else if (v != null) ws.value(r, c, v.toString());
          c++;
        }
        r++;
      }
      wb.finish();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Rows of cells from an uploaded CSV (UTF-8) or XLSX (first sheet) file; XLSX is recognised by content. */
  public static List<List<String>> read(byte[] content) {
    if (content.length > 3 && content[0] == 'P' && content[1] == 'K' && content[2] == 3 && content[3] == 4) {
      return readXlsx(content);
    }
    return readCsv(new String(content, StandardCharsets.UTF_8));
  }

  private static List<List<String>> readXlsx(byte[] content) {
    var rows = new ArrayList<List<String>>();
    try (var wb = new ReadableWorkbook(new ByteArrayInputStream(content))) {
      try (var stream = wb.getFirstSheet().openStream()) {
        var it = stream.iterator();
        while (it.hasNext()) {
          var row = it.next();
          var cells = new ArrayList<String>();
          for (int i = 0; i < row.getCellCount(); i++) {
            var cell = row.getCell(i);
            cells.add(cell == null ? "" : cell.getText() == null ? "" : cell.getText());
          }
          // keep the spreadsheet's row numbering when rows are skipped
          while (rows.size() < row.getRowNum() - 1) rows.add(List.of());
          rows.add(cells);
          if (rows.size() > MAX_ROWS + 1) break;
        }
      }
    } catch (IOException | RuntimeException e) {
      throw new ImportRejectedException(List.of(new ImportProblem(0, null, "master.import.unreadable")));
    }
    return rows;
  }

  /** RFC 4180: quoted cells may hold commas, quotes and line breaks. */
  static List<List<String>> readCsv(String text) {
    if (text.startsWith("\uFEFF")) text = text.substring(1);
    var rows = new ArrayList<List<String>>();
    var row = new ArrayList<String>();
    var cell = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < text.length(); i++) {
      char ch = text.charAt(i);
      if (quoted) {
        if (ch == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
          cell.append('"');
          i++;
        } else if (ch == '"') quoted = false;
        else cell.append(ch);
      } else if (ch == '"' && cell.isEmpty()) quoted = true;
      else if (ch == ',') {
        row.add(cell.toString());
        cell.setLength(0);
      } else if (ch == '\n' || ch == '\r') {
        if (ch == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') i++;
        row.add(cell.toString());
        cell.setLength(0);
        rows.add(row);
        row = new ArrayList<>();
        if (rows.size() > MAX_ROWS + 1) return rows;
      } else cell.append(ch);
    }
    if (!cell.isEmpty() || !row.isEmpty()) {
      row.add(cell.toString());
      rows.add(row);
    }
    return rows;
  }

  /** Undoes the export's formula guard. */
  static String unguard(String cell) {
    if (cell.length() > 1 && cell.charAt(0) == '\'' && CsvCells.FORMULA_START.indexOf(cell.charAt(1)) >= 0) {
      return cell.substring(1);
    }
    return cell;
  }
}
