package io.kelola.identity.web;

import io.kelola.identity.IdentityProperties;
import io.kelola.shared.security.CurrentUser;
import io.kelola.shared.security.PublicEndpoint;
import io.kelola.identity.security.SilentSso;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * {@code GET /auth/login} for the seed's session recovery: {@code ?silent=1} is tier 2 (a hidden
 * frame reporting whether the cookie session is alive), {@code ?popup=1} is tier 3 (sign-in in a
 * popup that tells its opener when it is done). With SSO on, the silent frame first tries a
 * {@code prompt=none} round trip with the identity provider ({@link SilentSso}). Results go to the page by a same-origin postMessage.
 */
@Controller
class AuthRecoveryController {

  static final String ALIVE = "alive";
  static final String FAILED = "failed";
  static final String SIGNED_IN = "signed-in";

  static final String RENEWED = "renewed";

  private final IdentityProperties props;
  private final SilentSso silentSso;

  AuthRecoveryController(IdentityProperties props, SilentSso silentSso) {
    this.props = props;
    this.silentSso = silentSso;
  }

  @GetMapping("/auth/login")
  @PublicEndpoint
  String login(@RequestParam(defaultValue = "0") String silent, @RequestParam(defaultValue = "0") String popup,
      @RequestParam(defaultValue = "0") String done, @RequestParam(required = false) String next,
      @RequestParam(required = false) String sso, Model model,
      HttpServletRequest request, HttpServletResponse response) {
    response.setHeader("Cache-Control", "no-store");
    boolean signedIn = CurrentUser.get().isPresent();
    if ("1".equals(silent)) {
      // the end of a prompt=none round trip: the provider renewed the sign-in, or refused without asking
      if ("1".equals(done)) return report(model, signedIn ? RENEWED : FAILED, "parent");
      if (!signedIn && props.oidc().enabled()) return "redirect:" + silentSso.start(request, response);
      return report(model, signedIn ? ALIVE : FAILED, "parent");
    }
    if (signedIn) return report(model, SIGNED_IN, "1".equals(popup) ? "opener" : "parent");
    model.addAttribute("form", new LoginForm("", SafeRedirect.of(next), false, "1".equals(popup)));
    // an SSO sign-in from this popup must come back here to tell the opener, not open the home page in it
    if ("1".equals(popup) && props.oidc().enabled()) silentSso.markPopup(request, response);
    model.addAttribute("ssoFailed", "failed".equals(sso));
    model.addAttribute("ssoEnabled", props.oidc().enabled());
    model.addAttribute("ssoPath", "/oauth2/authorization/" + props.oidc().registrationId());
    return "identity/login";
  }

  /** The tiny page whose static script posts {@code result} to its parent frame or opener window. */
  static String report(Model model, String result, String target) {
    model.addAttribute("result", result);
    model.addAttribute("target", target);
    return "identity/auth/report";
  }
}
