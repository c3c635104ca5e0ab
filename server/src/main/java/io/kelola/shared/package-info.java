/**
 * Shared kernel: the small vocabulary every module uses — endpoint permission annotations and the
 * authenticated principal, RFC 9457 error handling and paging conventions, money/time formatting,
 * and the embedded database. It depends on no other Kelola module.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package io.kelola.shared;
