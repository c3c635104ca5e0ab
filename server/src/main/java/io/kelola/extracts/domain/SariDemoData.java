package io.kelola.extracts.domain;

import io.kelola.shared.DemoMode;
import java.math.BigDecimal;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Demo QC specs for the demo extracts (red ginger and turmeric), for the domestic and the stricter
 * export market, so an operator can take a lot in right after {@code make run}.
 */
@Component
@Order(300)
class SariDemoData implements ApplicationRunner {

  private static final Logger log = LoggerFactory.getLogger(SariDemoData.class);

  /** Reference colours of good samples, as photographed under the intake light box. */
  static final double[] GINGER_LAB = {63.5, 14.6, 52.5};
  static final double[] TURMERIC_LAB = {73.0, 10.0, 72.0};

  private final DemoMode demo;
  private final QcSpecs specs;
  private final QcSpecRepository rows;
  private final io.kelola.masterdata.MasterLookup masters;

  SariDemoData(DemoMode demo, QcSpecs specs, QcSpecRepository rows, io.kelola.masterdata.MasterLookup masters) {
    this.demo = demo;
    this.specs = specs;
    this.rows = rows;
    this.masters = masters;
  }

  @Override
  public void run(ApplicationArguments args) {
    if (!demo.enabled()) return;
    int n = 0;
    n += spec("EXT-001", "DOMESTIC", GINGER_LAB, "6", "60", 5, "12");
    n += spec("EXT-001", "EXPORT", GINGER_LAB, "4", "55", 2, "10");
    n += spec("EXT-002", "DOMESTIC", TURMERIC_LAB, "6", "60", 5, "12");
    n += spec("EXT-002", "EXPORT", TURMERIC_LAB, "4", "55", 2, "10");
    if (n > 0) log.info("Demo QC specs added: {}", n);
  }

  private int spec(String item, String market, double[] lab, String deMax, String hazeMax, int particles, String moisture) {
    var ref = masters.item(item);
    if (ref.isEmpty() || rows.active(ref.get().id(), market).isPresent()) return 0;
    specs.publish(new QcSpecDraft(item, market, BigDecimal.valueOf(lab[0]), BigDecimal.valueOf(lab[1]),
        BigDecimal.valueOf(lab[2]), new BigDecimal(deMax), new BigDecimal(hazeMax), particles, 9, new BigDecimal("0.7"),
        List.of(new QcSpec.LabLimit("MOIST", "Kadar air", "%", null, new BigDecimal(moisture), "AOAC 925.10"),
            new QcSpec.LabLimit("PH", "pH", null, new BigDecimal("4.0"), new BigDecimal("6.5"), "pH meter")),
        List.of("Aroma khas", "Bebas kontaminan visual"), null));
    return 1;
  }
}
