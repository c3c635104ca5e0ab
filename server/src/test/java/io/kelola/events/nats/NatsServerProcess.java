package io.kelola.events.nats;

import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * A real {@code nats-server -js} for tests: loopback, a free port, its own store directory. It can be
 * stopped and started again on the same port and store (an outage).
 */
public final class NatsServerProcess implements AutoCloseable {

  private final Path binary;
  private final Path storeDir;
  private final int port;
  private Process process;

  private NatsServerProcess(Path binary, Path storeDir, int port) {
    this.binary = binary;
    this.storeDir = storeDir;
    this.port = port;
  }

  public static NatsServerProcess start() {
    try {
      var server = new NatsServerProcess(findBinary(), Files.createTempDirectory("kelola-nats-"), freePort());
      server.startAgain();
      return server;
    } catch (IOException ex) {
      throw new IllegalStateException("Cannot start nats-server", ex);
    }
  }

  public String url() {
    return "nats://127.0.0.1:" + port;
  }

  /** Starts the server (again) on the same port and store directory. */
  public synchronized void startAgain() throws IOException {
    if (process != null && process.isAlive()) throw new IllegalStateException("nats-server already runs");
    var log = storeDir.resolve("nats-server.log");
    process = new ProcessBuilder(List.of(binary.toString(), "-js", "-a", "127.0.0.1", "-p", Integer.toString(port),
        "-sd", storeDir.toString()))
        .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
    var started = process;
    await("nats-server listening on " + port).atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(50))
        .until(() -> {
          if (!started.isAlive()) throw new IllegalStateException("nats-server exited: " + Files.readString(log));
          return listening();
        });
  }

  /** Stops the server and waits until it is gone. */
  public synchronized void stop() {
    if (process == null) return;
    process.destroy();
    try {
      if (!process.waitFor(10, java.util.concurrent.TimeUnit.SECONDS)) {
        process.destroyForcibly().waitFor();
      }
    } catch (InterruptedException ex) {
      process.destroyForcibly();
      Thread.currentThread().interrupt();
    }
    process = null;
  }

  @Override
  public void close() throws IOException {
    stop();
    try (Stream<Path> files = Files.walk(storeDir)) {
      files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    }
  }

  private boolean listening() {
    try (var socket = new Socket()) {
      socket.connect(new InetSocketAddress("127.0.0.1", port), 200);
      return true;
    } catch (IOException ex) {
      return false;
    }
  }

  private static int freePort() throws IOException {
    try (var socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    }
  }

  private static Path findBinary() {
    var candidates = new java.util.ArrayList<Path>(List.of(Path.of("/usr/sbin/nats-server"), Path.of("/usr/bin/nats-server")));
    var path = System.getenv("PATH");
    if (path != null) {
      for (var dir : path.split(java.io.File.pathSeparator)) candidates.add(Path.of(dir, "nats-server"));
    }
    return candidates.stream().filter(Files::isExecutable).findFirst().orElseThrow(() -> new IllegalStateException(
        "nats-server is not installed: run `make test` (it installs it) or `sudo apt-get install nats-server`"));
  }
}
