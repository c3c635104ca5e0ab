package io.kelola.archfixtures.sample.domain;

import io.kelola.archfixtures.sample.web.FixtureController;

/** Fixture: breaks "domain never depends on web" on purpose. */
class BadDomainService {
  String work() {
    return new FixtureController().render();
  }
}
