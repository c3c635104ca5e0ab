package io.kelola.web;

import java.util.List;

/**
 * What the page layout needs besides a page's own content.
 *
 * @param user display name, or null on pages for anonymous visitors
 */
public record Layout(
    String user, String role, List<MenuItem> menu, String currentPath, String csrfParam, String csrfHeader,
    String csrfToken, String lang) {

  public boolean signedIn() {
    return user != null;
  }

  /** The same page in the other language (Bahasa Indonesia ⇄ English). */
  public String otherLang() {
    return "en".equals(lang) ? "id" : "en";
  }
}
