package io.kelola.files;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The blob store contract on the local file system. */
class FileSystemBlobStoreTest extends BlobStoreContract {

  @TempDir Path dir;
  private FileSystemBlobStore store;

  @BeforeEach
  void setUp() {
    store = new FileSystemBlobStore(new FilesProperties(dir.toString()));
  }

  @Override
  protected BlobStore store() {
    return store;
  }

  @Test
  void contentsLandUnderTheConfiguredDirectoryWithoutLeftovers() throws Exception {
    var key = store.put(new byte[] {9}, "application/octet-stream");
    assertThat(dir.resolve(key.substring(0, 2)).resolve(key)).hasBinaryContent(new byte[] {9});
    try (var files = Files.walk(dir)) {
      assertThat(files.filter(p -> p.toString().endsWith(".part"))).isEmpty();
    }
  }
}
