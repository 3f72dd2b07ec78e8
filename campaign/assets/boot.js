// What Material and the campaign run before Material's bundle, as a file of the
// site instead of inline scripts, so the Content-Security-Policy needs no
// 'unsafe-inline' for scripts. Loaded with "defer" in <head>: it runs once the
// page is parsed, before the bundle (also deferred, later in the page).
(function () {
  // Material's bootstrap (partials/javascripts/base.html): the site's root and
  // the localStorage helpers scoped to it. The root comes from data-md-scope.
  var script = document.currentScript;
  var scope = (script && script.getAttribute("data-md-scope")) || ".";
  window.__md_scope = new URL(scope, location);
  window.__md_hash = function (e) {
    return [...e].reduce(function (e, _) { return (e << 5) - e + _.charCodeAt(0); }, 0);
  };
  window.__md_get = function (e, _, t) {
    _ = _ || localStorage;
    t = t || window.__md_scope;
    return JSON.parse(_.getItem(t.pathname + "." + e));
  };
  window.__md_set = function (e, _, t, a) {
    t = t || localStorage;
    a = a || window.__md_scope;
    try { t.setItem(a.pathname + "." + e, JSON.stringify(_)); } catch (error) {}
  };

  // Material's partials/javascripts/palette.html: the colour palette a reader chose
  // with the palette toggle (a site without one has none stored).
  var palette = window.__md_get("__palette");
  if (palette && palette.color) {
    if (palette.color.media === "(prefers-color-scheme)") {
      var light = matchMedia("(prefers-color-scheme: light)").matches;
      var input = document.querySelector(
        light
          ? "[data-md-color-media='(prefers-color-scheme: light)']"
          : "[data-md-color-media='(prefers-color-scheme: dark)']"
      );
      if (input) {
        palette.color.media = input.getAttribute("data-md-color-media");
        palette.color.scheme = input.getAttribute("data-md-color-scheme");
        palette.color.primary = input.getAttribute("data-md-color-primary");
        palette.color.accent = input.getAttribute("data-md-color-accent");
      }
    }
    for (var key in palette.color) {
      document.body.setAttribute("data-md-color-" + key, palette.color[key]);
    }
  }

  // Material's partials/javascripts/content.html: open the content tab a link points
  // to, and (with the content.tabs.link feature) the tabs chosen on another page.
  var features = [];
  try {
    features = JSON.parse(document.getElementById("__config").textContent).features || [];
  } catch (error) {}
  if (features.indexOf("content.tabs.link") >= 0) {
    var tabs = window.__md_get("__tabs");
    if (Array.isArray(tabs)) {
      document.querySelectorAll(".tabbed-set").forEach(function (set) {
        var labels = set.querySelector(".tabbed-labels");
        if (!labels) return;
        for (var i = 0; i < tabs.length; i++) {
          var found = Array.prototype.find.call(labels.getElementsByTagName("label"), function (label) {
            return label.innerText.trim() === tabs[i];
          });
          if (found) {
            document.getElementById(found.htmlFor).checked = true;
            return;
          }
        }
      });
    }
  }
  var target = document.getElementById(location.hash.slice(1));
  if (target && target.name) target.checked = target.name.startsWith("__tabbed_");
})();

/*
  Search loads on demand. Material fetches search/search_index.json and starts
  its search worker (which then loads lunr and the Vietnamese pipeline) as soon
  as any page opens: about 30 KB and work for the phone's processor, for a box
  most visitors never open. Both wait here until the search box is first
  touched, focused or opened, or the page was reached from a search result
  (?h=…, whose words Material highlights). Material itself is not changed: its
  request and its worker are held back, then released in the same order.
*/
(function () {
  var ready = false, queue = [];
  function start() {
    if (ready) return;
    ready = true;
    queue.splice(0).forEach(function (run) { run(); });
  }
  function later(run) {
    if (ready) run(); else queue.push(run);
  }

  var open = XMLHttpRequest.prototype.open, send = XMLHttpRequest.prototype.send;
  XMLHttpRequest.prototype.open = function (method, url) {
    this.cpLater = /(^|\/)search\/search_index\.json$/.test(String(url));
    return open.apply(this, arguments);
  };
  XMLHttpRequest.prototype.send = function () {
    var xhr = this, args = arguments;
    if (!xhr.cpLater) return send.apply(xhr, args);
    later(function () { send.apply(xhr, args); });
  };

  var Native = window.Worker;
  if (Native) {
    window.Worker = function (url, options) {
      if (!/(^|\/)workers\/search\.[0-9a-f]+\.min\.js$/.test(String(url))) {
        return new Native(url, options);
      }
      // Stands in for the worker until search is wanted: Material only listens
      // for messages and posts messages to it.
      var worker = null, listeners = [], messages = [];
      later(function () {
        worker = new Native(url, options);
        listeners.forEach(function (l) { worker.addEventListener(l[0], l[1], l[2]); });
        messages.forEach(function (m) { worker.postMessage(m); });
      });
      return {
        addEventListener: function (type, listener, opts) {
          if (worker) worker.addEventListener(type, listener, opts);
          else listeners.push([type, listener, opts]);
        },
        removeEventListener: function (type, listener, opts) {
          if (worker) worker.removeEventListener(type, listener, opts);
          else listeners = listeners.filter(function (l) { return l[0] !== type || l[1] !== listener; });
        },
        postMessage: function (message) {
          if (worker) worker.postMessage(message); else messages.push(message);
        },
        terminate: function () {
          if (worker) worker.terminate(); else later(function () { worker.terminate(); });
        }
      };
    };
    window.Worker.prototype = Native.prototype;
  }

  function wanted(event) {
    var target = event.target;
    if (target && target.closest && target.closest(".md-search, [for='__search'], #__search")) {
      start();
    }
  }
  ["pointerdown", "focusin", "change"].forEach(function (type) {
    document.addEventListener(type, wanted, { capture: true, passive: true });
  });
  if (/[?&]h=/.test(location.search)) start();
})();
