package io.kelola.identity.web;

import io.kelola.identity.domain.RoleService;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the permission matrix page shows: roles as columns, permissions grouped by module as rows,
 * which boxes are ticked, and the outcome of the last save. Template view model.
 *
 * @param savedRole role whose column was just saved, or null
 * @param errorRole role whose save was refused, or null; its column shows what the user ticked
 */
public record RoleMatrixView(
    List<Column> roles, List<Group> groups, Map<String, Set<String>> granted, String savedRole, String errorRole,
    String error) {

  /** The permission that must stay ticked for the top system role (no lock-out). */
  public static final String LOCKED_ROLE = "SYSADMIN";
  public static final String LOCKED_PERMISSION = "ADMIN.ROLE.MANAGE";

  public record Column(String code, String name, int level, boolean system) {}

  public record Row(String code, String name, String description) {}

  public record Group(String module, List<Row> permissions) {}

  static RoleMatrixView of(RoleService service, Map<String, Set<String>> granted, String savedRole, String errorRole,
      String error) {
    var columns = service.roles().stream().map(r -> new Column(r.code(), r.name(), r.level(), r.system())).toList();
    var byModule = new LinkedHashMap<String, List<Row>>();
    service.permissions().forEach(p ->
        byModule.computeIfAbsent(p.module(), k -> new ArrayList<>()).add(new Row(p.code(), p.name(), p.description())));
    var groups = byModule.entrySet().stream().map(e -> new Group(e.getKey(), List.copyOf(e.getValue()))).toList();
    return new RoleMatrixView(columns, groups, granted, savedRole, errorRole, error);
  }

  public boolean granted(String role, String permission) {
    return granted.getOrDefault(role, Set.of()).contains(permission);
  }

  /** The one box that cannot be cleared: the top system role managing roles. */
  public boolean locked(String role, String permission) {
    return LOCKED_ROLE.equals(role) && LOCKED_PERMISSION.equals(permission);
  }

  public int columnCount() {
    return roles.size() + 1;
  }
}
