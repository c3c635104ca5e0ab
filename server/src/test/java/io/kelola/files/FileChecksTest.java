package io.kelola.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kelola.shared.web.BusinessRuleException;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.http.HttpStatus;

/** Upload checks: each format accepted by content; empty, oversize, foreign, cut-off, padded and bomb files refused. */
class FileChecksTest {

  private static final long TEN_MB = 10L * 1024 * 1024;
  private static final UploadPolicy PHOTOS = UploadPolicy.photos(TEN_MB);
  private static final UploadPolicy DOCUMENTS = UploadPolicy.files(TEN_MB, FileType.PDF, FileType.PNG, FileType.JPEG);

  @Test
  void everyFormatIsRecognisedByItsContent() {
    assertThat(FileChecks.check(Samples.PDF, DOCUMENTS))
        .isEqualTo(new CheckedFile(FileType.PDF, Samples.PDF.length, 0, 0));
    var png = Samples.png(64, 48);
    assertThat(FileChecks.check(png, PHOTOS)).isEqualTo(new CheckedFile(FileType.PNG, png.length, 64, 48));
    var jpeg = Samples.jpeg(120, 90);
    var checked = FileChecks.check(jpeg, PHOTOS);
    assertThat(checked).isEqualTo(new CheckedFile(FileType.JPEG, jpeg.length, 120, 90));
    assertThat(checked.mediaType()).isEqualTo("image/jpeg");
    assertThat(FileChecks.check(Samples.WEBP_LOSSLESS, PHOTOS))
        .isEqualTo(new CheckedFile(FileType.WEBP, Samples.WEBP_LOSSLESS.length, 1, 1));
    assertThat(FileChecks.check(Samples.webpLossy(640, 480), PHOTOS))
        .extracting(CheckedFile::type, CheckedFile::width, CheckedFile::height)
        .containsExactly(FileType.WEBP, 640, 480);
    assertThat(FileChecks.check(Samples.webpClaiming(4000, 3000), PHOTOS))
        .extracting(CheckedFile::width, CheckedFile::height).containsExactly(4000, 3000);
  }

  @Test
  void textIsRefusedWhateverItClaims() {
    refused(() -> FileChecks.check("just text, named photo.jpg".getBytes(StandardCharsets.UTF_8), PHOTOS),
        "photo", "files.photo.type", "PNG, JPEG, WebP");
    refused(() -> FileChecks.check("<html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8),
        DOCUMENTS), "file", "files.file.type", "PDF, PNG, JPEG");
  }

  @Test
  void aFormatOutsideThePolicyIsRefused() {
    refused(() -> FileChecks.check(Samples.PDF, PHOTOS), "photo", "files.photo.type", "PNG, JPEG, WebP");
    refused(() -> FileChecks.check(Samples.WEBP_LOSSLESS, DOCUMENTS), "file", "files.file.type", "PDF, PNG, JPEG");
  }

  @Test
  void emptyIsRefused() {
    refused(() -> FileChecks.check(new byte[0], PHOTOS), "photo", "files.photo.empty");
    refused(() -> FileChecks.check(null, DOCUMENTS), "file", "files.file.empty");
  }

  @Test
  void oversizeIsRefusedBeforeAnythingElse() {
    var big = Arrays.copyOf(Samples.png(8, 8), (int) TEN_MB + 1);
    refused(() -> FileChecks.check(big, PHOTOS), "photo", "files.photo.tooLarge", 10);
    var small = new UploadPolicy("scan", UploadPolicy.Subject.FILE, 1536 * 1024, 1000, PHOTOS.types());
    refused(() -> FileChecks.check(new byte[1536 * 1024 + 1], small), "scan", "files.file.tooLarge", 1.5);
  }

  @Test
  void streamsAreReadOnlyUpToTheLimit() {
    var policy = new UploadPolicy("photo", UploadPolicy.Subject.PHOTO, 100, 1000, PHOTOS.types());
    assertThat(FileChecks.readAtMost(new ByteArrayInputStream(new byte[100]), policy)).hasSize(100);
    var endless = new Samples.Endless();
    refused(() -> FileChecks.readAtMost(endless, policy), "photo", "files.photo.tooLarge");
    assertThat(endless.served).isEqualTo(101);
  }

  @Test
  void truncatedImagesAreRefused() {
    var png = Samples.png(64, 48);
    refused(() -> FileChecks.check(Arrays.copyOf(png, png.length - 20), PHOTOS), "photo", "files.photo.unreadable");
    refused(() -> FileChecks.check(Arrays.copyOf(png, 30), PHOTOS), "photo", "files.photo.unreadable");
    var jpeg = Samples.jpeg(64, 48);
    refused(() -> FileChecks.check(Arrays.copyOf(jpeg, jpeg.length / 2), PHOTOS), "photo", "files.photo.unreadable");
    var webp = Samples.webpLossy(640, 480);
    refused(() -> FileChecks.check(Arrays.copyOf(webp, 36), PHOTOS), "photo", "files.photo.unreadable");
    var pdf = Arrays.copyOf(Samples.PDF, Samples.PDF.length - 8);
    refused(() -> FileChecks.check(pdf, DOCUMENTS), "file", "files.file.unreadable");
  }

