package io.kelola.browser;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;

/** One Chromium per browser test class, pointed at the test server. */
abstract class BrowserTestBase {

  protected static Browser browser;

  @BeforeAll
  static void startBrowser(@Autowired Environment env) {
    browser = new Browser(Integer.parseInt(env.getProperty("local.server.port")));
  }

  @AfterAll
  static void stopBrowser() {
    if (browser != null) browser.close();
  }
}
