package io.kelola.archfixtures.modulith.alpha;

import io.kelola.archfixtures.modulith.beta.internal.Hidden;

/** Fixture: reaches into another module's internal package on purpose. */
public class Alpha {
  Hidden hidden = new Hidden();
}
