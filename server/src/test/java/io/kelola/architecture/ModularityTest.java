package io.kelola.architecture;

import io.kelola.KelolaApplication;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/** Verifies module boundaries (Spring Modulith) and regenerates the module diagrams in docs/. */
class ModularityTest {

  private static final ApplicationModules MODULES = ApplicationModules.of(KelolaApplication.class);

  @Test
  void modulesRespectTheirBoundaries() {
    MODULES.verify();
  }

  @Test
  void writeModuleDocumentation() {
    new Documenter(MODULES, Documenter.Options.defaults().withOutputFolder("../docs/modules"))
        .writeModulesAsPlantUml()
        .writeIndividualModulesAsPlantUml()
        .writeModuleCanvases();
  }
}
