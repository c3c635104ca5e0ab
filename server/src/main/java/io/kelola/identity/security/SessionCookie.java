package io.kelola.identity.security;

import io.kelola.identity.IdentityProperties;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Optional;
import org.springframework.http.ResponseCookie;
import org.springframework.stereotype.Component;

/** The browser session cookie: HttpOnly, SameSite=Lax, Secure behind TLS. Holds an opaque token. */
@Component
public class SessionCookie {

  public static final String NAME = "KELOLA_SESSION";

  private final boolean forceSecure;

  SessionCookie(IdentityProperties props) {
    this.forceSecure = props.secureCookies();
  }

  public Optional<String> read(HttpServletRequest request) {
    var cookies = request.getCookies();
    if (cookies == null) return Optional.empty();
    for (Cookie c : cookies) {
      if (NAME.equals(c.getName()) && c.getValue() != null && !c.getValue().isBlank() && c.getValue().length() <= 100) {
        return Optional.of(c.getValue());
      }
    }
    return Optional.empty();
  }

  public void write(HttpServletRequest request, HttpServletResponse response, String token) {
    response.addHeader("Set-Cookie", cookie(request, token, -1).toString());
  }

  public void clear(HttpServletRequest request, HttpServletResponse response) {
    response.addHeader("Set-Cookie", cookie(request, "", 0).toString());
  }

  private ResponseCookie cookie(HttpServletRequest request, String value, long maxAge) {
    return ResponseCookie.from(NAME, value).httpOnly(true).sameSite("Lax").path("/")
        .secure(forceSecure || request.isSecure()).maxAge(maxAge).build();
  }
}
