package io.kelola.e2e;

import java.util.List;
import java.util.Map;

/**
 * The seed 000 role filter written out independently of the server (the test oracle): which
 * subjects a role may stream, and which roles see only events they own.
 */
final class SeedRoleFilter {

  private static final Map<String, List<String>> SUBJECTS = Map.of(
      "OPERATOR", List.of("lot.>", "warehouse.slot_assigned", "qc.job.failed", "qc.job.completed", "dispatch.>"),
      "QC_SUPERVISOR", List.of("lot.>", "qc.>"),
      "WAREHOUSE_STAFF", List.of("lot.>", "warehouse.>", "qc.job.approved", "qc.job.completed", "dispatch.>",
          "inventory.>"),
      "MANAGER", List.of(">"),
      "ADMIN", List.of(">"));

  private SeedRoleFilter() {}

  static boolean visible(String role, String userUuid, String subject, String ownerUuid) {
    var patterns = SUBJECTS.getOrDefault(role, List.of());
    if (patterns.stream().noneMatch(p -> matches(p, subject))) return false;
    return !role.equals("OPERATOR") || userUuid.equals(ownerUuid);
  }

  /** NATS-style: '*' one token, '>' one or more remaining tokens. */
  static boolean matches(String pattern, String subject) {
    var p = pattern.split("\\.");
    var s = subject.split("\\.");
    for (int i = 0; i < p.length; i++) {
      if (p[i].equals(">")) return s.length > i;
      if (i >= s.length || !(p[i].equals("*") || p[i].equals(s[i]))) return false;
    }
    return p.length == s.length;
  }
}
