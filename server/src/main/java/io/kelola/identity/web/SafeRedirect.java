package io.kelola.identity.web;

/** Only same-site relative paths may be redirect targets after login (no open redirects). */
final class SafeRedirect {

  private SafeRedirect() {}

  static String of(String next) {
    if (next == null || next.isBlank() || next.length() > 500) return "/";
    if (!next.startsWith("/") || next.startsWith("//") || next.startsWith("/\\") || next.contains("\r") || next.contains("\n")) {
      return "/";
    }
    return next;
  }
}
