package io.kelola.events.cluster;

import static org.awaitility.Awaitility.await;

import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.JarFile;

/**
 * The Kelola server in its own JVM (main classes and dependencies only, no test classes), so a test
 * can kill it with SIGKILL like a crashed machine.
 */
final class ServerProcess {

  private final Process process;
  private final Path log;

  private ServerProcess(Process process, Path log) {
    this.process = process;
    this.log = log;
  }

  /** Starts {@code io.kelola.KelolaApplication} with {@code args}; output goes to a log file. */
  static ServerProcess start(List<String> args) throws IOException {
    var log = Files.createTempFile("kelola-server-", ".log");
    var command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-Xmx384m", "-XX:TieredStopAtLevel=1", "-cp", applicationClasspath(), "io.kelola.KelolaApplication"));
    command.addAll(args);
    var builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
    builder.environment().keySet().removeIf(name -> name.startsWith("KELOLA_"));
    return new ServerProcess(builder.start(), log);
  }

  boolean isAlive() {
    return process.isAlive();
  }

  /** SIGKILL: no shutdown hook, no graceful stop, connections simply vanish. */
  void kill() throws InterruptedException {
    process.destroyForcibly();
    await().atMost(Duration.ofSeconds(20)).until(() -> !process.isAlive());
  }

  /** The end of the server's output, for failure messages. */
  String logTail() {
    try {
      var lines = Files.readAllLines(log);
      return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
    } catch (IOException ex) {
      return "(no log: " + ex + ")";
    }
  }

  void deleteLog() throws IOException {
    Files.deleteIfExists(log);
  }

  /** This JVM's class path without the test classes (Surefire may hand it over as a manifest-only jar). */
  private static String applicationClasspath() throws IOException {
    var entries = new ArrayList<String>();
    for (var entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
      if (entry.contains("surefirebooter")) {
        try (var jar = new JarFile(entry)) {
          var manifestPath = jar.getManifest().getMainAttributes().getValue("Class-Path");
          for (var url : manifestPath.trim().split("\\s+")) entries.add(Path.of(URI.create(url)).toString());
        }
      } else {
        entries.add(entry);
      }
    }
    return String.join(File.pathSeparator, entries.stream()
        .filter(e -> !Path.of(e).endsWith("test-classes") && !e.contains("surefire")).toList());
  }
}
