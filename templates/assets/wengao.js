/* wengao: small enhancements; every page reads fine without this script. */
(function () {
  "use strict";
  var wengao = window.wengao = window.wengao || {};

  // The normalized form exact matching works on, as wengao.text.TextNormalizer defines it: each code point on its
  // own, NFKC, kept only if a letter or number, lower-cased. Returns the text and, per normalized character, the
  // [start, end) of the source code point it came from.
  var KEPT = /^[\p{L}\p{N}]$/u;
  wengao.normalizeWithOffsets = function (source) {
    var text = "", starts = [], ends = [];
    for (var i = 0; i < source.length;) {
      var cp = source.codePointAt(i);
      var next = i + (cp > 0xFFFF ? 2 : 1);
      var n = cp < 0x80 ? source.charAt(i) : source.slice(i, next).normalize("NFKC");
      for (var k = 0; k < n.length;) {
        var c = n.codePointAt(k);
        var ch = String.fromCodePoint(c);
        k += c > 0xFFFF ? 2 : 1;
        if (!KEPT.test(ch)) continue;
        var lower = String.fromCodePoint(ch.toLowerCase().codePointAt(0));
        for (var j = 0; j < lower.length; j++) {
          text += lower.charAt(j);
          starts.push(i);
          ends.push(next);
        }
      }
      i = next;
    }
    return { text: text, starts: starts, ends: ends };
  };
  wengao.normalize = function (s) { return wengao.normalizeWithOffsets(s).text; };

  // Source spans [start, end) of a text where any normalized term occurs, sorted and merged.
  wengao.spans = function (source, terms) {
    var n = wengao.normalizeWithOffsets(source), spans = [];
    terms.forEach(function (t) {
      if (!t) return;
      for (var i = n.text.indexOf(t); i >= 0; i = n.text.indexOf(t, i + 1)) {
        spans.push([n.starts[i], n.ends[i + t.length - 1]]);
      }
    });
    spans.sort(function (a, b) { return a[0] - b[0] || a[1] - b[1]; });
    var merged = [];
    spans.forEach(function (s) {
      var last = merged[merged.length - 1];
      if (last && s[0] <= last[1]) last[1] = Math.max(last[1], s[1]);
      else merged.push([s[0], s[1]]);
    });
    return merged;
  };

  // Mark the paragraph a link points at; if the link came from a search (?hl=…), mark the terms inside it too.
  function markTarget() {
    var old = document.querySelectorAll(".is-target");
    for (var i = 0; i < old.length; i++) old[i].classList.remove("is-target");
    if (!location.hash) return;
    var el = document.getElementById(decodeURIComponent(location.hash.slice(1)));
    if (!el) return;
    el.classList.add("is-target");
    var hl = new URLSearchParams(location.search).get("hl");
    if (hl && !el.querySelector("mark.hit")) highlightIn(el, hl);
  }

  function highlightIn(el, query) {
    var terms = query.split(/[\s\u3000]+/).filter(function (t) { return t && t.charAt(0) !== "-"; })
      .map(function (t) { return wengao.normalize(t.replace(/"/g, "")); }).filter(Boolean);
    var nodes = [], text = "";
    var walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT, {
      acceptNode: function (n) { return n.parentNode.closest(".pl, .seealso") ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT; }
    });
    for (var n = walker.nextNode(); n; n = walker.nextNode()) {
      nodes.push({ node: n, start: text.length });
      text += n.nodeValue;
    }
    var spans = wengao.spans(text, terms);
    for (var s = spans.length - 1; s >= 0; s--) {
      for (var k = nodes.length - 1; k >= 0; k--) {
        var info = nodes[k], len = info.node.nodeValue.length;
        var a = Math.max(spans[s][0], info.start), b = Math.min(spans[s][1], info.start + len);
        if (a >= b) continue;
        var range = document.createRange();
        range.setStart(info.node, a - info.start);
        range.setEnd(info.node, b - info.start);
        var mark = document.createElement("mark");
        mark.className = "hit";
        range.surroundContents(mark);
      }
    }
    var first = el.querySelector("mark.hit");
    if (first) el.scrollIntoView({ block: "center" });
  }

  window.addEventListener("hashchange", markTarget);
  markTarget();

  // On a phone the outline and the theme list would push the speech off the first screen: start them folded.
  if (window.matchMedia && window.matchMedia("(max-width: 600px)").matches) {
    var folded = document.querySelectorAll(".speech-side details");
    for (var f = 0; f < folded.length; f++) folded[f].open = false;
  }

  // Printed pages carry their address: the full one, which only the browser knows.
  var pageUrl = document.querySelector("[data-page-url]");
  if (pageUrl) pageUrl.textContent = location.href.replace(/[?#].*$/, "");

  // ---- citing a paragraph -------------------------------------------------------------------------------------
  // The permalink of a paragraph offers its citation: 《title》（speaker，venue，date），第N段。 URL#anchor, where N
  // counts the speech's paragraphs (headings not counted) from 1, as data-n gives it.
  var article = document.querySelector("article[data-cite]");
  wengao.citation = function (el) {
    var url = location.href.replace(/[?#].*$/, "") + "#" + el.id;
    var head = article.getAttribute("data-cite");
    var n = el.getAttribute("data-n");
    if (n) return head + "，第" + n + "段。 " + url;
    var clone = el.cloneNode(true), pl = clone.querySelector(".pl");
    if (pl) pl.parentNode.removeChild(pl);
    return head + "，“" + clone.textContent.replace(/\s+/g, "") + "”。 " + url;
  };

  // Copies text: the Clipboard API where the page may use it, else a selected text area and the copy command;
  // where both are refused (some browsers on file://), the text is left selected for the reader to copy.
  wengao.copy = function (text, box) {
    function viaCommand() {
      var area = document.createElement("textarea");
      area.value = text;
      area.setAttribute("readonly", "");
      area.className = "copy-area";
      box.appendChild(area);
      area.focus();
      area.select();
      var ok = false;
      try { ok = document.execCommand("copy"); } catch (e) { ok = false; }
      if (ok) { box.removeChild(area); return "copied"; }
      area.classList.add("manual");
      return "manual";
    }
    if (navigator.clipboard && navigator.clipboard.writeText && window.isSecureContext !== false) {
      return navigator.clipboard.writeText(text).then(function () { return "copied"; }, viaCommand);
    }
    return Promise.resolve(viaCommand());
  };

  var citeBox = null;
  function closeCite() {
    if (citeBox && citeBox.parentNode) citeBox.parentNode.removeChild(citeBox);
    citeBox = null;
  }
  function openCite(el, link) {
    closeCite();
    var text = wengao.citation(el);
    citeBox = document.createElement("div");
    citeBox.className = "cite-box";
    citeBox.setAttribute("role", "group");
    citeBox.setAttribute("aria-label", "引用本段");
    citeBox.innerHTML = "<p class=\"cite-text\"></p><p class=\"cite-actions\"><button type=\"button\" class=\"cite-copy\">复制引文</button>"
      + "<button type=\"button\" class=\"cite-link\">复制链接</button><button type=\"button\" class=\"cite-close\" aria-label=\"关闭\">×</button>"
      + "<span class=\"cite-status\" role=\"status\" aria-live=\"polite\"></span></p>";
    citeBox.querySelector(".cite-text").textContent = text;
    var status = citeBox.querySelector(".cite-status");
    function copy(what) {
      var old = citeBox.querySelector(".copy-area");
      if (old) old.parentNode.removeChild(old);
      wengao.copy(what, citeBox).then(function (how) {
        status.textContent = how === "copied" ? "已复制" : "浏览器不允许脚本复制：文字已选中，请按 Ctrl+C（手机上长按）复制";
        citeBox.setAttribute("data-copied", how);
      });
    }
    citeBox.querySelector(".cite-copy").addEventListener("click", function () { copy(text); });
    citeBox.querySelector(".cite-link").addEventListener("click", function () { copy(text.slice(text.lastIndexOf(" ") + 1)); });
    citeBox.querySelector(".cite-close").addEventListener("click", function () { closeCite(); link.focus(); });
    el.parentNode.insertBefore(citeBox, el.nextSibling);
  }
  if (article) {
    article.addEventListener("click", function (e) {
      var link = e.target.closest && e.target.closest("a.pl");
      if (!link) return;
      var el = link.parentNode.closest("[id]");
      if (el) openCite(el, link);
    });
    document.addEventListener("keydown", function (e) { if (e.key === "Escape") closeCite(); });
  }

  // ---- outline view and print ---------------------------------------------------------------------------------
  var outlineToggle = document.querySelector(".outline-toggle");
  var outline = document.getElementById("outline");
  function showOutline(on) {
    document.body.classList.toggle("outline-only", on);
    outline.hidden = !on;
    outlineToggle.setAttribute("aria-pressed", String(on));
    outlineToggle.textContent = on ? "显示全文" : "只看提纲";
  }
  if (outlineToggle && outline) {
    outlineToggle.hidden = false;
    outlineToggle.addEventListener("click", function () { showOutline(!document.body.classList.contains("outline-only")); });
    // A heading chosen in the outline opens the full text at that heading.
    outline.addEventListener("click", function (e) { if (e.target.closest("a")) showOutline(false); });
  }
  var printButton = document.querySelector(".print-page");
  if (printButton) {
    printButton.hidden = false;
    printButton.addEventListener("click", function () { window.print(); });
  }

  // "/" jumps to the search box from anywhere, as on most sites.
  document.addEventListener("keydown", function (e) {
    if (e.key !== "/" || /^(INPUT|TEXTAREA|SELECT)$/.test(document.activeElement.tagName)) return;
    var box = document.querySelector("input[name=q]");
    if (box) { e.preventDefault(); box.focus(); }
  });
})();
