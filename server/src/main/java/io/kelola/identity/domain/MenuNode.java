package io.kelola.identity.domain;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/** One node of the nested menu tree returned by {@code GET /api/v1/menus}. */
public record MenuNode(
    String code,
    String name,
    String icon,
    String path,
    @JsonProperty("sort_order") int sortOrder,
    @JsonProperty("permission_code") String permissionCode,
    @JsonProperty("live_subjects") String liveSubjects,
    List<MenuNode> children) {}
