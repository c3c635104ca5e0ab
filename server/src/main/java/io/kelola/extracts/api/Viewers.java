package io.kelola.extracts.api;

import io.kelola.shared.security.CurrentUser;
import io.kelola.shared.security.KelolaPrincipal;
import io.kelola.shared.security.NotAuthenticatedException;

/**
 * Who is looking at a lot. {@code LOT.READ} sees every lot, {@code LOT.INTAKE} their own; to anyone
 * else a lot is "not found" (see {@link io.kelola.extracts.domain.SariLots#visible}), so lot codes
 * are never confirmed to people who may not see them.
 */
final class Viewers {

  private Viewers() {}

  static KelolaPrincipal lotViewer() {
    return CurrentUser.get().orElseThrow(NotAuthenticatedException::new);
  }
}
