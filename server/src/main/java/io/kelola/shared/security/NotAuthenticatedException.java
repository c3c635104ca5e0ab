package io.kelola.shared.security;

/** The endpoint needs a signed-in caller and there is none (or the session is gone): HTTP 401. */
public class NotAuthenticatedException extends RuntimeException {

  public NotAuthenticatedException() {
    super("Authentication required");
  }
}
