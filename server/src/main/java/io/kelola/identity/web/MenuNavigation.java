package io.kelola.identity.web;

import io.kelola.identity.domain.MenuNode;
import io.kelola.identity.domain.MenuService;
import io.kelola.shared.security.KelolaPrincipal;
import io.kelola.web.MenuItem;
import io.kelola.web.NavigationProvider;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Feeds the layout's side menu from {@code adm_menu}. Menu names are Indonesian master data that
 * admins edit, so Indonesian pages show them as stored; other languages use {@code menu.<CODE>}.
 */
@Component
class MenuNavigation implements NavigationProvider {

  private final MenuService menus;
  private final MessageSource messages;

  MenuNavigation(MenuService menus, MessageSource messages) {
    this.menus = menus;
    this.messages = messages;
  }

  @Override
  public List<MenuItem> menuFor(KelolaPrincipal principal, Locale locale) {
    return menus.treeFor(principal).stream().map(n -> item(n, locale)).toList();
  }

  private MenuItem item(MenuNode n, Locale locale) {
    var label = "id".equals(locale.getLanguage()) ? n.name() : messages.getMessage("menu." + n.code(), null, n.name(), locale);
    return new MenuItem(n.code(), label, n.icon(), n.path(), n.liveSubjects(),
        n.children().stream().map(c -> item(c, locale)).toList());
  }
}
