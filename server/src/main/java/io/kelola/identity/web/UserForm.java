package io.kelola.identity.web;

import io.kelola.identity.domain.NewUser;
import io.kelola.identity.domain.UserChanges;
import io.kelola.identity.domain.UserView;

/** What a user form shows again after a failed submit: the input as typed, never a password. Template view model. */
public record UserForm(String username, String email, String fullName, String role) {

  public static final UserForm EMPTY = new UserForm("", "", "", "");

  public UserForm {
    username = nz(username);
    email = nz(email);
    fullName = nz(fullName);
    role = nz(role);
  }

  static UserForm of(NewUser input) {
    return new UserForm(input.username(), input.email(), input.fullName(), input.role());
  }

  static UserForm of(UserView user) {
    return new UserForm(user.username(), user.email(), user.fullName(), user.role());
  }

  static UserForm of(String username, UserChanges input) {
    return new UserForm(username, input.email(), input.fullName(), input.role());
  }

  private static String nz(String s) {
    return s == null ? "" : s;
  }
}
