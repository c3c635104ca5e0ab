package io.kelola.files.s3;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kelola.files.BlobStore;
import io.kelola.files.BlobStoreContract;
import io.kelola.files.FilesProperties;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import org.gaul.s3proxy.S3Proxy;
import org.gaul.s3proxy.auth.AuthenticationType;
import org.gaul.s3proxy.nio2blob.TransientNio2BlobStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.Configuration;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.S3Exception;

/** The blob store contract against a real S3 server (S3Proxy, in memory, signed requests). */
class S3BlobStoreTest extends BlobStoreContract {

  private static final String ACCESS = "kelola-access";
  private static final String SECRET = "kelola-secret-for-tests";

  private static S3Proxy server;
  private static S3Client client;
  private static FilesProperties.S3 props;
  private static S3BlobStore store;

  @BeforeAll
  static void start() throws Exception {
    server = S3Proxy.builder()
        .blobStore(new TransientNio2BlobStore())
        .endpoint(URI.create("http://127.0.0.1:0"))
        .awsAuthentication(AuthenticationType.AWS_V2_OR_V4, ACCESS, SECRET)
        .build();
    server.start();
    props = settings("kelola-files-test");
    client = S3Clients.create(props);
    S3Clients.ensureBucket(client, props);
    store = new S3BlobStore(client, props.bucket());
  }

  @AfterAll
  static void stop() throws Exception {
    if (client != null) client.close();
    if (server != null) server.stop();
  }

  private static FilesProperties.S3 settings(String bucket) {
    return new FilesProperties.S3("http://127.0.0.1:" + server.getPort(), bucket, "us-east-1", ACCESS, SECRET, true,
        true);
  }

  @Override
  protected BlobStore store() {
    return store;
  }

  @Test
  void theBucketIsCreatedWhenMissingAndLeftAloneWhenPresent() {
    var other = settings("kelola-created-" + System.nanoTime());
    assertThatThrownBy(() -> client.headBucket(b -> b.bucket(other.bucket()))).isInstanceOf(S3Exception.class);
    S3Clients.ensureBucket(client, other);
    S3Clients.ensureBucket(client, other);
    client.headBucket(b -> b.bucket(other.bucket()));
  }

  @Test
  void aStreamFailingMidwayLeavesNoObjectAndNoUnfinishedUpload() {
    var failing = new InputStream() {
      final InputStream data = new SeededStream(S3BlobStore.PART_BYTES + 1_000_000L, 3);

      @Override
      public int read() throws IOException {
        int b = data.read();
        if (b < 0) throw new IOException("client went away");
        return b;
      }

      @Override
      public int read(byte[] b, int off, int len) throws IOException {
        int n = data.read(b, off, len);
        if (n < 0) throw new IOException("client went away");
        return n;
      }
    };
    int before = client.listObjectsV2(b -> b.bucket(props.bucket())).keyCount();
    assertThatThrownBy(() -> store.put(failing, "image/jpeg")).isInstanceOf(UncheckedIOException.class);
    assertThat(client.listMultipartUploads(b -> b.bucket(props.bucket())).uploads()).isEmpty();
    assertThat(client.listObjectsV2(b -> b.bucket(props.bucket())).keyCount()).isEqualTo(before);
  }

  @Test
  void configurationSelectsTheStore() {
    var runner = new ApplicationContextRunner().withUserConfiguration(FilesModule.class);
    var bucket = "kelola-wired-" + System.nanoTime();
    runner.withPropertyValues("kelola.files.store=s3", "kelola.files.s3.endpoint=" + props.endpoint(),
            "kelola.files.s3.bucket=" + bucket, "kelola.files.s3.access-key=" + ACCESS,
            "kelola.files.s3.secret-key=" + SECRET, "kelola.files.s3.path-style=true")
        .run(context -> {
          assertThat(context).hasNotFailed().getBean(BlobStore.class).isInstanceOf(S3BlobStore.class);
          var key = context.getBean(BlobStore.class).put(new byte[] {5}, "application/octet-stream");
          assertThat(client.getObjectAsBytes(b -> b.bucket(bucket).key(key)).asByteArray()).containsExactly(5);
        });
    runner.withPropertyValues("kelola.files.dir=" + System.getProperty("java.io.tmpdir") + "/kelola-wired")
        .run(context -> assertThat(context).hasNotFailed().getBean(BlobStore.class)
            .extracting(s -> s.getClass().getSimpleName()).isEqualTo("FileSystemBlobStore"));
  }

  @Configuration(proxyBeanMethods = false)
  @ComponentScan("io.kelola.files")
  @EnableConfigurationProperties(FilesProperties.class)
  static class FilesModule {}

  @Test
  void wrongCredentialsAreNotMistakenForAMissingObject() {
    var wrong = new FilesProperties.S3(props.endpoint(), props.bucket(), "us-east-1", ACCESS, "not-the-secret", true,
        false);
    try (var bad = S3Clients.create(wrong)) {
      var key = store.put(new byte[] {1}, "application/octet-stream");
      assertThatThrownBy(() -> new S3BlobStore(bad, props.bucket()).open(key)).isInstanceOf(S3Exception.class);
    }
  }
}
