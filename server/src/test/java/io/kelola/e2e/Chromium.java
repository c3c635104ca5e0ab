package io.kelola.e2e;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** Debian's Chromium driven by Playwright (no browser download), pointed at the server under test. */
final class Chromium implements AutoCloseable {

  static final Path EXECUTABLE = Path.of(System.getenv().getOrDefault("KELOLA_CHROMIUM", "/usr/bin/chromium"));

  private final Playwright playwright;
  private final Browser browser;

  Chromium() {
    if (!Files.isExecutable(EXECUTABLE)) throw new IllegalStateException("Chromium not found at " + EXECUTABLE);
    playwright = Playwright.create(new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
    browser = playwright.chromium().launch(new BrowserType.LaunchOptions().setExecutablePath(EXECUTABLE).setHeadless(true)
        .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
            "--disable-sync", "--no-first-run", "--disable-quic")));
  }

  /** A person at a tablet-sized screen, signed in through the login form. */
  Page signedIn(String base, String username) {
    var context = browser.newContext(new Browser.NewContextOptions().setBaseURL(base).setViewportSize(1180, 820)
        .setLocale("id-ID"));
    context.setDefaultTimeout(20_000);
    var page = context.newPage();
    page.navigate("/login");
    page.fill("#username", username);
    page.fill("#password", E2eTarget.DEMO_PASSWORD);
    page.click("#login-submit");
    page.waitForURL(url -> !url.contains("/login"));
    return page;
  }

  @Override
  public void close() {
    browser.close();
    playwright.close();
  }
}
