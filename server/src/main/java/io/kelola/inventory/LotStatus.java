package io.kelola.inventory;

import java.util.Set;

/** QC status of a lot; only RELEASED stock may be reserved or issued. REJECTED is final. */
public enum LotStatus {
  QUARANTINE, RELEASED, REJECTED, ON_HOLD;

  /** Allowed next statuses. A released lot can be put on hold again (e.g. during a recall). */
  public Set<LotStatus> next() {
    return switch (this) {
      case QUARANTINE -> Set.of(RELEASED, REJECTED, ON_HOLD);
      case ON_HOLD -> Set.of(RELEASED, REJECTED);
      case RELEASED -> Set.of(ON_HOLD);
      case REJECTED -> Set.of();
    };
  }

  public static LotStatus parse(String s) {
    if (s == null) return null;
    for (var v : values()) if (v.name().equals(s)) return v;
    return null;
  }
}
