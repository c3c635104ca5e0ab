package io.kelola.vision;

import static io.kelola.vision.TestImages.disc;
import static io.kelola.vision.TestImages.plain;
import static io.kelola.vision.TestImages.rgb;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.kelola.vision.domain.ColourMeter;
import io.kelola.vision.domain.HazeMeter;
import io.kelola.vision.domain.Measurements;
import io.kelola.vision.domain.ParticleCounter;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.util.Comparator;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The classical measures on generated images with known content. */
class MeasuresTest {

  private static final Color LIGHT_AMBER = new Color(226, 196, 140);
  private static final Color SPECK = new Color(40, 30, 20);

  @ParameterizedTest(name = "sRGB {0} {1} {2}")
  @CsvSource({"200, 150, 50", "120, 180, 200", "128, 128, 128", "90, 40, 20"})
  void meanColourOfAPlainImageIsItsLab(int r, int g, int b) {
    var expected = Lab.ofSrgb(r, g, b);
    var result = ColourMeter.measure(rgb(plain(120, 90, new Color(r, g, b))), null);
    assertThat(result.mean().l()).isCloseTo(expected.l(), within(1e-9));
    assertThat(result.mean().a()).isCloseTo(expected.a(), within(1e-9));
    assertThat(result.mean().b()).isCloseTo(expected.b(), within(1e-9));
    assertThat(result.confidence()).isCloseTo(1.0, within(1e-9));
  }

  @Test
  void meanColourAveragesInLinearLightOverTheCentralRegionOnly() {
    // left and right halves of the centre differ; the border is a third colour that must not count
    var image = plain(200, 200, Color.BLUE);
    var g = image.createGraphics();
    g.setColor(new Color(200, 0, 0));
    g.fillRect(50, 50, 50, 100);
    g.setColor(new Color(0, 0, 0));
    g.fillRect(100, 50, 50, 100);
    g.dispose();
    var result = ColourMeter.measure(rgb(image), null);
    // the linear mean of red 200 and black is half of red 200's linear value: no sRGB value is exactly that,
    // so compare with the Lab of that linear mix directly
    double halfRed = io.kelola.vision.domain.CieLab.linear(200) / 2;
    var lab = io.kelola.vision.domain.CieLab.fromLinear(halfRed, 0, 0);
    assertThat(result.mean().l()).isCloseTo(lab[0], within(1e-9));
    assertThat(result.mean().a()).isCloseTo(lab[1], within(1e-9));
    assertThat(result.confidence()).as("an uneven region is less certain").isLessThan(0.5);
  }

  @Test
  void deltaEToTheReferenceIsReportedAgainstTheLimit() {
    var reference = Lab.ofSrgb(226, 196, 140);
    var same = Measurements.of(rgb(plain(100, 100, LIGHT_AMBER)), InspectionLimits.of(reference, 2, 100, 10, 4), 4_000_000);
    assertThat(same.colour().deltaE()).isCloseTo(0, within(1e-9));
    assertThat(same.colour().withinLimit()).isTrue();
    var darker = Measurements.of(rgb(plain(100, 100, new Color(196, 160, 100))), InspectionLimits.of(reference, 2, 100, 10, 4), 4_000_000);
    assertThat(darker.colour().deltaE()).isCloseTo(Lab.ofSrgb(196, 160, 100).deltaE2000(reference), within(1e-9)).isGreaterThan(2);
    assertThat(darker.colour().withinLimit()).isFalse();
  }

  @Test
  void countsDarkDiscsAndMeasuresTheirSize() {
    var image = plain(400, 300, LIGHT_AMBER);
    double[][] discs = {{60, 60, 5}, {200, 80, 8}, {330, 70, 12}, {90, 220, 3}, {250, 230, 10}, {360, 250, 6}};
    for (var d : discs) disc(image, d[0], d[1], d[2], SPECK);
    var dust = disc(image, 150, 150, 0.9, SPECK); // 4 pixels or fewer: below the minimum area
    var result = ParticleCounter.count(rgb(dust), 12);
    assertThat(result.blobs()).hasSize(discs.length);
    var found = result.blobs().stream().sorted(Comparator.comparingDouble(b -> b.centreX() * 1000 + b.centreY())).toList();
    for (var d : discs) {
      var blob = found.stream().filter(b -> Math.hypot(b.centreX() - d[0], b.centreY() - d[1]) < 1).findFirst().orElseThrow();
      double area = Math.PI * d[2] * d[2];
      assertThat((double) blob.area()).as("area of disc r=%s", d[2]).isCloseTo(area, within(Math.max(4, 0.1 * area)));
      assertThat(2 * Math.sqrt(blob.area() / Math.PI)).isCloseTo(2 * d[2], within(0.6));
    }
    assertThat(result.confidence()).isEqualTo(1.0);
  }

