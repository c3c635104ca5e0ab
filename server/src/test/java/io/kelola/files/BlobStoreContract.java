package io.kelola.files;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * What every {@link BlobStore} promises, run against each implementation: keys are fresh UUIDs,
 * contents come back byte for byte, and a key the store did not make opens nothing.
 */
public abstract class BlobStoreContract {

  /** The store under test; the same instance for every call within one test. */
  protected abstract BlobStore store();

  @Test
  void bytesComeBackAsStored() throws IOException {
    var content = "sertifikat halal".getBytes(StandardCharsets.UTF_8);
    var key = store().put(content, "application/pdf");
    assertThat(BlobKeys.valid(key)).as(key).isTrue();
    assertThat(read(key)).isEqualTo(content);
  }

  @Test
  void streamComesBackAsStored() throws IOException {
    var content = new byte[70_000];
    new Random(7).nextBytes(content);
    var key = store().put(new ByteArrayInputStream(content), "image/png");
    assertThat(read(key)).isEqualTo(content);
  }

  @Test
  void emptyContentIsStoredToo() throws IOException {
    var key = store().put(new byte[0], "application/octet-stream");
    assertThat(read(key)).isEmpty();
  }

  @Test
  void everyPutGetsItsOwnKey() throws IOException {
    var a = store().put(new byte[] {1}, "application/octet-stream");
    var b = store().put(new byte[] {1}, "application/octet-stream");
    assertThat(a).isNotEqualTo(b);
    assertThat(read(a)).containsExactly(1);
    assertThat(read(b)).containsExactly(1);
  }

  @Test
  void unknownOrMalformedKeysOpenNothing() {
    var key = store().put(new byte[] {42}, "application/octet-stream");
    assertThat(store().open(UUID.randomUUID().toString())).isEmpty();
    for (var bad : new String[] {null, "", "../../etc/passwd", key.toUpperCase(), key + "x", "/" + key.substring(1),
        key.substring(0, 2) + "/" + key.substring(3), "..%2F" + key.substring(5)}) {
      assertThat(store().open(bad)).as(String.valueOf(bad)).isEmpty();
    }
  }

  @Test
  void deleteRemovesTheContentsAndIgnoresUnknownKeys() {
    var key = store().put(new byte[] {1, 2, 3}, "application/octet-stream");
    store().delete(key);
    assertThat(store().open(key)).isEmpty();
    store().delete(key);
    store().delete(UUID.randomUUID().toString());
    store().delete("../../etc/passwd");
    store().delete(null);
  }

  @Test
  void largeStreamsRoundTrip() throws Exception {
    long size = 10L * 1024 * 1024 + 123_457;
    var key = store().put(new SeededStream(size, 11), "application/pdf");
    try (var in = store().open(key).orElseThrow()) {
      assertThat(sha256(in)).isEqualTo(sha256(new SeededStream(size, 11)));
    }
  }

  @Test
  void concurrentPutsKeepTheirOwnContents() throws Exception {
    var pool = Executors.newFixedThreadPool(6);
    try {
      var futures = new ArrayList<Future<String>>();
      for (int i = 0; i < 24; i++) {
        var content = ("berkas " + i).getBytes(StandardCharsets.UTF_8);
        futures.add(pool.submit((Callable<String>) () -> store().put(content, "text/plain")));
      }
      var keys = new ArrayList<String>();
      for (var f : futures) keys.add(f.get());
      assertThat(keys).doesNotHaveDuplicates();
      for (int i = 0; i < keys.size(); i++) {
        assertThat(new String(read(keys.get(i)), StandardCharsets.UTF_8)).isEqualTo("berkas " + i);
      }
    } finally {
      pool.shutdownNow();
    }
  }

  protected byte[] read(String key) throws IOException {
    try (var in = store().open(key).orElseThrow(() -> new AssertionError("no contents under " + key))) {
      return in.readAllBytes();
    }
  }

  protected static String sha256(InputStream in) throws Exception {
    var digest = MessageDigest.getInstance("SHA-256");
    var buffer = new byte[64 * 1024];
    for (int n; (n = in.read(buffer)) > 0; ) digest.update(buffer, 0, n);
    return HexFormat.of().formatHex(digest.digest());
  }

  /** {@code size} pseudo-random bytes from a seed, produced on the fly (nothing held in memory). */
  protected static final class SeededStream extends InputStream {
    private final Random random;
    private long left;

    public SeededStream(long size, long seed) {
      this.left = size;
      this.random = new Random(seed);
    }

    @Override
    public int read() {
      if (left <= 0) return -1;
      left--;
      return random.nextInt(256);
    }

    @Override
    public int read(byte[] b, int off, int len) {
      if (left <= 0) return -1;
      int n = (int) Math.min(len, left);
      for (int i = 0; i < n; i++) b[off + i] = (byte) random.nextInt(256);
      left -= n;
      return n;
    }
  }
}
