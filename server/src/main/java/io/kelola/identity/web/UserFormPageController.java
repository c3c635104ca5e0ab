package io.kelola.identity.web;

import io.kelola.web.TextInput;
import io.kelola.web.FormMessages;
import io.kelola.web.FormErrors;
import io.kelola.identity.domain.NewUser;
import io.kelola.identity.domain.PasswordPolicy;
import io.kelola.identity.domain.RoleService;
import io.kelola.identity.domain.UserChanges;
import io.kelola.identity.domain.UserService;
import io.kelola.shared.security.RequiresPermission;
import io.kelola.shared.web.BusinessRuleException;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Create-user and user-detail pages. A failed submit re-renders the form with the input kept
 * (never a password) and each message next to its field; success redirects with a {@code ?done=} code.
 */
@Controller
class UserFormPageController {

  private static final String NEW = "identity/admin/userNew";

  private final UserService users;
  private final RoleService roles;
  private final PasswordPolicy passwords;
  private final FormMessages messages;
  private final UserEditPage editPage;

  UserFormPageController(UserService users, RoleService roles, PasswordPolicy passwords, FormMessages messages,
      UserEditPage editPage) {
    this.users = users;
    this.roles = roles;
    this.passwords = passwords;
    this.messages = messages;
    this.editPage = editPage;
  }

  @GetMapping("/admin/users/new")
  @RequiresPermission("ADMIN.USER.CREATE")
  String newForm(Model model) {
    return renderNew(model, UserForm.EMPTY, FormErrors.NONE);
  }

  @PostMapping("/admin/users/new")
  @RequiresPermission("ADMIN.USER.CREATE")
  String create(@Valid @ModelAttribute("newUser") NewUser input, BindingResult binding, HttpServletResponse response,
      Model model) {
    if (binding.hasErrors()) {
      response.setStatus(HttpStatus.BAD_REQUEST.value());
      return renderNew(model, UserForm.of(input), messages.of(binding));
    }
    try {
      TextInput.requirePlain(input.username(), input.email(), input.fullName());
      return UserEditPage.redirect(users.create(input), "created");
    } catch (BusinessRuleException e) {
      response.setStatus(e.status().value());
      return renderNew(model, UserForm.of(input), messages.of(e));
    }
  }

  @GetMapping("/admin/users/{uuid}")
  @RequiresPermission("ADMIN.USER.READ")
  String edit(@PathVariable String uuid, @RequestParam(required = false) String done, Model model) {
    return editPage.render(model, users.get(FormMessages.uuidOrNotFound(uuid, "user.notFound")), done);
  }

  @PostMapping("/admin/users/{uuid}")
  @RequiresPermission("ADMIN.USER.UPDATE")
  String update(@PathVariable String uuid, @Valid @ModelAttribute("userChanges") UserChanges input,
      BindingResult binding, HttpServletResponse response, Model model) {
    var user = users.get(FormMessages.uuidOrNotFound(uuid, "user.notFound"));
    var form = UserForm.of(user.username(), input);
    if (binding.hasErrors()) {
      response.setStatus(HttpStatus.BAD_REQUEST.value());
      return editPage.render(model, user, form, messages.of(binding), FormErrors.NONE, null);
    }
    try {
      TextInput.requirePlain(null, input.email(), input.fullName());
      return UserEditPage.redirect(users.update(user.uuid(), input), "saved");
    } catch (BusinessRuleException e) {
      if (e.status() == HttpStatus.NOT_FOUND) throw e;
      response.setStatus(e.status().value());
      return editPage.render(model, user, form, messages.of(e), FormErrors.NONE, null);
    }
  }

  private String renderNew(Model model, UserForm form, FormErrors errors) {
    model.addAttribute("view", new UserNewView(form, errors, roles.roles(), passwords.minLength()));
    return NEW;
  }
}