  @Test
  void particlesAreFoundUnderUnevenLighting() {
    // a left-to-right brightness ramp of 100 levels: a global threshold would flag the dark side
    var image = new BufferedImage(400, 200, BufferedImage.TYPE_INT_RGB);
    for (int y = 0; y < 200; y++) {
      for (int x = 0; x < 400; x++) {
        int v = 130 + x / 4;
        image.setRGB(x, y, new Color(v, v, v).getRGB());
      }
    }
    disc(image, 50, 100, 6, new Color(60, 60, 60));
    disc(image, 350, 100, 6, new Color(150, 150, 150));
    var result = ParticleCounter.count(rgb(image), 10);
    assertThat(result.blobs()).hasSize(2);
  }

  @Test
  void noParticlesInANoisyPlainImage() {
    var image = plain(300, 200, LIGHT_AMBER);
    var random = new SplittableRandom(1);
    for (int y = 0; y < 200; y++) {
      for (int x = 0; x < 300; x++) {
        int n = (int) Math.round(random.nextGaussian() * 4);
        image.setRGB(x, y, new Color(226 + Math.min(29, n), 196 + n, 140 + n).getRGB());
      }
    }
    var result = ParticleCounter.count(rgb(image), 4);
    assertThat(result.blobs()).isEmpty();
    assertThat(result.noise()).isBetween(2.0, 6.0);
    assertThat(result.confidence()).isBetween(0.4, 1.0);
  }

  @Test
  void hazeRisesMonotonicallyWithAWhiteVeil() {
    var scene = textured();
    double previous = -1;
    for (double alpha = 0; alpha <= 0.9001; alpha += 0.1) {
      double haze = HazeMeter.measure(rgb(veiled(scene, alpha)), null).index();
      assertThat(haze).as("haze at veil %.1f", alpha).isGreaterThan(previous).isBetween(0.0, 100.0);
      previous = haze;
    }
    assertThat(HazeMeter.measure(rgb(veiled(scene, 0)), null).index()).isLessThan(30);
    assertThat(previous).isGreaterThan(80);
  }

  @Test
  void hazeRisesWithBlur() {
    var scene = textured();
    double sharp = HazeMeter.measure(rgb(scene), null).index();
    double blurred = HazeMeter.measure(rgb(boxBlur(scene, 3)), null).index();
    assertThat(blurred).isGreaterThan(sharp + 5);
  }

  /** A saturated amber sample with a fine dark pattern seen through it (label text, edges). */
  private static BufferedImage textured() {
    var image = plain(200, 200, new Color(200, 120, 20));
    for (int y = 0; y < 200; y++) {
      for (int x = 0; x < 200; x++) if ((x / 3 + y / 5) % 4 == 0) image.setRGB(x, y, new Color(120, 60, 10).getRGB());
    }
    return image;
  }

  private static BufferedImage veiled(BufferedImage source, double alpha) {
    var out = new BufferedImage(source.getWidth(), source.getHeight(), BufferedImage.TYPE_INT_RGB);
    for (int y = 0; y < source.getHeight(); y++) {
      for (int x = 0; x < source.getWidth(); x++) {
        var c = new Color(source.getRGB(x, y));
        out.setRGB(x, y, new Color(mix(c.getRed(), alpha), mix(c.getGreen(), alpha), mix(c.getBlue(), alpha)).getRGB());
      }
    }
    return out;
  }

  private static int mix(int channel, double alpha) {
    return (int) Math.round((1 - alpha) * channel + alpha * 255);
  }

  private static BufferedImage boxBlur(BufferedImage source, int r) {
    int w = source.getWidth(), h = source.getHeight();
    var out = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
    for (int y = 0; y < h; y++) {
      for (int x = 0; x < w; x++) {
        int sr = 0, sg = 0, sb = 0, n = 0;
        for (int dy = -r; dy <= r; dy++) {
          for (int dx = -r; dx <= r; dx++) {
            int xx = Math.clamp(x + dx, 0, w - 1), yy = Math.clamp(y + dy, 0, h - 1);
            var c = new Color(source.getRGB(xx, yy));
            sr += c.getRed(); sg += c.getGreen(); sb += c.getBlue(); n++;
          }
        }
        out.setRGB(x, y, new Color(sr / n, sg / n, sb / n).getRGB());
      }
    }
    return out;
  }
}
