package io.kelola.web;

import java.util.List;
import java.util.function.Supplier;

/**
 * What the page layout needs besides a page's own content. The menu and the CSRF token are
 * produced only when a template renders them, so JSON endpoints (which share the controller
 * advice) never pay for them.
 */
public final class Layout {

  private final String user;
  private final String role;
  private final Supplier<List<MenuItem>> menuSource;
  private final String currentPath;
  private final String csrfParam;
  private final String csrfHeader;
  private final Supplier<String> csrfTokenSource;
  private final String lang;
  private final List<String> liveSubjects;
  private List<MenuItem> menu;

  /**
   * @param user display name, or null on pages for anonymous visitors
   * @param liveSubjects every event subject the browser runtime listens for (the event catalog)
   */
  public Layout(String user, String role, Supplier<List<MenuItem>> menuSource, String currentPath, String csrfParam,
      String csrfHeader, Supplier<String> csrfTokenSource, String lang, List<String> liveSubjects) {
    this.liveSubjects = List.copyOf(liveSubjects);
    this.user = user;
    this.role = role;
    this.menuSource = menuSource;
    this.currentPath = currentPath;
    this.csrfParam = csrfParam;
    this.csrfHeader = csrfHeader;
    this.csrfTokenSource = csrfTokenSource;
    this.lang = lang;
  }

  public List<MenuItem> menu() {
    if (menu == null) menu = menuSource.get();
    return menu;
  }

  public boolean signedIn() {
    return user != null;
  }

  /** The same page in the other language (Bahasa Indonesia ⇄ English). */
  public String otherLang() {
    return "en".equals(lang) ? "id" : "en";
  }

  public String user() { return user; }
  public String role() { return role; }
  public String currentPath() { return currentPath; }
  public String csrfParam() { return csrfParam; }
  public String csrfHeader() { return csrfHeader; }
  /** Generated on first use only: JSON responses never mint a CSRF token or its cookie. */
  public String csrfToken() { return csrfTokenSource.get(); }
  public String lang() { return lang; }
  public List<String> liveSubjects() { return liveSubjects; }
}
