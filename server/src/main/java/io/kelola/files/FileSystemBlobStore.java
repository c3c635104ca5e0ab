package io.kelola.files;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Service;

/**
 * A {@link BlobStore} on the local file system: one file per key, spread over two-character
 * sub-directories. Writes go to a temporary file first so a reader never sees half a file.
 */
@Service
@ConditionalOnProperty(name = "kelola.files.store", havingValue = "filesystem", matchIfMissing = true)
class FileSystemBlobStore implements BlobStore {

  private final Path root;

  FileSystemBlobStore(FilesProperties properties) {
    this.root = Path.of(properties.dir()).toAbsolutePath().normalize();
  }

  @Override
  public String put(byte[] content, String contentType) {
    return put(new ByteArrayInputStream(content), contentType);
  }

  @Override
  public String put(InputStream content, String contentType) {
    var key = BlobKeys.newKey();
    var target = pathOf(key);
    try {
      Files.createDirectories(target.getParent());
      var tmp = Files.createTempFile(target.getParent(), key, ".part");
      try {
        Files.copy(content, tmp, StandardCopyOption.REPLACE_EXISTING);
        Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE);
      } finally {
        Files.deleteIfExists(tmp);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return key;
  }

  @Override
  public Optional<InputStream> open(String key) {
    if (!valid(key)) return Optional.empty();
    try {
      return Optional.of(Files.newInputStream(pathOf(key)));
    } catch (java.nio.file.NoSuchFileException e) {
      return Optional.empty();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void delete(String key) {
    if (!valid(key)) return;
    try {
      Files.deleteIfExists(pathOf(key));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private Path pathOf(String key) {
    return root.resolve(key.substring(0, 2)).resolve(key);
  }

  /** Only keys this store made: anything else could walk out of the root. */
  private static boolean valid(String key) {
    return BlobKeys.valid(key);
  }
}
