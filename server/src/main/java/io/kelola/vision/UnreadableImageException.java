package io.kelola.vision;

import io.kelola.shared.web.BusinessRuleException;
import org.springframework.http.HttpStatus;

/**
 * The bytes are not an image Kelola can inspect: not an image at all, corrupt or truncated (400),
 * or larger than {@code kelola.vision.max-bytes} / {@code kelola.vision.max-pixels} (413). The
 * pixel limit is checked from the image header before decoding, so a decompression bomb is refused
 * without allocating its pixels.
 */
public class UnreadableImageException extends BusinessRuleException {

  /** Why the image was refused. */
  public enum Reason { NOT_AN_IMAGE, CORRUPT, TOO_MANY_BYTES, TOO_MANY_PIXELS }

  private final Reason reason;

  public UnreadableImageException(Reason reason, Object... args) {
    super(reason == Reason.TOO_MANY_BYTES || reason == Reason.TOO_MANY_PIXELS ? HttpStatus.CONTENT_TOO_LARGE : HttpStatus.BAD_REQUEST,
        messageKey(reason), "image", args);
    this.reason = reason;
  }

  public Reason reason() {
    return reason;
  }

  private static String messageKey(Reason reason) {
    return switch (reason) {
      case NOT_AN_IMAGE -> "vision.image.notAnImage";
      case CORRUPT -> "vision.image.corrupt";
      case TOO_MANY_BYTES -> "vision.image.tooManyBytes";
      case TOO_MANY_PIXELS -> "vision.image.tooManyPixels";
    };
  }
}
