package io.kelola.identity.web;

import io.kelola.identity.domain.MenuDraft;
import io.kelola.identity.domain.MenuEntry;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The menu editor form exactly as the user typed it (kept on errors). Template view model.
 *
 * @param sortOrder raw text, so a non-number is shown back instead of lost
 */
public record MenuForm(
    String code, String name, String icon, String path, String parentCode, String sortOrder, String permissionCode,
    boolean active, Set<String> roles) {

  public MenuForm {
    roles = roles == null ? Set.of() : Set.copyOf(roles);
  }

  static MenuForm blank() {
    return new MenuForm("MENU_", "", "", "/", "", "0", "", true, Set.of());
  }

  static MenuForm of(MenuEntry m) {
    return new MenuForm(m.code(), m.name(), nz(m.icon()), nz(m.path()), nz(m.parentCode()), Integer.toString(m.sortOrder()),
        nz(m.permissionCode()), m.active(), new LinkedHashSet<>(m.roles()));
  }

  static Set<String> roleSet(List<String> roles) {
    return roles == null ? Set.of() : new LinkedHashSet<>(roles);
  }

  /** The sort order as a number, or null when it is not one. */
  Integer sortOrderNumber() {
    try {
      return Integer.valueOf(sortOrder.strip());
    } catch (NumberFormatException | NullPointerException e) {
      return null;
    }
  }

  MenuDraft draft() {
    var n = sortOrderNumber();
    return new MenuDraft(name, icon, path, parentCode, n == null ? 0 : n, permissionCode, active);
  }

  public boolean hasRole(String role) {
    return roles.contains(role);
  }

  private static String nz(String s) {
    return s == null ? "" : s;
  }
}
