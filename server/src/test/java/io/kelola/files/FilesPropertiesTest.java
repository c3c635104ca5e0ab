package io.kelola.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** Files settings: working defaults, and mistakes in the S3 settings stop the start with a clear message. */
class FilesPropertiesTest {

  @Test
  void defaultsKeepFilesOnTheLocalDisk() {
    var props = new FilesProperties(null, null, null);
    assertThat(props.store()).isEqualTo(FilesProperties.Store.FILESYSTEM);
    assertThat(props.dir()).isEqualTo("./var/files");
    assertThat(props.s3().bucket()).isEqualTo("kelola-files");
    assertThat(props.s3().region()).isEqualTo("us-east-1");
    assertThat(props.s3().endpoint()).isEmpty();
    assertThat(props.s3().createBucket()).isTrue();
    assertThat(props.s3().pathStyle()).isFalse();
  }

  @Test
  void mistakesAreRefused() {
    assertThatThrownBy(() -> s3("minio:9000", "kelola", "a", "b")).hasMessageContaining("endpoint");
    assertThatThrownBy(() -> s3("", "Kelola_Files", "", "")).hasMessageContaining("bucket");
    assertThatThrownBy(() -> s3("", "kelola", "access", "")).hasMessageContaining("secret-key");
    assertThatThrownBy(() -> s3("", "kelola", "", "secret")).hasMessageContaining("access-key");
  }

  @Test
  void theSecretNeverShowsInText() {
    var s3 = s3("http://minio:9000", "kelola", "access", "very-secret");
    assertThat(s3.toString()).contains("access", "http://minio:9000").doesNotContain("very-secret");
  }

  private static FilesProperties.S3 s3(String endpoint, String bucket, String access, String secret) {
    return new FilesProperties.S3(endpoint, bucket, "us-east-1", access, secret, true, null);
  }
}
