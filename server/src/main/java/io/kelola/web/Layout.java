package io.kelola.web;

import java.util.List;
import java.util.function.Supplier;

/**
 * What the page layout needs besides a page's own content. The menu is loaded only when a
 * template renders it, so JSON endpoints (which share the controller advice) never pay for it.
 */
public final class Layout {

  private final String user;
  private final String role;
  private final Supplier<List<MenuItem>> menuSource;
  private final String currentPath;
  private final String csrfParam;
  private final String csrfHeader;
  private final String csrfToken;
  private final String lang;
  private List<MenuItem> menu;

  /** @param user display name, or null on pages for anonymous visitors */
  public Layout(String user, String role, Supplier<List<MenuItem>> menuSource, String currentPath, String csrfParam,
      String csrfHeader, String csrfToken, String lang) {
    this.user = user;
    this.role = role;
    this.menuSource = menuSource;
    this.currentPath = currentPath;
    this.csrfParam = csrfParam;
    this.csrfHeader = csrfHeader;
    this.csrfToken = csrfToken;
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
  public String csrfToken() { return csrfToken; }
  public String lang() { return lang; }
}
