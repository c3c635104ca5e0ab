package io.kelola.extracts.domain;

import io.kelola.files.BlobStore;
import io.kelola.shared.web.BusinessRuleException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.Optional;
import javax.imageio.ImageIO;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Photos and documents of SARI lots: checked by content, stored in the blob store, and removed again
 * when the transaction that stored them rolls back (no orphan files after a refused intake).
 */
@Component
class StoredFiles {

  static final int MAX_BYTES = 10 * 1024 * 1024;
  static final long MAX_PIXELS = 40_000_000L;

  /** A file whose content was checked. Images carry their dimensions; documents 0 × 0. */
  record Checked(String fileName, String contentType, byte[] content, int width, int height) {}

  private final BlobStore blobs;

  StoredFiles(BlobStore blobs) {
    this.blobs = blobs;
  }

  Checked checkPhoto(String field, IntakeRequest.Upload upload) {
    var c = content(field, upload);
    var type = sniff(c);
    if (!"image/png".equals(type) && !"image/jpeg".equals(type)) throw BusinessRuleException.invalid(field, "sari.file.notImage");
    var size = imageSize(field, c);
    return new Checked(name(upload.fileName(), type), type, c, size[0], size[1]);
  }

  Checked checkDocument(String field, IntakeRequest.Upload upload) {
    var c = content(field, upload);
    var type = sniff(c);
    if (type == null) throw BusinessRuleException.invalid(field, "sari.file.type");
    if (type.startsWith("image/")) {
      var size = imageSize(field, c);
      return new Checked(name(upload.fileName(), type), type, c, size[0], size[1]);
    }
    return new Checked(name(upload.fileName(), type), type, c, 0, 0);
  }

  String store(Checked file) {
    return store(file.content(), file.contentType());
  }

  String store(byte[] content, String contentType) {
    var key = blobs.put(content, contentType);
    if (TransactionSynchronizationManager.isSynchronizationActive()) {
      TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
        @Override
        public void afterCompletion(int status) {
          if (status != STATUS_COMMITTED) blobs.delete(key);
        }
      });
    }
    return key;
  }

  Optional<InputStream> open(String key) {
    return blobs.open(key);
  }

  byte[] read(String key) {
    try (var in = blobs.open(key).orElseThrow(() -> new IllegalStateException("Missing file " + key))) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static byte[] content(String field, IntakeRequest.Upload upload) {
    if (upload == null || upload.content() == null || upload.content().length == 0) {
      throw BusinessRuleException.invalid(field, "sari.file.empty");
    }
    if (upload.content().length > MAX_BYTES) throw BusinessRuleException.invalid(field, "sari.file.tooLarge", 10);
    return upload.content();
  }

  /** Width and height from the header only: a decompression bomb is refused before it is decoded. */
  private static int[] imageSize(String field, byte[] c) {
    try (var in = ImageIO.createImageInputStream(new ByteArrayInputStream(c))) {
      var readers = ImageIO.getImageReaders(in);
      if (!readers.hasNext()) throw BusinessRuleException.invalid(field, "sari.file.unreadable");
      var reader = readers.next();
      try {
        reader.setInput(in, true, true);
        int w = reader.getWidth(0);
        int h = reader.getHeight(0);
        if (w <= 0 || h <= 0 || (long) w * h > MAX_PIXELS) {
          throw BusinessRuleException.invalid(field, "sari.file.dimensions", MAX_PIXELS / 1_000_000);
        }
        return new int[] {w, h};
      } finally {
        reader.dispose();
      }
    } catch (IOException | RuntimeException e) {
      if (e instanceof BusinessRuleException b) throw b;
      throw BusinessRuleException.invalid(field, "sari.file.unreadable");
    }
  }

  static String sniff(byte[] c) {
    if (startsWith(c, new byte[] {'%', 'P', 'D', 'F', '-'})) return "application/pdf";
    if (startsWith(c, new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A})) return "image/png";
    if (startsWith(c, new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF})) return "image/jpeg";
    return null;
  }

  private static boolean startsWith(byte[] content, byte[] magic) {
    return content.length >= magic.length && Arrays.equals(content, 0, magic.length, magic, 0, magic.length);
  }

  private static String name(String given, String type) {
    var base = given == null ? "" : given.replace('\\', '/');
    base = base.substring(base.lastIndexOf('/') + 1).replaceAll("[^\\p{L}\\p{N}._ -]", "_").strip();
    if (base.length() > 150) base = base.substring(0, 150);
    var ext = switch (type) {
      case "application/pdf" -> ".pdf";
      case "image/png" -> ".png";
      default -> ".jpg";
    };
    if (base.isEmpty()) base = "file";
    return base.toLowerCase(java.util.Locale.ROOT).endsWith(ext) ? base : base + ext;
  }
}
