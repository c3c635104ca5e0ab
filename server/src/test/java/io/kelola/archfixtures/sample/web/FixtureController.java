package io.kelola.archfixtures.sample.web;

/** Fixture: a web-layer class that domain code must not use. */
public class FixtureController {
  public String render() {
    return "page";
  }
}
