package io.kelola.identity.security;

import io.kelola.identity.IdentityProperties;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.stereotype.Component;

/**
 * Adds "Sign in with SSO" (OIDC authorization-code flow) when {@code kelola.identity.oidc.enabled}.
 * Off by default: Kelola runs without an external identity provider.
 */
@Component
class OidcLoginConfigurer {

  private final IdentityProperties props;

  OidcLoginConfigurer(IdentityProperties props) {
    this.props = props;
  }

  void configure(HttpSecurity http) throws Exception {
    if (!props.oidc().enabled()) return;
    // wired by the OIDC login feature (OidcLoginSuccessHandler)
  }
}
