package io.kelola.identity.security;

import io.kelola.identity.IdentityProperties;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Clock;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClient;
import org.springframework.security.oauth2.client.web.DefaultOAuth2AuthorizationRequestResolver;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestCustomizers;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestRedirectFilter;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizedClientRepository;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.stereotype.Component;

/**
 * Adds "Sign in with SSO" (OIDC authorization-code flow with PKCE) when
 * {@code kelola.identity.oidc.enabled}. Off by default: Kelola runs without an external identity
 * provider, and then nothing of this is wired and no OIDC setting is read.
 */
@Component
class OidcLoginConfigurer {

  static final String AUTHORIZATION_BASE = "/oauth2/authorization";
  static final String CALLBACK_BASE = "/login/oauth2/code";

  private final IdentityProperties props;
  private final OidcClientProperties client;
  private final OidcLoginSuccessHandler success;
  private final OidcLoginFailureHandler failure;
  private final Clock clock;
  private final OidcClockSkew skew;
  private final SilentSso silent;

  OidcLoginConfigurer(IdentityProperties props, OidcClientProperties client, OidcLoginSuccessHandler success,
      OidcLoginFailureHandler failure, Clock clock, OidcClockSkew skew, SilentSso silent) {
    this.props = props;
    this.client = client;
    this.success = success;
    this.failure = failure;
    this.clock = clock;
    this.skew = skew;
    this.silent = silent;
  }

  void configure(HttpSecurity http) throws Exception {
    if (!props.oidc().enabled()) return;
    if (client.issuer().isEmpty() || client.clientId().isEmpty()) {
      throw new IllegalStateException("OIDC login is enabled (KELOLA_OIDC_ENABLED) but KELOLA_OIDC_ISSUER and "
          + "KELOLA_OIDC_CLIENT_ID are not both set");
    }
    var registrations = new OidcClientRegistrations(props.oidc().registrationId(), client);
    var resolver = new DefaultOAuth2AuthorizationRequestResolver(registrations, AUTHORIZATION_BASE);
    resolver.setAuthorizationRequestCustomizer(OAuth2AuthorizationRequestCustomizers.withPkce());
    var requests = new CookieAuthorizationRequestRepository(CALLBACK_BASE, cookieKey(), props.secureCookies(), clock);
    http.oauth2Login(o -> o
        .loginPage("/login")
        .clientRegistrationRepository(registrations)
        .authorizedClientRepository(NO_AUTHORIZED_CLIENTS)
        .securityContextRepository(new RequestAttributeSecurityContextRepository())
        .authorizationEndpoint(a -> a.baseUri(AUTHORIZATION_BASE).authorizationRequestResolver(silent.promptNone(resolver))
            .authorizationRequestRepository(requests))
        .redirectionEndpoint(r -> r.baseUri(CALLBACK_BASE + "/*"))
        .successHandler(silent.success(skew.observing(success)))
        .failureHandler(silent.failure(failure))
        // the redirect filter answers a failed start (provider unreachable) with a bare 500 unless told otherwise
        .withObjectPostProcessor(new ObjectPostProcessor<OAuth2AuthorizationRequestRedirectFilter>() {
          @Override
          public <O extends OAuth2AuthorizationRequestRedirectFilter> O postProcess(O filter) {
            filter.setAuthenticationFailureHandler(silent.failure(failure));
            return filter;
          }
        }));
  }

  /**
   * CSP {@code frame-src}: the silent-renew frame is redirected to the provider, so its origin must be
   * allowed to load in a frame of Kelola's pages (the provider must also let itself be framed by us).
   */
  String frameSources() {
    if (!props.oidc().enabled() || client.issuer().isEmpty()) return "'self'";
    var issuer = java.net.URI.create(client.issuer());
    var port = issuer.getPort() == -1 ? "" : ":" + issuer.getPort();
    return "'self' " + issuer.getScheme() + "://" + issuer.getHost() + port;
  }

  /**
   * Signs the authorization-request cookie. Derived from the client secret when there is one, so
   * every Kelola instance behind one address accepts the others' cookies; a public client gets a
   * random per-process key (then the callback must reach the instance that started the sign-in).
   */
  private byte[] cookieKey() {
    if (client.clientSecret().isEmpty()) return io.kelola.identity.domain.Secrets.newKey();
    try {
      var mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(client.clientSecret().getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
      return mac.doFinal("kelola-oidc-authorization-request-cookie".getBytes(StandardCharsets.UTF_8));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Kelola needs the provider's tokens only to learn who signed in, so none are kept afterwards. */
  private static final OAuth2AuthorizedClientRepository NO_AUTHORIZED_CLIENTS = new OAuth2AuthorizedClientRepository() {
    @Override
    public <T extends OAuth2AuthorizedClient> T loadAuthorizedClient(String registrationId, Authentication principal,
        HttpServletRequest request) {
      return null;
    }

    @Override
    public void saveAuthorizedClient(OAuth2AuthorizedClient client, Authentication principal,
        HttpServletRequest request, HttpServletResponse response) {}

    @Override
    public void removeAuthorizedClient(String registrationId, Authentication principal, HttpServletRequest request,
        HttpServletResponse response) {}
  };
}
