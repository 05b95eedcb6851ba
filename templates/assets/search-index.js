/*
 * wengao search index reader: the browser's side of the static index in search/, which the build exported from its
 * Lucene index (wengao.search.ClientIndexExporter). It answers exactly as `wengao search` does: the same query
 * parsing, the same gram lookups, the same ranking; each part below names the Java class it mirrors. Index files
 * are JavaScript that registers its data (wengao.load), loaded with <script> tags, so this works from file:// as
 * well as over HTTP; a query loads only the files it needs. No page markup here: search.js draws the page.
 */
(function () {
  "use strict";
  var W = window.wengao;
  var BASE = document.documentElement.getAttribute("data-search-base") || "search/";
  var K1 = 1.2;
  var SPACE = "\t\n\u000B\f\r \u00A0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200A\u2028\u2029\u202F\u205F\u3000\uFEFF";

  // ---- loading index files --------------------------------------------------------------------------------
  var loaded = {}, pending = {};
  // What the page carries about the index (from the build): bucket count and heavy grams, so that a query's
  // postings can be asked for before meta.js has arrived.
  var INDEX = W.index || { buckets: 1, heavy: [], unitBits: 1 };
  // A file that registers without its name (a text shard, whose bytes do not depend on its number) is known by
  // the script element that loaded it.
  W.load = function (name, data) {
    if (name === null) name = document.currentScript ? document.currentScript.getAttribute("data-name") : null;
    if (name === null) return;
    loaded[name] = data;
    var waiting = pending[name];
    if (waiting) {
      delete pending[name];
      waiting.forEach(function (f) { f(data); });
    }
  };
  // When this script started (in the page head): the benchmark separates the browser's share from the search's.
  document.documentElement.setAttribute("data-search-start", performance.now().toFixed(1));

  function need(name) {
    return new Promise(function (resolve) {
      if (Object.prototype.hasOwnProperty.call(loaded, name)) return resolve(loaded[name]);
      if (pending[name]) { pending[name].push(resolve); return; }
      pending[name] = [resolve];
      var s = document.createElement("script");
      s.src = BASE + name + ".js";
      s.setAttribute("data-name", name);
      s.charset = "utf-8";
      s.onerror = function () { W.load(name, null); };
      document.head.appendChild(s);
    });
  }

  // ---- decoding: wengao.search.WireEncoder, read for read ---------------------------------------------------
  // A code is bytes packed as base-89 digits (printable ASCII but space " \ < > &): five digits, most significant
  // first, are four bytes big-endian; a last group of m + 1 digits is m bytes (padded with the highest digit).
  var DIGIT = new Int8Array(128);
  for (var c = 33, d = 0; c < 127; c++) if ("\"\\<>&".indexOf(String.fromCharCode(c)) < 0) DIGIT[c] = d++;
  function unpack(code) {
    var n = code.length, full = Math.floor(n / 5), rest = n % 5;
    var out = new Uint8Array(full * 4 + (rest ? rest - 1 : 0)), o = 0;
    for (var i = 0; i < n; i += 5) {
      var v = 0, m = Math.min(5, n - i);
      for (var j = 0; j < 5; j++) v = v * 89 + (j < m ? DIGIT[code.charCodeAt(i + j)] : 88);
      for (var k = 0; k < (m === 5 ? 4 : m - 1); k++) out[o++] = (v / Math.pow(256, 3 - k)) & 255;
    }
    return out;
  }
  // The bits of a code, most significant first. gamma(v >= 1): as many 0 bits as v has bits after its leading 1,
  // then v's bits. rice(k): v >> k as that many 1 bits and a 0, then the low k bits. Lists start with
  // gamma(length + 1) and their Rice parameters in 5 bits each.
  function Bits(code) { this.bytes = unpack(code); this.next = 0; this.acc = 0; this.left = 0; }
  Bits.prototype.bit = function () {
    if (this.left === 0) { this.acc = this.bytes[this.next++]; this.left = 8; }
    this.left--;
    return (this.acc >>> this.left) & 1;
  };
  Bits.prototype.bits = function (n) {
    var v = 0;
    while (n > 0) {
      if (this.left === 0) { this.acc = this.bytes[this.next++]; this.left = 8; }
      var take = n < this.left ? n : this.left;
      this.left -= take;
      v = v * (1 << take) + ((this.acc >>> this.left) & ((1 << take) - 1));
      n -= take;
    }
    return v;
  };
  Bits.prototype.gamma = function () {
    var zeros = 0;
    while (this.bit() === 0) zeros++;
    return (1 << zeros) + this.bits(zeros);
  };
  Bits.prototype.rice = function (k) {
    var q = 0;
    while (this.bit() === 1) q++;
    return q * (1 << k) + this.bits(k);
  };
  // WireEncoder.ascending: gamma(n + 1), k, Rice gaps from 0.
  function ascending(code) {
    var b = new Bits(code), n = b.gamma() - 1, k = b.bits(5), out = new Array(n), v = 0;
    for (var i = 0; i < n; i++) { v += b.rice(k); out[i] = v; }
    return out;
  }
  // WireEncoder.plain: gamma(n + 1), k, Rice values.
  function plain(code) {
    var b = new Bits(code), n = b.gamma() - 1, k = b.bits(5), out = new Array(n);
    for (var i = 0; i < n; i++) out[i] = b.rice(k);
    return out;
  }
  // WireEncoder.unitsWithFrequencies: one or two characters, {units, tf}, in blocks. A block: 1 bit "more follow";
  // if set, gamma(its length in 32-bit groups) and gamma(its last unit - the unit before it); then gamma(n + 1), k,
  // and per unit Rice(gap - 1) and gamma(frequency). A block that more follow is padded to its length.
  function unitsWithFrequencies(code) {
    var b = new Bits(code), units = [], tf = [], unit = -1, more = 1;
    while (more) {
      var start = b.next * 8 - b.left, groups = 0;
      more = b.bit();
      if (more) { groups = b.gamma(); b.gamma(); }
      var n = b.gamma() - 1, k = b.bits(5);
      for (var i = 0; i < n; i++) { unit += b.rice(k) + 1; units.push(unit); tf.push(b.gamma()); }
      if (more) { b.next = (start + groups * 32) / 8; b.left = 0; }
    }
    return { units: units, tf: tf };
  }
  // WireEncoder.rows: a trigram, rows [unit, position, position, …]; the first row's unit in INDEX.unitBits bits.
  function rows(code) {
    var b = new Bits(code), n = b.gamma() - 1, kUnit = b.bits(5), kPos = b.bits(5), out = new Array(n), unit = -1;
    for (var i = 0; i < n; i++) {
      unit = i === 0 ? b.bits(INDEX.unitBits) : unit + b.rice(kUnit) + 1;
      var count = b.gamma(), p = b.rice(kPos), row = [unit, p];
      for (var j = 1; j < count; j++) { p += b.rice(kPos) + 1; row.push(p); }
      out[i] = row;
    }
    return out;
  }
  function fnvBucket(gram, buckets) {
    var h = 0x811c9dc5;
    for (var i = 0; i < gram.length; i++) { h ^= gram.charCodeAt(i); h = Math.imul(h, 16777619); }
    return (h >>> 0) % buckets;
  }
  function hex(s) {
    var b = new TextEncoder().encode(s), out = "";
    for (var i = 0; i < b.length; i++) out += (b[i] < 16 ? "0" : "") + b[i].toString(16);
    return out;
  }

  var meta = null, speechStart = null, headings = null, shardStart = null, heavy = {}, decoded = {}, buckets = {};
  INDEX.heavy.forEach(function (g) { heavy[g] = true; });
  function loadMeta() {
    return need("meta").then(function (m) {
      if (!m) throw new Error("no search index");
      meta = m;
      speechStart = ascending(m.speechStart);
      headings = plain(m.headings);
      shardStart = ascending(m.shards);
      return m;
    });
  }

  // PostingsBuckets: [entries separated by spaces, codes in the same order separated by spaces]. An entry is a gram
  // with one code, or a group "ab=xyz." with one code per third character: the rows of abx, aby, abz and, for ".",
  // of ab ending a text. Read into {single: {gram: code}, group: {ab: {thirds, codes}}} once.
  function bucketOf(key) {
    var name = "p/" + fnvBucket(key, INDEX.buckets).toString(16);
    return need(name).then(function (data) {
      if (!buckets[name]) {
        var single = {}, group = {};
        if (data && data[0]) {
          var entries = data[0].split(" "), codes = data[1].split(" "), c = 0;
          for (var i = 0; i < entries.length; i++) {
            var e = entries[i], eq = e.indexOf("=");
            if (eq < 0) { single[e] = codes[c++]; continue; }
            var thirds = Array.from(e.slice(eq + 1));
            group[e.slice(0, eq)] = { thirds: thirds, codes: codes.slice(c, c + thirds.length) };
            c += thirds.length;
          }
        }
        buckets[name] = { single: single, group: group };
      }
      return buckets[name];
    });
  }
  // A bigram of a group: units and frequencies summed over the group's rows.
  function summed(group) {
    var tf = {};
    group.codes.forEach(function (code) {
      rows(code).forEach(function (row) { tf[row[0]] = (tf[row[0]] || 0) + row.length - 1; });
    });
    var units = Object.keys(tf).map(Number).sort(function (a, b) { return a - b; });
    return { units: units, tf: units.map(function (u) { return tf[u]; }) };
  }
  // Postings of a gram: for one or two characters {units, tf}; for three, rows [unit, pos, pos, …]; null if absent.
  function postings(gram, positioned) {
    if (decoded[gram]) return Promise.resolve(decoded[gram]);
    var cps = Array.from(gram), found;
    if (heavy[gram]) {
      found = need("h/" + hex(gram)).then(function (code) { return code && (positioned ? rows(code) : unitsWithFrequencies(code)); });
    } else if (cps.length === 1) {
      found = bucketOf(gram).then(function (b) { return b.single[gram] ? unitsWithFrequencies(b.single[gram]) : null; });
    } else if (cps.length === 2) {
      found = bucketOf(gram).then(function (b) {
        return b.single[gram] ? unitsWithFrequencies(b.single[gram]) : b.group[gram] ? summed(b.group[gram]) : null;
      });
    } else {
      var prefix = cps[0] + cps[1];
      found = bucketOf(prefix).then(function (b) {
        var g = b.group[prefix];
        if (g) { var k = g.thirds.indexOf(cps[2]); return k < 0 ? null : rows(g.codes[k]); }
        // A heavy prefix: its trigrams are keyed one by one.
        if (!b.single[prefix] && !heavy[prefix]) return null;
        return bucketOf(gram).then(function (b3) { return b3.single[gram] ? rows(b3.single[gram]) : null; });
      });
    }
    return found.then(function (p) { if (p) decoded[gram] = p; return p || null; });
  }

  // TextShards: the shard of a unit, by each shard's first unit in meta.js.
  function shardIndex(unit) {
    var lo = 0, hi = shardStart.length - 1;
    while (lo < hi) {
      var mid = (lo + hi + 1) >>> 1;
      if (shardStart[mid] <= unit) lo = mid; else hi = mid - 1;
    }
    return lo;
  }
  function shardOf(unit) { return "t/" + shardIndex(unit); }
  // A shard is the packed raw deflate of its UTF-8 JSON {speeches: {id: [slug, title, date]}, units: [[anchor, text]]},
  // a 0 in units for a number between speeches that no unit has (UnitTable.room); a speech's id is its number less
  // that of the speech of the shard's first unit.
  var texts = {}, inflating = {};
  function needText(name) {
    if (!inflating[name]) {
      inflating[name] = need(name).then(function (code) {
        if (!code) throw new Error("missing " + name);
        var stream = new Blob([unpack(code)]).stream().pipeThrough(new DecompressionStream("deflate-raw"));
        return new Response(stream).text();
      }).then(function (json) { texts[name] = JSON.parse(json); return texts[name]; });
    }
    return inflating[name];
  }
  // A unit's [anchor, text] and its speech's [slug, title, date], once needText has resolved for its shard.
  function unitText(unit, speech) {
    var shard = texts[shardOf(unit)], first = shardStart[shardIndex(unit)];
    return { unit: shard.units[unit - first], speech: shard.speeches[speech - speechOf(first)] };
  }
  // ThemeShards: the speeches that mention a theme, from its group file.
  function themeSpeeches(slug) {
    return need("th/" + fnvBucket(slug, meta.themeGroups).toString(16)).then(function (group) {
      return group && group[slug] ? ascending(group[slug]) : [];
    });
  }

  // ---- matching: GramCover and IndexView ----------------------------------------------------------------------
  var NONE = { units: [], tf: [] };
  function offsets(length) {
    if (length <= 2) return [0];
    var out = [];
    for (var o = 0; o + 3 <= length; o += 3) out.push(o);
    if (out[out.length - 1] + 3 < length) out.push(length - 3);
    return out;
  }
  function findRow(rows, unit) {
    var lo = 0, hi = rows.length - 1;
    while (lo <= hi) {
      var mid = (lo + hi) >>> 1, u = rows[mid][0];
      if (u < unit) lo = mid + 1; else if (u > unit) hi = mid - 1; else return rows[mid];
    }
    return null;
  }
  function hasPosition(row, p) {
    var lo = 1, hi = row.length - 1;
    while (lo <= hi) {
      var mid = (lo + hi) >>> 1;
      if (row[mid] < p) lo = mid + 1; else if (row[mid] > p) hi = mid - 1; else return true;
    }
    return false;
  }
  function chain(grams, offs) {
    var rarest = 0;
    for (var k = 1; k < grams.length; k++) if (grams[k].length < grams[rarest].length) rarest = k;
    var units = [], tf = [];
    grams[rarest].forEach(function (row) {
      var unit = row[0], rows = [];
      for (var k = 0; k < grams.length; k++) {
        rows[k] = k === rarest ? row : findRow(grams[k], unit);
        if (!rows[k]) return;
      }
      var n = 0;
      for (var i = 1; i < row.length; i++) {
        var start = row[i] - offs[rarest], all = start >= 0;
        for (var j = 0; j < grams.length && all; j++) all = j === rarest || hasPosition(rows[j], start + offs[j]);
        if (all) n++;
      }
      if (n > 0) { units.push(unit); tf.push(n); }
    });
    return { units: units, tf: tf };
  }
  // Lengths and offsets count code points, as the index does.
  function match(term) {
    var cps = Array.from(term);
    if (cps.length <= 2) return postings(term, false).then(function (p) { return p || NONE; });
    var offs = offsets(cps.length);
    return Promise.all(offs.map(function (o) { return postings(cps.slice(o, o + 3).join(""), true); })).then(function (grams) {
      for (var k = 0; k < grams.length; k++) if (!grams[k]) return NONE;
      return chain(grams, offs);
    });
  }

  // ---- queries: SearchQuery ----------------------------------------------------------------------------------
  function parse(text) {
    var tokens = [], current = "", quoted = false;
    for (var i = 0; i < text.length; i++) {
      var c = text.charAt(i);
      if (c === "\"") quoted = !quoted;
      else if (!quoted && SPACE.indexOf(c) >= 0) { if (current) { tokens.push(current); current = ""; } }
      else current += c;
    }
    if (current) tokens.push(current);
    var include = [], exclude = [];
    tokens.forEach(function (t) {
      var negative = t.length > 1 && (t.charAt(0) === "-" || t.charAt(0) === "－");
      var term = W.normalize(negative ? t.slice(1) : t);
      if (!term) return;
      var list = negative ? exclude : include;
      if (list.indexOf(term) < 0) list.push(term);
    });
    exclude = exclude.filter(function (t) { return include.indexOf(t) < 0; });
    return { text: text, include: include, exclude: exclude };
  }

  // ---- searching: Searcher and Ranking ------------------------------------------------------------------------
  function speechOf(unit) {
    var lo = 0, hi = speechStart.length - 2;
    while (lo < hi) {
      var mid = (lo + hi + 1) >>> 1;
      if (speechStart[mid] <= unit) lo = mid; else hi = mid - 1;
    }
    return lo;
  }
  function tierOf(unit, speech) {
    var k = unit - speechStart[speech];
    return k === 0 ? 0 : k <= headings[speech] ? 1 : 2;
  }
  function speechSet(m) {
    var s = {};
    m.units.forEach(function (u) { s[speechOf(u)] = true; });
    return s;
  }
  function yearRange(year) {
    for (var i = 0; i < meta.years.length; i++) if (meta.years[i][0] === year) return [meta.years[i][1], meta.years[i][1] + meta.years[i][2]];
    return [0, 0];
  }

  function search(query, year, theme) {
    if (!query.include.length) return Promise.resolve({ total: 0, speeches: 0, hits: [] });
    return Promise.all([
      Promise.all(query.include.map(match)),
      Promise.all(query.exclude.map(match)),
      theme ? themeSpeeches(theme) : Promise.resolve(null)
    ]).then(function (r) {
      var matches = r[0], excluded = r[1], themed = r[2];
      var ok = null;
      matches.forEach(function (m) {
        var s = speechSet(m);
        if (ok === null) { ok = s; return; }
        Object.keys(ok).forEach(function (k) { if (!s[k]) delete ok[k]; });
      });
      excluded.forEach(function (m) { Object.keys(speechSet(m)).forEach(function (k) { delete ok[k]; }); });
      if (themed) {
        var t = {};
        themed.forEach(function (sid) { t[sid] = true; });
        Object.keys(ok).forEach(function (k) { if (!t[k]) delete ok[k]; });
      }
      var range = year ? yearRange(year) : null;
      var units = meta.units, scores = {}, counts = {};
      matches.forEach(function (m) {
        var df = m.units.length;
        var idf = Math.log(1 + (units - df + 0.5) / (df + 0.5));
        for (var i = 0; i < m.units.length; i++) {
          var u = m.units[i], s = speechOf(u);
          if (!ok[s] || range && (s < range[0] || s >= range[1])) continue;
          var tf = m.tf[i];
          scores[u] = (scores[u] || 0) + idf * (tf * (K1 + 1)) / (tf + K1);
          counts[u] = (counts[u] || 0) + 1;
        }
      });
      var ranked = Object.keys(scores).map(function (k) {
        var u = +k, s = speechOf(u);
        return { unit: u, speech: s, tier: tierOf(u, s), all: counts[k] === matches.length, score: Math.round(scores[k] * 1e6) / 1e6 };
      });
      ranked.sort(function (a, b) {
        return a.tier - b.tier || (b.all - a.all) || (b.score - a.score) || a.unit - b.unit;
      });
      var groups = [], bySpeech = {};
      ranked.forEach(function (h) {
        if (!bySpeech[h.speech]) { bySpeech[h.speech] = []; groups.push(bySpeech[h.speech]); }
        bySpeech[h.speech].push(h);
      });
      var hits = [];
      groups.forEach(function (g) { hits.push.apply(hits, g); });
      return { total: hits.length, speeches: groups.length, hits: hits };
    });
  }

  // ---- what the page uses ---------------------------------------------------------------------------------------
  W.searchIndex = {
    /** Loads an index file (meta, themes, t/N, th/SLUG …) once; resolves to its data, or null when it is missing. */
    need: need,
    /** The data of a file already loaded, or undefined. */
    loaded: function (name) { return loaded[name]; },
    /** Loads meta.js; resolves to it (units, years …), rejects when the site has no index. */
    loadMeta: loadMeta,
    /** The text shard file (t/N) that holds a unit's text. */
    shardOf: shardOf,
    /** Loads and inflates a text shard; resolves when unitText can read its units. */
    needText: needText,
    /** After its shard has loaded: {unit: [anchor, text], speech: [slug, title, date]}. */
    unitText: unitText,
    /** SearchQuery.parse: {text, include, exclude}, terms normalized. */
    parse: parse,
    /** The units of a normalized term, {units, tf}: asking for it early starts its files loading. */
    match: match,
    /** Searcher.search: resolves to {total, speeches, hits: [{unit, speech, tier, all, score}]}, ranked. */
    search: search
  };
})();
