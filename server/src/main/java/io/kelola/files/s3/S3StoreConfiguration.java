package io.kelola.files.s3;

import io.kelola.files.BlobStore;
import io.kelola.files.FilesProperties;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * {@code kelola.files.store: s3} wiring: files go to an S3-compatible bucket instead of the local
 * disk. The service must be reachable at start (the bucket check runs then), like the database.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "kelola.files.store", havingValue = "s3")
class S3StoreConfiguration {

  @Bean(destroyMethod = "close")
  S3Client filesS3Client(FilesProperties props) {
    return S3Clients.create(props.s3());
  }

  @Bean
  BlobStore s3BlobStore(S3Client filesS3Client, FilesProperties props) {
    if (props.s3().createBucket()) S3Clients.ensureBucket(filesS3Client, props.s3());
    return new S3BlobStore(filesS3Client, props.s3().bucket());
  }
}
