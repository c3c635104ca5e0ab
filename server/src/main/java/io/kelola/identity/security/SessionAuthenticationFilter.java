package io.kelola.identity.security;

import io.kelola.identity.domain.ApiTokenService;
import io.kelola.identity.domain.SessionService;
import io.kelola.shared.security.CredentialExpiry;
import io.kelola.shared.security.KelolaPrincipal;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Optional;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Resolves the caller on every request (seed 002 §1.7.C flow 2): a bearer JWT names its session,
 * a browser cookie is the session; either way the session row must still be valid right now.
 */
class SessionAuthenticationFilter extends OncePerRequestFilter {

  private final SessionService sessions;
  private final ApiTokenService tokens;
  private final SessionCookie cookie;
  private final SecurityContextRepository contexts;

  SessionAuthenticationFilter(SessionService sessions, ApiTokenService tokens, SessionCookie cookie,
      SecurityContextRepository contexts) {
    this.sessions = sessions;
    this.tokens = tokens;
    this.cookie = cookie;
    this.contexts = contexts;
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    resolve(request).ifPresent(p -> {
      var authorities = new ArrayList<SimpleGrantedAuthority>();
      p.permissions().forEach(code -> authorities.add(new SimpleGrantedAuthority(code)));
      authorities.add(new SimpleGrantedAuthority("ROLE_" + p.roleCode()));
      var context = SecurityContextHolder.createEmptyContext();
      context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(p, null, authorities));
      SecurityContextHolder.setContext(context);
      // recorded as "already authenticated", so no session-fixation/CSRF-reset strategy fires per request
      contexts.saveContext(context, request, response);
    });
    chain.doFilter(request, response);
  }

  private Optional<KelolaPrincipal> resolve(HttpServletRequest request) {
    var header = request.getHeader("Authorization");
    if (header != null && header.regionMatches(true, 0, "Bearer ", 0, 7)) {
      var token = tokens.verified(header.substring(7).trim());
      token.ifPresent(t -> CredentialExpiry.set(request, t.expiresAt()));
      return token.flatMap(t -> sessions.bySessionUuid(t.sessionUuid()));
    }
    return cookie.read(request).flatMap(sessions::byBrowserToken);
  }
}
