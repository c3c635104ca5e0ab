package io.kelola.extracts.api;

import io.kelola.extracts.domain.SariLots;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** Stored files sent back with their real type, never sniffed or run by the browser. */
final class Downloads {

  private Downloads() {}

  static ResponseEntity<byte[]> inline(SariLots.FileContent f) {
    return ResponseEntity.ok()
        .contentType(MediaType.parseMediaType(f.contentType()))
        .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline().filename(f.fileName(),
            java.nio.charset.StandardCharsets.UTF_8).build().toString())
        .header("X-Content-Type-Options", "nosniff")
        .header(HttpHeaders.CACHE_CONTROL, "private, max-age=300")
        .body(f.bytes());
  }
}
