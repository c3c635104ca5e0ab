/**
 * Identity and access (seed 002 §1.7, §3; seed 000 auth): users, roles, permission codes, menus,
 * sessions, login with lockout, API tokens with rotating refresh tokens, optional OIDC login, and
 * the admin console pages that manage them. Every request is authenticated here (session cookie or
 * bearer token) and checked against the permission its endpoint declares.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "audit", "web"})
package io.kelola.identity;
