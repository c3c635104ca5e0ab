package io.kelola.extracts.domain;

import io.kelola.files.BlobStore;
import io.kelola.files.FileChecks;
import io.kelola.files.FileType;
import io.kelola.files.UploadPolicy;
import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Photos and documents of SARI lots: checked by content, stored in the blob store, and removed again
 * when the transaction that stored them rolls back (no orphan files after a refused intake).
 */
@Component
class StoredFiles {

  static final long MAX_BYTES = 10L * 1024 * 1024;
  /** Photos the inspector can decode (no WebP: ImageIO cannot read it). */
  private static final UploadPolicy PHOTOS = new UploadPolicy("photos", UploadPolicy.Subject.PHOTO, MAX_BYTES,
      UploadPolicy.DEFAULT_MAX_PIXELS, Set.of(FileType.PNG, FileType.JPEG));
  private static final UploadPolicy DOCUMENTS = UploadPolicy.files(MAX_BYTES, FileType.PDF, FileType.PNG, FileType.JPEG);

  /** A file whose content was checked. Images carry their dimensions; documents 0 × 0. */
  record Checked(String fileName, String contentType, byte[] content, int width, int height) {}

  private final BlobStore blobs;

  StoredFiles(BlobStore blobs) {
    this.blobs = blobs;
  }

  Checked checkPhoto(String field, IntakeRequest.Upload upload) {
    return check(upload, PHOTOS.withField(field));
  }

  Checked checkDocument(String field, IntakeRequest.Upload upload) {
    return check(upload, DOCUMENTS.withField(field));
  }

  private static Checked check(IntakeRequest.Upload upload, UploadPolicy policy) {
    var content = upload == null || upload.content() == null ? new byte[0] : upload.content();
    var checked = FileChecks.check(content, policy);
    return new Checked(name(upload == null ? null : upload.fileName(), checked.type()), checked.mediaType(), content,
        checked.width(), checked.height());
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

  /** The stored type of a file, from its content. */
  static String typeOf(byte[] content) {
    var type = FileChecks.detect(content);
    return type == null ? "application/octet-stream" : type.mediaType();
  }

  private static String name(String given, FileType type) {
    var base = given == null ? "" : given.replace('\\', '/');
    base = base.substring(base.lastIndexOf('/') + 1).replaceAll("[^\\p{L}\\p{N}._ -]", "_").strip();
    if (base.length() > 150) base = base.substring(0, 150);
    if (base.isEmpty()) base = "file";
    var ext = type.extension();
    return base.toLowerCase(java.util.Locale.ROOT).endsWith(ext) ? base : base + ext;
  }
}
