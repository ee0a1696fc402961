/* accredit desk: drag-and-drop upload, keyboard keys of the suggestion queue, error banner. No framework. */
(function () {
  "use strict";
  function csrf() { return document.body.dataset.csrf || ""; }

  function banner(text) {
    var b = document.getElementById("banner");
    if (!b) { return; }
    b.textContent = text;
    b.hidden = false;
    window.setTimeout(function () { b.hidden = true; }, 8000);
  }

  document.addEventListener("htmx:responseError", function (evt) {
    var doc = new DOMParser().parseFromString(evt.detail.xhr.responseText || "", "text/html");
    var node = doc.getElementById("error-message") || doc.body;
    banner((node && node.textContent || "").trim() || String(evt.detail.xhr.status));
  });

  /* --- drag and drop: files and whole folders, sent with their paths --------------------------- */
  function walk(entry, prefix, out) {
    return new Promise(function (resolve) {
      if (entry.isFile) {
        entry.file(function (f) { out.push([f, prefix + f.name]); resolve(); }, function () { resolve(); });
      } else if (entry.isDirectory) {
        var reader = entry.createReader(), all = [];
        var next = function () {
          reader.readEntries(function (batch) {
            if (!batch.length) {
              Promise.all(all.map(function (e) { return walk(e, prefix + entry.name + "/", out); })).then(resolve);
            } else { all = all.concat(Array.prototype.slice.call(batch)); next(); }
          }, function () { resolve(); });
        };
        next();
      } else { resolve(); }
    });
  }

  function send(form, pairs) {
    var data = new FormData();
    data.append("csrf", csrf());
    data.append("folder", form.querySelector("[name=folder]").value);
    pairs.forEach(function (p) { data.append("files", p[0], p[1]); });
    var out = document.getElementById("upload-result");
    out.textContent = "…";
    fetch(form.action, { method: "POST", body: data, headers: { "X-CSRF-Token": csrf(), "HX-Request": "true" },
                         credentials: "same-origin" })
      .then(function (r) { return r.text(); })
      .then(function (html) {
        var doc = new DOMParser().parseFromString(html, "text/html");
        var node = doc.getElementById("upload-outcome") || doc.getElementById("error-message");
        out.replaceChildren(node ? document.importNode(node, true) : document.createTextNode(""));
      });
  }

  function setupDrop() {
    var form = document.getElementById("upload");
    if (!form) { return; }
    ["dragenter", "dragover"].forEach(function (n) {
      form.addEventListener(n, function (e) { e.preventDefault(); form.classList.add("over"); });
    });
    form.addEventListener("dragleave", function () { form.classList.remove("over"); });
    form.addEventListener("drop", function (e) {
      e.preventDefault();
      form.classList.remove("over");
      var items = e.dataTransfer.items, pairs = [], jobs = [];
      if (items && items.length && items[0].webkitGetAsEntry) {
        for (var i = 0; i < items.length; i++) {
          var entry = items[i].webkitGetAsEntry();
          if (entry) { jobs.push(walk(entry, "", pairs)); }
        }
        Promise.all(jobs).then(function () { send(form, pairs); });
      } else {
        Array.prototype.forEach.call(e.dataTransfer.files, function (f) { pairs.push([f, f.name]); });
        send(form, pairs);
      }
    });
  }

  /* --- the suggestion queue's keys: a accept, r reject, 1-9 accept that one, j/k next/previous, p pick ---- */
  function setupKeys() {
    if (!document.getElementById("suggested")) { return; }
    document.addEventListener("keydown", function (e) {
      var t = e.target && e.target.tagName;
      if (t === "INPUT" || t === "TEXTAREA" || t === "SELECT" || e.ctrlKey || e.metaKey || e.altKey) { return; }
      var click = function (sel) { var el = document.querySelector(sel); if (el) { e.preventDefault(); el.click(); } };
      if (e.key === "a") { click("#suggested .accept"); }
      else if (e.key === "r") { click("#suggested .reject"); }
      else if (e.key === "j") { click("#next"); }
      else if (e.key === "k") { click("#prev"); }
      else if (e.key === "p") { var p = document.getElementById("pick"); if (p) { e.preventDefault(); p.focus(); } }
      else if (/^[1-9]$/.test(e.key)) { click('#suggested .accept[data-key="' + e.key + '"]'); }
    });
  }

  document.addEventListener("DOMContentLoaded", function () { setupDrop(); setupKeys(); });
})();
