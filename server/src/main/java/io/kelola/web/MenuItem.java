package io.kelola.web;

import java.util.List;

/**
 * One entry of the side menu; {@code path} is null for a group heading.
 *
 * @param liveSubjects space-separated event subject patterns counted as a live badge on the entry; null for none
 */
public record MenuItem(String code, String label, String icon, String path, String liveSubjects,
    List<MenuItem> children) {

  public MenuItem {
    children = children == null ? List.of() : List.copyOf(children);
  }

  public boolean isActiveFor(String currentPath) {
    if (path != null && (path.equals(currentPath) || (!"/".equals(path) && currentPath.startsWith(path + "/")))) return true;
    return children.stream().anyMatch(c -> c.isActiveFor(currentPath));
  }
}
