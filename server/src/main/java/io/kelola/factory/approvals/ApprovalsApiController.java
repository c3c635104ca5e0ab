package io.kelola.factory.approvals;

import io.kelola.shared.security.AuthenticatedEndpoint;
import io.kelola.shared.security.CurrentUser;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/v1/factory/approvals}: the caller's approval inbox (empty for those who approve nothing). */
@RestController
class ApprovalsApiController {

  private final ApprovalsInbox inbox;

  ApprovalsApiController(ApprovalsInbox inbox) {
    this.inbox = inbox;
  }

  @GetMapping("/api/v1/factory/approvals")
  @AuthenticatedEndpoint
  List<InboxItem> items() {
    return CurrentUser.get().map(inbox::itemsFor).orElse(List.of());
  }
}
