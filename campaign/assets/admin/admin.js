// Before Decap loads: every request it sends to the tool's own API carries the
// session's CSRF token (the proxy backend has no hook for headers of its own).
// Two more things Decap says wrong are set right here, where its talk with the
// server passes: its notices, and whether an item's changes were saved.
(function () {
  "use strict";
  window.CMS_MANUAL_INIT = true;
  var token = document.querySelector('meta[name="csrf-token"]').content;
  var original = window.fetch.bind(window);
  var saved = null; // "#/collections/<collection>/entries/<slug>" saved from this page

  // Decap's status under the heading says "Thay đổi đã được lưu" whenever the form
  // holds no unsaved change: on an item just opened, even on a new empty one. Here it
  // shows (admin.css) only on the item this page saved, until the staff member leaves it.
  function route() {
    return window.location.hash.split("?")[0];
  }
  function markSaved() {
    if (saved !== null && route() !== saved) saved = null;
    if (saved === null) document.documentElement.removeAttribute("data-campaign-saved");
    else document.documentElement.setAttribute("data-campaign-saved", "");
  }
  window.addEventListener("hashchange", markSaved);

  function savedRoute(body) {
    try {
      var sent = JSON.parse(body);
      if (sent.action !== "persistEntry") return null;
      var collection = sent.params.options.collectionName;
      var slug = sent.params.dataFiles[0].slug;
      return collection && slug ? "#/collections/" + collection + "/entries/" + slug : null;
    } catch (ignored) {
      return null;
    }
  }

  window.fetch = function (input, init) {
    var url = typeof input === "string" ? input : (input && input.url) || "";
    var target = new URL(url, window.location.href);
    if (target.origin !== window.location.origin || target.pathname.indexOf("/api/") !== 0) {
      return original(input, init);
    }
    init = Object.assign({}, init || {});
    var headers = new Headers(init.headers || {});
    headers.set("X-CSRF-Token", token);
    init.headers = headers;
    init.credentials = "same-origin";
    var saving = typeof init.body === "string" ? savedRoute(init.body) : null;
    return original(input, init).then(
      function (response) {
        lostConnection(false);
        if (saving !== null && response.ok) {
          // A new item is saved from ".../new"; Decap then opens it at its own address.
          saved = saving;
          if (route().slice(-4) !== "/new") markSaved();
        }
        return response;
      },
      function (error) {
        if (error && error.name === "AbortError") throw error; // Decap's own time-out
        lostConnection(true);
        // Decap shows the error as its text ("TypeError: Failed to fetch"): with no
        // name, an Error's text is its message alone.
        var plain = new Error(OFFLINE_SHORT);
        plain.name = "";
        throw plain;
      }
    );
  };

  // The editor's server stopped (campaign admin closed, the machine asleep) or the
  // network dropped: Decap said "TypeError: Failed to fetch", in English, for 8 seconds.
  // Its notice now says what happened in a few words, and a note above the bar at the
  // bottom, which stays until the server answers again (or is closed), says what to do.
  // Decap keeps what was typed in this browser (its local backup, made two seconds
  // after typing stops) and offers it back when the item is opened again.
  var OFFLINE_SHORT =
    "Chưa làm được: mất liên lạc với máy chạy trình soạn thảo (xem ô vàng ở cuối trang).";
  var OFFLINE_NOTE =
    "Mất liên lạc với máy chạy trình soạn thảo: chương trình campaign admin trên máy đó " +
    "đã tắt, hoặc mạng bị ngắt. Việc vừa làm chưa được thực hiện (chưa lưu gì). " +
    "Hãy nhờ người quản trị chạy lại campaign admin (hoặc kiểm tra " +
    "mạng), rồi tải lại trang và đăng nhập lại. Chữ bạn đang viết không mất: trình duyệt " +
    "này giữ một bản: mở lại mục đó từ danh sách (tin mới: bấm lại nút +), trình soạn " +
    "thảo hỏi có dùng lại bản đó không, bấm OK.";
  function lostConnection(lost) {
    var note = document.getElementById("campaign-offline");
    if (!lost) {
      if (note) note.remove();
      return;
    }
    if (note || !document.body) return;
    note = document.createElement("div");
    note.id = "campaign-offline";
    note.setAttribute("role", "alert");
    var text = document.createElement("p");
    text.textContent = OFFLINE_NOTE;
    var close = document.createElement("button");
    close.type = "button";
    close.textContent = "Đóng";
    close.addEventListener("click", function () { note.remove(); });
    note.appendChild(text);
    note.appendChild(close);
    document.body.appendChild(note);
  }

  // The bar at the bottom (account, Word, publish, log out) floated over the form: at
  // 1280 x 900 it hid the end of a field's error line. The page keeps a strip for it
  // (admin.css): its height, which depends on the width and on the buttons, is
  // measured here whenever it changes.
  function barSpace() {
    var bar = document.getElementById("campaign-admin-bar");
    if (!bar) return;
    var space = Math.max(0, Math.ceil(window.innerHeight - bar.getBoundingClientRect().top));
    document.documentElement.style.setProperty("--campaign-bar-space", space + "px");
  }
  function watchBar() {
    var bar = document.getElementById("campaign-admin-bar");
    if (!bar) return;
    barSpace();
    if (window.ResizeObserver) new ResizeObserver(barSpace).observe(bar);
    window.addEventListener("resize", barSpace);
  }
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", watchBar);
  else watchBar();

  // Decap's notices put its error class name before the server's message ("API_ERROR:
  // Chưa lưu: …"), and two in English ("Failed to persist media: …"): staff read the
  // server's plain Vietnamese sentence only, which says what was not done ("Chưa lưu",
  // "Chưa tải ảnh lên", "Chưa xóa"; start.js words Decap's own phrases around it).
  function plainNotice(text) {
    return text
      .replace(/^Failed to (persist|delete) media: /, "")
      .replace(/API_ERROR: /g, "");
  }
  window.campaignPlainNotice = plainNotice;

  function plainNotices(root) {
    var walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (var node = walker.nextNode(); node; node = walker.nextNode()) {
      var plain = plainNotice(node.data);
      if (plain !== node.data) node.data = plain;
    }
  }
  new MutationObserver(function (changes) {
    changes.forEach(function (change) {
      change.addedNodes.forEach(function (node) {
        if (node.nodeType !== 1) return;
        if (node.closest(".Toastify") || node.querySelector(".Toastify__toast")) plainNotices(node);
      });
    });
  }).observe(document.documentElement, { childList: true, subtree: true });
})();
