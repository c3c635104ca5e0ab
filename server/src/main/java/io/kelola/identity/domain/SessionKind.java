package io.kelola.identity.domain;

/** Browser sessions ride on a cookie; API sessions on JWT access + rotating refresh tokens. */
public enum SessionKind { BROWSER, API }
