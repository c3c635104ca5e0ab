package io.kelola.files.s3;

import io.kelola.files.FilesProperties;
import java.net.URI;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.checksums.RequestChecksumCalculation;
import software.amazon.awssdk.core.checksums.ResponseChecksumValidation;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.BucketAlreadyOwnedByYouException;
import software.amazon.awssdk.services.s3.model.NoSuchBucketException;
import software.amazon.awssdk.services.s3.model.S3Exception;

/** Builds the S3 client from {@code kelola.files.s3.*} and makes sure the bucket exists. */
final class S3Clients {

  private static final Logger log = LoggerFactory.getLogger(S3Clients.class);

  private S3Clients() {}

  static S3Client create(FilesProperties.S3 props) {
    var builder = S3Client.builder()
        .httpClientBuilder(UrlConnectionHttpClient.builder()
            .connectionTimeout(Duration.ofSeconds(5))
            .socketTimeout(Duration.ofSeconds(60)))
        .region(Region.of(props.region()))
        .forcePathStyle(props.pathStyle())
        // checksums only where S3 demands them: several S3-compatible servers reject the SDK's default trailers
        .requestChecksumCalculation(RequestChecksumCalculation.WHEN_REQUIRED)
        .responseChecksumValidation(ResponseChecksumValidation.WHEN_REQUIRED)
        .credentialsProvider(props.accessKey().isEmpty()
            ? DefaultCredentialsProvider.builder().build()
            : StaticCredentialsProvider.create(AwsBasicCredentials.create(props.accessKey(), props.secretKey())));
    if (!props.endpoint().isEmpty()) builder.endpointOverride(URI.create(props.endpoint()));
    return builder.build();
  }

  /** Creates the bucket when it does not exist yet; an existing bucket is left as configured. */
  static void ensureBucket(S3Client s3, FilesProperties.S3 props) {
    var bucket = props.bucket();
    try {
      s3.headBucket(b -> b.bucket(bucket));
      return;
    } catch (NoSuchBucketException e) {
      // create it below
    } catch (S3Exception e) {
      if (e.statusCode() != 404) throw e;
    }
    try {
      // us-east-1 is the one region that refuses an explicit location constraint
      if (props.region().equals("us-east-1")) {
        s3.createBucket(b -> b.bucket(bucket));
      } else {
        s3.createBucket(b -> b.bucket(bucket).createBucketConfiguration(c -> c.locationConstraint(props.region())));
      }
      log.info("Created S3 bucket {}", bucket);
    } catch (BucketAlreadyOwnedByYouException e) {
      // another instance created it meanwhile
    }
  }
}
