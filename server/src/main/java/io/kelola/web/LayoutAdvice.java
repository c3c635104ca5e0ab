package io.kelola.web;

import io.kelola.events.EventCatalog;
import io.kelola.events.EventType;

import io.kelola.shared.security.CurrentUser;
import io.kelola.shared.web.Msg;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Locale;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Adds {@code t} (messages) and {@code layout} to the model of every page controller. */
@ControllerAdvice(annotations = Controller.class)
class LayoutAdvice {

  private final MessageSource messages;
  private final ObjectProvider<NavigationProvider> navigation;
  private final List<String> liveSubjects;

  LayoutAdvice(MessageSource messages, ObjectProvider<NavigationProvider> navigation, EventCatalog catalog) {
    this.messages = messages;
    this.navigation = navigation;
    // a subject missing here would reach the browser but never its listeners (EventSource dispatches by name)
    this.liveSubjects = catalog.entries().stream().map(EventType::subject).sorted().toList();
  }

  @ModelAttribute("t")
  Msg messages(Locale locale) {
    return new Msg(messages, locale);
  }

  @ModelAttribute("layout")
  Layout layout(HttpServletRequest request, Locale locale) {
    var csrf = (CsrfToken) request.getAttribute(CsrfToken.class.getName());
    var path = request.getRequestURI();
    var lang = "en".equals(locale.getLanguage()) ? "en" : "id";
    return CurrentUser.get()
        .map(p -> new Layout(p.displayName(), p.roleCode(), () -> menu(p, locale), path, param(csrf), header(csrf), token(csrf), lang, liveSubjects))
        .orElseGet(() -> new Layout(null, null, List::of, path, param(csrf), header(csrf), token(csrf), lang, liveSubjects));
  }

  private List<MenuItem> menu(io.kelola.shared.security.KelolaPrincipal p, Locale locale) {
    var provider = navigation.getIfAvailable();
    return provider == null ? List.of() : provider.menuFor(p, locale);
  }

  // the names CookieCsrfTokenRepository uses; asking the token for them would generate a token
  private static String param(CsrfToken csrf) { return "_csrf"; }
  private static String header(CsrfToken csrf) { return "X-XSRF-TOKEN"; }
  private static java.util.function.Supplier<String> token(CsrfToken csrf) {
    return csrf == null ? () -> "" : csrf::getToken;
  }
}
