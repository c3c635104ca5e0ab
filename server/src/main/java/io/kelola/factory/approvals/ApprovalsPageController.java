package io.kelola.factory.approvals;

import io.kelola.shared.security.AuthenticatedEndpoint;
import io.kelola.shared.security.CurrentUser;
import io.kelola.shared.web.Requests;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * {@code /factory/approvals}: what the caller may approve, with approve/reject forms that post to
 * the documents' own pages and come back here. An htmx request (live refresh) gets only the list.
 */
@Controller
class ApprovalsPageController {

  private final ApprovalsInbox inbox;

  ApprovalsPageController(ApprovalsInbox inbox) {
    this.inbox = inbox;
  }

  @GetMapping(InboxView.RETURN_TO)
  @AuthenticatedEndpoint
  String inbox(HttpServletRequest request, HttpServletResponse response, Model model) {
    response.addHeader("Vary", "HX-Request");
    model.addAttribute("view", new InboxView(CurrentUser.get().map(inbox::itemsFor).orElse(List.of())));
    return partOnly(request) ? "factory/approvals/inboxBody" : "factory/approvals/inbox";
  }

  static boolean partOnly(HttpServletRequest request) {
    return Requests.isHtmx(request) && !"true".equals(request.getHeader("HX-History-Restore-Request"))
        && !"true".equals(request.getHeader("HX-Boosted"));
  }
}
