package io.kelola.identity.web;

import io.kelola.web.FormMessages;
import io.kelola.web.FormErrors;
import io.kelola.identity.domain.UserService;
import io.kelola.identity.domain.UserView;
import io.kelola.shared.security.RequiresPermission;
import io.kelola.shared.web.BusinessRuleException;
import jakarta.servlet.http.HttpServletResponse;
import java.util.UUID;
import java.util.function.Function;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The buttons on the user detail page: activate, deactivate, unlock, reset password. Each redirects
 * back with a success code, or re-renders the page explaining why the action was refused.
 */
@Controller
class UserActionPageController {

  private final UserService users;
  private final FormMessages messages;
  private final UserEditPage editPage;

  UserActionPageController(UserService users, FormMessages messages, UserEditPage editPage) {
    this.users = users;
    this.messages = messages;
    this.editPage = editPage;
  }

  @PostMapping("/admin/users/{uuid}/activate")
  @RequiresPermission("ADMIN.USER.UPDATE")
  String activate(@PathVariable String uuid, HttpServletResponse response, Model model) {
    return act(uuid, "activated", id -> users.setActive(id, true), response, model);
  }

  @PostMapping("/admin/users/{uuid}/deactivate")
  @RequiresPermission("ADMIN.USER.UPDATE")
  String deactivate(@PathVariable String uuid, HttpServletResponse response, Model model) {
    return act(uuid, "deactivated", id -> users.setActive(id, false), response, model);
  }

  @PostMapping("/admin/users/{uuid}/unlock")
  @RequiresPermission("ADMIN.USER.UPDATE")
  String unlock(@PathVariable String uuid, HttpServletResponse response, Model model) {
    return act(uuid, "unlocked", users::unlock, response, model);
  }

  @PostMapping("/admin/users/{uuid}/reset-password")
  @RequiresPermission("ADMIN.USER.RESET_PWD")
  String resetPassword(@PathVariable String uuid, @RequestParam(defaultValue = "") String password,
      HttpServletResponse response, Model model) {
    var user = users.get(FormMessages.uuidOrNotFound(uuid, "user.notFound"));
    try {
      return UserEditPage.redirect(users.resetPassword(user.uuid(), password), "passwordReset");
    } catch (BusinessRuleException e) {
      if (e.status() == HttpStatus.NOT_FOUND) throw e;
      response.setStatus(e.status().value());
      return editPage.render(model, user, UserForm.of(user), FormErrors.NONE, messages.of(e), null);
    }
  }

  private String act(String rawUuid, String done, Function<UUID, UserView> action, HttpServletResponse response,
      Model model) {
    var user = users.get(FormMessages.uuidOrNotFound(rawUuid, "user.notFound"));
    try {
      return UserEditPage.redirect(action.apply(user.uuid()), done);
    } catch (BusinessRuleException e) {
      if (e.status() == HttpStatus.NOT_FOUND) throw e;
      response.setStatus(e.status().value());
      return editPage.render(model, user, UserForm.of(user), messages.of(e), FormErrors.NONE, null);
    }
  }
}
