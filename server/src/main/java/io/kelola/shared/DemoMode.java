package io.kelola.shared;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code kelola.demo.enabled}: loads demo data and lets demo logins in. Off by default; `make run`
 * turns it on. Demo accounts cannot sign in while it is off, even if their rows remain.
 */
@ConfigurationProperties("kelola.demo")
public record DemoMode(boolean enabled) {}
