/*
 * wengao search page: the form, the results and the keyboard. The index is read by search-index.js
 * (wengao.searchIndex), which runs first; this script only draws what it answers.
 */
(function () {
  "use strict";
  var W = window.wengao;
  var I = W.searchIndex;
  var PAGE = 10;
  var FIRST = 4;
  var parse = I.parse, search = I.search, need = I.need;

  // ---- start: the index files of the query in the address are asked for at once -------------------------------
  var params = new URLSearchParams(location.search);
  var meta = null;
  var metaReady = I.loadMeta().then(function (m) { meta = m; return m; });
  metaReady.catch(function () { /* reported when the page starts */ });
  (function prefetch() {
    if (W.index.endpoint) return;
    var q = parse(params.get("q") || "");
    q.include.concat(q.exclude).forEach(function (t) { I.match(t); });
  })();

  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", startPage);
  else startPage();

  // ---- the page -----------------------------------------------------------------------------------------------
  function startPage() {
  var form = document.getElementById("search-form");
  if (!form) return;
  var input = document.getElementById("q");
  var yearSelect = document.getElementById("year");
  var themeSelect = document.getElementById("theme");
  var status = document.getElementById("search-status");
  var list = document.getElementById("search-results");
  var shown = Math.max(PAGE, parseInt(params.get("n"), 10) || PAGE);
  var serial = 0;

  function esc(s) {
    return s.replace(/[&<>"']/g, function (c) { return { "&": "&amp;", "<": "&lt;", ">": "&gt;", "\"": "&quot;", "'": "&#39;" }[c]; });
  }
  // The same window as wengao.search.Highlights.snippet: 30 characters before the first match, 60 after.
  function snippet(text, spans) {
    var from = spans.length ? Math.max(0, spans[0][0] - 30) : 0;
    var to = Math.min(text.length, (spans.length ? spans[0][1] : 0) + 60);
    to = Math.max(to, Math.min(text.length, from + 90));
    var out = from > 0 ? "…" : "", pos = from;
    spans.forEach(function (s) {
      if (s[0] >= to || s[1] <= from) return;
      var a = Math.max(s[0], from), b = Math.min(s[1], to);
      out += esc(text.slice(pos, a)) + "<mark>" + esc(text.slice(a, b)) + "</mark>";
      pos = b;
    });
    return out + esc(text.slice(pos, to)) + (to < text.length ? "…" : "");
  }

  function keepInUrl(q, year, theme) {
    var p = new URLSearchParams();
    if (q) p.set("q", q);
    if (year) p.set("year", year);
    if (theme) p.set("theme", theme);
    if (shown > PAGE) p.set("n", shown);
    var url = location.pathname + (p.toString() ? "?" + p.toString() : "");
    try { history.replaceState(null, "", url); } catch (e) { /* some browsers refuse on file:// */ }
    document.title = (q ? q + " · " : "") + "搜索";
  }

  // A query that is exactly a theme's name (punctuation, spaces and case aside) offers the theme's page.
  var themeOffer = document.getElementById("search-theme");
  function offerTheme(q) {
    if (!themeOffer) return;
    var wanted = W.normalize(q);
    themeOffer.hidden = true;
    if (!wanted) return;
    need("themes").then(function (themes) {
      if (W.normalize(input.value) !== wanted) return;
      var t = (themes || []).filter(function (t) { return W.normalize(t[1]) === wanted; })[0];
      if (!t) return;
      themeOffer.innerHTML = "主题 <a href=\"themes/" + esc(t[0]) + ".html\">" + esc(t[1]) + "</a>：定义、全部提及的上下文和分布，见于 " + t[2] + " 篇。";
      themeOffer.hidden = false;
    });
  }

  function run() {
    var id = ++serial, started = performance.now();
    var q = input.value, year = parseInt(yearSelect.value, 10) || 0, theme = themeSelect.value || "";
    keepInUrl(q, year, theme);
    offerTheme(q);
    var query = parse(q);
    if (!query.include.length) {
      status.textContent = q ? "请输入要查找的词语（标点和空格不计）。" : "";
      list.innerHTML = "";
      document.documentElement.setAttribute("data-search-total", "0");
      return Promise.resolve();
    }
    if (W.index.endpoint) return askEndpoint(q, year, theme, id, started);
    return search(query, year, theme).then(function (res) {
      if (id !== serial) return;
      return render(query, res, id, started);
    }).catch(function (e) {
      status.textContent = "搜索索引读取失败：" + e.message + "。请重新构建站点。";
    });
  }

  var shardOf = I.shardOf;

  // Draws the hits whose shards have arrived; the first few are drawn as soon as their snippets are here, the
  // rest when all have come.
  function render(query, res, id, started) {
    var visible = res.hits.slice(0, shown);
    var shards = [];
    visible.forEach(function (h) { if (shards.indexOf(shardOf(h.unit)) < 0) shards.push(shardOf(h.unit)); });
    var firstShards = [];
    visible.slice(0, FIRST).forEach(function (h) { if (firstShards.indexOf(shardOf(h.unit)) < 0) firstShards.push(shardOf(h.unit)); });
    var all = Promise.all(shards.map(I.needText));
    return Promise.all(firstShards.map(I.needText)).then(function () {
      if (id !== serial) return;
      draw(query, res, visible.slice(0, FIRST), visible.length);
      document.documentElement.setAttribute("data-results-at", performance.now().toFixed(1));
      return all;
    }).then(function () {
      if (id !== serial) return;
      draw(query, res, visible, visible.length);
      var ms = performance.now() - started;
      document.documentElement.setAttribute("data-search-ms", ms.toFixed(1));
      document.documentElement.setAttribute("data-search-total", String(res.total));
    });
  }

  function draw(query, res, hits, showing) {
    if (!res.total) {
      status.innerHTML = "没有找到包含 <q>" + esc(query.text) + "</q> 的段落。";
      list.innerHTML = "<p class=\"no-results\">检查是否有错别字，减少词语，或去掉年份、主题筛选再试。</p>";
      return;
    }
    status.textContent = "找到 " + res.total + " 段，分布在 " + res.speeches + " 篇文稿中" +
      (showing < res.total ? "（显示前 " + showing + " 段）" : "") + "。";
    var html = "", current = -1, hl = encodeURIComponent(query.text);
    hits.forEach(function (h) {
      var text = I.unitText(h.unit, h.speech);
      var sp = text.speech;
      var unit = text.unit;
      var page = "speeches/" + sp[0] + ".html";
      if (h.speech !== current) {
        if (current >= 0) html += "</ol></section>";
        current = h.speech;
        html += "<section class=\"search-group\"><h2><a href=\"" + page + "\">" + esc(sp[1]) + "</a>" +
          " <span class=\"date\">" + (sp[2] ? esc(sp[2]) : "日期不详") + "</span></h2><ol>";
      }
      var kind = h.tier === 0 ? "<span class=\"kind\">标题</span>" : h.tier === 1 ? "<span class=\"kind\">小标题</span>" : "";
      html += "<li class=\"search-hit\" data-url=\"" + page + "#" + esc(unit[0]) + "\"><a href=\"" + page + "?hl=" + hl +
        "#" + esc(unit[0]) + "\">" + kind + snippet(unit[1], W.spans(unit[1], query.include)) + "</a></li>";
    });
    html += "</ol></section>";
    if (showing < res.total && hits.length === showing) html += "<p class=\"more\"><button type=\"button\" id=\"more\">显示更多结果</button></p>";
    list.innerHTML = html;
    var more = document.getElementById("more");
    if (more) more.addEventListener("click", function () { shown += 20; run(); });
  }

  // build --search-endpoint: the query goes to the JSON endpoint of wengao serve --solr, which answers with the
  // hits' text, dates and spans ({"total", "speeches", "hits": [{"url", "anchor", "speech", "slug", "date",
  // "tier", "text", "highlights"}]}), ranked as the static index ranks them.
  function askEndpoint(q, year, theme, id, started) {
    var url = W.index.endpoint + "?q=" + encodeURIComponent(q) + "&limit=" + shown +
      (year ? "&year=" + year : "") + (theme ? "&theme=" + encodeURIComponent(theme) : "");
    return fetch(url, { headers: { Accept: "application/json" } }).then(function (r) {
      if (!r.ok) throw new Error("HTTP " + r.status);
      return r.json();
    }).then(function (res) {
      if (id !== serial) return;
      var query = parse(q);
      if (!res.total) { draw(query, res, [], 0); return; }
      status.textContent = "找到 " + res.total + " 段，分布在 " + res.speeches + " 篇文稿中" +
        (res.hits.length < res.total ? "（显示前 " + res.hits.length + " 段）" : "") + "。";
      var html = "", current = null, hl = encodeURIComponent(q);
      res.hits.forEach(function (h) {
        if (h.slug !== current) {
          if (current !== null) html += "</ol></section>";
          current = h.slug;
          html += "<section class=\"search-group\"><h2><a href=\"" + esc(h.url) + "\">" + esc(h.speech) + "</a>" +
            " <span class=\"date\">" + (h.date ? esc(h.date) : "日期不详") + "</span></h2><ol>";
        }
        var kind = h.tier === 0 ? "<span class=\"kind\">标题</span>" : h.tier === 1 ? "<span class=\"kind\">小标题</span>" : "";
        html += "<li class=\"search-hit\" data-url=\"" + esc(h.url) + "#" + esc(h.anchor) + "\"><a href=\"" + esc(h.url) + "?hl=" + hl +
          "#" + esc(h.anchor) + "\">" + kind + snippet(h.text, h.highlights) + "</a></li>";
      });
      html += "</ol></section>";
      if (res.hits.length < res.total) html += "<p class=\"more\"><button type=\"button\" id=\"more\">显示更多结果</button></p>";
      list.innerHTML = html;
      var more = document.getElementById("more");
      if (more) more.addEventListener("click", function () { shown += 20; run(); });
      document.documentElement.setAttribute("data-search-ms", (performance.now() - started).toFixed(1));
      document.documentElement.setAttribute("data-search-total", String(res.total));
    }).catch(function (e) {
      if (id === serial) status.textContent = "检索服务 " + W.index.endpoint + " 无法访问：" + e.message + "。";
    });
  }

  function fillYears() {
    meta.years.slice().reverse().forEach(function (y) {
      var o = document.createElement("option");
      o.value = y[0];
      o.textContent = y[0] + "年（" + y[2] + "篇）";
      yearSelect.appendChild(o);
    });
  }
  var themesFilled = false;
  function fillThemes() {
    if (themesFilled) return Promise.resolve();
    themesFilled = true;
    return need("themes").then(function (themes) {
      (themes || []).forEach(function (t) {
        var o = document.createElement("option");
        o.value = t[0];
        o.textContent = t[1] + "（" + t[2] + "篇）";
        themeSelect.appendChild(o);
      });
    });
  }

  // Keyboard: arrows move between the search box and the results; Escape returns to the box.
  list.addEventListener("keydown", function (e) {
    var links = Array.prototype.slice.call(list.querySelectorAll(".search-hit a"));
    var i = links.indexOf(document.activeElement);
    if (e.key === "ArrowDown" && i >= 0 && i + 1 < links.length) { e.preventDefault(); links[i + 1].focus(); }
    else if (e.key === "ArrowUp" && i > 0) { e.preventDefault(); links[i - 1].focus(); }
    else if (e.key === "ArrowUp" && i === 0 || e.key === "Escape") { e.preventDefault(); input.focus(); }
  });
  input.addEventListener("keydown", function (e) {
    if (e.key === "ArrowDown") {
      var first = list.querySelector(".search-hit a");
      if (first) { e.preventDefault(); first.focus(); }
    }
  });
  input.addEventListener("input", function (e) { if (!e.isComposing) { shown = PAGE; run(); } });
  input.addEventListener("compositionend", function () { shown = PAGE; run(); });
  form.addEventListener("submit", function (e) { e.preventDefault(); shown = PAGE; run(); });
  yearSelect.addEventListener("change", function () { shown = PAGE; run(); });
  themeSelect.addEventListener("change", function () { shown = PAGE; run(); });
  themeSelect.addEventListener("focus", fillThemes);
  themeSelect.addEventListener("mousedown", fillThemes);

  input.value = params.get("q") || "";
  metaReady.then(function () {
    fillYears();
    if (params.get("year")) yearSelect.value = params.get("year");
    var ready = params.get("theme") ? fillThemes().then(function () { themeSelect.value = params.get("theme"); }) : Promise.resolve();
    return ready.then(run).then(function () {
      // For the benchmark: a second query after the first, as the next keystroke would run it.
      var then = params.get("then");
      if (then === null) return;
      input.value = then;
      var t0 = performance.now();
      return run().then(function () {
        document.documentElement.setAttribute("data-next-ms", (performance.now() - t0).toFixed(1));
      });
    });
  }).catch(function () {
    status.textContent = "没有找到搜索索引。请先构建站点。";
  });
  W.searchApi = { parse: parse, search: search, run: run };
  }
})();
