package io.kelola.identity.domain;

import io.kelola.audit.AuditActions;
import io.kelola.audit.AuditEntry;
import io.kelola.audit.AuditTrail;
import io.kelola.shared.web.BusinessRuleException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Roles and their permission codes (the permission matrix). */
@Service
public class RoleService {

  /** The permission that edits this matrix; the top system role never loses it (no lock-out). */
  static final String MANAGE = "ADMIN.ROLE.MANAGE";

  public record Role(long id, String code, String name, String description, int level, boolean system) {}

  public record Permission(String code, String module, String action, String name, String description) {}

  private final JdbcClient jdbc;
  private final AuditTrail audit;

  RoleService(JdbcClient jdbc, AuditTrail audit) {
    this.jdbc = jdbc;
    this.audit = audit;
  }

  @Transactional(readOnly = true)
  public List<Role> roles() {
    return jdbc.sql("SELECT * FROM adm_role ORDER BY level, code")
        .query((rs, n) -> new Role(rs.getLong("id"), rs.getString("code"), rs.getString("name"),
            rs.getString("description"), rs.getInt("level"), rs.getBoolean("is_system")))
        .list();
  }

  @Transactional(readOnly = true)
  public Role require(String code) {
    return roles().stream().filter(r -> r.code().equals(code)).findFirst()
        .orElseThrow(() -> BusinessRuleException.invalid("role", "role.unknown"));
  }

  @Transactional(readOnly = true)
  public List<Permission> permissions() {
    return jdbc.sql("SELECT * FROM adm_permission ORDER BY module, code")
        .query((rs, n) -> new Permission(rs.getString("code"), rs.getString("module"), rs.getString("action"),
            rs.getString("name"), rs.getString("description")))
        .list();
  }

  /** Role code → its permission codes. */
  @Transactional(readOnly = true)
  public Map<String, Set<String>> matrix() {
    var result = new java.util.LinkedHashMap<String, Set<String>>();
    roles().forEach(r -> result.put(r.code(), new TreeSet<>()));
    jdbc.sql("""
        SELECT r.code AS role, p.code AS perm FROM adm_role_permission rp
        JOIN adm_role r ON r.id = rp.role_id JOIN adm_permission p ON p.id = rp.permission_id""")
        .query((rs, n) -> Map.entry(rs.getString("role"), rs.getString("perm")))
        .list().forEach(e -> result.get(e.getKey()).add(e.getValue()));
    return result;
  }

  /** Replaces a role's permissions with exactly {@code codes}; unknown codes are refused. */
  @Transactional
  public Set<String> setPermissions(String roleCode, Set<String> codes) {
    var role = require(roleCode);
    var known = new TreeSet<String>();
    permissions().forEach(p -> known.add(p.code()));
    var unknown = new ArrayList<String>();
    for (var c : codes) if (!known.contains(c)) unknown.add(c);
    if (!unknown.isEmpty()) throw BusinessRuleException.invalid("permissions", "role.permission.unknown", String.join(", ", unknown));
    if ("SYSADMIN".equals(role.code()) && !codes.contains(MANAGE)) {
      throw BusinessRuleException.invalid("permissions", "role.permission.lockout");
    }
    var before = matrix().get(role.code());
    jdbc.sql("DELETE FROM adm_role_permission WHERE role_id = :r").param("r", role.id()).update();
    for (var c : codes) {
      jdbc.sql("INSERT INTO adm_role_permission (role_id, permission_id) SELECT :r, id FROM adm_permission WHERE code = :c")
          .param("r", role.id()).param("c", c).update();
    }
    var after = new TreeSet<>(codes);
    audit.record(AuditEntry.of(AuditActions.UPDATE, "adm_role", role.id(), role.code())
        .change(Map.of("permissions", before), Map.of("permissions", after)));
    return after;
  }
}
