package io.kelola.identity.web;

/**
 * What the login form shows again after a failed attempt (never the password); {@code popup} when
 * it runs in the session-recovery popup. Template view model.
 */
public record LoginForm(String username, String next, boolean failed, boolean popup) {}
