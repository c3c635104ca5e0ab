package io.kelola.identity.web;

import io.kelola.web.FormErrors;
import io.kelola.identity.domain.PasswordPolicy;
import io.kelola.identity.domain.RoleService;
import io.kelola.identity.domain.UserView;
import io.kelola.shared.security.CurrentUser;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/** Builds the user detail page for both the form controller and the action controller. */
@Component
class UserEditPage {

  static final String TEMPLATE = "identity/admin/userEdit";

  /** {@code ?done=} codes after a successful action, mapped to their message (anything else shows nothing). */
  private static final Map<String, String> DONE = Map.of(
      "created", "users.flash.created",
      "saved", "users.flash.saved",
      "activated", "users.flash.activated",
      "deactivated", "users.flash.deactivated",
      "unlocked", "users.flash.unlocked",
      "passwordReset", "users.flash.passwordReset");

  private final RoleService roles;
  private final PasswordPolicy passwords;

  UserEditPage(RoleService roles, PasswordPolicy passwords) {
    this.roles = roles;
    this.passwords = passwords;
  }

  String render(Model model, UserView user, UserForm form, FormErrors errors, FormErrors resetErrors, String done) {
    var caller = CurrentUser.get().orElseThrow();
    model.addAttribute("view", new UserEditView(user, form, errors, resetErrors, done == null ? null : DONE.get(done),
        roles.roles(), caller.can("ADMIN.USER.UPDATE"), caller.can("ADMIN.USER.RESET_PWD"),
        caller.userUuid().equals(user.uuid()), passwords.minLength()));
    return TEMPLATE;
  }

  String render(Model model, UserView user, String done) {
    return render(model, user, UserForm.of(user), FormErrors.NONE, FormErrors.NONE, done);
  }

  static String redirect(UserView user, String done) {
    return "redirect:/admin/users/" + user.uuid() + "?done=" + done;
  }
}
