package io.kelola.files;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/**
 * What an upload may be: which formats, how many bytes and, for images, how many pixels (a small
 * file can claim a huge canvas and exhaust memory when decoded). Messages name the upload as a
 * file or a photo and point at {@code field}.
 *
 * @param field form field the problem is reported on, e.g. {@code file} or {@code photo}
 * @param subject how messages call the upload
 * @param maxBytes largest accepted size in bytes
 * @param maxPixels largest accepted width × height of an image
 * @param types accepted formats
 */
public record UploadPolicy(String field, Subject subject, long maxBytes, long maxPixels, Set<FileType> types) {

  /** 40 megapixels: above every phone or scanner photo in practice, far below a decompression bomb. */
  public static final long DEFAULT_MAX_PIXELS = 40_000_000L;

  /** How messages call the upload: {@code files.file.*} or {@code files.photo.*} keys. */
  public enum Subject {
    FILE("file"),
    PHOTO("photo");

    private final String key;

    Subject(String key) {
      this.key = key;
    }

    /** Message key {@code files.<subject>.<problem>}. */
    public String messageKey(String problem) {
      return "files." + key + "." + problem;
    }
  }

  public UploadPolicy {
    if (field == null || field.isBlank()) throw new IllegalArgumentException("field is required");
    if (subject == null) throw new IllegalArgumentException("subject is required");
    if (maxBytes < 1) throw new IllegalArgumentException("maxBytes must be positive");
    if (maxPixels < 1) throw new IllegalArgumentException("maxPixels must be positive");
    if (types == null || types.isEmpty()) throw new IllegalArgumentException("at least one type is required");
    types = Collections.unmodifiableSet(EnumSet.copyOf(types));
  }

  /** Photos (JPEG, PNG, WebP) in form field {@code photo}, at most {@code maxBytes} and 40 megapixels. */
  public static UploadPolicy photos(long maxBytes) {
    return new UploadPolicy("photo", Subject.PHOTO, maxBytes, DEFAULT_MAX_PIXELS,
        EnumSet.of(FileType.JPEG, FileType.PNG, FileType.WEBP));
  }

  /** Files of the given types in form field {@code file}, at most {@code maxBytes}; images at most 40 megapixels. */
  public static UploadPolicy files(long maxBytes, FileType first, FileType... more) {
    return new UploadPolicy("file", Subject.FILE, maxBytes, DEFAULT_MAX_PIXELS, EnumSet.of(first, more));
  }

  /** The same policy reporting on another form field. */
  public UploadPolicy withField(String name) {
    return new UploadPolicy(name, subject, maxBytes, maxPixels, types);
  }

  /** The same policy with another pixel limit. */
  public UploadPolicy withMaxPixels(long pixels) {
    return new UploadPolicy(field, subject, maxBytes, pixels, types);
  }

  /** Whether {@code type} is accepted. */
  public boolean accepts(FileType type) {
    return types.contains(type);
  }
}
