package io.kelola.identity.domain;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.kelola.audit.AuditActions;
import io.kelola.audit.AuditEntry;
import io.kelola.audit.AuditTrail;
import io.kelola.shared.web.BusinessRuleException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The menu editor behind {@code /admin/menus}: lists every menu (active or not) and changes them.
 * Each change is one transaction with its audit row; the side menu reads {@code adm_menu} live,
 * so users see the change on their next page load.
 */
@Service
public class MenuAdminService {

  static final Pattern CODE = Pattern.compile("MENU_[A-Z0-9_]{1,35}");
  static final Pattern ICON = Pattern.compile("[a-z0-9-]{1,40}");
  static final int MAX_SORT_ORDER = 99_999;

  private record Row(long id, String code, String name, String icon, String path, Long parentId, int sortOrder,
      String permissionCode, boolean active) {}

  /** What the audit row keeps of a menu (public codes only). */
  record Snapshot(String name, String icon, String path, @JsonProperty("parent_code") String parentCode,
      @JsonProperty("sort_order") int sortOrder, @JsonProperty("permission_code") String permissionCode,
      @JsonProperty("is_active") boolean active, List<String> roles) {}

  private final JdbcClient jdbc;
  private final AuditTrail audit;

  MenuAdminService(JdbcClient jdbc, AuditTrail audit) {
    this.jdbc = jdbc;
    this.audit = audit;
  }

  /** Every menu in tree order: each parent followed by its children, siblings by sort order. */
  @Transactional(readOnly = true)
  public List<MenuEntry> all() {
    var rows = rows();
    var roles = roleCodes();
    var byParent = new LinkedHashMap<Long, List<Row>>();
    rows.forEach(r -> byParent.computeIfAbsent(r.parentId() == null ? 0L : r.parentId(), k -> new ArrayList<>()).add(r));
    var codes = new HashMap<Long, String>();
    rows.forEach(r -> codes.put(r.id(), r.code()));
    var result = new ArrayList<MenuEntry>();
    walk(0L, 0, byParent, codes, roles, result, new HashSet<>());
    return result;
  }

  @Transactional(readOnly = true)
  public MenuEntry get(String code) {
    return all().stream().filter(m -> m.code().equals(code)).findFirst()
        .orElseThrow(() -> BusinessRuleException.notFound("menu.notFound"));
  }

  /** Every rule a new or changed menu breaks, in form order (empty = fine). */
  @Transactional(readOnly = true)
  public List<BusinessRuleException> problems(String newCode, String existingCode, MenuDraft draft, Collection<String> roles) {
    var rows = rows();
    var byCode = new HashMap<String, Row>();
    rows.forEach(r -> byCode.put(r.code(), r));
    var found = new ArrayList<BusinessRuleException>();
    if (newCode != null) {
      if (!CODE.matcher(newCode).matches()) found.add(BusinessRuleException.invalid("code", "menu.code.pattern"));
      else if (byCode.containsKey(newCode)) found.add(BusinessRuleException.conflict("code", "menu.code.taken"));
    }
    if (draft.name() == null || draft.name().isEmpty()) found.add(BusinessRuleException.invalid("name", "menu.name.required"));
    else if (draft.name().length() > 100) found.add(BusinessRuleException.invalid("name", "menu.name.tooLong", 100));
    else if (draft.name().chars().anyMatch(Character::isISOControl)) found.add(BusinessRuleException.invalid("name", "menu.name.invalid"));
    if (draft.icon() != null && !ICON.matcher(draft.icon()).matches()) found.add(BusinessRuleException.invalid("icon", "menu.icon.invalid"));
    if (draft.path() != null && !validPath(draft.path())) found.add(BusinessRuleException.invalid("path", "menu.path.invalid"));
    parentProblem(existingCode == null ? null : byCode.get(existingCode), draft.parentCode(), byCode).ifPresent(found::add);
    if (draft.sortOrder() < 0 || draft.sortOrder() > MAX_SORT_ORDER) {
      found.add(BusinessRuleException.invalid("sort_order", "menu.sortOrder.range", 0, MAX_SORT_ORDER));
    }
    if (draft.permissionCode() != null && !permissionExists(draft.permissionCode())) {
      found.add(BusinessRuleException.invalid("permission_code", "menu.permission.unknown"));
    }
    if (roles != null) {
      var unknown = new TreeSet<>(roles);
      unknown.removeAll(allRoleCodes());
      if (!unknown.isEmpty()) found.add(BusinessRuleException.invalid("roles", "menu.role.unknown", String.join(", ", unknown)));
    }
    return found;
  }

  /** Creates a menu and assigns it to {@code roles} in one step. */
  @Transactional
  public MenuEntry create(String code, MenuDraft draft, Set<String> roles) {
    lock();
    roles = roles == null ? Set.of() : roles;
    failOnProblems(problems(code, null, draft, roles));
    long id = jdbc.sql("""
        INSERT INTO adm_menu (code, name, icon, path, parent_id, sort_order, permission_code, is_active)
        VALUES (:code, :name, :icon, :path, (SELECT id FROM adm_menu WHERE code = :parent), :sort, :perm, :active)
        RETURNING id""")
        .param("code", code).params(fields(draft)).query(Long.class).single();
    assignRoles(id, roles);
    var created = get(code);
    audit.record(AuditEntry.of(AuditActions.CREATE, "adm_menu", id, code).change(null, snapshot(created)));
    return created;
  }

