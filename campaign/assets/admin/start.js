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
  // Phrases Decap 3.16.3's Vietnamese lacks, which it then showed in English: the
  // list's "Add sự kiện", the text box's toolbar (Bold, Link, Headings, "Add
  // Component"…), the photo dialog's "Copy", "Close". Only missing keys are added.
  var MISSING_VI = {
    collection: {
      collectionTop: { viewAsList: "Xem dạng danh sách", viewAsGrid: "Xem dạng lưới",
        groupBy: "Nhóm theo" },
      groups: { other: "Khác", negateLabel: "Không %{label}" },
    },
    editor: {
      editorControl: { field: { widgetLabel: "ô %{widgetLabel}" } },
      editorInterface: { toggleI18n: "Bật, tắt các ngôn ngữ", togglePreview: "Hiện, ẩn xem trước",
        toggleScrollSync: "Cuộn cùng nhau", toggleNotes: "Hiện, ẩn ghi chú" },
      editorWidgets: {
        markdown: { bold: "Chữ đậm", italic: "Chữ nghiêng", strikethrough: "Gạch ngang",
          code: "Mã", link: "Liên kết", linkPrompt: "Nhập địa chỉ của liên kết",
          headings: "Đề mục", quote: "Trích dẫn", bulletedList: "Danh sách gạch đầu dòng",
          numberedList: "Danh sách đánh số", addComponent: "Thêm thành phần",
          toggleMode: { rich: "Chuyển sang soạn thảo thường",
            markdown: "Chuyển sang viết Markdown" } },
        image: { chooseMultiple: "Chọn nhiều hình", chooseUrl: "Chèn từ địa chỉ web",
          replaceUrl: "Thay bằng địa chỉ web", promptUrl: "Nhập địa chỉ web của hình",
          addMore: "Thêm hình", removeAll: "Gỡ bỏ mọi hình" },
        file: { chooseMultiple: "Chọn nhiều tệp", chooseUrl: "Chèn từ địa chỉ web",
          replaceUrl: "Thay bằng địa chỉ web", promptUrl: "Nhập địa chỉ web của tệp",
          addMore: "Thêm tệp", removeAll: "Gỡ bỏ mọi tệp" },
        list: { add: "Thêm %{item}", addType: "Thêm %{item}" },
        object: { expand: "Mở ra", collapse: "Thu gọn" },
      },
    },
    mediaLibrary: {
      mediaLibraryCard: { copy: "Chép", copyUrl: "Chép địa chỉ", copyPath: "Chép đường dẫn",
        copyName: "Chép tên", copied: "Đã chép" },
      mediaLibraryModal: { close: "Đóng" },
    },
    ui: { settingsDropdown: { account: "Tài khoản" } },
  };
  function fillMissing(into, from) {
    Object.keys(from).forEach(function (key) {
      if (typeof from[key] === "object") {
        if (typeof into[key] !== "object" || into[key] === null) into[key] = {};
        fillMissing(into[key], from[key]);
      } else if (!(key in into)) {
        into[key] = from[key];
      }
    });
  }

  var vi = CMS.getLocale && CMS.getLocale("vi");
  if (vi) {
    var phrases = JSON.parse(JSON.stringify(vi));
    phrases.collection.collectionTop.newButton = "+ %{collectionLabel}";
    // A refused save, upload or deletion: the server's sentence says what was not done
    // ("Chưa lưu: …"); Decap put "Không thể giữ lại mục:" before it.
    phrases.ui.toast.onFailToPersist = "%{details}";
    phrases.ui.toast.onFailToDelete = "%{details}";
    phrases.ui.toast.onFailToLoadEntries = "Chưa tải được: %{details}";
    // Decap's offer of what this browser kept of an item not saved (its server out of
    // reach, the page closed): "Một bản sao lưu trên máy đã được phục hồi cho mục này,
    // bạn có muốn tải lên không?" read as if something would be uploaded.
    phrases.editor.editor.confirmLoadBackup =
      "Trình duyệt này còn giữ bản bạn đã viết cho mục này mà chưa lưu. " +
      "Bấm OK để viết tiếp từ bản đó; bấm Hủy để bỏ nó và mở mục như đã lưu.";
    fillMissing(phrases, MISSING_VI);
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
