package io.kelola.identity.web;

/** What the login form shows again after a failed attempt (never the password). Template view model. */
public record LoginForm(String username, String next, boolean failed) {}
