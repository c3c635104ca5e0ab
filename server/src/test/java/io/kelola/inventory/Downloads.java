package io.kelola.inventory;

import io.kelola.support.Http;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;

/** Binary downloads (spreadsheets) through a signed-in test client. */
final class Downloads {

  private static final HttpClient RAW = HttpClient.newHttpClient();

  private Downloads() {}

  static HttpResponse<byte[]> get(Http client, String path) {
    try {
      return RAW.send(client.request(path).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
