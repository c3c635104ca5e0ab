/**
 * UI shell: the page layout with the caller's menu, language switch and user badge, the shared
 * error page, and the small browser runtime (CSRF header for htmx, session heartbeat). Modules
 * render their pages inside this layout and contribute navigation through {@link
 * io.kelola.web.NavigationProvider}.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "events"})
package io.kelola.web;
