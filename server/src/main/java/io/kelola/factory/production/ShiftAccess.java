package io.kelola.factory.production;

import io.kelola.shared.security.CurrentUser;
import io.kelola.shared.security.PermissionDeniedException;

/** Who sees which shift logs: SHIFT.READ all of them, SHIFT.INPUT only one's own. */
final class ShiftAccess {

  private ShiftAccess() {}

  /** True for SHIFT.READ, false for SHIFT.INPUT only; 403 for neither. */
  static boolean seesAll() {
    var p = CurrentUser.get().orElseThrow(() -> new PermissionDeniedException("SHIFT.READ"));
    if (p.can("SHIFT.READ")) return true;
    if (p.can("SHIFT.INPUT")) return false;
    throw new PermissionDeniedException("SHIFT.READ");
  }
}
