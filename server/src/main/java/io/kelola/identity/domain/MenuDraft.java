package io.kelola.identity.domain;

/**
 * The editable fields of a menu entry, as the admin console and API send them. Blank optional
 * fields mean "none": a menu without a path is a group heading.
 */
public record MenuDraft(
    String name, String icon, String path, String parentCode, int sortOrder, String permissionCode, boolean active) {

  public MenuDraft {
    name = trim(name);
    icon = blankToNull(icon);
    path = blankToNull(path);
    parentCode = blankToNull(parentCode);
    permissionCode = blankToNull(permissionCode);
  }

  private static String trim(String s) {
    return s == null ? null : s.strip();
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
