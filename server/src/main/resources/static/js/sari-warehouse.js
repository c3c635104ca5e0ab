// SARI warehouse pages: a live refresh replaces forms with fresh ones, so their saved drafts
// (kelola-live.js keeps them in localStorage) are put back into the new fields.
(function () {
  "use strict";
  document.addEventListener("htmx:afterSettle", () => {
    if (document.querySelector("form[data-draft]")) window.Kelola?.live?.restoreDrafts();
  });
})();
