// Kelola live updates (seed 000): one EventSource per tab feeding htmx re-fetches, row highlights,
// toasts and nav badges, with reconnect and session recovery; plus form drafts in localStorage.
(function () {
  "use strict";
  const K = (window.Kelola = window.Kelola || {});
  const signedIn = document.body?.dataset.signedIn === "true";
  const MAX_BACKOFF = 30000;
  const HIGHLIGHT_MS = 3000;
  const TOAST_MS = 6000;

  // --- subject patterns: '*' matches one token, '>' the rest (at least one token) ---
  function matches(pattern, subject) {
    const p = pattern.split("."), s = subject.split(".");
    for (let i = 0; i < p.length; i++) {
      if (p[i] === ">") return s.length > i;
      if (i >= s.length || (p[i] !== "*" && p[i] !== s[i])) return false;
    }
    return p.length === s.length;
  }
  const anyMatch = (patterns, subject) => (patterns || "").split(/\s+/).some((p) => p && matches(p, subject));

  // --- translated strings rendered by the layout (no literal text here) ---
  const i18nEl = () => document.getElementById("live-i18n");
  const text = (name) => i18nEl()?.dataset[name] || "";
  function eventMessage(type, resource) {
    const tpl = document.getElementById("live-messages");
    const node = tpl?.content.querySelector(`[data-event="${CSS.escape(type)}"]`);
    const template = node ? node.textContent : text("updated");
    return template.split("{resource}").join(resource || "");
  }

  // --- connection state ---
  let source = null, state = "offline", lastId = null, attempt = 0, retryTimer = null;
  function setState(next) {
    state = next;
    const el = document.getElementById("live-status");
    if (!el) return;
    el.dataset.state = next;
    el.textContent = text(next);
    el.classList.toggle("bg-green-lt", next === "connected");
    el.classList.toggle("bg-yellow-lt", next === "connecting");
    el.classList.toggle("bg-red-lt", next === "offline");
  }

  function connect() {
    clearTimeout(retryTimer);
    if (source) source.close();
    setState("connecting");
    const url = "/api/v1/events" + (lastId != null ? "?lastEventId=" + encodeURIComponent(lastId) : "");
    source = new EventSource(url, { withCredentials: true });
    source.onopen = () => { attempt = 0; setState("connected"); };
    source.onmessage = (e) => handle("message", e);
    source.onerror = () => {
      // CONNECTING: the browser retries by itself; CLOSED (e.g. 401): we reconnect with backoff.
      if (source.readyState === EventSource.CLOSED) scheduleReconnect(true);
      else setState("connecting");
    };
    source.addEventListener("resync", () => { resync(); });
    source.addEventListener("session_expired", () => {
      source.close();
      setState("offline");
      Promise.resolve(K.recover ? K.recover() : false).then((ok) => { if (ok) { restoreDrafts(); connect(); } });
    });
    for (const type of eventTypes()) source.addEventListener(type, (e) => handle(type, e));
  }

  // EventSource only dispatches named events to listeners registered for that name.
  function eventTypes() {
    const tpl = document.getElementById("live-messages");
    return tpl ? [...tpl.content.querySelectorAll("[data-event]")].map((n) => n.dataset.event) : [];
  }

  function scheduleReconnect(checkSession) {
    if (source) source.close();
    setState("offline");
    const delay = Math.min(MAX_BACKOFF, 1000 * 2 ** attempt++) * (0.75 + Math.random() * 0.5);
    retryTimer = setTimeout(async () => {
      if (checkSession && K.heartbeat) {
        let ok = false;
        try { ok = await K.heartbeat(false); } catch (_) { scheduleReconnect(true); return; }
        if (!ok && !(await K.recover())) return;
      }
      connect();
    }, delay);
  }

  // --- reacting to an event ---
  function handle(type, e) {
    if (e.lastEventId) lastId = e.lastEventId;
    let env;
    try { env = JSON.parse(e.data); } catch (_) { return; }
    const subject = env.event_type || type;
    const resource = env.resource_id || "";
    invalidate(subject, resource);
    highlight(resource);
    const message = eventMessage(subject, resource);
    toast(message);
    for (const b of document.querySelectorAll("[data-live-badge]")) {
      if (!anyMatch(b.dataset.liveBadge, subject)) continue;
      const n = (parseInt(b.dataset.count || "0", 10) || 0) + 1;
      b.dataset.count = String(n);
      b.textContent = String(n);
      b.classList.remove("d-none");
    }
    feed(subject, message);
    document.dispatchEvent(new CustomEvent("kelola:live", { detail: env }));
  }

  // [data-live-feed] lists show the latest matching events of this page view, newest first.
  function feed(subject, message) {
    for (const list of document.querySelectorAll("[data-live-feed]")) {
      if (!anyMatch(list.dataset.liveFeed, subject)) continue;
      const li = document.createElement("li");
      li.className = "list-group-item";
      li.dataset.subject = subject;
      li.textContent = message;
      list.prepend(li);
      while (list.children.length > 10) list.lastElementChild.remove();
      const empty = list.dataset.emptyId && document.getElementById(list.dataset.emptyId);
      if (empty) empty.classList.add("d-none");
    }
  }

  function refresh(el) {
    if (window.htmx) window.htmx.trigger(el, "kelola:refresh");
  }

  function invalidate(subject, resource) {
    for (const el of document.querySelectorAll("[data-live-subjects], [data-live-resource]")) {
      if (anyMatch(el.dataset.liveSubjects, subject) || (resource && el.dataset.liveResource === resource)) refresh(el);
    }
  }

  function resync() {
    document.querySelectorAll("[data-live-subjects]").forEach(refresh);
  }

  function highlight(resource) {
    if (!resource) return;
    const rows = document.querySelectorAll(`[data-resource-id="${CSS.escape(resource)}"]`);
    for (const row of rows) {
      row.classList.remove("live-highlight");
      void row.offsetWidth; // restart the animation
      row.classList.add("live-highlight");
      setTimeout(() => row.classList.remove("live-highlight"), HIGHLIGHT_MS);
    }
    const announcer = document.getElementById("live-announcer");
    if (rows.length && announcer) announcer.textContent = text("highlighted").split("{resource}").join(resource);
  }

  function toast(message) {
    const box = document.getElementById("toasts");
    if (!box || !message) return;
    const t = document.createElement("div");
    t.className = "toast show live-toast";
    t.setAttribute("role", "status");
    const body = document.createElement("div");
    body.className = "toast-body d-flex align-items-center gap-2";
    const msg = document.createElement("span");
    msg.className = "flex-fill";
    msg.textContent = message;
    const close = document.createElement("button");
    close.type = "button";
    close.className = "btn-close";
    close.setAttribute("aria-label", text("close"));
    close.addEventListener("click", () => t.remove());
    body.append(msg, close);
    t.append(body);
    box.prepend(t);
    while (box.children.length > 5) box.lastElementChild.remove();
    setTimeout(() => t.remove(), TOAST_MS);
  }

  // --- form drafts: <form data-draft="key"> keeps its non-password fields in localStorage ---
  const draftKey = (form) => "kelola.draft." + form.dataset.draft;
  const draftable = (el) => el.name && !["password", "hidden", "file", "submit", "button"].includes(el.type);

  function saveDraft(form) {
    const data = {};
    for (const el of form.elements) {
      if (!draftable(el)) continue;
      if (el.type === "checkbox" || el.type === "radio") { if (el.checked) data[el.name + "=" + el.value] = true; }
      else data[el.name] = el.value;
    }
    try { localStorage.setItem(draftKey(form), JSON.stringify(data)); } catch (_) { /* storage full or disabled */ }
  }

  // A field the server filled (a form re-rendered with errors) keeps the server's value.
  function pristine(el) {
    if (el.tagName === "SELECT") return ![...el.options].some((o) => o.defaultSelected && o.value !== "");
    return el.value === el.defaultValue && el.defaultValue === "";
  }

  function restoreDraft(form) {
    let data;
    try { data = JSON.parse(localStorage.getItem(draftKey(form)) || "null"); } catch (_) { data = null; }
    if (!data) return;
    for (const el of form.elements) {
      if (!draftable(el)) continue;
      if (el.type === "checkbox" || el.type === "radio") el.checked = !!data[el.name + "=" + el.value];
      else if (typeof data[el.name] === "string" && pristine(el)) el.value = data[el.name];
    }
  }

  function restoreDrafts() {
    document.querySelectorAll("form[data-draft]").forEach(restoreDraft);
  }

  const timers = new WeakMap();
  function onInput(e) {
    const form = e.target.closest?.("form[data-draft]");
    if (!form) return;
    clearTimeout(timers.get(form));
    timers.set(form, setTimeout(() => saveDraft(form), 500));
  }
  document.addEventListener("input", onInput);
  document.addEventListener("change", onInput);
  document.addEventListener("submit", (e) => {
    const form = e.target;
    if (!(form instanceof HTMLFormElement) || !form.dataset.draft || e.defaultPrevented) return;
    clearTimeout(timers.get(form));
    localStorage.removeItem(draftKey(form));
  });

  restoreDrafts();
  if (signedIn && window.EventSource && document.getElementById("live-status")) connect();
  window.addEventListener("pagehide", () => source?.close());

  K.live = {
    state: () => state,
    lastEventId: () => lastId,
    matches,
    reconnect: connect,
    resync,
    saveDraft,
    restoreDrafts,
  };
})();
