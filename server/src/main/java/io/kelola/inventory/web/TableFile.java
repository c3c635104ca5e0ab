package io.kelola.inventory.web;

import io.kelola.shared.web.CsvCells;

import io.kelola.shared.web.BusinessRuleException;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * A spreadsheet download written row by row: XLSX (one sheet per section, numbers and dates as real
 * cells) or CSV (UTF-8 with BOM, sections one after the other). Text cells are defused so nothing
 * runs as a formula.
 */
abstract class TableFile implements AutoCloseable {

  enum Format {
    XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"), CSV("text/csv;charset=UTF-8");

    final String contentType;

    Format(String contentType) {
      this.contentType = contentType;
    }

    String ext() {
      return name().toLowerCase(Locale.ROOT);
    }

    static Format of(String raw) {
      if (raw == null || raw.isBlank()) return XLSX;
      return switch (raw.strip().toLowerCase(Locale.ROOT)) {
        case "xlsx" -> XLSX;
        case "csv" -> CSV;
        default -> throw BusinessRuleException.invalid("format", "inv.export.format");
      };
    }
  }

  /** Excel refuses longer cell texts. */
  static final int MAX_CELL = 32_767;

  static TableFile open(Format format, OutputStream out) {
    return format == Format.XLSX ? new Xlsx(out) : new Csv(out);
  }

  /** Starts a section (a sheet in XLSX) with its column headers. */
  abstract void section(String name, List<String> headers);

  abstract void row(List<?> cells);

  @Override
  public abstract void close() throws IOException;

  static String clean(String s) {
    var clean = s.codePoints()
        .filter(c -> c == '\t' || c == '\n' || c == '\r' || c >= 0x20 && c != 0xFFFE && c != 0xFFFF)
        .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
    return clean.length() > MAX_CELL ? clean.substring(0, MAX_CELL) : clean;
  }

  private static final class Xlsx extends TableFile {
    private final OutputStream out;
    private final Workbook wb;
    private Worksheet ws;
    private int row;

    Xlsx(OutputStream out) {
      this.out = out;
      this.wb = new Workbook(out, "Kelola", "1.0");
    }

    @Override
    void section(String name, List<String> headers) {
      finishSheet();
      ws = wb.newWorksheet(clean(name));
      row = 0;
      for (int c = 0; c < headers.size(); c++) {
        ws.width(c, 18);
        ws.value(0, c, headers.get(c));
        ws.style(0, c).bold().set();
      }
      ws.freezePane(0, 1);
    }

    @Override
    void row(List<?> cells) {
      row++;
      for (int c = 0; c < cells.size(); c++) {
        var v = cells.get(c);
        switch (v) {
          case null -> { }
          case BigDecimal n -> ws.value(row, c, n);
          case Number n -> ws.value(row, c, n);
          case LocalDate d -> {
            ws.value(row, c, d);
            ws.style(row, c).format("yyyy-mm-dd").set();
          }
          case LocalDateTime t -> {
            ws.value(row, c, t);
            ws.style(row, c).format("yyyy-mm-dd hh:mm").set();
          }
          default -> ws.inlineString(row, c, clean(v.toString()));
        }
      }
      if (row % 1000 == 0) {
        try {
          ws.flush();
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }
    }

    private void finishSheet() {
      if (ws == null) return;
      try {
        ws.finish();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    @Override
    public void close() throws IOException {
      finishSheet();
      wb.finish();
      out.flush();
    }
  }

  private static final class Csv extends TableFile {
    private final BufferedWriter w;
    private boolean first = true;

    Csv(OutputStream out) {
      this.w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 64 * 1024);
      write("\uFEFF"); // BOM: Excel then reads the file as UTF-8
    }

    @Override
    void section(String name, List<String> headers) {
      if (!first) write("\r\n");
      first = false;
      row(headers);
    }

    @Override
    void row(List<?> cells) {
      var line = new StringBuilder();
      for (int i = 0; i < cells.size(); i++) {
        if (i > 0) line.append(',');
        var v = cells.get(i);
        line.append(v == null ? "" : v instanceof BigDecimal n ? n.toPlainString() : field(v.toString()));
      }
      write(line.append("\r\n").toString());
    }

    private static String field(String value) {
      return CsvCells.field(clean(value));
    }

    private void write(String s) {
      try {
        w.write(s);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    @Override
    public void close() throws IOException {
      w.flush();
    }
  }
}
