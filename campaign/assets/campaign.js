// Small fixes and helpers of the campaign site; the site works without them.
(function () {
  // Material's search dialog has no accessible name; screen readers announce it as "dialog".
  var search = document.querySelector(".md-search[role=dialog]");
  if (search && !search.hasAttribute("aria-label")) {
    search.setAttribute("aria-label", "Tìm kiếm");
  }

  // Material searches when a key is released. Voice typing, pasting and some
  // Vietnamese keyboards change the box without one, and the last word typed
  // that way was never searched: pass every change on as a key release.
  var query = document.querySelector(".md-search__input");
  if (query) {
    query.addEventListener("input", function () {
      query.dispatchEvent(new KeyboardEvent("keyup"));
    });
  }

  // Sharing without any third-party script: the phone's own share sheet
  // (which offers Zalo, Messenger…) where the browser has one, else copy the link.
  document.querySelectorAll("[data-share-url]").forEach(function (button) {
    if (!navigator.share) return;
    button.hidden = false;
    button.addEventListener("click", function () {
      navigator.share({ title: button.getAttribute("data-share-title"), url: button.getAttribute("data-share-url") })
        .catch(function () {});
    });
  });
  document.querySelectorAll("[data-copy-url]").forEach(function (button) {
    button.addEventListener("click", function () {
      var url = button.getAttribute("data-copy-url");
      var done = function () { button.textContent = "Đã sao chép"; };
      if (navigator.clipboard) {
        navigator.clipboard.writeText(url).then(done, function () { window.prompt("Sao chép liên kết:", url); });
      } else {
        window.prompt("Sao chép liên kết:", url);
      }
    });
  });

  // Filter the profile cards by honour or kind. Without JavaScript every card shows.
  var groups = document.querySelectorAll(".cp-filter");
  groups.forEach(function (group) {
    group.hidden = false;
    var buttons = group.querySelectorAll("button");
    buttons.forEach(function (button) {
      button.addEventListener("click", function () {
        var tag = button.getAttribute("data-filter");
        buttons.forEach(function (b) { b.setAttribute("aria-pressed", String(b === button)); });
        document.querySelectorAll(".cp-honour").forEach(function (section) {
          var shown = 0;
          section.querySelectorAll(".cp-card").forEach(function (card) {
            var tags = (card.getAttribute("data-tags") || "").split(" ");
            var visible = !tag || tags.indexOf(tag) >= 0;
            card.hidden = !visible;
            if (visible) shown += 1;
          });
          section.hidden = shown === 0;
        });
      });
    });
  });
})();
