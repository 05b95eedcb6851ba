/* wengao: what study pages load on request (the rest of a concordance, the other occurrences of a shared
   passage), the concordance sorts and the dispersion tooltips. Not on the search page, which needs none of it. */
(function () {
  "use strict";
  var wengao = window.wengao = window.wengao || {};

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
  // data-sa names them as shard.passage.place, the passage by its name (a place alone: of the passage before);
  // the shards lie beside the passages page the link points at.
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
})();
