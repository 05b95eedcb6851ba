/* wengao serve: reloads the page when a build succeeds and lists a failed build's problems over it. Injected by
   `wengao serve` into the pages it serves; never part of a built site. */
(function () {
  "use strict";
  var me = document.currentScript;
  var run = me.getAttribute("data-run");
  var version = Number(me.getAttribute("data-version"));
  var OVERLAY = "wengao-overlay";

  function show(status) {
    var box = document.getElementById(OVERLAY);
    if (status.ok || status.version === 0) {
      if (box) box.parentNode.removeChild(box);
      return;
    }
    if (!box) {
      box = document.createElement("div");
      box.id = OVERLAY;
      box.setAttribute("role", "alert");
      box.style.cssText = "position:fixed;inset:0;z-index:2147483647;overflow:auto;padding:2em;" +
        "background:rgba(30,0,0,.92);color:#fff;font:14px/1.6 ui-monospace,Menlo,Consolas,monospace;";
      document.body.appendChild(box);
    }
    while (box.firstChild) box.removeChild(box.firstChild);
    var title = document.createElement("h2");
    title.style.cssText = "margin:0 0 .5em;font-size:18px;color:#ff8a80;";
    title.textContent = "构建失败 · build failed — 仍在显示上次成功构建的网站 (the last good site is still served)";
    box.appendChild(title);
    var list = document.createElement("ul");
    list.style.cssText = "margin:0;padding-left:1.2em;";
    status.problems.forEach(function (p) {
      var item = document.createElement("li");
      item.className = "wengao-problem";
      // textContent: a problem quotes the editor's text, which is never markup here
      item.textContent = (p.file ? p.file + (p.line > 0 ? ":" + p.line : "") + ": " : "") + p.severity + ": " + p.message;
      list.appendChild(item);
    });
    box.appendChild(list);
    var hint = document.createElement("p");
    hint.style.cssText = "margin-top:1em;color:#ccc;";
    hint.textContent = "改好后保存，页面会自动刷新。Fix and save: the page reloads by itself.";
    box.appendChild(hint);
  }

  // Long polls: the server answers when a build newer than `since` of server run `seen` is done, at once when
  // it is another run (it was restarted), or after a while with nothing new.
  function poll(seen, since, delay) {
    setTimeout(function () {
      fetch("/__wengao/status?run=" + encodeURIComponent(seen) + "&since=" + since, { cache: "no-store" })
        .then(function (r) { return r.json(); })
        .then(function (status) {
          var newer = status.run !== run ? status.version > 0 : status.version > version;
          if (status.ok && newer) {
            location.reload();
            return;
          }
          show(status);
          poll(status.run, status.version, 0);
        })
        .catch(function () {
          poll(seen, since, 1000); // the server is restarting or stopped: try again
        });
    }, delay);
  }

  poll(run, -1, 0);
})();
