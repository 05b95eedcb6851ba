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

  // On a phone a long outline would push the speech off the first screen: start it folded there.
  var toc = document.querySelector(".toc details");
  if (toc && window.matchMedia && window.matchMedia("(max-width: 600px)").matches
      && toc.querySelectorAll("li").length > 8) {
    toc.open = false;
  }
})();
