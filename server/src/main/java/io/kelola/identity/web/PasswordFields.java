package io.kelola.identity.web;

import io.kelola.shared.web.BusinessRuleException;

/** The password policy names its field {@code password}; on a change form that field is the new password. */
final class PasswordFields {

  private PasswordFields() {}

  static BusinessRuleException asNewPassword(BusinessRuleException e) {
    if (!"password".equals(e.field())) return e;
    return new BusinessRuleException(e.status(), e.messageKey(), "newPassword", e.args());
  }
}
