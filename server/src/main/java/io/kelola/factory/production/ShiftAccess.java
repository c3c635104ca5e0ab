package io.kelola.factory.production;

import io.kelola.shared.security.CurrentUser;

/**
 * Who sees which shift logs: SHIFT.READ all of them; anyone else only the logs they entered
 * themselves (an operator with SHIFT.INPUT sees their own, others none).
 */
final class ShiftAccess {

  private ShiftAccess() {}

  static boolean seesAll() {
    return CurrentUser.get().map(p -> p.can("SHIFT.READ")).orElse(false);
  }
}
