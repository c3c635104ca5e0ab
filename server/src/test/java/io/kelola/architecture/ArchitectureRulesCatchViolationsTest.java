package io.kelola.architecture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

/**
 * Every architecture rule is run against fixtures that break it on purpose (under
 * {@code io.kelola.archfixtures}); a rule that does not fail there would be worthless.
 */
class ArchitectureRulesCatchViolationsTest {

  private static final String FIXTURES = "io.kelola.archfixtures";
  private static JavaClasses fixtures;

  @BeforeAll
  static void importFixtures() {
    fixtures = new ClassFileImporter().importPackages(FIXTURES);
  }

  @Test
  void domainDependingOnWebIsCaught() {
    var result = ArchitectureRules.domainIndependentOfWeb(FIXTURES).evaluate(fixtures);
    assertThat(result.hasViolation()).isTrue();
    assertThat(result.getFailureReport().toString()).contains("BadDomainService").contains("FixtureController");
  }

  @Test
  void publicRepositoryIsCaught() {
    var result = ArchitectureRules.repositoriesNotPublic(FIXTURES).evaluate(fixtures);
    assertThat(result.getFailureReport().toString()).contains("PublicOrderRepository");
  }

  @Test
  void crossVerticalImportIsCaught() {
    var reports = ArchitectureRules.noCrossVerticalImports(FIXTURES).stream()
        .map(r -> r.evaluate(fixtures)).filter(r -> r.hasViolation()).toList();
    assertThat(reports).hasSize(1);
    assertThat(reports.getFirst().getFailureReport().toString()).contains("LotReader").contains("FactoryOrder");
  }

  @Test
  void platformDependingOnVerticalIsCaught() {
    // the fixture's "extracts" vertical is used by a fixture class inside its own root; none are platform,
    // so this rule must pass on fixtures — and fail when we point it at a root where web uses a vertical
    var result = ArchitectureRules.platformIndependentOfVerticals(FIXTURES + ".sample").evaluate(fixtures);
    assertThat(result.hasViolation()).isFalse();
    var broken = ArchitectureRules.platformIndependentOfVerticals(FIXTURES).evaluate(fixtures);
    assertThat(broken.hasViolation()).isTrue();
  }

  @Test
  void modulithCatchesAccessToAnotherModulesInternals() {
    var modules = ApplicationModules.of(FIXTURES + ".modulith", location -> true);
    assertThatThrownBy(modules::verify).hasMessageContaining("Hidden");
  }
}
