package io.kelola.factory.production;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** Shift-log request, rows and OEE figures. */
public final class ShiftLogRecords {

  private ShiftLogRecords() {}

  /** Downtime causes an operator picks from; descriptions are in the message bundle. */
  public static final List<String> ERROR_CODES = List.of("MECH", "ELEC", "MAT", "SETUP", "QUAL", "OTHER");

  public static final List<String> SHIFTS = List.of("1", "2", "3");

  public static final int DEFAULT_PLANNED_MIN = 480;

  /**
   * One machine's shift. {@code date} defaults to today (WIB), {@code plannedMin} to 480.
   *
   * @param outputQty everything made in the shift; {@code rejectQty} is the part of it rejected
   */
  public record NewShiftLog(String machine, String employee, LocalDate date, String shift, Integer plannedMin,
      BigDecimal outputQty, BigDecimal rejectQty, BigDecimal downtimeMin, String errorCode, String woNo) {}

  public record ShiftLog(UUID uuid, String machine, String machineName, String employee, String employeeName,
      String woNo, LocalDate date, String shift, int plannedMin, BigDecimal outputQty, BigDecimal rejectQty,
      BigDecimal downtimeMin, String errorCode, Instant createdAt, String createdBy) {}

  /**
   * A machine's OEE over a period, from the daily rollup: availability = run / planned, performance
   * = output / ideal (capped at 1; 0 when the capacity is unknown), quality = good / output. Ratios
   * are 0..1 with four decimals.
   */
  public record Oee(String machine, String machineName, BigDecimal plannedMin, BigDecimal downtimeMin,
      BigDecimal outputQty, BigDecimal rejectQty, BigDecimal idealQty) {

    @JsonProperty("availability")
    public BigDecimal availability() {
      return ratio(plannedMin.subtract(downtimeMin), plannedMin);
    }

    @JsonProperty("performance")
    public BigDecimal performance() {
      return ratio(outputQty, idealQty).min(BigDecimal.ONE);
    }

    @JsonProperty("quality")
    public BigDecimal quality() {
      return ratio(outputQty.subtract(rejectQty), outputQty);
    }

    @JsonProperty("oee")
    public BigDecimal oee() {
      return availability().multiply(performance()).multiply(quality()).setScale(4, RoundingMode.HALF_UP);
    }

    /** Percent with one decimal, for pages. */
    public static String pct(BigDecimal ratio) {
      return ratio.multiply(BigDecimal.valueOf(100)).setScale(1, RoundingMode.HALF_UP).toPlainString().replace('.', ',')
          + " %";
    }

    private static BigDecimal ratio(BigDecimal a, BigDecimal b) {
      if (b == null || b.signum() == 0) return BigDecimal.ZERO.setScale(4);
      return a.divide(b, 4, RoundingMode.HALF_UP);
    }
  }
}
