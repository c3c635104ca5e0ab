package io.kelola.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import io.kelola.KelolaApplication;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * Verifies module boundaries (Spring Modulith) and keeps the module diagrams in docs/modules from
 * drifting: a change in the modules fails this test until the diagrams are regenerated with
 * {@code -Dkelola.docs.write=true}. Line order is ignored (the Documenter does not keep it stable).
 */
class ModularityTest {

  private static final ApplicationModules MODULES = ApplicationModules.of(KelolaApplication.class);
  private static final Path COMMITTED = Path.of("../docs/modules");

  @Test
  void modulesRespectTheirBoundaries() {
    MODULES.verify();
  }

  @Test
  void moduleDiagramsAreUpToDate() throws IOException {
    var generated = Path.of("target/generated-docs/modules");
    new Documenter(MODULES, Documenter.Options.defaults().withOutputFolder(generated.toString()))
        .writeModulesAsPlantUml()
        .writeIndividualModulesAsPlantUml()
        .writeModuleCanvases();
    boolean write = Boolean.getBoolean("kelola.docs.write");
    var stale = new ArrayList<String>();
    try (Stream<Path> files = Files.list(generated)) {
      for (var file : files.toList()) {
        var target = COMMITTED.resolve(file.getFileName());
        if (Files.exists(target) && sortedLines(target).equals(sortedLines(file))) continue;
        if (write || !Files.exists(target)) {
          Files.createDirectories(COMMITTED);
          Files.copy(file, target, StandardCopyOption.REPLACE_EXISTING);
        } else {
          stale.add(target.getFileName().toString());
        }
      }
    }
    assertThat(stale).as("docs/modules is stale: run 'mvn -pl server test -Dtest=ModularityTest -Dkelola.docs.write=true'").isEmpty();
  }

  private static List<String> sortedLines(Path file) throws IOException {
    return Files.readAllLines(file).stream().map(String::strip).filter(l -> !l.isEmpty()).sorted().toList();
  }
}