  /** Replaces a menu's fields (not its roles). */
  @Transactional
  public MenuEntry update(String code, MenuDraft draft) {
    lock();
    var before = get(code);
    failOnProblems(problems(null, code, draft, null));
    jdbc.sql("""
        UPDATE adm_menu SET name = :name, icon = :icon, path = :path,
               parent_id = (SELECT p.id FROM adm_menu p WHERE p.code = :parent), sort_order = :sort,
               permission_code = :perm, is_active = :active
        WHERE code = :code""")
        .param("code", code).params(fields(draft)).update();
    var after = get(code);
    audit.record(AuditEntry.of(AuditActions.UPDATE, "adm_menu", id(code), code).change(snapshot(before), snapshot(after)));
    return after;
  }

  /** Assigns the menu to exactly {@code roles}. */
  @Transactional
  public MenuEntry setRoles(String code, Set<String> roles) {
    lock();
    var before = get(code);
    var unknown = new TreeSet<>(roles);
    unknown.removeAll(allRoleCodes());
    if (!unknown.isEmpty()) throw BusinessRuleException.invalid("roles", "menu.role.unknown", String.join(", ", unknown));
    long id = id(code);
    jdbc.sql("DELETE FROM adm_role_menu WHERE menu_id = :m").param("m", id).update();
    assignRoles(id, roles);
    var after = get(code);
    audit.record(AuditEntry.of(AuditActions.UPDATE, "adm_menu", id, code)
        .change(Map.of("roles", before.roles()), Map.of("roles", after.roles())));
    return after;
  }

  /** Menu edits are rare: serialising them keeps the cycle and uniqueness checks true at commit. */
  private void lock() {
    jdbc.sql("LOCK TABLE adm_menu IN SHARE ROW EXCLUSIVE MODE").update();
  }

  private static void failOnProblems(List<BusinessRuleException> problems) {
    if (!problems.isEmpty()) throw problems.getFirst();
  }

  /** Same-site absolute paths only: a menu link must never lead off the site. */
  static boolean validPath(String path) {
    if (path.length() > 200 || !path.startsWith("/") || path.startsWith("//") || path.startsWith("/\\")) return false;
    return path.chars().noneMatch(c -> Character.isWhitespace(c) || Character.isISOControl(c));
  }

  private Optional<BusinessRuleException> parentProblem(Row self, String parentCode, Map<String, Row> byCode) {
    if (parentCode == null) return Optional.empty();
    var parent = byCode.get(parentCode);
    if (parent == null) return Optional.of(BusinessRuleException.invalid("parent_code", "menu.parent.unknown"));
    if (self == null) return Optional.empty();
    var byId = new HashMap<Long, Row>();
    byCode.values().forEach(r -> byId.put(r.id(), r));
    var seen = new HashSet<Long>();
    for (Row at = parent; at != null && seen.add(at.id()); at = at.parentId() == null ? null : byId.get(at.parentId())) {
      if (at.id() == self.id()) return Optional.of(BusinessRuleException.invalid("parent_code", "menu.parent.cycle"));
    }
    return Optional.empty();
  }

  private static Map<String, Object> fields(MenuDraft d) {
    var m = new HashMap<String, Object>();
    m.put("name", d.name());
    m.put("icon", d.icon());
    m.put("path", d.path());
    m.put("parent", d.parentCode());
    m.put("sort", d.sortOrder());
    m.put("perm", d.permissionCode());
    m.put("active", d.active());
    return m;
  }

  private void assignRoles(long menuId, Set<String> roles) {
    for (var role : roles) {
      jdbc.sql("INSERT INTO adm_role_menu (role_id, menu_id) SELECT id, :m FROM adm_role WHERE code = :r")
          .param("m", menuId).param("r", role).update();
    }
  }

  private static Snapshot snapshot(MenuEntry m) {
    return new Snapshot(m.name(), m.icon(), m.path(), m.parentCode(), m.sortOrder(), m.permissionCode(), m.active(), m.roles());
  }

  private long id(String code) {
    return jdbc.sql("SELECT id FROM adm_menu WHERE code = :c").param("c", code).query(Long.class).single();
  }

  private boolean permissionExists(String code) {
    return jdbc.sql("SELECT code FROM adm_permission").query(String.class).list().contains(code);
  }

  private Set<String> allRoleCodes() {
    return new HashSet<>(jdbc.sql("SELECT code FROM adm_role").query(String.class).list());
  }

  private List<Row> rows() {
    return jdbc.sql("SELECT * FROM adm_menu ORDER BY sort_order, code")
        .query((rs, n) -> new Row(rs.getLong("id"), rs.getString("code"), rs.getString("name"), rs.getString("icon"),
            rs.getString("path"), (Long) rs.getObject("parent_id"), rs.getInt("sort_order"),
            rs.getString("permission_code"), rs.getBoolean("is_active")))
        .list();
  }

  /** Menu id → codes of the roles it is assigned to, highest role first. */
  private Map<Long, List<String>> roleCodes() {
    var result = new HashMap<Long, List<String>>();
    jdbc.sql("""
        SELECT rm.menu_id, r.code FROM adm_role_menu rm JOIN adm_role r ON r.id = rm.role_id
        ORDER BY r.level, r.code""")
        .query((rs, n) -> Map.entry(rs.getLong("menu_id"), rs.getString("code")))
        .list().forEach(e -> result.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(e.getValue()));
    return result;
  }

  private static void walk(long parent, int depth, Map<Long, List<Row>> byParent, Map<Long, String> codes,
      Map<Long, List<String>> roles, List<MenuEntry> out, Set<Long> seen) {
    for (var r : byParent.getOrDefault(parent, List.of())) {
      if (!seen.add(r.id())) continue;
      out.add(new MenuEntry(r.code(), r.name(), r.icon(), r.path(), r.parentId() == null ? null : codes.get(r.parentId()),
          r.sortOrder(), r.permissionCode(), r.active(), roles.getOrDefault(r.id(), List.of()), depth));
      walk(r.id(), depth + 1, byParent, codes, roles, out, seen);
    }
  }
}
