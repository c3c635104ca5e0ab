package io.kelola.web;

import io.kelola.shared.web.BusinessRuleException;

/**
 * Names and e-mail addresses are single-line text. Control characters (NUL, line breaks…) are
 * refused as a field error up front; PostgreSQL would otherwise reject a NUL deep in the write.
 */
public final class TextInput {

  private TextInput() {}

  public static void requirePlain(String field, String value) {
    if (value != null && value.chars().anyMatch(Character::isISOControl)) {
      throw BusinessRuleException.invalid(field, "input.controlCharacters");
    }
  }

  public static void requirePlain(String username, String email, String fullName) {
    requirePlain("username", username);
    requirePlain("email", email);
    requirePlain("fullName", fullName);
  }
}
