package io.kelola.vision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kelola.vision.UnreadableImageException.Reason;
import io.kelola.vision.domain.ImageDecoder;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.zip.CRC32;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;

/** Hostile and broken input ends as UnreadableImageException (a 4xx), never as anything else. */
class UnreadableImageTest {

  private final ImageDecoder decoder = new ImageDecoder(10L * 1024 * 1024, 40_000_000L);

  @Test
  void randomBytesAreNotAnImage() {
    var bytes = new byte[4096];
    new java.util.SplittableRandom(3).nextBytes(bytes);
    assertRefused(bytes, Reason.NOT_AN_IMAGE, HttpStatus.BAD_REQUEST);
  }

  @Test
  void aTextFileIsNotAnImage() {
    assertRefused("lot;colour\nSARI-001;amber\n".getBytes(StandardCharsets.UTF_8), Reason.NOT_AN_IMAGE, HttpStatus.BAD_REQUEST);
  }

  @Test
  void emptyInputIsNotAnImage() {
    assertRefused(new byte[0], Reason.NOT_AN_IMAGE, HttpStatus.BAD_REQUEST);
  }

  @Test
  void aTruncatedPngIsCorrupt() {
    var png = TestImages.png(TestImages.disc(TestImages.plain(300, 300, Color.ORANGE), 150, 150, 40, Color.BLACK));
    assertRefused(Arrays.copyOf(png, png.length / 2), Reason.CORRUPT, HttpStatus.BAD_REQUEST);
    assertRefused(Arrays.copyOf(png, 40), Reason.CORRUPT, HttpStatus.BAD_REQUEST);
  }

  @Test
  void aPngHeaderClaimingFiftyThousandSquaredIsRefusedBeforeDecoding() {
    // a valid signature and IHDR for 50000×50000 RGB, followed by a tiny IDAT: decoding it would need 7.5 GB
    var bytes = new ByteArrayOutputStream();
    bytes.writeBytes(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'});
    chunk(bytes, "IHDR", ByteBuffer.allocate(13).putInt(50_000).putInt(50_000).put((byte) 8).put((byte) 2).put((byte) 0).put((byte) 0).put((byte) 0).array());
    chunk(bytes, "IDAT", new byte[] {0x78, (byte) 0x9C, 0x03, 0x00, 0x00, 0x00, 0x00, 0x01});
    chunk(bytes, "IEND", new byte[0]);
    var e = assertRefused(bytes.toByteArray(), Reason.TOO_MANY_PIXELS, HttpStatus.CONTENT_TOO_LARGE);
    assertThat(e.args()).containsExactly(50_000L, 50_000L, 40_000_000L);
  }

  @Test
  void moreBytesThanAllowedAreRefused() {
    var small = new ImageDecoder(1000, 40_000_000L);
    var png = TestImages.png(TestImages.plain(200, 200, Color.WHITE));
    var noisy = new byte[2000];
    System.arraycopy(png, 0, noisy, 0, Math.min(png.length, noisy.length));
    assertThatThrownBy(() -> small.decode(noisy)).isInstanceOfSatisfying(UnreadableImageException.class,
        e -> assertThat(e.reason()).isEqualTo(Reason.TOO_MANY_BYTES));
  }

  @Test
  void theInspectorRefusesThemToo() {
    var inspector = new Inspector(VisionProperties.defaults());
    var limits = InspectionLimits.of(new Lab(80, 0, 20), 3, 50, 5, 10);
    assertThatThrownBy(() -> inspector.inspect("not an image".getBytes(StandardCharsets.UTF_8), limits))
        .isInstanceOf(UnreadableImageException.class);
  }

  private UnreadableImageException assertRefused(byte[] bytes, Reason reason, HttpStatus status) {
    var thrown = org.assertj.core.api.Assertions.catchThrowable(() -> decoder.decode(bytes));
    assertThat(thrown).isInstanceOf(UnreadableImageException.class);
    var e = (UnreadableImageException) thrown;
    assertThat(e.reason()).isEqualTo(reason);
    assertThat(e.status()).isEqualTo(status);
    assertThat(e.messageKey()).startsWith("vision.image.");
    return e;
  }

  private static void chunk(ByteArrayOutputStream out, String type, byte[] data) {
    var typeBytes = type.getBytes(StandardCharsets.US_ASCII);
    out.writeBytes(ByteBuffer.allocate(4).putInt(data.length).array());
    out.writeBytes(typeBytes);
    out.writeBytes(data);
    var crc = new CRC32();
    crc.update(typeBytes);
    crc.update(data);
    out.writeBytes(ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
  }
}
