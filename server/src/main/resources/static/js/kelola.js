// Kelola browser runtime: CSRF header on htmx requests, session heartbeat, recovery on 401.
(function () {
  "use strict";
  const meta = (name) => document.querySelector(`meta[name="${name}"]`)?.content;
  const signedIn = document.body?.dataset.signedIn === "true";
  const SILENT_TIMEOUT_MS = 8000;

  document.addEventListener("htmx:configRequest", (e) => {
    const header = meta("csrf-header"), token = meta("csrf-token");
    if (header && token) e.detail.headers[header] = token;
  });

  // Keeps the session alive and rotates its cookie before it can go stale (seed 000: every 60 s).
  async function heartbeat(force) {
    const res = await fetch("/auth/heartbeat" + (force ? "?force=true" : ""), { credentials: "same-origin" });
    return res.ok;
  }

  // Waits for the next {kelola:"auth"} message from this origin whose result is accepted by `accept`.
  function authMessage(accept, timeoutMs) {
    return new Promise((resolve) => {
      let timer = null;
      const done = (value) => { clearTimeout(timer); window.removeEventListener("message", onMessage); resolve(value); };
      function onMessage(e) {
        if (e.origin !== location.origin || !e.data || e.data.kelola !== "auth") return;
        done(accept(e.data.result));
      }
      window.addEventListener("message", onMessage);
      if (timeoutMs) timer = setTimeout(() => done(false), timeoutMs);
    });
  }

  // Tier 2: a hidden frame asks the server (or, with SSO, the identity provider) without any prompt.
  async function silentRenew() {
    const frame = document.createElement("iframe");
    frame.hidden = true;
    frame.id = "session-silent-frame";
    const answer = authMessage((r) => r === "alive" || r === "renewed", SILENT_TIMEOUT_MS);
    frame.src = "/auth/login?silent=1";
    document.body.append(frame);
    try { return await answer; } finally { frame.remove(); }
  }

  // Tier 3: a modal whose button opens sign-in in a popup; the page itself never navigates.
  let pending = null;
  function signInAgain() {
    if (pending) return pending;
    const modal = document.getElementById("session-expired");
    const backdrop = document.getElementById("session-expired-backdrop");
    if (!modal) return Promise.resolve(false);
    const show = (on) => {
      modal.classList.toggle("d-block", on);
      modal.classList.toggle("show", on);
      backdrop?.classList.toggle("d-none", !on);
    };
    const button = document.getElementById("session-expired-signin");
    const blocked = document.getElementById("session-expired-blocked");
    const open = () => {
      const popup = window.open("/auth/login?popup=1", "kelola-signin", "popup,width=480,height=640");
      blocked?.classList.toggle("d-none", !!popup);
    };
    button?.addEventListener("click", open);
    show(true);
    button?.focus();
    pending = authMessage((r) => r === "signed-in", 0).then((ok) => {
      button?.removeEventListener("click", open);
      show(false);
      pending = null;
      return ok;
    });
    return pending;
  }

  // Seed 000 three-tier recovery: forced refresh, silent renew, then sign-in in a popup. One at a time.
  let recovering = null;
  async function tiers() {
    try { if (await heartbeat(true)) return true; } catch (_) { /* offline: fall through */ }
    try { if (await silentRenew()) return true; } catch (_) { /* fall through */ }
    return signInAgain();
  }
  function recover() {
    if (!recovering) recovering = tiers().finally(() => { recovering = null; });
    return recovering;
  }

  // After a recovery the live stream and drafts come back; the page's own inputs were never touched.
  function recoverAndResume() {
    return recover().then((ok) => {
      const live = window.Kelola.live;
      if (ok && live) { live.reconnect(); live.restoreDrafts(); }
      return ok;
    });
  }

  document.addEventListener("htmx:responseError", (e) => {
    if (e.detail.xhr.status === 401) recoverAndResume();
  });

  if (signedIn) {
    setInterval(() => heartbeat(false).then((ok) => ok || recoverAndResume()).catch(() => {}), 60000);
  }

  window.Kelola = Object.assign(window.Kelola || {}, { heartbeat, recover, recoverAndResume });
})();
