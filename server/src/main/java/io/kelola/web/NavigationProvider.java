package io.kelola.web;

import io.kelola.shared.security.KelolaPrincipal;
import java.util.List;
import java.util.Locale;

/** Supplies the menu tree a signed-in user sees (implemented by the identity module). */
public interface NavigationProvider {

  List<MenuItem> menuFor(KelolaPrincipal principal, Locale locale);
}
