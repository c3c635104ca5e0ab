package io.kelola.identity.web;

import io.kelola.web.ListLinks;
import io.kelola.identity.domain.ActiveSession;
import io.kelola.shared.web.PageResult;
import java.util.UUID;

/** The active-sessions page; the caller's own session is marked and has no force-logout button. Template view model. */
public record SessionListView(PageResult<ActiveSession> result, String q, ListLinks links, UUID current, String flashKey) {

  public boolean isCurrent(ActiveSession s) {
    return s.uuid().equals(current);
  }
}
