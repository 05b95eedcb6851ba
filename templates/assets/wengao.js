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

  // ---- data loaded when asked for -----------------------------------------------------------------------------
  // What a page shows only on request (the rest of a concordance, the other occurrences of a passage) is in
  // scripts that register it, wengao.load(name, data), loaded with script tags: those work from file://, where
  // fetch and XHR are refused. The search page's index reader replaces this loader with its own.
  var shards = {}, waiting = {};
  wengao.load = function (name, data) {
    shards[name] = data;
    var w = waiting[name];
    if (w) {
      delete waiting[name];
      w.forEach(function (f) { f(data); });
    }
  };
  // Resolves to the data of the script at src (relative to the page) registering as name, or null if it fails.
  function shard(name, src) {
    return new Promise(function (resolve) {
      if (Object.prototype.hasOwnProperty.call(shards, name)) return resolve(shards[name]);
      if (waiting[name]) { waiting[name].push(resolve); return; }
      waiting[name] = [resolve];
      var s = document.createElement("script");
      s.src = src;
      s.charset = "utf-8";
      s.onerror = function () { wengao.load(name, null); };
      document.head.appendChild(s);
    });
  }
  function el(tag, cls, text) {
    var e = document.createElement(tag);
    if (cls) e.className = cls;
    if (text != null) e.textContent = text;
    return e;
  }
  function link(href, text) {
    var a = el("a", null, text);
    a.setAttribute("href", href);
    return a;
  }

  // "亦见于 N 篇" opens the list of the other occurrences in place; without this script it links the passages page.
  // data-sa names them as shard.passage.place (a place alone: of the passage before); the shards lie beside the
  // passages page the link points at.
  function fillSeeAlso(toggle, list) {
    var entry = toggle.getAttribute("href"), root = entry.replace(/passages\/index\.html.*$/, "");
    var last = null, refs = toggle.getAttribute("data-sa").split(" ").map(function (r) {
      var p = r.split(".");
      last = p.length === 3 ? p : [last[0], last[1], p[0]];
      return last;
    });
    var names = {};
    refs.forEach(function (r) { names[r[0]] = true; });
    return Promise.all(Object.keys(names).map(function (n) {
      return shard("passages/shards/" + n, root + "passages/shards/" + n + ".js");
    })).then(function () {
      var failed = false;
      refs.forEach(function (r) {
        var data = shards["passages/shards/" + r[0]], places = data && data[r[1]], it = places && places[+r[2]];
        if (!it) { failed = true; return; }
        var item = el("span", "seealso-item");
        item.appendChild(link(root + it[0] + "#" + it[1], it[2]));
        if (it[3] != null) { item.appendChild(document.createTextNode(" ")); item.appendChild(el("span", "date", it[3])); }
        var ctx = el("span", "ctx", it[4]);
        ctx.appendChild(el("mark", null, it[5]));
        ctx.appendChild(document.createTextNode(it[6]));
        item.appendChild(ctx);
        list.appendChild(item);
      });
      var more = +(toggle.getAttribute("data-more") || 0);
      if (failed || more > 0) {
        var rest = el("span", "seealso-more");
        rest.appendChild(link(entry, failed ? "见互见页 →" : "另有 " + more + " 处 →"));
        list.appendChild(rest);
      }
    });
  }
  // Each marker becomes a toggle with an (empty, hidden) list of its own: markup the page need not carry.
  var toggles = document.querySelectorAll(".seealso-toggle[data-sa]");
  for (var t = 0; t < toggles.length; t++) {
    var list = el("span", "seealso-list");
    list.id = "sa-" + t;
    list.hidden = true;
    toggles[t].parentNode.insertBefore(list, toggles[t].nextSibling);
    toggles[t].setAttribute("aria-controls", list.id);
    toggles[t].setAttribute("aria-expanded", "false");
    toggles[t].title = "这段话的文字也见于其他文稿";
  }
  document.addEventListener("click", function (e) {
    var toggle = e.target.closest && e.target.closest(".seealso-toggle");
    var list = toggle && document.getElementById(toggle.getAttribute("aria-controls"));
    if (!list) return;
    e.preventDefault();
    // Filled once; a second click while the shards load waits for the same filling.
    var ready = toggle.getAttribute("data-sa") ? (list.wengaoFilled = list.wengaoFilled || fillSeeAlso(toggle, list)) : Promise.resolve();
    ready.then(function () {
      list.hidden = !list.hidden;
      toggle.setAttribute("aria-expanded", String(!list.hidden));
    });
  });

  // The dispersion plot cuts long titles short: the whole title as a tooltip.
  var labels = document.querySelectorAll(".dispersion a.label");
  for (var d = 0; d < labels.length; d++) labels[d].title = labels[d].textContent;

  // ---- the concordance of a theme page ----------------------------------------------------------------------
  // Lines sort by time (as built), by left context read backwards, or by right context. A frequent theme's page
  // has its first lines; the rest are in shards (data-rows + N + ".js", N from 0 to data-shards - 1), loaded when
  // the reader asks for them or sorts: a sort covers every line.
  var kwic = document.querySelector("table.kwic tbody");
  var sorter = document.querySelector(".kwic-sort");
  var concordance = document.querySelector("section.concordance[data-rows]");
  function sortKey(row, key) {
    var own = row.getAttribute("data-" + key);
    if (own != null) return own;
    var cell = row.querySelector(key === "l" ? ".kwic-l" : ".kwic-r");
    var text = cell ? cell.textContent : "";
    return key === "l" ? Array.from(text).reverse().join("") : text;
  }
  function kwicRow(sp, r, order, root) {
    var tr = el("tr");
    tr.setAttribute("data-o", order);
    var left = el("td", "kwic-l");
    left.appendChild(el("span", null, r[2]));
    var key = el("td", "kwic-k"), href = root + sp[0] + "#" + r[1];
    var term = link(href, r[3]);
    if (r[5] != null) term.title = r[5];
    key.appendChild(term);
    key.appendChild(el("span", "kwic-r", r[4]));
    var src = el("td", "kwic-src");
    src.appendChild(link(href, sp[1]));
    if (sp[2] != null) { src.appendChild(document.createTextNode(" ")); src.appendChild(el("span", "date", sp[2])); }
    tr.appendChild(left);
    tr.appendChild(key);
    tr.appendChild(src);
    return tr;
  }
  var allRows = null;
  function loadAllRows() {
    if (!concordance) return Promise.resolve();
    if (allRows) return allRows;
    var base = concordance.getAttribute("data-rows"), n = +concordance.getAttribute("data-shards");
    var root = concordance.getAttribute("data-root") || "../", names = [];
    for (var i = 0; i < n; i++) names.push(shard("themes/" + base + i, base + i + ".js"));
    allRows = Promise.all(names).then(function (parts) {
      var at = kwic.rows.length, failed = false, frag = document.createDocumentFragment();
      parts.forEach(function (p) {
        if (!p) { failed = true; return; }
        p.rows.forEach(function (r, k) { frag.appendChild(kwicRow(p.speeches[r[0]], r, p.from + k, root)); });
      });
      kwic.appendChild(frag);
      var note = concordance.querySelector(".kwic-more");
      if (note && !failed) note.parentNode.removeChild(note);
      else if (note) note.insertBefore(document.createTextNode("（其余各条未能载入）"), note.firstChild);
      return at;
    });
    return allRows;
  }
  if (concordance && kwic) {
    var note = concordance.querySelector(".kwic-more");
    if (note) {
      var more = el("button", "kwic-load", "显示其余 " + concordance.getAttribute("data-more") + " 条");
      more.type = "button";
      more.addEventListener("click", function () { more.disabled = true; loadAllRows(); });
      note.appendChild(document.createTextNode(" "));
      note.appendChild(more);
    }
  }
  if (kwic && sorter) {
    sorter.hidden = false;
    sorter.addEventListener("click", function (e) {
      var key = e.target.getAttribute && e.target.getAttribute("data-sort");
      if (!key) return;
      loadAllRows().then(function () {
        var rows = Array.prototype.slice.call(kwic.rows), keyed = rows.map(function (row) {
          return { row: row, o: +row.getAttribute("data-o"), k: key === "o" ? "" : sortKey(row, key) };
        });
        keyed.sort(function (a, b) { return a.k < b.k ? -1 : a.k > b.k ? 1 : a.o - b.o; });
        var frag = document.createDocumentFragment();
        keyed.forEach(function (x) { frag.appendChild(x.row); });
        kwic.appendChild(frag);
        var buttons = sorter.querySelectorAll("button");
        for (var j = 0; j < buttons.length; j++) buttons[j].setAttribute("aria-pressed", String(buttons[j] === e.target));
      });
    });
  }

  // "/" jumps to the search box from anywhere, as on most sites.
  document.addEventListener("keydown", function (e) {
    if (e.key !== "/" || /^(INPUT|TEXTAREA|SELECT)$/.test(document.activeElement.tagName)) return;
    var box = document.querySelector("input[name=q]");
    if (box) { e.preventDefault(); box.focus(); }
  });
})();
