package io.kelola.shared.security;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Declares the permission code (seed 002 §1.7.D, e.g. {@code SO.CREATE}) a caller needs for an
 * endpoint. Every handler method must carry this, {@link AuthenticatedEndpoint} or
 * {@link PublicEndpoint}; a handler with none is refused at runtime and fails the build's
 * authorization matrix test.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface RequiresPermission {

  /** The permission code, e.g. {@code ADMIN.USER.CREATE}. */
  String value();
}
