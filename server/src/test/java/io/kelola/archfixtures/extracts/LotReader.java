package io.kelola.archfixtures.extracts;

import io.kelola.archfixtures.factory.FactoryOrder;

/** Fixture: breaks "verticals never import each other" on purpose. */
class LotReader {
  FactoryOrder order = new FactoryOrder();
}
