package io.kelola.files;

import java.net.URI;
import java.util.regex.Pattern;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.ConstructorBinding;

/**
 * Blob storage settings ({@code kelola.files.*}); the defaults keep files on the local disk.
 *
 * @param store where contents go: {@code filesystem} (default) or {@code s3}
 * @param dir directory the file system store writes into (created on first use)
 * @param s3 bucket and credentials, used when {@code store} is {@code s3}
 */
@ConfigurationProperties("kelola.files")
public record FilesProperties(Store store, String dir, S3 s3) {

  /** Blob store implementations. */
  public enum Store {
    /** One file per key under {@code dir}. */
    FILESYSTEM,
    /** One object per key in an S3-compatible bucket (AWS S3, MinIO, …). */
    S3
  }

  /**
   * S3 settings ({@code kelola.files.s3.*}).
   *
   * @param endpoint service URL, e.g. {@code http://minio:9000}; blank means AWS S3 of {@code region}
   * @param bucket bucket holding every object
   * @param region signing region (MinIO accepts any, {@code us-east-1} by convention)
   * @param accessKey access key id; blank uses the SDK's default chain (environment, instance role)
   * @param secretKey secret access key; only from the environment, never in a committed file
   * @param pathStyle {@code endpoint/bucket/key} addressing instead of {@code bucket.endpoint/key}; MinIO
   *     needs it
   * @param createBucket create the bucket at start when it does not exist
   */
  public record S3(String endpoint, String bucket, String region, String accessKey, String secretKey,
      boolean pathStyle, Boolean createBucket) {

    private static final Pattern BUCKET_NAME = Pattern.compile("[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]");

    public S3 {
      endpoint = endpoint == null ? "" : endpoint.strip();
      if (bucket == null || bucket.isBlank()) bucket = "kelola-files";
      if (region == null || region.isBlank()) region = "us-east-1";
      accessKey = accessKey == null ? "" : accessKey.strip();
      secretKey = secretKey == null ? "" : secretKey;
      if (createBucket == null) createBucket = true;
      if (!endpoint.isEmpty()) {
        var uri = URI.create(endpoint);
        if (uri.getScheme() == null || uri.getHost() == null) {
          throw new IllegalArgumentException("kelola.files.s3.endpoint must be an absolute URL: " + endpoint);
        }
      }
      if (!BUCKET_NAME.matcher(bucket).matches()) {
        throw new IllegalArgumentException("kelola.files.s3.bucket is not a valid bucket name: " + bucket);
      }
      if (accessKey.isEmpty() != secretKey.isEmpty()) {
        throw new IllegalArgumentException("kelola.files.s3.access-key and secret-key go together: set both or neither");
      }
    }

    @Override
    public String toString() {
      return "S3[endpoint=" + endpoint + ", bucket=" + bucket + ", region=" + region + ", accessKey=" + accessKey
          + ", secretKey=" + (secretKey.isEmpty() ? "" : "***") + ", pathStyle=" + pathStyle + ", createBucket="
          + createBucket + "]";
    }
  }

  @ConstructorBinding
  public FilesProperties {
    if (store == null) store = Store.FILESYSTEM;
    if (dir == null || dir.isBlank()) dir = "./var/files";
    if (s3 == null) s3 = new S3(null, null, null, null, null, false, null);
  }

  /** File system settings only. */
  public FilesProperties(String dir) {
    this(Store.FILESYSTEM, dir, null);
  }
}
