// Decap starts with the configuration the tool generated from the campaign model.
(function () {
  "use strict";
  fetch("/admin/config.json", { credentials: "same-origin" })
    .then(function (response) { return response.json(); })
    .then(function (config) { window.CMS.init({ config: config }); });
})();
