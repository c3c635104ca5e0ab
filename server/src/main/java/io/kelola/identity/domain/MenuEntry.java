package io.kelola.identity.domain;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * One menu as the menu editor sees it: flat, with its parent's code, the roles it is assigned to
 * and its depth in the tree (0 = top level) so lists can indent it.
 */
public record MenuEntry(
    String code,
    String name,
    String icon,
    String path,
    @JsonProperty("parent_code") String parentCode,
    @JsonProperty("sort_order") int sortOrder,
    @JsonProperty("permission_code") String permissionCode,
    @JsonProperty("is_active") boolean active,
    List<String> roles,
    int depth) {

  public MenuEntry {
    roles = List.copyOf(roles);
  }

  /** A group heading (no link of its own). */
  public boolean group() {
    return path == null;
  }
}
