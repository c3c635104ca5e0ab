package io.kelola.archfixtures.web;

import io.kelola.archfixtures.extracts.LotView;

/** Fixture: breaks "platform never depends on a vertical" on purpose. */
class ShellPage {
  LotView lot = new LotView();
}
