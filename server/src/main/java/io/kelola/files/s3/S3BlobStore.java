package io.kelola.files.s3;

import io.kelola.files.BlobKeys;
import io.kelola.files.BlobStore;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Optional;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.CompletedPart;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.model.S3Exception;

/**
 * A {@link BlobStore} in one S3 bucket: one object per key. A stream of unknown length goes up in
 * 8 MiB parts (multipart upload), so memory stays bounded whatever the size; an object becomes
 * visible only once complete, and a failed upload is aborted so no parts are left behind.
 */
class S3BlobStore implements BlobStore {

  /** Part size of multipart uploads; S3 requires at least 5 MiB for every part but the last. */
  static final int PART_BYTES = 8 * 1024 * 1024;

  private final S3Client s3;
  private final String bucket;

  S3BlobStore(S3Client s3, String bucket) {
    this.s3 = s3;
    this.bucket = bucket;
  }

  @Override
  public String put(byte[] content, String contentType) {
    var key = BlobKeys.newKey();
    s3.putObject(b -> b.bucket(bucket).key(key).contentType(contentType), RequestBody.fromBytes(content));
    return key;
  }

  @Override
  public String put(InputStream content, String contentType) {
    try {
      var first = content.readNBytes(PART_BYTES);
      if (first.length < PART_BYTES) return put(first, contentType);
      return multipart(first, content, contentType);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private String multipart(byte[] first, InputStream rest, String contentType) throws IOException {
    var key = BlobKeys.newKey();
    var uploadId = s3.createMultipartUpload(b -> b.bucket(bucket).key(key).contentType(contentType)).uploadId();
    try {
      var parts = new ArrayList<CompletedPart>();
      var chunk = first;
      while (chunk.length > 0) {
        int number = parts.size() + 1;
        var body = RequestBody.fromBytes(chunk);
        var etag = s3.uploadPart(b -> b.bucket(bucket).key(key).uploadId(uploadId).partNumber(number), body).eTag();
        parts.add(CompletedPart.builder().partNumber(number).eTag(etag).build());
        chunk = rest.readNBytes(PART_BYTES);
      }
      s3.completeMultipartUpload(b -> b.bucket(bucket).key(key).uploadId(uploadId)
          .multipartUpload(m -> m.parts(parts)));
      return key;
    } catch (IOException | RuntimeException e) {
      try {
        s3.abortMultipartUpload(b -> b.bucket(bucket).key(key).uploadId(uploadId));
      } catch (RuntimeException abort) {
        e.addSuppressed(abort);
      }
      throw e;
    }
  }

  @Override
  public Optional<InputStream> open(String key) {
    if (!BlobKeys.valid(key)) return Optional.empty();
    try {
      return Optional.of(s3.getObject(b -> b.bucket(bucket).key(key)));
    } catch (NoSuchKeyException e) {
      return Optional.empty();
    } catch (S3Exception e) {
      if (e.statusCode() == 404) return Optional.empty();
      throw e;
    }
  }

  @Override
  public void delete(String key) {
    if (!BlobKeys.valid(key)) return;
    s3.deleteObject(b -> b.bucket(bucket).key(key));
  }
}
