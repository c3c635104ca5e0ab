package io.kelola.identity.web;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.kelola.identity.domain.RoleService;
import io.kelola.shared.security.RequiresPermission;
import io.kelola.shared.web.BusinessRuleException;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** The permission matrix over the API: read every role's codes, replace one role's codes. */
@RestController
class RoleApiController {

  private final RoleService roles;

  RoleApiController(RoleService roles) {
    this.roles = roles;
  }

  record RoleJson(String code, String name, String description, int level, @JsonProperty("is_system") boolean system,
      List<String> permissions) {}

  record PermissionJson(String code, String module, String action, String name, String description) {}

  record Matrix(List<RoleJson> roles, List<PermissionJson> permissions) {}

  record PermissionsBody(@NotNull @Size(max = 500) List<@NotBlank @Size(max = 60) String> permissions) {}

  record RolePermissions(String role, List<String> permissions) {}

  @GetMapping("/api/v1/admin/roles")
  @RequiresPermission("ADMIN.ROLE.MANAGE")
  Matrix matrix() {
    var matrix = roles.matrix();
    var roleList = roles.roles().stream()
        .map(r -> new RoleJson(r.code(), r.name(), r.description(), r.level(), r.system(),
            new ArrayList<>(matrix.getOrDefault(r.code(), Set.of()))))
        .toList();
    var permissions = roles.permissions().stream()
        .map(p -> new PermissionJson(p.code(), p.module(), p.action(), p.name(), p.description())).toList();
    return new Matrix(roleList, permissions);
  }

  @PutMapping("/api/v1/admin/roles/{code}/permissions")
  @RequiresPermission("ADMIN.ROLE.MANAGE")
  RolePermissions setPermissions(@PathVariable String code, @Valid @RequestBody PermissionsBody body) {
    requireRole(roles, code);
    var saved = roles.setPermissions(code, new LinkedHashSet<>(body.permissions()));
    return new RolePermissions(code, List.copyOf(saved));
  }

  /** An unknown role in the URL is a missing resource (404), not a bad field. */
  static void requireRole(RoleService roles, String code) {
    if (roles.roles().stream().noneMatch(r -> r.code().equals(code))) throw BusinessRuleException.notFound("role.notFound");
  }
}
