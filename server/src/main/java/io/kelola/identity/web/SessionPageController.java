package io.kelola.identity.web;

import io.kelola.web.FormMessages;
import io.kelola.web.ListLinks;
import io.kelola.identity.domain.SessionService;
import io.kelola.shared.security.CurrentUser;
import io.kelola.shared.security.RequiresPermission;
import io.kelola.shared.web.PageQuery;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** {@code /admin/sessions}: who is signed in, from where, since when; and force logout. */
@Controller
class SessionPageController {

  private final SessionService sessions;

  SessionPageController(SessionService sessions) {
    this.sessions = sessions;
  }

  @GetMapping("/admin/sessions")
  @RequiresPermission("ADMIN.SESSION.MANAGE")
  String list(@RequestParam(required = false) String page, @RequestParam(required = false) String size,
      @RequestParam(required = false) String sort, @RequestParam(required = false) String dir,
      @RequestParam(required = false) String q, @RequestParam(required = false) String done, Model model) {
    var query = PageQuery.of(ListLinks.intOrNull(page), ListLinks.intOrNull(size), sort, dir, ListLinks.searchText(q));
    var result = sessions.active(query);
    var links = new ListLinks("/admin/sessions", Map.of("q", query.q() == null ? "" : query.q()), query);
    model.addAttribute("view", new SessionListView(result, query.q() == null ? "" : query.q(), links,
        CurrentUser.get().orElseThrow().sessionUuid(), "revoked".equals(done) ? "sessions.flash.revoked" : null));
    return "identity/admin/sessions";
  }

  @PostMapping("/admin/sessions/{uuid}/revoke")
  @RequiresPermission("ADMIN.SESSION.MANAGE")
  String revoke(@PathVariable String uuid) {
    sessions.forceLogout(FormMessages.uuidOrNotFound(uuid, "session.notFound"));
    return "redirect:/admin/sessions?done=revoked";
  }
}
