package io.kelola.identity.web;

import io.kelola.web.FormMessages;
import io.kelola.web.FormErrors;
import io.kelola.identity.domain.PasswordPolicy;
import io.kelola.identity.domain.UserService;
import io.kelola.shared.security.AuthenticatedEndpoint;
import io.kelola.shared.security.CurrentUser;
import io.kelola.shared.web.BusinessRuleException;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** {@code /account/password}: any signed-in user changes their own password; their other sessions end. */
@Controller
class AccountPageController {

  private static final String TEMPLATE = "identity/account/password";

  private final UserService users;
  private final PasswordPolicy passwords;
  private final FormMessages messages;

  AccountPageController(UserService users, PasswordPolicy passwords, FormMessages messages) {
    this.users = users;
    this.passwords = passwords;
    this.messages = messages;
  }

  /** The submitted form; the new password is typed twice to catch typos. */
  record PasswordForm(
      @NotBlank @Size(max = 128) String currentPassword,
      @NotBlank @Size(max = 128) String newPassword,
      @Size(max = 128) String confirmPassword) {}

  @GetMapping("/account/password")
  @AuthenticatedEndpoint
  String page(@RequestParam(required = false) String done, Model model) {
    return render(model, FormErrors.NONE, "changed".equals(done) ? "account.password.flash.changed" : null);
  }

  @PostMapping("/account/password")
  @AuthenticatedEndpoint
  String change(@Valid @ModelAttribute("passwordForm") PasswordForm form, BindingResult binding,
      HttpServletResponse response, Model model) {
    FormErrors errors;
    if (binding.hasErrors()) {
      errors = messages.of(binding);
    } else if (!form.newPassword().equals(form.confirmPassword())) {
      errors = messages.field("confirmPassword", "account.password.mismatch");
    } else {
      try {
        users.changeOwnPassword(CurrentUser.get().orElseThrow(), form.currentPassword(), form.newPassword());
        return "redirect:/account/password?done=changed";
      } catch (BusinessRuleException e) {
        errors = messages.of(e, Map.of("password", "newPassword"));
      }
    }
    response.setStatus(HttpStatus.BAD_REQUEST.value());
    return render(model, errors, null);
  }

  private String render(Model model, FormErrors errors, String flashKey) {
    var username = CurrentUser.get().orElseThrow().username();
    model.addAttribute("view", new PasswordPageView(username, errors, flashKey, passwords.minLength()));
    return TEMPLATE;
  }
}
