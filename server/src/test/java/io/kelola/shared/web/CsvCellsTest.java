package io.kelola.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** The one CSV cell rule of every download: formulas defused, numbers kept, RFC 4180 quoting. */
class CsvCellsTest {

  @Test
  void formulasGetAnApostropheButNumbersStayNumbers() {
    assertThat(CsvCells.field("=SUM(A1)")).isEqualTo("'=SUM(A1)");
    assertThat(CsvCells.field("@cmd")).isEqualTo("'@cmd");
    assertThat(CsvCells.field("-5")).isEqualTo("-5");
    assertThat(CsvCells.field("+1.5")).isEqualTo("+1.5");
    assertThat(CsvCells.field("-x")).isEqualTo("'-x");
  }

  @Test
  void quotesWhatNeedsQuotingAndEndsLinesWithCrLf() {
    assertThat(CsvCells.line(Arrays.asList("a,b", "say \"hi\"", null, " pad"))).isEqualTo("\"a,b\",\"say \"\"hi\"\"\",,\" pad\"\r\n");
  }
}
