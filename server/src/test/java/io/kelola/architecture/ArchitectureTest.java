package io.kelola.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Enforces the layering rules on the production code. */
class ArchitectureTest {

  private static JavaClasses production;

  @BeforeAll
  static void importClasses() {
    production = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("io.kelola");
  }

  @Test
  void domainNeverDependsOnWeb() {
    ArchitectureRules.domainIndependentOfWeb("io.kelola").check(production);
  }

  @Test
  void repositoriesAreNotPublic() {
    ArchitectureRules.repositoriesNotPublic("io.kelola").check(production);
  }

  @Test
  void verticalsDoNotImportEachOther() {
    ArchitectureRules.noCrossVerticalImports("io.kelola").forEach(r -> r.check(production));
  }

  @Test
  void platformDoesNotDependOnVerticals() {
    ArchitectureRules.platformIndependentOfVerticals("io.kelola").check(production);
  }
}
