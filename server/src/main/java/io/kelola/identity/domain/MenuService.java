package io.kelola.identity.domain;

import io.kelola.shared.security.KelolaPrincipal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Menu loading flow (seed 002 §1.7.C flow 3): the role's active menus, sorted by parent and
 * sort_order, nested. An entry whose permission the role lacks is left out even if mapped, and a
 * group left without children disappears.
 */
@Service
public class MenuService {

  /** The menu SQL, also run by the benchmark's pgbench baseline (bench/menus.sql). */
  public static final String ROLE_MENU_SQL = """
      SELECT m.id, m.code, m.name, m.icon, m.path, m.parent_id, m.sort_order, m.permission_code, m.live_subjects
      FROM adm_menu m
      JOIN adm_role_menu rm ON rm.menu_id = m.id
      JOIN adm_role r ON r.id = rm.role_id
      WHERE r.code = :role AND m.is_active
      ORDER BY m.parent_id NULLS FIRST, m.sort_order, m.id""";

  private record Row(long id, String code, String name, String icon, String path, Long parentId, int sortOrder,
      String permissionCode, String liveSubjects) {}

  private final JdbcClient jdbc;

  MenuService(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** One statement per call, so no transaction around it (this runs for every page and menu request). */
  public List<MenuNode> treeFor(KelolaPrincipal principal) {
    var rows = jdbc.sql(ROLE_MENU_SQL).param("role", principal.roleCode())
        .query((rs, n) -> new Row(rs.getLong("id"), rs.getString("code"), rs.getString("name"), rs.getString("icon"),
            rs.getString("path"), (Long) rs.getObject("parent_id"), rs.getInt("sort_order"), rs.getString("permission_code"),
            rs.getString("live_subjects")))
        .list();
    Map<Long, List<Row>> byParent = new LinkedHashMap<>();
    for (var r : rows) {
      if (r.permissionCode() != null && !principal.can(r.permissionCode())) continue;
      byParent.computeIfAbsent(r.parentId() == null ? 0L : r.parentId(), k -> new ArrayList<>()).add(r);
    }
    return children(0L, byParent);
  }

  private static List<MenuNode> children(long parent, Map<Long, List<Row>> byParent) {
    var result = new ArrayList<MenuNode>();
    for (var r : byParent.getOrDefault(parent, List.of())) {
      var kids = children(r.id(), byParent);
      if (r.path() == null && kids.isEmpty()) continue; // an empty group is noise
      result.add(new MenuNode(r.code(), r.name(), r.icon(), r.path(), r.sortOrder(), r.permissionCode(),
          r.liveSubjects(), kids));
    }
    return result;
  }
}
