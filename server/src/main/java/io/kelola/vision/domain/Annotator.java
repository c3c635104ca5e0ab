package io.kelola.vision.domain;

import io.kelola.vision.InspectionReport.Detection;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.util.List;

/**
 * The annotated PNG: the original image with particle outlines (magenta) and detection boxes
 * labelled "class confidence", one colour per class.
 */
public final class Annotator {

  private static final Color[] PALETTE = {new Color(230, 25, 75), new Color(0, 130, 200), new Color(60, 180, 75),
      new Color(245, 130, 48), new Color(145, 30, 180), new Color(70, 240, 240)};
  private static final int OUTLINE = 0xFF00FF;

  private Annotator() {}

  public static byte[] annotate(RgbImage original, List<Detection> detections, Measurements measures) {
    var copy = new BufferedImage(original.width(), original.height(), BufferedImage.TYPE_INT_RGB);
    var canvas = RgbImage.of(copy);
    System.arraycopy(original.pixels(), 0, canvas.pixels(), 0, original.pixels().length);
    outlineParticles(canvas, measures);
    var g = copy.createGraphics();
    try {
      g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
      int stroke = Math.max(2, Math.min(original.width(), original.height()) / 300);
      g.setStroke(new BasicStroke(stroke));
      g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, Math.max(12, stroke * 6)));
      var metrics = g.getFontMetrics();
      for (var d : detections) {
        var colour = PALETTE[d.classId() % PALETTE.length];
        int x = (int) d.x1(), y = (int) d.y1();
        g.setColor(colour);
        g.drawRect(x, y, (int) (d.x2() - d.x1()), (int) (d.y2() - d.y1()));
        var label = "%s %.2f".formatted(d.className(), d.confidence());
        int ty = Math.max(metrics.getAscent(), y - 2);
        g.fillRect(x, ty - metrics.getAscent(), metrics.stringWidth(label) + 4, metrics.getHeight());
        g.setColor(Color.WHITE);
        g.drawString(label, x + 2, ty);
      }
    } finally {
      g.dispose();
    }
    return PngEncoder.encode(canvas);
  }

  /** Paints the boundary pixels of every kept particle (a labelled pixel with a differently labelled 4-neighbour). */
  private static void outlineParticles(RgbImage canvas, Measurements measures) {
    int[] labels = measures.particles().labels();
    int w = measures.measured().width(), h = measures.measured().height();
    double inv = 1 / measures.scale();
    int[] out = canvas.pixels();
    for (int y = 0; y < h; y++) {
      for (int x = 0; x < w; x++) {
        int l = labels[y * w + x];
        if (l <= 0) continue;
        boolean edge = x == 0 || y == 0 || x == w - 1 || y == h - 1 || labels[y * w + x - 1] != l
            || labels[y * w + x + 1] != l || labels[(y - 1) * w + x] != l || labels[(y + 1) * w + x] != l;
        if (!edge) continue;
        int ox0 = (int) (x * inv), oy0 = (int) (y * inv);
        int ox1 = Math.min(canvas.width(), Math.max(ox0 + 1, (int) ((x + 1) * inv)));
        int oy1 = Math.min(canvas.height(), Math.max(oy0 + 1, (int) ((y + 1) * inv)));
        for (int oy = oy0; oy < oy1; oy++) {
          for (int ox = ox0; ox < ox1; ox++) out[oy * canvas.width() + ox] = OUTLINE;
        }
      }
    }
  }
}