  @Test
  void corruptImagesAreRefused() {
    var png = Samples.png(64, 48);
    png[png.length / 2] ^= 0x5A; // inside IDAT: the chunk CRC no longer matches
    refused(() -> FileChecks.check(png, PHOTOS), "photo", "files.photo.unreadable");
    var jpeg = Samples.jpeg(64, 48);
    jpeg[4] = 0x7F; // the first segment's length now runs past the end
    jpeg[5] = (byte) 0xFF;
    refused(() -> FileChecks.check(jpeg, PHOTOS), "photo", "files.photo.unreadable");
    var headerless = new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xD9, (byte) 0xFF, (byte) 0xD9};
    refused(() -> FileChecks.check(headerless, PHOTOS), "photo", "files.photo.unreadable");
  }

  @Test
  void aHeaderClaimingAHugeCanvasIsRefusedWithoutDecoding() {
    refused(() -> FileChecks.check(Samples.pngClaiming(50_000, 50_000), PHOTOS), "photo",
        "files.photo.dimensions", 50_000, 50_000, 40);
    refused(() -> FileChecks.check(Samples.webpClaiming(16_000, 16_000), PHOTOS), "photo",
        "files.photo.dimensions", 16_000, 16_000, 40);
    assertThat(FileChecks.check(Samples.pngClaiming(8000, 5000), PHOTOS).width()).isEqualTo(8000);
    refused(() -> FileChecks.check(Samples.pngClaiming(8000, 5000), PHOTOS.withMaxPixels(12_000_000)), "photo",
        "files.photo.dimensions", 8000, 5000, 12);
  }

  @Test
  void polyglotsAreRefused() {
    var zip = new byte[] {'P', 'K', 3, 4, 20, 0, 0, 0, 0, 0, 'P', 'K', 5, 6, 0, 0, 0, 0};
    refused(() -> FileChecks.check(Samples.concat(Samples.png(16, 16), zip), PHOTOS), "photo",
        "files.photo.unreadable");
    refused(() -> FileChecks.check(Samples.concat(Samples.jpeg(16, 16), zip), PHOTOS), "photo",
        "files.photo.unreadable");
    var html = "%PDF-1.4\n<html><body><script>alert(1)</script></body></html>\n%%EOF\n";
    refused(() -> FileChecks.check(html.getBytes(StandardCharsets.US_ASCII), DOCUMENTS), "file", "files.file.type",
        "PDF, PNG, JPEG");
    var withScript = Samples.concat(Arrays.copyOf(Samples.png(16, 16), 33),
        "<script>x</script>".getBytes(StandardCharsets.US_ASCII));
    refused(() -> FileChecks.check(withScript, PHOTOS), "photo", "files.photo.type", "PNG, JPEG, WebP");
  }

  @Test
  void everyRefusalReadsWellInBothLanguages() {
    var messages = new ResourceBundleMessageSource();
    messages.setBasename("messages");
    messages.setDefaultEncoding("UTF-8");
    messages.setFallbackToSystemLocale(false);
    var id = Locale.forLanguageTag("id");
    var big = Arrays.copyOf(Samples.png(8, 8), (int) TEN_MB + 1);
    var e = catchRule(() -> FileChecks.check(big, PHOTOS));
    assertThat(messages.getMessage(e.messageKey(), e.args(), id)).isEqualTo("Foto terlalu besar: maks. 10 MB");
    assertThat(messages.getMessage(e.messageKey(), e.args(), Locale.ENGLISH)).isEqualTo("Photo too large: max 10 MB");
    var bomb = catchRule(() -> FileChecks.check(Samples.pngClaiming(50_000, 50_000), PHOTOS));
    assertThat(messages.getMessage(bomb.messageKey(), bomb.args(), id))
        .isEqualTo("Foto terlalu besar: 50.000 × 50.000 piksel, maks. 40 megapiksel.");
    assertThat(messages.getMessage(bomb.messageKey(), bomb.args(), Locale.ENGLISH))
        .isEqualTo("Photo too large: 50,000 × 50,000 pixels, max 40 megapixels.");
    for (var subject : UploadPolicy.Subject.values()) {
      for (var problem : new String[] {"empty", "tooLarge", "type", "unreadable", "dimensions"}) {
        var key = subject.messageKey(problem);
        assertThat(messages.getMessage(key, new Object[] {1, 2, 3}, id)).as(key).doesNotContain("files.");
        assertThat(messages.getMessage(key, new Object[] {1, 2, 3}, Locale.ENGLISH)).as(key)
            .isNotEqualTo(messages.getMessage(key, new Object[] {1, 2, 3}, id));
      }
    }
  }

  private static void refused(Runnable check, String field, String key, Object... args) {
    var e = catchRule(check);
    assertThat(e.status()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(e.field()).isEqualTo(field);
    assertThat(e.messageKey()).isEqualTo(key);
    if (args.length > 0) {
      assertThat(e.args()).hasSameSizeAs(args);
      for (int i = 0; i < args.length; i++) {
        if (args[i] instanceof Number n) {
          assertThat(((Number) e.args()[i]).doubleValue()).as("argument " + i).isEqualTo(n.doubleValue());
        } else {
          assertThat(e.args()[i]).as("argument " + i).isEqualTo(args[i]);
        }
      }
    }
  }

  private static BusinessRuleException catchRule(Runnable check) {
    var thrown = org.assertj.core.api.Assertions.catchThrowable(check::run);
    assertThat(thrown).isInstanceOf(BusinessRuleException.class);
    return (BusinessRuleException) thrown;
  }
}
