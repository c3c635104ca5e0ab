package io.kelola.identity.web;

import io.kelola.web.TextInput;
import io.kelola.web.ListLinks;
import io.kelola.identity.domain.NewUser;
import io.kelola.identity.domain.UserChanges;
import io.kelola.identity.domain.UserService;
import io.kelola.identity.domain.UserView;
import io.kelola.shared.security.RequiresPermission;
import io.kelola.shared.web.BusinessRuleException;
import io.kelola.shared.web.PageQuery;
import io.kelola.shared.web.PageResult;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** User administration API (seed 002 §1.7.A) for integrations and scripted provisioning. */
@RestController
@RequestMapping("/api/v1/admin/users")
class UserAdminApiController {

  private final UserService users;

  UserAdminApiController(UserService users) {
    this.users = users;
  }

  /** Body of an admin password reset. */
  record PasswordReset(@NotBlank @Size(max = 128) String password) {}

  @GetMapping
  @RequiresPermission("ADMIN.USER.READ")
  PageResult<UserView> list(@RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size,
      @RequestParam(required = false) String sort, @RequestParam(required = false) String dir,
      @RequestParam(required = false) String q, @RequestParam(required = false) String role,
      @RequestParam(required = false) Boolean active) {
    String roleCode = null;
    if (role != null && !role.isBlank()) {
      roleCode = ListLinks.roleCode(role);
      if (roleCode == null) throw BusinessRuleException.invalid("role", "role.unknown");
    }
    return users.list(PageQuery.of(page, size, sort, dir, ListLinks.searchText(q)), roleCode, active);
  }

  @GetMapping("/{uuid}")
  @RequiresPermission("ADMIN.USER.READ")
  UserView get(@PathVariable UUID uuid) {
    return users.get(uuid);
  }

  @PostMapping
  @RequiresPermission("ADMIN.USER.CREATE")
  ResponseEntity<UserView> create(@Valid @RequestBody NewUser body) {
    TextInput.requirePlain(body.username(), body.email(), body.fullName());
    var created = users.create(body);
    return ResponseEntity.created(URI.create("/api/v1/admin/users/" + created.uuid())).body(created);
  }

  @PutMapping("/{uuid}")
  @RequiresPermission("ADMIN.USER.UPDATE")
  UserView update(@PathVariable UUID uuid, @Valid @RequestBody UserChanges body) {
    TextInput.requirePlain(null, body.email(), body.fullName());
    return users.update(uuid, body);
  }

  @PostMapping("/{uuid}/activate")
  @RequiresPermission("ADMIN.USER.UPDATE")
  UserView activate(@PathVariable UUID uuid) {
    return users.setActive(uuid, true);
  }

  /** Also ends every session of the user: their next request is refused. */
  @PostMapping("/{uuid}/deactivate")
  @RequiresPermission("ADMIN.USER.UPDATE")
  UserView deactivate(@PathVariable UUID uuid) {
    return users.setActive(uuid, false);
  }

  @PostMapping("/{uuid}/unlock")
  @RequiresPermission("ADMIN.USER.UPDATE")
  UserView unlock(@PathVariable UUID uuid) {
    return users.unlock(uuid);
  }

  /** Sets a new password and ends every session of the user. */
  @PostMapping("/{uuid}/reset-password")
  @RequiresPermission("ADMIN.USER.RESET_PWD")
  UserView resetPassword(@PathVariable UUID uuid, @Valid @RequestBody PasswordReset body) {
    return users.resetPassword(uuid, body.password());
  }
}
