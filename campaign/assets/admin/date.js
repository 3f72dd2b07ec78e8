// The date box as Vietnamese staff write a date: 27/02/2025. Decap's own date widget
// is the browser's <input type="date">, which shows the date in the browser's
// language (02/27/2025 in an English Chromium), whatever the page or the config
// says: Decap's date_format only sets the stored form. This replaces Decap's
// "datetime" widget (every date in the campaign's forms is a day, no time): a text
// box in dd/mm/yyyy, a button for today and one opening the browser's calendar. The
// value is stored in the field's own "format" (YYYY-MM-DD in a news item's front
// matter, DD/MM/YYYY in campaign.yml), as Decap's widget stored it.
(function () {
  "use strict";
  var CMS = window.CMS;
  var h = window.h;
  var createClass = window.createClass;
  var original = CMS.getWidget("datetime");
  if (!original) return;
  var TYPED = /^\s*(\d{1,2})\s*[\/.\-]\s*(\d{1,2})\s*[\/.\-]\s*(\d{4})\s*$/;
  var MESSAGE = "Ngày cần viết dạng ngày/tháng/năm, ví dụ 27/02/2025.";

  function pad(n) { return (n < 10 ? "0" : "") + n; }

  // A real day of the calendar (31/02 is not): {y, m, d} or null.
  function day(y, m, d) {
    var date = new Date(Date.UTC(y, m - 1, d));
    if (date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) {
      return null;
    }
    return { y: y, m: m, d: d };
  }

  function typed(text) {
    var found = TYPED.exec(text || "");
    return found ? day(+found[3], +found[2], +found[1]) : null;
  }

  // The stored value (a string in the field's format, or a Date the YAML reader made).
  function stored(value, format) {
    if (value instanceof Date && !isNaN(value)) {
      return day(value.getUTCFullYear(), value.getUTCMonth() + 1, value.getUTCDate());
    }
    if (typeof value !== "string") return null;
    var iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value.trim());
    if (format !== "DD/MM/YYYY" && iso) return day(+iso[1], +iso[2], +iso[3]);
    return format === "DD/MM/YYYY" ? typed(value) : null;
  }

  function shown(d) { return pad(d.d) + "/" + pad(d.m) + "/" + d.y; }
  function iso(d) { return d.y + "-" + pad(d.m) + "-" + pad(d.d); }
  function store(d, format) { return format === "DD/MM/YYYY" ? shown(d) : iso(d); }

  var DateControl = createClass({
    format: function () {
      var field = this.props.field;
      return (field && field.get && field.get("format")) || "YYYY-MM-DD";
    },
    textFor: function (value) {
      if (value === undefined || value === null || value === "") return "";
      var d = stored(value, this.format());
      return d ? shown(d) : String(value);
    },
    getInitialState: function () {
      return { text: this.textFor(this.props.value) };
    },
    componentDidUpdate: function (before) {
      // A value set from outside (loaded, today, the calendar): shown as dd/mm/yyyy.
      if (before.value !== this.props.value && this.props.value !== this.sent) {
        this.setState({ text: this.textFor(this.props.value) });
      }
    },
    emit: function (text) {
      var d = typed(text);
      // Half-typed text is kept as typed; isValid says what a date looks like.
      this.sent = text.trim() === "" ? "" : d ? store(d, this.format()) : text;
      this.setState({ text: text });
      this.props.onChange(this.sent);
    },
    pick: function (event) {
      var found = /^(\d{4})-(\d{2})-(\d{2})$/.exec(event.target.value || "");
      var d = found && day(+found[1], +found[2], +found[3]);
      if (d) this.emit(shown(d));
    },
    today: function () {
      var now = new Date();
      this.emit(shown({ y: now.getFullYear(), m: now.getMonth() + 1, d: now.getDate() }));
    },
    calendar: function () {
      var box = this.picker;
      if (!box) return;
      var d = typed(this.state.text);
      box.value = d ? iso(d) : "";
      if (box.showPicker) box.showPicker();
      else box.click();
    },
    isValid: function () {
      var text = this.state.text;
      if (!text || text.trim() === "" || typed(text)) return true;
      return { error: { type: "CUSTOM", message: MESSAGE } };
    },
    focus: function () {
      var element = document.getElementById(this.props.forID);
      if (element) element.focus();
    },
    render: function () {
      var self = this;
      var button = { type: "button", className: "campaign-date-button" };
      return h("div", { className: this.props.classNameWrapper + " campaign-date" }, [
        h("input", {
          key: "text",
          id: this.props.forID,
          type: "text",
          inputMode: "numeric",
          autoComplete: "off",
          placeholder: "ngày/tháng/năm, ví dụ 27/02/2025",
          value: this.state.text,
          onChange: function (event) { self.emit(event.target.value); },
          onFocus: this.props.setActiveStyle,
          onBlur: this.props.setInactiveStyle,
        }),
        h("button", Object.assign({ key: "today", onClick: this.today }, button), "Hôm nay"),
        h("button", Object.assign({ key: "calendar", onClick: this.calendar }, button), "Lịch"),
        h("input", {
          key: "picker",
          type: "date",
          tabIndex: -1,
          "aria-hidden": "true",
          className: "campaign-date-picker",
          ref: function (element) { self.picker = element; },
          onChange: this.pick,
        }),
      ]);
    },
  });

  window.campaignDate = { typed: typed, stored: stored, shown: shown };
  CMS.registerWidget("datetime", DateControl, original.preview);
})();
