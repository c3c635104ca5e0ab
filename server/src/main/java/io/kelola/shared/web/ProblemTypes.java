package io.kelola.shared.web;

import java.net.URI;

/** Stable {@code type} URIs of Kelola's RFC 9457 problem details; clients may switch on them. */
public final class ProblemTypes {

  private ProblemTypes() {}

  public static final URI VALIDATION = URI.create("https://kelola.io/problems/validation");
  public static final URI MALFORMED = URI.create("https://kelola.io/problems/malformed-request");
  public static final URI TOO_LARGE = URI.create("https://kelola.io/problems/payload-too-large");
  public static final URI UNAUTHENTICATED = URI.create("https://kelola.io/problems/unauthenticated");
  public static final URI FORBIDDEN = URI.create("https://kelola.io/problems/forbidden");
  public static final URI NOT_FOUND = URI.create("https://kelola.io/problems/not-found");
  public static final URI CONFLICT = URI.create("https://kelola.io/problems/conflict");
  public static final URI INTERNAL = URI.create("https://kelola.io/problems/internal");
}
