package io.kelola.extracts.api;

import io.kelola.extracts.domain.SariLots;
import io.kelola.shared.security.CurrentUser;
import io.kelola.shared.security.KelolaPrincipal;
import io.kelola.shared.security.NotAuthenticatedException;
import io.kelola.shared.security.PermissionDeniedException;

/** Who may look at lots: {@code LOT.READ} sees all, {@code LOT.INTAKE} their own; anyone else is refused. */
final class Viewers {

  private Viewers() {}

  static KelolaPrincipal lotViewer() {
    var me = CurrentUser.get().orElseThrow(NotAuthenticatedException::new);
    if (!me.can(SariLots.READ_ALL) && !me.can("LOT.INTAKE")) {
      throw new PermissionDeniedException("LOT.READ or LOT.INTAKE required");
    }
    return me;
  }
}
