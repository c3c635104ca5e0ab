package io.kelola.vision;

import static io.kelola.vision.TestImages.plain;
import static io.kelola.vision.TestImages.png;
import static io.kelola.vision.TestImages.square;
import static org.assertj.core.api.Assertions.assertThat;

import io.kelola.vision.InspectionReport.Detection;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/** The whole path with the bundled demo model: decode, letterbox, ONNX Runtime, NMS, measures, PNG. */
class InspectorTest {

  private static final Color SAMPLE = new Color(226, 196, 140);
  private static final Color SPECK = new Color(35, 25, 15);
  private static final Inspector INSPECTOR = new Inspector(VisionProperties.defaults());
  private static final InspectionLimits LIMITS = InspectionLimits.of(Lab.ofSrgb(226, 196, 140), 3, 60, 5, 20);

  @AfterAll
  static void close() throws Exception {
    INSPECTOR.close();
  }

  @Test
  void findsDarkSquaresInASquareImage() {
    // 640×640: input pixels = original pixels, one cell = 16 px
    var image = plain(640, 640, SAMPLE);
    int[][] specks = {{100, 100, 24}, {400, 150, 32}, {250, 480, 20}, {560, 560, 28}};
    for (var s : specks) square(image, s[0], s[1], s[2], SPECK);
    var report = INSPECTOR.inspect(png(image), LIMITS);
    assertFound(report.detectionsOf("foreign_matter"), specks, 16);
    assertThat(report.detections()).allMatch(d -> d.className().equals("foreign_matter"));
    assertThat(report.particles().count()).isEqualTo(4);
  }

  @Test
  void findsDarkSquaresInAWideImageThroughTheLetterbox() {
    // 1280×720 → scale 0.5, 140 px padding above and below: one cell = 32 original px
    var image = plain(1280, 720, SAMPLE);
    int[][] specks = {{100, 80, 48}, {700, 300, 60}, {1180, 620, 50}};
    for (var s : specks) square(image, s[0], s[1], s[2], SPECK);
    var report = INSPECTOR.inspect(png(image), LIMITS);
    assertThat(report.imageWidth()).isEqualTo(1280);
    assertThat(report.imageHeight()).isEqualTo(720);
    assertFound(report.detections(), specks, 32);
  }

  @Test
  void findsSquaresInATallJpeg() {
    var image = plain(480, 960, SAMPLE);
    int[][] specks = {{200, 100, 40}, {60, 700, 36}};
    for (var s : specks) square(image, s[0], s[1], s[2], SPECK);
    var report = INSPECTOR.inspect(TestImages.encode(image, "jpg"), LIMITS);
    assertFound(report.detections(), specks, 24);
  }

  @Test
  void brightSpotsOnADarkerSampleAreBubbles() {
    var image = square(plain(640, 640, new Color(150, 100, 40)), 300, 300, 24, Color.WHITE);
    var report = INSPECTOR.inspect(png(image), LIMITS);
    assertThat(report.detections()).singleElement().satisfies(d -> {
      assertThat(d.className()).isEqualTo("bubble");
      assertThat(d.classId()).isEqualTo(1);
    });
  }

  @Test
  void aPlainSampleHasNoDetectionsAndMeetsItsLimits() {
    // a plain picture has no detail, which the haze index counts against it: allow for that here
    var limits = InspectionLimits.of(Lab.ofSrgb(226, 196, 140), 3, 80, 5, 20);
    var report = INSPECTOR.inspect(png(plain(800, 600, SAMPLE)), limits);
    assertThat(report.detections()).isEmpty();
    assertThat(report.haze().index()).isBetween(60.0, 80.0);
    assertThat(report.particles().count()).isZero();
    assertThat(report.colour().deltaE()).isLessThan(0.01);
    assertThat(report.withinLimits()).isTrue();
  }

