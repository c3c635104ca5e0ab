package io.kelola.identity.web;

import io.kelola.identity.domain.MenuNode;
import io.kelola.identity.domain.MenuService;
import io.kelola.shared.security.AuthenticatedEndpoint;
import io.kelola.shared.security.CurrentUser;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/v1/menus}: the caller's nested menu tree (seed 002 §1.7.C flow 3). */
@RestController
class MenuApiController {

  private final MenuService menus;

  MenuApiController(MenuService menus) {
    this.menus = menus;
  }

  @GetMapping("/api/v1/menus")
  @AuthenticatedEndpoint
  List<MenuNode> menus() {
    return menus.treeFor(CurrentUser.get().orElseThrow());
  }
}
