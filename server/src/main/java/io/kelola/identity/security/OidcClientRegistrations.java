package io.kelola.identity.security;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.ClientRegistrations;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;

/**
 * The single OIDC client registration, discovered from the issuer on first use rather than at
 * start-up: Kelola must start (and password login must work) while the identity provider is down.
 * A failed discovery is retried on the next sign-in; a successful one is kept.
 */
final class OidcClientRegistrations implements ClientRegistrationRepository {

  private static final Logger log = LoggerFactory.getLogger(OidcClientRegistrations.class);

  private final String registrationId;
  private final OidcClientProperties client;
  private volatile ClientRegistration resolved;

  OidcClientRegistrations(String registrationId, OidcClientProperties client) {
    this.registrationId = registrationId;
    this.client = client;
  }

  @Override
  public ClientRegistration findByRegistrationId(String id) {
    if (!registrationId.equals(id)) return null;
    var r = resolved;
    return r != null ? r : discover();
  }

  private synchronized ClientRegistration discover() {
    if (resolved != null) return resolved;
    try {
      var builder = ClientRegistrations.fromIssuerLocation(client.issuer())
          .registrationId(registrationId)
          .clientId(client.clientId())
          .scope(client.scopes())
          .redirectUri("{baseUrl}/login/oauth2/code/{registrationId}")
          .userNameAttributeName("sub");
      if (client.clientSecret().isEmpty()) {
        builder.clientAuthenticationMethod(ClientAuthenticationMethod.NONE);
      } else {
        builder.clientSecret(client.clientSecret());
      }
      resolved = builder.build();
      log.info("OIDC login: provider {} discovered", client.issuer());
      return resolved;
    } catch (RuntimeException e) {
      log.warn("OIDC login: discovery at {} failed, SSO sign-in unavailable until it succeeds: {}",
          client.issuer(), e.toString());
      return null;
    }
  }
}
