package io.kelola.browser;

import com.microsoft.playwright.Browser.NewContextOptions;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Debian's Chromium driven by Playwright (no browser download). One browser per test class; a
 * fresh context (cookies, storage) per person in a test.
 */
final class Browser implements AutoCloseable {

  static final Path CHROMIUM = Path.of(System.getenv().getOrDefault("KELOLA_CHROMIUM", "/usr/bin/chromium"));

  private final Playwright playwright;
  private final com.microsoft.playwright.Browser browser;
  private final String base;

  Browser(int port) {
    if (!Files.isExecutable(CHROMIUM)) {
      throw new IllegalStateException("Chromium not found at " + CHROMIUM + ": run 'make test' (installs it) or 'apt-get install chromium'");
    }
    playwright = Playwright.create(new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
    browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
        .setExecutablePath(CHROMIUM)
        .setHeadless(true)
        .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
            "--disable-sync", "--no-first-run", "--disable-quic")));
    base = "http://127.0.0.1:" + port;
  }

  /** A new person at a tablet-sized screen. */
  Page newPage() {
    var context = browser.newContext(new NewContextOptions().setBaseURL(base).setViewportSize(1180, 820).setLocale("id-ID"));
    context.setDefaultTimeout(15_000);
    return context.newPage();
  }

  Page signedIn(String username, String password) {
    var page = newPage();
    page.navigate("/login");
    page.fill("#username", username);
    page.fill("#password", password);
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
