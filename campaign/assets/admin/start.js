// Decap starts with the configuration the tool generated from the campaign model.
// The top-level fields of news and profiles use the "campaign-*" widgets of fields.js:
// Decap's own widgets, plus the server's checks shown next to the field.
(function () {
  "use strict";
  var checked = window.campaignCheckedWidgets || [];
  fetch("/admin/config.json", { credentials: "same-origin" })
    .then(function (response) { return response.json(); })
    .then(function (config) {
      config.collections.forEach(function (collection) {
        if (collection.name !== "news" && collection.name !== "profiles") return;
        collection.fields.forEach(function (field) {
          if (checked.indexOf(field.widget) >= 0) field.widget = "campaign-" + field.widget;
        });
      });
      window.CMS.init({ config: config });
    });
})();
