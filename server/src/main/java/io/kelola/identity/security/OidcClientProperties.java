package io.kelola.identity.security;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The OIDC client Kelola signs in with ({@code kelola.identity.oidc.*}, set from the
 * {@code KELOLA_OIDC_*} environment variables). Used only when OIDC login is enabled, so an
 * installation without an identity provider needs none of it.
 *
 * @param issuer the provider's issuer URL, e.g. {@code https://sso.example.co.id/realms/pabrik} for Keycloak;
 *     endpoints and signing keys are discovered from its {@code /.well-known/openid-configuration}
 * @param clientSecret empty for a public client (PKCE only)
 * @param scopes requested scopes; {@code email} is needed to link accounts by verified e-mail
 */
@ConfigurationProperties("kelola.identity.oidc")
record OidcClientProperties(String issuer, String clientId, String clientSecret, List<String> scopes) {

  OidcClientProperties {
    issuer = issuer == null ? "" : issuer.strip();
    clientId = clientId == null ? "" : clientId.strip();
    clientSecret = clientSecret == null ? "" : clientSecret;
    scopes = scopes == null || scopes.isEmpty() ? List.of("openid", "email", "profile") : List.copyOf(scopes);
  }
}
