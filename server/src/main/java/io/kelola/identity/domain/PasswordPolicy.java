package io.kelola.identity.domain;

import io.kelola.identity.IdentityProperties;
import io.kelola.shared.web.BusinessRuleException;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/** Password rules (checked on create, change and reset) and hashing (BCrypt). */
@Component
public class PasswordPolicy {

  public static final int MAX_LENGTH = 128;

  private final PasswordEncoder encoder = new BCryptPasswordEncoder(10);
  private final int minLength;
  /** Verified against when the username is unknown, so that path costs the same as a wrong password. */
  private final String dummyHash;

  PasswordPolicy(IdentityProperties props) {
    this.minLength = props.passwordMinLength();
    this.dummyHash = encoder.encode("kelola-timing-equaliser-" + Secrets.newToken());
  }

  public void check(String password, String username) {
    if (password == null || password.length() < minLength) {
      throw BusinessRuleException.invalid("password", "password.tooShort", minLength);
    }
    if (password.length() > MAX_LENGTH) throw BusinessRuleException.invalid("password", "password.tooLong", MAX_LENGTH);
    if (username != null && !username.isBlank() && password.toLowerCase().contains(username.toLowerCase())) {
      throw BusinessRuleException.invalid("password", "password.containsUsername");
    }
    if (password.chars().distinct().count() < 4) throw BusinessRuleException.invalid("password", "password.tooSimple");
  }

  public String hash(String password) {
    return encoder.encode(password);
  }

  /** Constant-work check: a null hash (no such user, OIDC-only user) still costs one BCrypt run. */
  public boolean matches(String password, String hash) {
    if (password == null || password.length() > MAX_LENGTH) password = "";
    if (hash == null) {
      encoder.matches(password, dummyHash);
      return false;
    }
    return encoder.matches(password, hash);
  }

  public int minLength() {
    return minLength;
  }
}
