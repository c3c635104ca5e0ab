package io.kelola.files;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.zip.CRC32;
import javax.imageio.ImageIO;

/** Small real and hand-made files for the upload checks. */
final class Samples {

  private Samples() {}

  static final byte[] PDF = "%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

  /** A real 1×1 lossless WebP (the probe image browsers feature tests decode). */
  static final byte[] WEBP_LOSSLESS = HexFormat.of()
      .parseHex("524946461a000000574542505650384c0d0000002f00000010071011118888fe0700");

  static byte[] png(int width, int height) {
    return encode("png", width, height);
  }

  static byte[] jpeg(int width, int height) {
    return encode("jpg", width, height);
  }

  private static byte[] encode(String format, int width, int height) {
    var image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
    for (int x = 0; x < width; x++) image.setRGB(x, x % height, 0x3366CC);
    var out = new ByteArrayOutputStream();
    try {
      if (!ImageIO.write(image, format, out)) throw new IllegalStateException("no writer for " + format);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  /** A well-formed PNG whose header claims {@code width × height} but which holds almost no data. */
  static byte[] pngClaiming(int width, int height) {
    var out = new ByteArrayOutputStream();
    out.writeBytes(ImageHeaders.PNG_SIGNATURE);
    var ihdr = ByteBuffer.allocate(13).putInt(width).putInt(height).put((byte) 8).put((byte) 2).put((byte) 0)
        .put((byte) 0).put((byte) 0).array();
    chunk(out, "IHDR", ihdr);
    chunk(out, "IDAT", new byte[] {0x78, (byte) 0x9C, 0x03, 0x00, 0x00, 0x00, 0x00, 0x01});
    chunk(out, "IEND", new byte[0]);
    return out.toByteArray();
  }

  private static void chunk(ByteArrayOutputStream out, String type, byte[] data) {
    var name = type.getBytes(StandardCharsets.US_ASCII);
    out.writeBytes(ByteBuffer.allocate(4).putInt(data.length).array());
    out.writeBytes(name);
    out.writeBytes(data);
    var crc = new CRC32();
    crc.update(name);
    crc.update(data);
    out.writeBytes(ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
  }

  /** An extended (VP8X) WebP header stating a {@code width × height} canvas. */
  static byte[] webpClaiming(int width, int height) {
    var b = ByteBuffer.allocate(30).order(ByteOrder.LITTLE_ENDIAN);
    b.put("RIFF".getBytes(StandardCharsets.US_ASCII)).putInt(22).put("WEBP".getBytes(StandardCharsets.US_ASCII));
    b.put("VP8X".getBytes(StandardCharsets.US_ASCII)).putInt(10).put(new byte[4]);
    put24(b, width - 1);
    put24(b, height - 1);
    return b.array();
  }

  /** A lossy (VP8) WebP key frame header for {@code width × height}, with a few payload bytes. */
  static byte[] webpLossy(int width, int height) {
    var b = ByteBuffer.allocate(40).order(ByteOrder.LITTLE_ENDIAN);
    b.put("RIFF".getBytes(StandardCharsets.US_ASCII)).putInt(32).put("WEBP".getBytes(StandardCharsets.US_ASCII));
    b.put("VP8 ".getBytes(StandardCharsets.US_ASCII)).putInt(20);
    b.put(new byte[] {0x10, 0x02, 0x00, (byte) 0x9D, 0x01, 0x2A}).putShort((short) width).putShort((short) height);
    return b.array();
  }

  private static void put24(ByteBuffer b, int value) {
    b.put((byte) value).put((byte) (value >> 8)).put((byte) (value >> 16));
  }

  static byte[] concat(byte[] a, byte[] b) {
    var out = Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }

  /** An endless stream of zeros that counts what it served. */
  static final class Endless extends java.io.InputStream {
    long served;

    @Override
    public int read() {
      served++;
      return 0;
    }

    @Override
    public int read(byte[] b, int off, int len) {
      Arrays.fill(b, off, off + len, (byte) 0);
      served += len;
      return len;
    }
  }
}
