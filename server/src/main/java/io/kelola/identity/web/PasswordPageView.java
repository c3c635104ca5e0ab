package io.kelola.identity.web;

import io.kelola.web.FormErrors;

/**
 * The own-password page: errors of the last attempt, the success message, the policy hint, and the
 * caller's username (for password managers). Template view model.
 */
public record PasswordPageView(String username, FormErrors errors, String flashKey, int minPasswordLength) {}
