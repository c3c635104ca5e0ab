package io.kelola.identity.web;

import io.kelola.web.ListLinks;
import io.kelola.identity.domain.RoleService.Role;
import io.kelola.identity.domain.UserView;
import io.kelola.shared.web.PageResult;
import java.util.List;

/**
 * The user list page: one page of users, the filters as entered ({@code active} is
 * {@code "true"}, {@code "false"} or empty), and what the caller may do. Template view model.
 */
public record UserListView(
    PageResult<UserView> result, String q, String role, String active, List<Role> roles, ListLinks links,
    boolean canCreate) {}
