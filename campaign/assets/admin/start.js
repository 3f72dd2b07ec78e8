// Decap starts with the configuration the tool generated from the campaign model.
// The top-level fields of news and profiles use the "campaign-*" widgets of fields.js:
// Decap's own widgets, plus the server's checks shown next to the field.
(function () {
  "use strict";
  var CMS = window.CMS;
  var checked = window.campaignCheckedWidgets || [];
  // On a phone, the form and the preview side by side scrolled sideways and pushed
  // the save button (Công bố) off the screen: the form alone, until the staff member
  // turns the preview on with the eye button (Decap then remembers the choice).
  try {
    if (window.innerWidth < 800 && !localStorage.getItem("cms.right-pane")) {
      localStorage.setItem("cms.right-pane", "none");
    }
  } catch (ignored) { /* storage refused: Decap's own default */ }

  // Decap's Vietnamese, where it shows staff something wrong: the new-item button's
  // full-width plus "＋" (U+FF0B) is a missing-glyph box on a machine with no CJK
  // font; the plain "+" is in every font.
  var vi = CMS.getLocale && CMS.getLocale("vi");
  if (vi) {
    var phrases = JSON.parse(JSON.stringify(vi));
    phrases.collection.collectionTop.newButton = "+ %{collectionLabel}";
    // A refused save, upload or deletion: the server's sentence says what was not done
    // ("Chưa lưu: …"); Decap put "Không thể giữ lại mục:" before it.
    phrases.ui.toast.onFailToPersist = "%{details}";
    phrases.ui.toast.onFailToDelete = "%{details}";
    phrases.ui.toast.onFailToLoadEntries = "Chưa tải được: %{details}";
    CMS.registerLocale("vi", phrases);
  }

  // Decap writes "(không bắt buộc)" after the label of every field the form may leave
  // empty. Not after a yes/no switch (it always has an answer), nor after a photo's
  // description: the model requires it once there is a photo, and its label says so.
  function unmarked(fields, names) {
    (fields || []).forEach(function (field) {
      if (field.widget === "boolean" || field.campaign_required_when) names.push(field.name);
      unmarked(field.fields, names);
      if (field.field) unmarked([field.field], names);
    });
    return names;
  }

  function hideMarks(config) {
    var names = [];
    config.collections.forEach(function (collection) {
      unmarked(collection.fields, names);
      (collection.files || []).forEach(function (file) { unmarked(file.fields, names); });
    });
    if (!names.length) return;
    // Decap's label points at its field's input, whose id is "<name>-field-<n>"; the
    // mark is the label's only <span>.
    var style = document.createElement("style");
    style.textContent = names
      .map(function (name) { return 'label[for^="' + CSS.escape(name + "-field-") + '"] > span'; })
      .join(",\n") + " { display: none; }";
    document.head.appendChild(style);
  }

  fetch("/admin/config.json", { credentials: "same-origin" })
    .then(function (response) { return response.json(); })
    .then(function (config) {
      hideMarks(config);
      config.collections.forEach(function (collection) {
        if (collection.name !== "news" && collection.name !== "profiles") return;
        collection.fields.forEach(function (field) {
          if (checked.indexOf(field.widget) >= 0) field.widget = "campaign-" + field.widget;
        });
      });
      CMS.init({ config: config });
    });
})();
