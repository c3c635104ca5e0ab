package io.kelola.identity.web;

import io.kelola.web.FormErrors;
import io.kelola.identity.domain.RoleService.Role;
import java.util.List;

/** The create-user page: the form as typed, its errors, the roles to pick from, the policy hint. Template view model. */
public record UserNewView(UserForm form, FormErrors errors, List<Role> roles, int minPasswordLength) {}
