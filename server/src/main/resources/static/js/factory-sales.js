// Sales order form: add/remove item rows and show an estimated subtotal while typing.
// The server recomputes every amount (discounts, PPN) when the order is saved.
(function () {
  "use strict";
  const form = document.querySelector("[data-so-form]");
  if (!form) return;
  const body = form.querySelector("[data-so-lines]");
  const template = document.getElementById("so-line-template");
  const rupiah = (n) => "Rp" + Math.round(n).toLocaleString("id-ID");
  const num = (el) => {
    const v = parseFloat((el?.value || "").replace(",", "."));
    return Number.isFinite(v) ? v : 0;
  };
  function price(row) {
    const typed = row.querySelector("[data-so-price]");
    if (typed.value.trim() !== "") return num(typed);
    const opt = row.querySelector("[data-so-item]").selectedOptions[0];
    return parseFloat(opt?.dataset.price || "0") || 0;
  }
  function recompute() {
    let gross = 0;
    body.querySelectorAll("[data-so-line]").forEach((row) => {
      const amt = num(row.querySelector("[data-so-qty]")) * price(row) * (1 - num(row.querySelector("[data-so-disc]")) / 100);
      row.querySelector("[data-so-amount]").textContent = amt > 0 ? rupiah(amt) : "-";
      gross += amt;
    });
    const total = gross * (1 - num(form.querySelector("[data-so-header-disc]")) / 100);
    form.querySelector("[data-so-estimate]").textContent = rupiah(total);
  }
  form.querySelector("[data-so-add-line]").addEventListener("click", () => {
    body.append(template.content.cloneNode(true));
    recompute();
  });
  body.addEventListener("click", (e) => {
    const btn = e.target.closest("[data-so-remove]");
    if (!btn) return;
    const rows = body.querySelectorAll("[data-so-line]");
    if (rows.length > 1) btn.closest("[data-so-line]").remove();
    recompute();
  });
  form.addEventListener("input", recompute);
  form.addEventListener("change", recompute);
  recompute();
})();
