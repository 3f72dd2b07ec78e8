// Before Decap loads: every request it sends to the tool's own API carries the
// session's CSRF token (the proxy backend has no hook for headers of its own).
(function () {
  "use strict";
  window.CMS_MANUAL_INIT = true;
  var token = document.querySelector('meta[name="csrf-token"]').content;
  var original = window.fetch.bind(window);
  window.fetch = function (input, init) {
    var url = typeof input === "string" ? input : (input && input.url) || "";
    var target = new URL(url, window.location.href);
    if (target.origin === window.location.origin && target.pathname.indexOf("/api/") === 0) {
      init = Object.assign({}, init || {});
      var headers = new Headers(init.headers || {});
      headers.set("X-CSRF-Token", token);
      init.headers = headers;
      init.credentials = "same-origin";
    }
    return original(input, init);
  };
})();