  @Test
  void confidenceThresholdOverrideIsUsedAndReported() {
    // a faint speck (about 0.35 darker than its surroundings) scores well below 0.99
    var image = square(plain(640, 640, SAMPLE), 320, 320, 32, new Color(130, 100, 50));
    var lenient = INSPECTOR.inspect(png(image), LIMITS);
    var strict = INSPECTOR.inspect(png(image), LIMITS.withDetectorThresholds(0.99, 0.45));
    assertThat(lenient.detections()).isNotEmpty();
    assertThat(lenient.detections()).allMatch(d -> d.confidence() < 0.99);
    assertThat(strict.detections()).isEmpty();
    assertThat(strict.thresholds().confidence()).isEqualTo(0.99);
    assertThat(lenient.thresholds().confidence()).isEqualTo(0.25);
    assertThat(lenient.thresholds().iou()).isEqualTo(0.45);
  }

  @Test
  void reportCarriesModelVersionTimingsAndAnAnnotatedPng() throws IOException {
    var image = square(plain(300, 200, SAMPLE), 140, 90, 20, SPECK);
    var report = INSPECTOR.inspect(png(image), LIMITS);
    assertThat(report.modelVersion()).matches("speck-detector\\.onnx@[0-9a-f]{12}");
    assertThat(report.timings().total()).isPositive();
    assertThat(report.timings().inference()).isPositive().isLessThanOrEqualTo(report.timings().total());
    BufferedImage annotated = ImageIO.read(new ByteArrayInputStream(report.annotatedPng()));
    assertThat(annotated.getWidth()).isEqualTo(300);
    assertThat(annotated.getHeight()).isEqualTo(200);
    assertThat(report.particles().count()).isEqualTo(1);
    // the particle's outline is painted magenta on its border pixels
    assertThat(annotated.getRGB(140, 100) & 0xFFFFFF).isEqualTo(0xFF00FF);
    // far from any finding the picture is unchanged
    assertThat(annotated.getRGB(10, 190) & 0xFFFFFF).isEqualTo(SAMPLE.getRGB() & 0xFFFFFF);
  }

  @Test
  void concurrentInspectionsGiveTheSameResultsAsSequentialOnes() throws Exception {
    var images = new java.util.ArrayList<byte[]>();
    for (int i = 0; i < 6; i++) images.add(png(square(plain(400 + 40 * i, 300, SAMPLE), 40 + 30 * i, 100, 24, SPECK)));
    var expected = images.stream().map(b -> INSPECTOR.inspect(b, LIMITS)).toList();
    try (var pool = java.util.concurrent.Executors.newFixedThreadPool(4)) {
      var futures = new java.util.ArrayList<java.util.concurrent.Future<InspectionReport>>();
      for (int round = 0; round < 3; round++) for (var b : images) futures.add(pool.submit(() -> INSPECTOR.inspect(b, LIMITS)));
      for (int i = 0; i < futures.size(); i++) {
        var actual = futures.get(i).get();
        var wanted = expected.get(i % images.size());
        assertThat(actual.detections()).isEqualTo(wanted.detections());
        assertThat(actual.particles()).isEqualTo(wanted.particles());
        assertThat(actual.colour()).isEqualTo(wanted.colour());
        assertThat(actual.annotatedPng()).isEqualTo(wanted.annotatedPng());
      }
    }
  }

  /** Every speck has a detection whose centre is within one cell of its centre, and vice versa. */
  private static void assertFound(List<Detection> detections, int[][] specks, double cell) {
    assertThat(detections).as("one detection per speck").hasSize(specks.length);
    for (var s : specks) {
      double cx = s[0] + s[2] / 2.0, cy = s[1] + s[2] / 2.0;
      assertThat(detections).as("speck at %s,%s", cx, cy).anySatisfy(d -> {
        assertThat(Math.abs((d.x1() + d.x2()) / 2 - cx)).isLessThanOrEqualTo(cell);
        assertThat(Math.abs((d.y1() + d.y2()) / 2 - cy)).isLessThanOrEqualTo(cell);
        assertThat(d.className()).isEqualTo("foreign_matter");
        assertThat(d.confidence()).isGreaterThan(0.5);
      });
    }
  }
}
