package io.kelola.e2e;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;

/** One {@code GET /events} stream of an API user, recording every event message it receives. */
final class SseRecorder implements AutoCloseable {

  /** An event as the stream delivered it. */
  record Received(String subject, String resourceId, String ownerUserId) {}

  final String username;
  final List<Received> events = new CopyOnWriteArrayList<>();
  private final Stream<String> lines;
  private final Thread reader;

  private SseRecorder(String username, Stream<String> lines) {
    this.username = username;
    this.lines = lines;
    this.reader = Thread.ofVirtual().name("sse-" + username).start(this::read);
  }

  /** Opens the stream; returns once the server answered 200 (the subscription is registered by then). */
  static SseRecorder open(ApiClient user) throws IOException, InterruptedException {
    var req = HttpRequest.newBuilder(URI.create(user.base + "/events")).timeout(Duration.ofMinutes(10))
        .header("Accept", "text/event-stream").header("Authorization", "Bearer " + user.accessToken()).GET().build();
    var res = ApiClient.HTTP.send(req, HttpResponse.BodyHandlers.ofLines());
    if (res.statusCode() != 200) {
      res.body().close();
      throw new AssertionError("GET /events for " + user.username + " → " + res.statusCode());
    }
    return new SseRecorder(user.username, res.body());
  }

  private void read() {
    String event = null;
    var data = new StringBuilder();
    try {
      for (var it = lines.iterator(); it.hasNext(); ) {
        var line = it.next();
        if (line.isEmpty()) {
          if (data.length() > 0 && event != null && !event.equals("resync") && !event.equals("session_expired")) {
            record(data.toString());
          }
          event = null;
          data.setLength(0);
        } else if (line.startsWith("event:")) {
          event = line.substring(6).trim();
        } else if (line.startsWith("data:")) {
          data.append(line.substring(5).trim());
        }
      }
    } catch (RuntimeException closed) {
      // the stream ends when the check closes it
    }
  }

  private void record(String json) {
    var env = ApiClient.JSON.readTree(json);
    events.add(new Received(env.path("event_type").asString(), env.path("resource_id").asString(),
        env.path("owner_user_id").isNull() ? null : env.path("owner_user_id").asString(null)));
  }

  /** What arrived for the given resources, in arrival order. */
  List<Received> about(Set<String> resourceIds) {
    return events.stream().filter(e -> resourceIds.contains(e.resourceId())).toList();
  }

  @Override
  public void close() {
    lines.close();
    reader.interrupt();
  }
}
