package io.kelola.shared.web;

/** The request body is larger than {@code kelola.web.max-body-bytes}: HTTP 413. */
public class PayloadTooLargeException extends RuntimeException {

  private final long limitBytes;

  public PayloadTooLargeException(long limitBytes) {
    super("Request body exceeds " + limitBytes + " bytes");
    this.limitBytes = limitBytes;
  }

  public long limitBytes() {
    return limitBytes;
  }
}
