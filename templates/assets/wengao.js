/* wengao: small enhancements; every page works without this script. */
(function () {
  "use strict";
  // Mark the paragraph a link points at, so a reader arriving from a link sees where to read.
  function markTarget() {
    var old = document.querySelectorAll(".is-target");
    for (var i = 0; i < old.length; i++) old[i].classList.remove("is-target");
    if (!location.hash) return;
    var el = document.getElementById(decodeURIComponent(location.hash.slice(1)));
    if (el) el.classList.add("is-target");
  }
  window.addEventListener("hashchange", markTarget);
  markTarget();

  // Concordance lines sort by time (as built), by left context read backwards, or by right context.
  var kwic = document.querySelector("table.kwic tbody");
  var sorter = document.querySelector(".kwic-sort");
  if (kwic && sorter) {
    sorter.hidden = false;
    var rows = Array.prototype.slice.call(kwic.rows);
    sorter.addEventListener("click", function (e) {
      var key = e.target.getAttribute && e.target.getAttribute("data-sort");
      if (!key) return;
      var sorted = rows.slice().sort(function (a, b) {
        if (key === "o") return a.getAttribute("data-o") - b.getAttribute("data-o");
        var x = a.getAttribute("data-" + key), y = b.getAttribute("data-" + key);
        return x < y ? -1 : x > y ? 1 : a.getAttribute("data-o") - b.getAttribute("data-o");
      });
      for (var i = 0; i < sorted.length; i++) kwic.appendChild(sorted[i]);
      var buttons = sorter.querySelectorAll("button");
      for (var j = 0; j < buttons.length; j++) buttons[j].setAttribute("aria-pressed", String(buttons[j] === e.target));
    });
  }

  // On a phone a long outline would push the speech off the first screen: start it folded there.
  var toc = document.querySelector(".toc details");
  if (toc && window.matchMedia && window.matchMedia("(max-width: 600px)").matches
      && toc.querySelectorAll("li").length > 8) {
    toc.open = false;
  }
})();
