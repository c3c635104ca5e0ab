package io.kelola.factory.purchasing;

import io.kelola.audit.StatusHistory;
import io.kelola.events.Events;
import io.kelola.factory.FactoryEvents;
import io.kelola.factory.core.FactorySubjects;
import io.kelola.shared.security.CurrentUser;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** One status change of a locked PO: the row, its log_status entry and the status event, together. */
@Component
class PoTransitions {

  private final PoRepository repo;
  private final StatusHistory history;
  private final Events events;

  PoTransitions(PoRepository repo, StatusHistory history, Events events) {
    this.repo = repo;
    this.history = history;
    this.events = events;
  }

  /** @param from null when the PO was just created (its first status) */
  @Transactional(propagation = Propagation.MANDATORY)
  void move(PoRepository.Locked po, String from, String to, String notes) {
    if (from != null) repo.setStatus(po.id(), to, CurrentUser.idOrNull());
    history.record("PO", po.id(), from, to, notes);
    events.publish(FactorySubjects.PO_STATUS, po.poNo(), po.ownerUuid(),
        new FactoryEvents.StatusChanged("PO", po.poNo(), from, to, notes));
  }
}
