package io.kelola.identity.security;

import io.kelola.identity.domain.ApiTokenService;
import io.kelola.identity.domain.SessionService;
import io.kelola.shared.web.ProblemTypes;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.savedrequest.NullRequestCache;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * One filter chain for pages and API. Spring Security authenticates (cookie or bearer) and guards
 * CSRF and actuator; the permission each controller method declares is enforced by the shared
 * endpoint interceptor, so every endpoint is denied unless it says who may call it.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

  /** Bearer-authenticated calls carry no ambient browser credential, so CSRF does not apply. */
  static final RequestMatcher BEARER = (HttpServletRequest r) -> {
    var h = r.getHeader("Authorization");
    return h != null && h.regionMatches(true, 0, "Bearer ", 0, 7);
  };

  /**
   * An API call without a session cookie has no ambient credential a forged page could borrow, so
   * CSRF does not apply; it then gets a plain 401 from the endpoint check instead of a CSRF 403.
   */
  static final RequestMatcher API_WITHOUT_SESSION = (HttpServletRequest r) -> {
    if (!r.getRequestURI().startsWith("/api/")) return false;
    var cookies = r.getCookies();
    if (cookies == null) return true;
    for (var c : cookies) if (SessionCookie.NAME.equals(c.getName())) return false;
    return true;
  };

  /** Token endpoints take credentials in the body and set no cookie. */
  static final RequestMatcher TOKEN_ENDPOINTS = (HttpServletRequest r) ->
      HttpMethod.POST.matches(r.getMethod())
          && (r.getRequestURI().equals("/api/v1/auth/token") || r.getRequestURI().equals("/api/v1/auth/refresh"));

  @Bean
  SecurityFilterChain filterChain(HttpSecurity http, SessionService sessions, ApiTokenService tokens,
      SessionCookie cookie, OidcLoginConfigurer oidc) throws Exception {
    var contexts = new RequestAttributeSecurityContextRepository();
    var csrfRepo = new CookieCsrfTokenRepository();
    csrfRepo.setCookieCustomizer(c -> c.sameSite("Lax").httpOnly(true));
    http
        .csrf(c -> c.csrfTokenRepository(csrfRepo).ignoringRequestMatchers(BEARER, TOKEN_ENDPOINTS, API_WITHOUT_SESSION))
        .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
        .securityContext(c -> c.securityContextRepository(contexts))
        .requestCache(c -> c.requestCache(new NullRequestCache()))
        .formLogin(f -> f.disable())
        .httpBasic(b -> b.disable())
        .logout(l -> l.disable())
        .headers(h -> h.frameOptions(f -> f.sameOrigin())
            .contentSecurityPolicy(csp -> csp.policyDirectives(
                "default-src 'self'; img-src 'self' data: blob:; style-src 'self' 'unsafe-inline'; "
                    + "script-src 'self'; connect-src 'self'; frame-src " + oidc.frameSources() + "; frame-ancestors 'self'; "
                    + "form-action 'self'")))
        .addFilterBefore(new SessionAuthenticationFilter(sessions, tokens, cookie, contexts), AnonymousAuthenticationFilter.class)
        .authorizeHttpRequests(a -> a
            .requestMatchers("/actuator/health", "/actuator/health/**").permitAll()
            .requestMatchers("/actuator/**").hasAuthority("OPS.METRICS")
            // everything else: the endpoint interceptor checks each handler's declared permission
            .anyRequest().permitAll())
        .exceptionHandling(e -> e
            .authenticationEntryPoint((req, res, ex) -> problem(res, 401, ProblemTypes.UNAUTHENTICATED.toString(), "Authentication required"))
            .accessDeniedHandler((req, res, ex) -> problem(res, 403, ProblemTypes.FORBIDDEN.toString(),
                ex instanceof org.springframework.security.web.csrf.CsrfException ? "CSRF token missing or invalid" : "Forbidden")));
    oidc.configure(http);
    return http.build();
  }

  private static void problem(jakarta.servlet.http.HttpServletResponse res, int status, String type, String detail)
      throws java.io.IOException {
    res.setStatus(status);
    res.setContentType("application/problem+json");
    res.setCharacterEncoding("UTF-8");
    res.getWriter().write("{\"type\":\"" + type + "\",\"title\":\"" + (status == 401 ? "Unauthorized" : "Forbidden")
        + "\",\"status\":" + status + ",\"detail\":\"" + detail + "\"}");
  }
}
