// Decap starts with the configuration the tool generated from the campaign model.
// The top-level fields of news and profiles use the "campaign-*" widgets of fields.js:
// Decap's own widgets, plus the server's checks shown next to the field.
(function () {
  "use strict";
  var checked = window.campaignCheckedWidgets || [];
  // On a phone, the form and the preview side by side scrolled sideways and pushed
  // the save button (Công bố) off the screen: the form alone, until the staff member
  // turns the preview on with the eye button (Decap then remembers the choice).
  try {
    if (window.innerWidth < 800 && !localStorage.getItem("cms.right-pane")) {
      localStorage.setItem("cms.right-pane", "none");
    }
  } catch (ignored) { /* storage refused: Decap's own default */ }
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
