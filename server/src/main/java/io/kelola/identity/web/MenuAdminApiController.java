package io.kelola.identity.web;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.kelola.identity.domain.MenuAdminService;
import io.kelola.identity.domain.MenuDraft;
import io.kelola.identity.domain.MenuEntry;
import io.kelola.shared.security.RequiresPermission;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.util.LinkedHashSet;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Menu editor API: every menu flat in tree order, create, change, and assign to roles. */
@RestController
class MenuAdminApiController {

  private final MenuAdminService menus;

  MenuAdminApiController(MenuAdminService menus) {
    this.menus = menus;
  }

  record NewMenuBody(
      @NotBlank @Size(max = 40) @Pattern(regexp = "MENU_[A-Z0-9_]+", message = "{menu.code.pattern}") String code,
      @NotBlank @Size(max = 100) String name,
      @Size(max = 40) String icon,
      @Size(max = 200) String path,
      @JsonProperty("parent_code") @Size(max = 40) String parentCode,
      @JsonProperty("sort_order") @Min(0) @Max(99_999) Integer sortOrder,
      @JsonProperty("permission_code") @Size(max = 60) String permissionCode,
      @JsonProperty("is_active") Boolean active,
      @Size(max = 100) List<@NotBlank @Size(max = 40) String> roles) {}

  /** A full replacement of the menu's fields (PUT): order and active flag must be stated. */
  record MenuBody(
      @NotBlank @Size(max = 100) String name,
      @Size(max = 40) String icon,
      @Size(max = 200) String path,
      @JsonProperty("parent_code") @Size(max = 40) String parentCode,
      @JsonProperty("sort_order") @NotNull @Min(0) @Max(99_999) Integer sortOrder,
      @JsonProperty("permission_code") @Size(max = 60) String permissionCode,
      @JsonProperty("is_active") @NotNull Boolean active) {}

  record RolesBody(@NotNull @Size(max = 100) List<@NotBlank @Size(max = 40) String> roles) {}

  @GetMapping("/api/v1/admin/menus")
  @RequiresPermission("ADMIN.MENU.MANAGE")
  List<MenuEntry> list() {
    return menus.all();
  }

  @GetMapping("/api/v1/admin/menus/{code}")
  @RequiresPermission("ADMIN.MENU.MANAGE")
  MenuEntry get(@PathVariable String code) {
    return menus.get(code);
  }

  @PostMapping("/api/v1/admin/menus")
  @RequiresPermission("ADMIN.MENU.MANAGE")
  ResponseEntity<MenuEntry> create(@Valid @RequestBody NewMenuBody body) {
    var draft = new MenuDraft(body.name(), body.icon(), body.path(), body.parentCode(),
        body.sortOrder() == null ? 0 : body.sortOrder(), body.permissionCode(), body.active() == null || body.active());
    var created = menus.create(body.code(), draft, new LinkedHashSet<>(body.roles() == null ? List.of() : body.roles()));
    return ResponseEntity.created(URI.create("/api/v1/admin/menus/" + created.code())).body(created);
  }

  @PutMapping("/api/v1/admin/menus/{code}")
  @RequiresPermission("ADMIN.MENU.MANAGE")
  MenuEntry update(@PathVariable String code, @Valid @RequestBody MenuBody body) {
    return menus.update(code, new MenuDraft(body.name(), body.icon(), body.path(), body.parentCode(), body.sortOrder(),
        body.permissionCode(), body.active()));
  }

  @PutMapping("/api/v1/admin/menus/{code}/roles")
  @RequiresPermission("ADMIN.MENU.MANAGE")
  MenuEntry setRoles(@PathVariable String code, @Valid @RequestBody RolesBody body) {
    return menus.setRoles(code, new LinkedHashSet<>(body.roles()));
  }
}
