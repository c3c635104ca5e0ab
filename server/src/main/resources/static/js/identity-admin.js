// Admin console pages: forms marked data-confirm (deactivate, reset password, force logout) ask first.
(function () {
  "use strict";
  document.addEventListener("submit", (e) => {
    const form = e.target;
    if (form instanceof HTMLFormElement && form.dataset.confirm && !window.confirm(form.dataset.confirm)) {
      e.preventDefault();
    }
  });
})();
