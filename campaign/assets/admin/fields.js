// Errors next to the field: the server's own checks (`validateEntry`, the code a save
// runs) for news and profiles, shown by Decap beside each field they name.
// start.js gives the top-level fields of those collections the "campaign-*" widgets
// registered here: each wraps Decap's own widget and adds an `isValid()`.
(function () {
  "use strict";
  var CMS = window.CMS;
  var h = window.h;
  var createClass = window.createClass;
  var WIDGETS = ["string", "text", "image", "select", "datetime", "number"];
  var results = {}; // request (JSON) -> problems, once the server answered
  var pending = {}; // request (JSON) -> Promise of problems
  var timer = null;
  var mounted = []; // the wrapped widgets on screen

  function notify() {
    mounted.forEach(function (widget) { widget.answered(); });
  }

  // Checked a moment after typing stops: the message shows beside the field, and
  // Save finds the answer ready.
  function schedule(entry) {
    clearTimeout(timer);
    timer = setTimeout(function () {
      var params = request(entry());
      if (params) check(params).then(notify);
    }, 500);
  }

  function request(entry) {
    if (!entry || !entry.get) return null;
    var media = entry.get("mediaFiles");
    var photos = [];
    if (media && media.forEach) {
      media.forEach(function (file) {
        if (file && file.get && file.get("draft")) photos.push(file.get("path"));
      });
    }
    var data = entry.get("data");
    return {
      collection: entry.get("collection"),
      path: entry.get("newRecord") ? null : entry.get("path"),
      data: data && data.toJS ? data.toJS() : {},
      photos: photos,
    };
  }

  function check(params) {
    var key = JSON.stringify(params);
    if (results[key]) return Promise.resolve(results[key]);
    if (!pending[key]) {
      // admin.js adds the session's CSRF token to every call to /api/.
      pending[key] = fetch("/api/v1", {
        method: "POST",
        headers: { "Content-Type": "application/json" },
        body: JSON.stringify({ action: "validateEntry", params: params }),
      })
        .then(function (response) { return response.ok ? response.json() : { problems: [] }; })
        .then(function (answer) {
          // A check that could not run blocks nothing: the save checks again.
          results[key] = Array.isArray(answer.problems) ? answer.problems : [];
          delete pending[key];
          return results[key];
        }, function () {
          delete pending[key];
          return [];
        });
    }
    return pending[key];
  }

  function mine(problems, name) {
    return problems
      .filter(function (p) { return p.field === name; })
      .map(function (p) { return p.message; })
      .join("; ");
  }

  // A required field still empty: Decap's own check says so when the item is saved
  // ("Danh hiệu bắt buộc nhập."). The server's same finding came as soon as anything
  // was typed elsewhere: red on fields not reached yet (a new profile, after its name),
  // and said twice once Decap checked. Fields the form may leave empty (a photo's
  // description) keep the server's message.
  function emptyRequired(props) {
    if (props.field.get("required") === false) return false;
    var value = props.value;
    if (value === undefined || value === null || value === "") return true;
    return typeof value.size === "number" && value.size === 0;
  }

  // The server's finding follows "field: " in its own lists ("cần mô tả ảnh …"); beside
  // the field, once the capitals Decap forced are gone, it starts a sentence.
  function messageFor(widget, known) {
    var said = emptyRequired(widget.props) ? "" : mine(known, widget.props.field.get("name"));
    return said.charAt(0).toUpperCase() + said.slice(1);
  }

  function wrap(name) {
    var original = CMS.getWidget(name);
    if (!original) return;
    var Inner = original.control;
    var Checked = createClass({
      inner: null,
      setInner: function (ref) {
        this.inner = ref && ref.getWrappedInstance ? ref.getWrappedInstance() : ref;
      },
      entry: function () {
        return this.props.getEntry ? this.props.getEntry() : this.props.entry;
      },
      componentDidMount: function () {
        this.shown = "";
        mounted.push(this);
      },
      componentWillUnmount: function () {
        mounted = mounted.filter(function (other) { return other !== this; }, this);
      },
      onChange: function () {
        this.props.onChange.apply(null, arguments);
        schedule(this.entry.bind(this));
      },
      // The answer for this field changed: Decap checks the field again (isValid below
      // then finds the answer) and shows or clears the message beside it.
      answered: function () {
        var params = request(this.entry());
        var known = params && results[JSON.stringify(params)];
        if (!known) return; // an answer for what the form held before
        var message = messageFor(this, known);
        if (message !== this.shown) {
          this.shown = message;
          if (this.props.validate) this.props.validate();
        }
      },
      // Decap re-renders a widget only when its own test says so (the photo widget's
      // looks at the chosen photo too): the wrapped widget's test, when it has one.
      shouldComponentUpdate: function (nextProps) {
        var inner = this.inner;
        if (inner && inner.shouldComponentUpdate) return inner.shouldComponentUpdate(nextProps);
        return (
          this.props.value !== nextProps.value ||
          this.props.classNameWrapper !== nextProps.classNameWrapper ||
          this.props.hasActiveStyle !== nextProps.hasActiveStyle
        );
      },
      getValidateValue: function () {
        return this.inner && this.inner.getValidateValue ? this.inner.getValidateValue() : undefined;
      },
      focus: function (path) {
        if (this.inner && this.inner.focus) this.inner.focus(path);
        else {
          var element = document.getElementById(this.props.forID);
          if (element) element.focus();
        }
      },
      isValid: function () {
        var own = this.inner && this.inner.isValid ? this.inner.isValid() : true;
        if (own !== true && !(own && own.error === false)) return own;
        var params = request(this.entry());
        if (!params) return true;
        var known = results[JSON.stringify(params)];
        if (!known) {
          // Not answered yet: the save is not held up; the server checks it again
          // and the answer shows here when it comes.
          check(params).then(notify);
          return true;
        }
        var message = messageFor(this, known);
        this.shown = message;
        return message ? { error: { type: "CUSTOM", message: message } } : true;
      },
      render: function () {
        var props = Object.assign({}, this.props, { ref: this.setInner, onChange: this.onChange });
        return h(Inner, props);
      },
    });
    CMS.registerWidget("campaign-" + name, Checked, original.preview);
  }

  WIDGETS.forEach(wrap);
  window.campaignCheckedWidgets = WIDGETS;
})();
