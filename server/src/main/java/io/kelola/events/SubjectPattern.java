package io.kelola.events;

import java.util.regex.Pattern;

/**
 * NATS-style subject matching: tokens separated by dots, {@code *} matches exactly one token and a
 * trailing {@code >} matches one or more remaining tokens. Shared by the relay and the realtime hub so
 * both read role filters ({@code lot.>}, {@code qc.job.*}) the same way.
 */
public final class SubjectPattern {

  /** Longest subject or pattern accepted. */
  public static final int MAX_LENGTH = 100;

  private static final Pattern TOKEN = Pattern.compile("[a-z0-9][a-z0-9_]*");
  private static final Pattern SUBJECT = Pattern.compile("[a-z0-9][a-z0-9_]*(\\.[a-z0-9][a-z0-9_]*)*");

  private final String pattern;
  private final String[] tokens;

  private SubjectPattern(String pattern) {
    this.pattern = pattern;
    this.tokens = pattern.split("\\.", -1);
  }

  /** Parses a pattern; throws {@link IllegalArgumentException} when it is malformed. */
  public static SubjectPattern of(String pattern) {
    if (pattern == null || pattern.isEmpty() || pattern.length() > MAX_LENGTH) {
      throw new IllegalArgumentException("Invalid subject pattern '" + pattern + "': 1 to " + MAX_LENGTH + " characters");
    }
    var tokens = pattern.split("\\.", -1);
    for (int i = 0; i < tokens.length; i++) {
      var t = tokens[i];
      boolean ok = TOKEN.matcher(t).matches() || t.equals("*") || (t.equals(">") && i == tokens.length - 1);
      if (!ok) {
        throw new IllegalArgumentException("Invalid subject pattern '" + pattern
            + "': tokens are lowercase letters, digits and '_', '*' for one token, '>' only at the end");
      }
    }
    return new SubjectPattern(pattern);
  }

  /** True when {@code subject} is a concrete subject: lowercase dot-separated tokens, no wildcards. */
  public static boolean isValidSubject(String subject) {
    return subject != null && subject.length() <= MAX_LENGTH && SUBJECT.matcher(subject).matches();
  }

  /** Throws {@link IllegalArgumentException} naming the rule when {@code subject} is not valid. */
  public static String requireValidSubject(String subject) {
    if (!isValidSubject(subject)) {
      throw new IllegalArgumentException("Invalid event subject '" + subject + "': lowercase dot-separated tokens"
          + " (letters, digits, '_'), at most " + MAX_LENGTH + " characters, no wildcards");
    }
    return subject;
  }

  /** Whether {@code pattern} matches {@code subject}. */
  public static boolean matches(String pattern, String subject) {
    return of(pattern).matches(subject);
  }

  /** Whether this pattern matches {@code subject}; invalid subjects never match. */
  public boolean matches(String subject) {
    if (!isValidSubject(subject)) return false;
    var parts = subject.split("\\.");
    for (int i = 0; i < tokens.length; i++) {
      var t = tokens[i];
      if (t.equals(">")) return parts.length > i;
      if (i >= parts.length) return false;
      if (!t.equals("*") && !t.equals(parts[i])) return false;
    }
    return parts.length == tokens.length;
  }

  public String pattern() {
    return pattern;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof SubjectPattern other && other.pattern.equals(pattern);
  }

  @Override
  public int hashCode() {
    return pattern.hashCode();
  }

  @Override
  public String toString() {
    return pattern;
  }
}
