package io.kelola.identity.domain;

/** Outcome of a password login. Failure says nothing about why: no account enumeration. */
public sealed interface LoginResult {

  record Success(UserAccount user, IssuedSession session) implements LoginResult {}

  record Failure() implements LoginResult {}
}
