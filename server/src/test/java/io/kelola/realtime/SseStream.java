package io.kelola.realtime;

import static org.awaitility.Awaitility.await;

import io.kelola.support.Http;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;
import java.util.stream.Stream;

/** A real SSE client for tests: reads the stream line by line on a virtual thread and parses messages. */
public final class SseStream implements AutoCloseable {

  /** One parsed message. */
  public record Message(String id, String event, String data) {}

  public final List<Message> messages = new CopyOnWriteArrayList<>();
  final List<String> comments = new CopyOnWriteArrayList<>();
  public final HttpResponse<Stream<String>> response;
  private final HttpClient client = HttpClient.newHttpClient();
  private volatile boolean ended;

  private SseStream(HttpRequest request) {
    try {
      response = client.send(request, HttpResponse.BodyHandlers.ofLines());
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
    if (response.statusCode() == 200) Thread.ofVirtual().start(this::read);
    else ended = true;
  }

  /** Opens {@code path} with the signed-in client's credentials (bearer, or its session cookie). */
  public static SseStream open(Http http, String path, String lastEventId) {
    var b = http.request(path).setHeader("Accept", "text/event-stream").timeout(Duration.ofMinutes(2));
    var session = http.cookie("KELOLA_SESSION");
    if (session != null) b.header("Cookie", "KELOLA_SESSION=" + session);
    if (lastEventId != null) b.header("Last-Event-ID", lastEventId);
    return new SseStream(b.GET().build());
  }

  private void read() {
    try (var lines = response.body()) {
      String id = null;
      String event = null;
      var data = new ArrayList<String>();
      for (var it = lines.iterator(); it.hasNext(); ) {
        var line = it.next();
        if (line.isEmpty()) {
          if (event != null || !data.isEmpty()) messages.add(new Message(id, event, String.join("\n", data)));
          id = null;
          event = null;
          data.clear();
        } else if (line.startsWith(":")) {
          comments.add(line);
        } else if (line.startsWith("id:")) {
          id = line.substring(3).strip();
        } else if (line.startsWith("event:")) {
          event = line.substring(6).strip();
        } else if (line.startsWith("data:")) {
          data.add(line.substring(5).strip());
        }
      }
    } catch (RuntimeException closed) {
      // the test closed the stream, or the server ended it
    } finally {
      ended = true;
    }
  }

  boolean ended() {
    return ended;
  }

  /** Messages whose data mentions {@code marker} (a test's unique resource id prefix). */
  public List<Message> about(String marker) {
    return messages.stream().filter(m -> m.data().contains(marker)).toList();
  }

  public Message awaitMessage(Predicate<Message> match) {
    await().atMost(Duration.ofSeconds(15)).until(() -> messages.stream().anyMatch(match));
    return messages.stream().filter(match).findFirst().orElseThrow();
  }

  @Override
  public void close() {
    response.body().close();
    client.shutdownNow();
  }
}
