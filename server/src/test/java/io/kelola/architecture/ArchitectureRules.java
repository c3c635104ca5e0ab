package io.kelola.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.lang.ArchRule;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Kelola's layering rules, parameterised by the root package so they can be proven against
 * deliberately broken fixtures as well as enforced on the real code.
 */
final class ArchitectureRules {

  /** The vertical modules; each may use platform modules but never another vertical. */
  static final List<String> VERTICALS = List.of("extracts", "factory", "workshop");

  /** Platform modules serve every vertical. */
  static final List<String> PLATFORM = List.of("shared", "identity", "audit", "web", "events", "realtime", "masterdata", "inventory", "files", "vision");

  private ArchitectureRules() {}

  /** A module's domain code never reaches into any module's web layer (shared kernel excepted). */
  static ArchRule domainIndependentOfWeb(String root) {
    var web = Pattern.compile(Pattern.quote(root) + "\\.(?!shared\\b)\\w+\\.web(\\..*)?|" + Pattern.quote(root) + "\\.web(\\..*)?");
    return noClasses().that().resideInAPackage(root + ".*.domain..")
        .should().dependOnClassesThat(DescribedPredicate.describe("are in a web layer",
            (JavaClass c) -> web.matcher(c.getPackageName()).matches()))
        .allowEmptyShould(true)
        .because("domain logic must not know how it is presented");
  }

  /** Repositories are module internals: only their own package may use them. */
  static ArchRule repositoriesNotPublic(String root) {
    return classes().that().resideInAPackage(root + "..").and().haveSimpleNameEndingWith("Repository")
        .should().notHaveModifier(JavaModifier.PUBLIC)
        .allowEmptyShould(true)
        .because("other modules query through a module's API, never its tables");
  }

  /** Verticals (SARI, factory, workshop) never import each other. */
  static List<ArchRule> noCrossVerticalImports(String root) {
    return VERTICALS.stream().map(v -> (ArchRule) noClasses().that().resideInAPackage(root + "." + v + "..")
            .should().dependOnClassesThat().resideInAnyPackage(VERTICALS.stream()
                .filter(o -> !o.equals(v)).map(o -> root + "." + o + "..").toArray(String[]::new))
            .allowEmptyShould(true)
            .because("verticals talk only through platform events and APIs"))
        .toList();
  }

  /** Platform modules never depend on a vertical. */
  static ArchRule platformIndependentOfVerticals(String root) {
    return noClasses().that().resideInAnyPackage(PLATFORM.stream().map(m -> root + "." + m + "..").toArray(String[]::new))
        .should().dependOnClassesThat().resideInAnyPackage(VERTICALS.stream().map(v -> root + "." + v + "..").toArray(String[]::new))
        .allowEmptyShould(true)
        .because("the platform serves every vertical and must not favour one");
  }
}
