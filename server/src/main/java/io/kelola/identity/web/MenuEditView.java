package io.kelola.identity.web;

import io.kelola.identity.domain.MenuEntry;
import io.kelola.identity.domain.RoleService;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Everything the menu edit page needs: the details form (with errors), the choices for parent,
 * permission and roles, and the roles the menu is assigned to now. Template view model.
 *
 * @param creating true on "new menu", where roles are picked in the same form
 * @param assigned roles ticked in the separate roles form (edit page only)
 * @param saved what was just saved: {@code created}, {@code details}, {@code roles}, or null
 * @param hiddenFor assigned roles that still do not see the menu because they lack its parent
 */
public record MenuEditView(
    boolean creating, MenuForm form, Map<String, String> errors, List<MenuEntry> parents,
    List<RoleService.Permission> permissions, List<RoleService.Role> roles, Set<String> assigned, String rolesError,
    String saved, List<String> hiddenFor) {

  public String error(String field) {
    return errors.get(field);
  }

  public boolean invalid(String field) {
    return errors.containsKey(field);
  }

  public boolean isAssigned(String role) {
    return assigned.contains(role);
  }
}
