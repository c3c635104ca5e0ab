package io.kelola.inventory.domain;

import io.kelola.events.EventType;
import io.kelola.events.EventTypeProvider;
import io.kelola.inventory.LotStatusChanged;
import io.kelola.inventory.ReservationChanged;
import io.kelola.inventory.StockMoved;
import java.util.List;
import org.springframework.stereotype.Component;

/** The subjects the inventory ledger publishes. */
@Component
class InventoryEventTypes implements EventTypeProvider {

  static final String MOVED = "inventory.moved";
  static final String RESERVATION_CHANGED = "inventory.reservation_changed";
  static final String LOT_STATUS_CHANGED = "lot.status_changed";

  @Override
  public List<EventType> eventTypes() {
    return List.of(
        EventType.of(MOVED, StockMoved.class, "inventory",
            "Stock was received, issued, transferred or adjusted (one immutable ledger move)."),
        EventType.of(RESERVATION_CHANGED, ReservationChanged.class, "inventory",
            "A stock reservation was made, released or issued."),
        EventType.of(LOT_STATUS_CHANGED, LotStatusChanged.class, "inventory",
            "A lot moved to another QC status (quarantine, released, rejected, on hold)."));
  }
}
