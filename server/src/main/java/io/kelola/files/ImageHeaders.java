package io.kelola.files;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;
import javax.imageio.ImageIO;
import javax.imageio.stream.MemoryCacheImageInputStream;

/**
 * Structure and header checks for {@link FileChecks}: walks the container (PNG chunks with their
 * CRCs, JPEG segments, WebP RIFF chunks) to the end so truncated or appended files fail, and reads
 * the dimensions from the header only. No pixel data is ever decompressed.
 */
final class ImageHeaders {

  static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A};
  private static final int PDF_TAIL = 1024;

  private ImageHeaders() {}

  /** A PDF ends with {@code %%EOF}, give or take trailing whitespace; a cut-off upload does not. */
  static boolean pdfComplete(byte[] c) {
    int from = Math.max(0, c.length - PDF_TAIL);
    return new String(c, from, c.length - from, StandardCharsets.ISO_8859_1).contains("%%EOF");
  }

  /** {@code {width, height}} of a complete, well-formed image of {@code type}; {@code null} otherwise. */
  static int[] dimensions(FileType type, byte[] c) {
    return switch (type) {
      case PNG -> pngComplete(c) ? imageIo("image/png", c) : null;
      case JPEG -> jpegComplete(c) ? imageIo("image/jpeg", c) : null;
      case WEBP -> webp(c);
      case PDF -> null;
    };
  }

  /** IHDR first, every chunk inside the file with a matching CRC, IEND exactly at the end. */
  private static boolean pngComplete(byte[] c) {
    int pos = PNG_SIGNATURE.length;
    boolean first = true;
    var crc = new CRC32();
    while (c.length - pos >= 12) {
      long length = int32(c, pos);
      if (length > c.length - pos - 12L) return false;
      var name = new String(c, pos + 4, 4, StandardCharsets.ISO_8859_1);
      if (first && !(name.equals("IHDR") && length == 13)) return false;
      first = false;
      crc.reset();
      crc.update(c, pos + 4, 4 + (int) length);
      if (crc.getValue() != int32(c, pos + 8 + (int) length)) return false;
      pos += 12 + (int) length;
      if (name.equals("IEND")) return pos == c.length;
    }
    return false;
  }

  /** Segments from SOI to the start of scan fit in the file, and the file ends with EOI. */
  private static boolean jpegComplete(byte[] c) {
    if (c.length < 4 || (c[c.length - 2] & 0xFF) != 0xFF || (c[c.length - 1] & 0xFF) != 0xD9) return false;
    int pos = 2;
    while (pos + 4 <= c.length) {
      if ((c[pos] & 0xFF) != 0xFF) return false;
      int marker = c[pos + 1] & 0xFF;
      if (marker == 0xFF) {
        pos++; // fill byte
        continue;
      }
      if (marker == 0xD9 || marker == 0xD8) return false; // end (or a second start) before any image data
      if (marker == 0x01 || (marker >= 0xD0 && marker <= 0xD7)) {
        pos += 2; // markers without a length
        continue;
      }
      int length = ((c[pos + 2] & 0xFF) << 8) | (c[pos + 3] & 0xFF);
      if (length < 2 || pos + 2 + length > c.length) return false;
      if (marker == 0xDA) return pos + 2 + length <= c.length - 2; // start of scan: entropy-coded data follows
      pos += 2 + length;
    }
    return false;
  }

  /** RIFF size matches the file, every chunk fits, and the first chunk (VP8, VP8L or VP8X) states the canvas. */
  private static int[] webp(byte[] c) {
    if (c.length < 30 || int32le(c, 4) + 8 != c.length) return null;
    int pos = 12;
    while (pos < c.length) {
      if (c.length - pos < 8) return null;
      long size = int32le(c, pos + 4);
      long next = pos + 8 + size + (size & 1);
      if (next > c.length) return null;
      pos = (int) next;
    }
    var first = new String(c, 12, 4, StandardCharsets.ISO_8859_1);
    int[] size = switch (first) {
      // lossy: key frame tag (3 bytes), start code 9D 01 2A, then 14-bit width and height
      case "VP8 " -> (c[20] & 1) == 0 && (c[23] & 0xFF) == 0x9D && (c[24] & 0xFF) == 0x01 && (c[25] & 0xFF) == 0x2A
          ? new int[] {int16le(c, 26) & 0x3FFF, int16le(c, 28) & 0x3FFF} : null;
      // lossless: signature 0x2F, then width-1 and height-1 in 14 bits each
      case "VP8L" -> {
        if ((c[20] & 0xFF) != 0x2F) yield null;
        long bits = int32le(c, 21);
        yield new int[] {(int) (bits & 0x3FFF) + 1, (int) ((bits >> 14) & 0x3FFF) + 1};
      }
      // extended: canvas width-1 and height-1 in 24 bits each
      case "VP8X" -> new int[] {int24le(c, 24) + 1, int24le(c, 27) + 1};
      default -> null;
    };
    return size == null || size[0] <= 0 || size[1] <= 0 ? null : size;
  }

  /** Width and height as the format's ImageIO reader reads them from the header (no decoding). */
  private static int[] imageIo(String mediaType, byte[] c) {
    var readers = ImageIO.getImageReadersByMIMEType(mediaType);
    if (!readers.hasNext()) return null;
    var reader = readers.next();
    try (var in = new MemoryCacheImageInputStream(new ByteArrayInputStream(c))) {
      reader.setInput(in, true, true);
      int width = reader.getWidth(0);
      int height = reader.getHeight(0);
      return width > 0 && height > 0 ? new int[] {width, height} : null;
    } catch (IOException | RuntimeException e) {
      return null;
    } finally {
      reader.dispose();
    }
  }

  private static long int32(byte[] c, int at) {
    return ((long) (c[at] & 0xFF) << 24) | ((c[at + 1] & 0xFF) << 16) | ((c[at + 2] & 0xFF) << 8) | (c[at + 3] & 0xFF);
  }

  private static long int32le(byte[] c, int at) {
    return ((long) (c[at + 3] & 0xFF) << 24) | ((c[at + 2] & 0xFF) << 16) | ((c[at + 1] & 0xFF) << 8) | (c[at] & 0xFF);
  }

  private static int int24le(byte[] c, int at) {
    return ((c[at + 2] & 0xFF) << 16) | ((c[at + 1] & 0xFF) << 8) | (c[at] & 0xFF);
  }

  private static int int16le(byte[] c, int at) {
    return ((c[at + 1] & 0xFF) << 8) | (c[at] & 0xFF);
  }
}
