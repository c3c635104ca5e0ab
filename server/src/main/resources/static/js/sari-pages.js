// SARI pages: previews of the sample photos chosen at intake, and the QC review photo viewer
// (thumbnails, click to zoom, detection boxes from the AI's annotated copy).
(function () {
  "use strict";

  // --- intake: <input type=file data-photo-preview="target-id" data-max="10"> ---
  const urls = new Map();
  function preview(input) {
    const target = document.getElementById(input.dataset.photoPreview);
    if (!target) return;
    for (const url of urls.get(input) || []) URL.revokeObjectURL(url);
    const made = [];
    target.replaceChildren();
    const files = [...(input.files || [])];
    const max = parseInt(input.dataset.max || "10", 10);
    const tooMany = document.getElementById(input.id + "-too-many");
    const over = files.length > max;
    input.setCustomValidity(over && tooMany ? tooMany.textContent : "");
    input.classList.toggle("is-invalid", over);
    tooMany?.classList.toggle("d-none", !over);
    tooMany?.classList.toggle("d-block", over);
    files.forEach((file, i) => {
      const url = URL.createObjectURL(file);
      made.push(url);
      const col = document.createElement("div");
      col.className = "col-4 col-md-2";
      const img = document.createElement("img");
      img.className = "img-fluid rounded border sari-preview";
      img.src = url;
      img.alt = (target.dataset.label || "").split("{n}").join(String(i + 1));
      img.dataset.previewIndex = String(i + 1);
      col.append(img);
      target.append(col);
    });
    urls.set(input, made);
  }
  document.addEventListener("change", (e) => {
    const input = e.target;
    if (input instanceof HTMLInputElement && input.type === "file" && input.dataset.photoPreview) preview(input);
  });

  // --- review: one big photo, thumbnails to switch, zoom on click, boxes switch ---
  const img = document.getElementById("viewer-img");
  const boxes = document.querySelector("[data-viewer-boxes]");
  const noBoxes = document.getElementById("no-boxes");
  function show() {
    if (!img) return;
    const annotated = img.dataset.annotated;
    const wantBoxes = !!boxes?.checked;
    img.src = wantBoxes && annotated ? annotated : img.dataset.original;
    img.dataset.showing = wantBoxes && annotated ? "annotated" : "original";
    noBoxes?.classList.toggle("d-none", !(wantBoxes && !annotated));
  }
  if (img) {
    const zoom = () => img.classList.toggle("sari-zoomed");
    img.addEventListener("click", zoom);
    img.addEventListener("keydown", (e) => { if (e.key === "Enter" || e.key === " ") { e.preventDefault(); zoom(); } });
    boxes?.addEventListener("change", show);
    for (const thumb of document.querySelectorAll(".sari-thumb")) {
      thumb.addEventListener("click", () => {
        img.dataset.original = thumb.dataset.original;
        if (thumb.dataset.annotated) img.dataset.annotated = thumb.dataset.annotated;
        else delete img.dataset.annotated;
        img.alt = thumb.dataset.alt || "";
        img.classList.remove("sari-zoomed");
        document.querySelectorAll(".sari-thumb.active").forEach((t) => t.classList.remove("active"));
        thumb.classList.add("active");
        show();
      });
    }
  }
})();
