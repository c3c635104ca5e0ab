package io.kelola.identity.web;

import io.kelola.web.FormErrors;
import io.kelola.identity.domain.RoleService.Role;
import io.kelola.identity.domain.UserView;
import java.util.List;

/**
 * The user detail page: profile form, status actions and password reset, each shown only when the
 * caller holds its permission.
 *
 * @param flashKey message key of the action that just succeeded, or null
 * @param self whether the caller is looking at their own account (cannot deactivate it)
 */
public record UserEditView(
    UserView user, UserForm form, FormErrors errors, FormErrors resetErrors, String flashKey, List<Role> roles,
    boolean canUpdate, boolean canResetPassword, boolean self, int minPasswordLength) {}
