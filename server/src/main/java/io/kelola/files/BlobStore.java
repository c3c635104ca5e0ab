package io.kelola.files;

import java.io.InputStream;
import java.util.Optional;

/**
 * Keeps file contents under keys it chooses itself (random UUIDs), so no caller-supplied name ever
 * becomes a path. Metadata (file name, type, owner) belongs to the caller's own table.
 */
public interface BlobStore {

  /** Stores the bytes and returns the new key. */
  String put(byte[] content, String contentType);

  /** Stores the stream's contents and returns the new key. */
  String put(InputStream content, String contentType);

  /** The contents under {@code key}; empty for an unknown or malformed key. */
  Optional<InputStream> open(String key);

  /** Removes the contents; an unknown key is ignored. */
  void delete(String key);
}
