package io.kelola.factory.production;

import io.kelola.shared.web.BusinessRuleException;
import java.util.List;

/** Work-order statuses as filters: a case-insensitive name, or nothing for all. */
final class Statuses {

  static final List<String> ALL = List.of(WorkOrderViews.SCHEDULED, WorkOrderViews.IN_PROGRESS, WorkOrderViews.DONE,
      WorkOrderViews.CANCELLED);

  private Statuses() {}

  static String parseOrNull(String raw) {
    if (Fields.blank(raw)) return null;
    var s = raw.strip().replace('_', ' ');
    if (s.equalsIgnoreCase("Completed")) return WorkOrderViews.DONE;
    return ALL.stream().filter(x -> x.equalsIgnoreCase(s)).findFirst()
        .orElseThrow(() -> BusinessRuleException.invalid("status", "factory.wo.statusUnknown", raw));
  }
}
