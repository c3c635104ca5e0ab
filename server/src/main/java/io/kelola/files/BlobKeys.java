package io.kelola.files;

import java.util.UUID;

/**
 * The key rule every {@link BlobStore} shares: a key is a lower-case random UUID the store made
 * itself, so a caller-supplied string can never address a path or an object outside the store.
 */
public final class BlobKeys {

  private BlobKeys() {}

  /** A new random key. */
  public static String newKey() {
    return UUID.randomUUID().toString();
  }

  /** Whether {@code key} has the form of a key a store made (canonical UUID text). */
  public static boolean valid(String key) {
    if (key == null || key.length() != 36) return false;
    try {
      return UUID.fromString(key).toString().equals(key);
    } catch (IllegalArgumentException e) {
      return false;
    }
  }
}
