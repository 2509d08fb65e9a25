// briefing-site: sortable tables, the single-source claim filter, and a highlight on
// the cited sentence. Plain script, no dependencies, works offline and from file://.
(function () {
  "use strict";

  function cellValue(row, index) {
    var cell = row.cells[index];
    var text = cell ? cell.textContent.trim() : "";
    var num = parseFloat(text.replace(/[,%]/g, ""));
    return /^-?[\d.,]+%?$/.test(text) && !isNaN(num) ? num : text.toLowerCase();
  }

  function makeSortable(table) {
    var head = table.tHead;
    if (!head || !head.rows.length || !table.tBodies.length) return;
    Array.prototype.forEach.call(head.rows[0].cells, function (th, index) {
      if (!th.textContent.trim()) return;
      th.setAttribute("data-sort", "none");
      th.setAttribute("title", "Sort by this column");
      th.addEventListener("click", function () {
        var body = table.tBodies[0];
        var dir = th.getAttribute("data-sort") === "desc" ? "asc" : "desc";
        Array.prototype.forEach.call(head.rows[0].cells, function (o) { if (o.hasAttribute("data-sort")) o.setAttribute("data-sort", "none"); });
        th.setAttribute("data-sort", dir);
        var rows = Array.prototype.slice.call(body.rows);
        rows.sort(function (a, b) {
          var x = cellValue(a, index), y = cellValue(b, index);
          var c = x < y ? -1 : x > y ? 1 : 0;
          return dir === "asc" ? c : -c;
        });
        rows.forEach(function (r) { body.appendChild(r); });
      });
    });
  }

  function claimFilter() {
    var box = document.getElementById("single-source-only");
    if (!box) return;
    box.addEventListener("change", function () {
      document.querySelectorAll(".md-typeset table tbody tr").forEach(function (row) {
        var sources = row.cells[2] ? parseInt(row.cells[2].textContent, 10) : 0;
        row.hidden = box.checked && sources !== 1;
      });
    });
  }

  function markTarget() {
    document.querySelectorAll(".sent.is-target").forEach(function (el) { el.classList.remove("is-target"); });
    var id = decodeURIComponent(location.hash.slice(1));
    var el = id && document.getElementById(id);
    if (el && el.classList.contains("sent")) {
      el.classList.add("is-target");
      el.scrollIntoView({ block: "center" });
    }
  }

  function init() {
    document.querySelectorAll(".md-typeset table").forEach(makeSortable);
    claimFilter();
    markTarget();
  }

  window.addEventListener("hashchange", markTarget);
  if (window.document$ && typeof window.document$.subscribe === "function") {
    window.document$.subscribe(init);
  } else if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", init);
  } else {
    init();
  }
})();
