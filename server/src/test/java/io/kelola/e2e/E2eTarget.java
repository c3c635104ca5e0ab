package io.kelola.e2e;

/** The running server an end-to-end check talks to, named by system properties the scripts pass. */
final class E2eTarget {

  static final String DEMO_PASSWORD = "Kelola-Demo-2026";

  private E2eTarget() {}

  /** Base URL of the packaged server under test, e.g. {@code http://127.0.0.1:18123}. */
  static String url() {
    return required("kelola.e2e.url");
  }

  /** Port of the server's embedded PostgreSQL (trust auth on loopback, user postgres). */
  static int dbPort() {
    return Integer.parseInt(required("kelola.e2e.db-port"));
  }

  static String required(String name) {
    var value = System.getProperty(name);
    if (value == null || value.isBlank()) {
      throw new IllegalStateException("-D" + name + " is not set: run this check through scripts/e2e-*.sh");
    }
    return value;
  }
}
