package io.kelola.identity.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.util.List;
import no.nav.security.mock.oauth2.MockOAuth2Server;
import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;

/** Discovery of the one client registration: lazy, retried after a failure, kept after success. */
class OidcClientRegistrationsTest {

  @Test
  void unreachableProviderGivesNoRegistrationAndIsTriedAgainLater() throws IOException {
    int closedPort;
    try (var socket = new ServerSocket(0)) {
      closedPort = socket.getLocalPort();
    }
    var provider = new MockOAuth2Server();
    var issuer = "http://127.0.0.1:" + closedPort + "/default";
    var registrations = new OidcClientRegistrations("oidc", new OidcClientProperties(issuer, "kelola", "secret", null));
    assertThat(registrations.findByRegistrationId("oidc")).isNull();

    // same issuer URL, now answering: the next sign-in discovers it
    provider.start(java.net.InetAddress.getByName("127.0.0.1"), closedPort);
    try {
      var found = registrations.findByRegistrationId("oidc");
      assertThat(found).isNotNull();
      assertThat(found.getClientId()).isEqualTo("kelola");
      assertThat(found.getClientSecret()).isEqualTo("secret");
      assertThat(found.getAuthorizationGrantType()).isEqualTo(AuthorizationGrantType.AUTHORIZATION_CODE);
      assertThat(found.getScopes()).containsExactlyInAnyOrder("openid", "email", "profile");
      assertThat(found.getRedirectUri()).isEqualTo("{baseUrl}/login/oauth2/code/{registrationId}");
      assertThat(found.getProviderDetails().getIssuerUri()).isEqualTo(issuer);
      assertThat(registrations.findByRegistrationId("other")).isNull();
      assertThat(registrations.findByRegistrationId("oidc")).isSameAs(found);
    } finally {
      provider.shutdown();
    }
  }

  @Test
  void aClientWithoutSecretIsPublic() {
    var provider = new MockOAuth2Server();
    provider.start();
    try {
      var registrations = new OidcClientRegistrations("sso",
          new OidcClientProperties(provider.issuerUrl("default").toString(), "kelola-public", "", List.of("openid", "email")));
      var found = registrations.findByRegistrationId("sso");
      assertThat(found.getClientAuthenticationMethod()).isEqualTo(ClientAuthenticationMethod.NONE);
      assertThat(found.getScopes()).containsExactlyInAnyOrder("openid", "email");
    } finally {
      provider.shutdown();
    }
  }
}
