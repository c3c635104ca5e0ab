package io.kelola.files;

import io.kelola.shared.web.BusinessRuleException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Upload checks by content, never by name or declared type: the format comes from the magic bytes
 * (PDF, PNG, JPEG, WebP), the file must be complete (no truncation, nothing appended, no markup a
 * browser could run), and an image's dimensions are read from its header only, without decoding
 * pixels, so a decompression bomb is refused before anything expands it.
 *
 * <p>Every refusal is a 400 {@link BusinessRuleException} on the policy's field with key
 * {@code files.<file|photo>.<empty|tooLarge|type|unreadable|dimensions>}.
 */
public final class FileChecks {

  private static final long MB = 1024L * 1024;
  private static final int MARKUP_WINDOW = 1024;
  /** What a browser sniffing an upload as HTML or script looks for; no real PDF or image starts with these. */
  private static final List<String> MARKUP = List.of("<!doctype", "<html", "<head", "<body", "<script", "<iframe",
      "<svg", "<?php", "<%@");

  private FileChecks() {}

  /** Checks {@code content} against {@code policy}; returns what it is or throws a 400 naming the problem. */
  public static CheckedFile check(byte[] content, UploadPolicy policy) {
    if (content == null || content.length == 0) throw refuse(policy, "empty");
    if (content.length > policy.maxBytes()) throw tooLarge(policy);
    var type = detect(content);
    if (type == null || !policy.accepts(type) || containsMarkup(content)) {
      throw refuse(policy, "type", policy.types().stream().map(FileType::label).collect(Collectors.joining(", ")));
    }
    if (type == FileType.PDF) {
      if (!ImageHeaders.pdfComplete(content)) throw refuse(policy, "unreadable");
      return new CheckedFile(type, content.length, 0, 0);
    }
    var size = ImageHeaders.dimensions(type, content);
    if (size == null) throw refuse(policy, "unreadable");
    long pixels = (long) size[0] * size[1];
    if (pixels > policy.maxPixels()) {
      throw refuse(policy, "dimensions", size[0], size[1], megabytes(policy.maxPixels(), 1_000_000));
    }
    return new CheckedFile(type, content.length, size[0], size[1]);
  }

  /**
   * Reads an upload stream, but never more than the policy allows: a larger stream is refused
   * after {@code maxBytes + 1} bytes instead of being held in memory whole.
   */
  public static byte[] readAtMost(InputStream in, UploadPolicy policy) {
    try {
      var bytes = in.readNBytes((int) Math.min(policy.maxBytes() + 1, Integer.MAX_VALUE - 16));
      if (bytes.length > policy.maxBytes()) throw tooLarge(policy);
      return bytes;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The format by magic bytes alone; {@code null} for anything else. */
  public static FileType detect(byte[] c) {
    if (c == null) return null;
    if (startsWith(c, 0, "%PDF-".getBytes(StandardCharsets.US_ASCII))) return FileType.PDF;
    if (startsWith(c, 0, ImageHeaders.PNG_SIGNATURE)) return FileType.PNG;
    if (startsWith(c, 0, new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF})) return FileType.JPEG;
    if (startsWith(c, 0, "RIFF".getBytes(StandardCharsets.US_ASCII))
        && startsWith(c, 8, "WEBP".getBytes(StandardCharsets.US_ASCII))) {
      return FileType.WEBP;
    }
    return null;
  }

  static boolean startsWith(byte[] content, int offset, byte[] magic) {
    return content.length >= offset + magic.length
        && Arrays.equals(content, offset, offset + magic.length, magic, 0, magic.length);
  }

  private static boolean containsMarkup(byte[] content) {
    var head = new String(content, 0, Math.min(content.length, MARKUP_WINDOW), StandardCharsets.ISO_8859_1)
        .toLowerCase(Locale.ROOT);
    return MARKUP.stream().anyMatch(head::contains);
  }

  private static BusinessRuleException tooLarge(UploadPolicy policy) {
    return refuse(policy, "tooLarge", megabytes(policy.maxBytes(), MB));
  }

  /** {@code value / unit} with at most one decimal, so the bundle's locale formats it ("1,5" / "1.5"). */
  private static BigDecimal megabytes(long value, long unit) {
    return BigDecimal.valueOf(value).divide(BigDecimal.valueOf(unit), 1, RoundingMode.DOWN).stripTrailingZeros();
  }

  private static BusinessRuleException refuse(UploadPolicy policy, String problem, Object... args) {
    return BusinessRuleException.invalid(policy.field(), policy.subject().messageKey(problem), args);
  }
}
