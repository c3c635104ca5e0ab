// Kelola browser runtime: CSRF header on htmx requests, session heartbeat, recovery on 401.
(function () {
  "use strict";
  const meta = (name) => document.querySelector(`meta[name="${name}"]`)?.content;
  const signedIn = document.body?.dataset.signedIn === "true";

  document.addEventListener("htmx:configRequest", (e) => {
    const header = meta("csrf-header"), token = meta("csrf-token");
    if (header && token) e.detail.headers[header] = token;
  });

  // Keeps the session alive and rotates its cookie before it can go stale (seed 000: every 60 s).
  async function heartbeat(force) {
    const res = await fetch("/auth/heartbeat" + (force ? "?force=true" : ""), { credentials: "same-origin" });
    return res.ok;
  }

  function toLogin() {
    const next = encodeURIComponent(location.pathname + location.search);
    location.assign("/login?next=" + next);
  }

  // Tier 1 of the seed's recovery: a forced refresh; if the session is really gone, sign in again.
  async function recover() {
    try { if (await heartbeat(true)) return true; } catch (_) { /* offline: fall through */ }
    document.getElementById("connection-lost")?.classList.remove("d-none");
    toLogin();
    return false;
  }

  document.addEventListener("htmx:responseError", (e) => {
    if (e.detail.xhr.status === 401) recover();
  });

  if (signedIn) {
    setInterval(() => heartbeat(false).then((ok) => ok || recover()).catch(() => {}), 60000);
  }

  window.Kelola = Object.assign(window.Kelola || {}, { heartbeat, recover });
})();
