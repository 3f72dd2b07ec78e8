// The preview pane as the site shows a news item: the site's own stylesheets
// (Material's and campaign.css, served by the tool: nothing from a CDN) and the
// post page's parts: title, date as dd/mm/yyyy with its topics, the cover with its
// description, then the text as Decap renders Markdown. React escapes every value.
(function () {
  "use strict";
  var CMS = window.CMS;
  var h = window.h;
  var createClass = window.createClass;
  CMS.registerPreviewStyle("/admin/site/material.css");
  CMS.registerPreviewStyle("/admin/site/campaign.css");

  function dayMonthYear(value) {
    var found = /^(\d{4})-(\d{2})-(\d{2})/.exec(String(value || ""));
    return found ? found[3] + "/" + found[2] + "/" + found[1] : String(value || "");
  }

  function list(value) {
    if (!value) return [];
    var items = value.toJS ? value.toJS() : value;
    return Array.isArray(items) ? items.filter(Boolean).map(String) : [String(items)];
  }

  var NewsPreview = createClass({
    render: function () {
      var entry = this.props.entry;
      var title = entry.getIn(["data", "title"]) || "";
      var date = entry.getIn(["data", "date"]);
      var topics = list(entry.getIn(["data", "categories"]));
      var cover = entry.getIn(["data", "cover"]);
      var alt = entry.getIn(["data", "cover_alt"]) || "";
      var meta = [h("time", { key: "d", dateTime: String(date || "") }, dayMonthYear(date))];
      if (topics.length) meta.push(" · Chủ đề: " + topics.join(", "));
      var figure = null;
      if (cover) {
        var asset = this.props.getAsset(cover);
        figure = h(
          "figure",
          { className: "cp-cover" },
          h("img", { src: asset ? asset.toString() : "", alt: alt })
        );
      }
      return h(
        "div",
        { className: "md-container" },
        h(
          "main",
          { className: "md-main" },
          h(
            "div",
            { className: "md-main__inner md-grid" },
            h(
              "div",
              { className: "md-content" },
              h(
                "article",
                { className: "md-content__inner md-typeset" },
                h("h1", null, title),
                h("p", { className: "cp-postmeta" }, meta),
                figure,
                this.props.widgetFor("body")
              )
            )
          )
        )
      );
    },
  });

  CMS.registerPreviewTemplate("news", NewsPreview);
})();
