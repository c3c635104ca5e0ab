// Session recovery report (seed 000): tells the Kelola page that opened this frame or popup how
// sign-in went, only ever to the same origin, then closes the popup.
(function () {
  "use strict";
  const body = document.body;
  const result = body.dataset.authResult;
  const toOpener = body.dataset.authTarget === "opener";
  const target = toOpener ? window.opener : (window.parent !== window ? window.parent : null);
  if (!target) return;
  target.postMessage({ kelola: "auth", result }, location.origin);
  if (toOpener) window.close();
})();
