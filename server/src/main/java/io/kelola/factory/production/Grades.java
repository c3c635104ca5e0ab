package io.kelola.factory.production;

import io.kelola.shared.web.BusinessRuleException;
import java.util.List;

/** QC grades of a work-order check. */
final class Grades {

  static final List<String> ALL = List.of("A", "B", "C", "Reject");

  private Grades() {}

  static String parse(String raw) {
    if (Fields.blank(raw)) throw BusinessRuleException.invalid("grade", "factory.wo.field.required");
    return ALL.stream().filter(g -> g.equalsIgnoreCase(raw.strip())).findFirst()
        .orElseThrow(() -> BusinessRuleException.invalid("grade", "factory.wo.gradeUnknown"));
  }
}
