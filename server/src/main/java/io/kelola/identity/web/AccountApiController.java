package io.kelola.identity.web;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.kelola.identity.domain.UserService;
import io.kelola.shared.security.AuthenticatedEndpoint;
import io.kelola.shared.security.CurrentUser;
import io.kelola.shared.web.BusinessRuleException;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** The caller's own account: change password (other sessions of the caller end, this one stays). */
@RestController
class AccountApiController {

  private final UserService users;

  AccountApiController(UserService users) {
    this.users = users;
  }

  record PasswordChange(
      @JsonProperty("current_password") @NotBlank @Size(max = 128) String currentPassword,
      @JsonProperty("new_password") @NotBlank @Size(max = 128) String newPassword) {}

  @PutMapping("/api/v1/account/password")
  @AuthenticatedEndpoint
  ResponseEntity<Void> changePassword(@Valid @RequestBody PasswordChange body) {
    try {
      users.changeOwnPassword(CurrentUser.get().orElseThrow(), body.currentPassword(), body.newPassword());
    } catch (BusinessRuleException e) {
      throw PasswordFields.asNewPassword(e);
    }
    return ResponseEntity.noContent().build();
  }
}
