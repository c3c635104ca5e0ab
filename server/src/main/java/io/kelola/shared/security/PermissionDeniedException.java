package io.kelola.shared.security;

/** The caller is signed in but lacks the permission the endpoint declares: HTTP 403. */
public class PermissionDeniedException extends RuntimeException {

  public PermissionDeniedException(String message) {
    super(message);
  }
}
