package io.kelola.factory.finance;

import io.kelola.shared.security.CurrentUser;
import io.kelola.shared.security.KelolaPrincipal;

/** The signed-in user's internal id for created_by/updated_by; null for system jobs. */
final class Callers {

  private Callers() {}

  static Long userId() {
    return CurrentUser.get().map(KelolaPrincipal::userId).orElse(null);
  }
}
