// The seller help page: three tools, presets, language switch, state in the URL.
// Classic scripts only (ES modules fail from file://); the module is DisputeCalc from pkg/.
"use strict";

(function () {
  var U = window.DCUtil;
  var R = window.DCRender;
  var I18N = window.DCI18N;
  var el = U.el;

  var REASONS = [
    "not_received", "not_as_described", "quality", "wrong_item", "missing_items", "damaged_in_transit",
    "no_reason", "late_shipment", "out_of_stock", "counterfeit", "vehicle_defect",
  ];
  var REQUESTS = ["full_refund", "partial_refund", "return_refund", "exchange", "reship"];
  var TRACKINGS = ["none", "invalid", "in_transit", "delivered", "returned_to_sender", "held_by_customs", "lost"];
  var FAULTS = ["seller", "buyer", "carrier", "none", "undetermined"];
  var VIOLATIONS = ["late_shipment", "out_of_stock", "fraud", "unsafe_food"];
  var DEFECTS = ["steering_failure", "brake_failure", "body_crack", "fuel_leak", "battery_fire", "powertrain_replacement"];
  var CURRENCIES = ["CNY", "USD", "EUR", "GBP", "JPY", "KRW", "HKD", "RUB", "BRL", "AUD", "CAD", "KWD", "BHD"];
  var NO_REASON_ITEMS = ["taobao", "tmall", "cn-consumer"];
  var TOOLS = ["evaluate", "shipping", "penalty"];
  var API_FN = { evaluate: "evaluateDispute", shipping: "returnShippingSplit", penalty: "refundPenalty" };

  function has(list, v) {
    return list.indexOf(v) >= 0;
  }

  // Which evidence and item facts matter, by ruleset and claim.
  var SHOW = {
    "evidence.proofOfDelivery": function (s) {
      return s.reason === "not_received";
    },
    "evidence.reshipConsent": function (s) {
      return s.ruleset === "aliexpress" && s.reason === "not_received";
    },
    "evidence.buyerPhotos": function (s) {
      return s.ruleset === "cn-food" ||
        has(["not_as_described", "quality", "wrong_item", "missing_items", "damaged_in_transit", "counterfeit", "vehicle_defect"], s.reason);
    },
    "evidence.sourceDocuments": function (s) {
      return has(["counterfeit", "quality", "not_as_described"], s.reason);
    },
    "item.noReason": function (s) {
      return s.reason === "no_reason" && has(NO_REASON_ITEMS, s.ruleset);
    },
    "item.intact": function (s) {
      return s.reason === "no_reason" || s.request === "return_refund";
    },
    "item.car": function (s) {
      return s.ruleset === "cn-car";
    },
  };

  function when(key) {
    return SHOW[key];
  }

  var SPECS = {
    evaluate: [
      { group: "groupCase", fields: [
        { name: "ruleset", kind: "ruleset" },
        { name: "reason", kind: "enum", options: "reasons" },
        { name: "request", kind: "enum", options: REQUESTS, labels: "requests", empty: "notStated" },
        { name: "tracking", kind: "enum", options: TRACKINGS, labels: "trackings", empty: "notStated" },
      ] },
      { group: "groupMoney", fields: [
        { name: "currency", kind: "currency" },
        { name: "price", kind: "amount" },
        { name: "shippingPaid", kind: "amount" },
        { name: "requestedAmount", kind: "amount", show: function (s) { return s.request === "partial_refund"; } },
        { name: "destination", kind: "text", hint: "destinationHint", size: 2, show: function (s) { return !s.fixedCurrency; } },
      ] },
      { group: "groupDates", fields: [
        { name: "asOf", kind: "date" },
        { name: "dates.ordered", kind: "date" },
        { name: "dates.shipped", kind: "date" },
        { name: "dates.delivered", kind: "date" },
        { name: "dates.opened", kind: "date" },
      ], more: [
        { name: "dates.paid", kind: "date" },
        { name: "dates.completed", kind: "date" },
        { name: "dates.estimatedDelivery", kind: "date" },
        { name: "dates.reshipped", kind: "date" },
        { name: "dates.returnReceived", kind: "date" },
        { name: "dates.faultFound", kind: "date" },
      ] },
      { group: "groupEvidence", fields: [
        { name: "evidence.proofOfDelivery", kind: "bool", show: when("evidence.proofOfDelivery") },
        { name: "evidence.reshipConsent", kind: "bool", show: when("evidence.reshipConsent") },
        { name: "evidence.buyerPhotos", kind: "bool", show: when("evidence.buyerPhotos") },
        { name: "evidence.sourceDocuments", kind: "bool", show: when("evidence.sourceDocuments") },
        { name: "evidence.chatRecord", kind: "bool" },
      ] },
      { group: "groupItem", fields: [
        { name: "item.madeToOrder", kind: "bool", show: when("item.noReason") },
        { name: "item.perishable", kind: "bool", show: when("item.noReason") },
        { name: "item.digitalUnsealed", kind: "bool", show: when("item.noReason") },
        { name: "item.periodical", kind: "bool", show: when("item.noReason") },
        { name: "item.exclusionConfirmed", kind: "bool", show: when("item.noReason") },
        { name: "item.intact", kind: "bool", show: when("item.intact") },
        { name: "item.odometerKm", kind: "int", show: when("item.car") },
        { name: "item.defect", kind: "enum", options: DEFECTS, labels: "defects", empty: "notStated", show: when("item.car") },
      ] },
      { group: "groupPolicy", policy: true },
    ],
    shipping: [
      { group: "groupCase", fields: [
        { name: "ruleset", kind: "ruleset" },
        { name: "reason", kind: "enum", options: "reasons" },
        { name: "fault", kind: "enum", options: FAULTS, labels: "faults", empty: "impliedByReason" },
      ] },
      { group: "groupMoney", fields: [
        { name: "currency", kind: "currency" },
        { name: "outboundShipping", kind: "amount" },
        { name: "freeShipping", kind: "bool" },
        { name: "returnShipping", kind: "amount" },
        { name: "resendShipping", kind: "amount" },
        { name: "insurancePayout", kind: "amount" },
      ] },
      { group: "groupPolicy", policy: true },
    ],
    penalty: [
      { group: "groupCase", fields: [
        { name: "ruleset", kind: "ruleset" },
        { name: "violation", kind: "enum", options: "violations" },
        { name: "labelFlawOnly", kind: "bool", show: function (s) { return s.violation === "unsafe_food"; } },
      ] },
      { group: "groupMoney", fields: [
        { name: "currency", kind: "currency" },
        { name: "price", kind: "amount" },
        { name: "loss", kind: "amount" },
        { name: "sellerPromised", kind: "amount" },
      ] },
      { group: "groupPolicy", policy: true },
    ],
  };

  var PRESETS = [
    {
      id: "ae2015", label: "presetAe2015", tool: "evaluate",
      input: {
        ruleset: "aliexpress", reason: "not_received", request: "full_refund", asOf: "2015-04-20",
        currency: "USD", price: 2599,
        dates: { ordered: "2015-03-03", shipped: "2015-03-19", delivered: "2015-04-12", opened: "2015-04-20" },
        tracking: "delivered", policy: { handlingDays: 20 },
      },
    },
    {
      id: "amazon", label: "presetAmazon", tool: "evaluate",
      input: {
        ruleset: "amazon", reason: "wrong_item", asOf: "2024-05-08", currency: "USD", price: 2599,
        dates: { ordered: "2024-04-25", shipped: "2024-04-26", delivered: "2024-05-02", opened: "2024-05-06" },
        tracking: "delivered", evidence: { buyerPhotos: true, chatRecord: true },
      },
    },
    {
      id: "tmall", label: "presetTmall", tool: "penalty",
      input: { ruleset: "tmall", violation: "late_shipment", currency: "CNY", price: 19900 },
    },
    {
      id: "insurance", label: "presetInsurance", tool: "shipping",
      input: {
        ruleset: "taobao", reason: "quality", currency: "CNY", outboundShipping: 0, freeShipping: true,
        returnShipping: 2700, insurancePayout: 1200,
      },
    },
  ];

  var DEFAULT_PRESET = { evaluate: "ae2015", shipping: "insurance", penalty: "tmall" };

  var api = null;
  var locale = "en";
  var tool = "evaluate";
  var rulesetCache = {};
  var forms = {};

  function t() {
    return I18N[locale];
  }

  function lookup(key) {
    var dict = t();
    if (Object.prototype.hasOwnProperty.call(dict, key)) return dict[key];
    var parts = key.split(".");
    var v = dict;
    for (var i = 0; i < parts.length && v; i++) v = v[parts[i]];
    if (typeof v === "string") return v;
    var en = I18N.en[key];
    return typeof en === "string" ? en : U.humanize(parts[parts.length - 1]);
  }

  function labelled(node, key) {
    node.setAttribute("data-i18n", key);
    node.textContent = lookup(key);
    return node;
  }

  function rulesets() {
    if (!rulesetCache[locale]) rulesetCache[locale] = api.rulesets(locale);
    return rulesetCache[locale];
  }

  function rulesetInfo(id) {
    var list = rulesets();
    for (var i = 0; i < list.length; i++) if (list[i].id === id) return list[i];
    return null;
  }

  /** The rulesets a tool offers: those the build implements for it, else all of them. */
  function rulesetsFor(toolName) {
    var list = rulesets();
    var usable = list.filter(function (r) {
      if (toolName === "penalty") return r.violations && r.violations.length;
      if (toolName === "shipping") return r.shippingSplit;
      return r.reasons && r.reasons.length;
    });
    return usable.length ? usable : list;
  }

  function controlId(toolName, name) {
    return toolName + "-" + name.replace(/\./g, "-");
  }

  // ---------------------------------------------------------------- building the forms

  function buildField(toolName, f) {
    var id = controlId(toolName, f.name);
    var wrap = el("div", { class: "field field-" + f.kind, "data-field": f.name });
    var control;
    if (f.kind === "bool") {
      control = el("input", { type: "checkbox", id: id, name: f.name });
      wrap.appendChild(control);
      wrap.appendChild(labelled(el("label", { for: id }), f.name));
    } else {
      wrap.appendChild(labelled(el("label", { for: id }), f.name));
      if (f.kind === "ruleset" || f.kind === "enum" || f.kind === "currency") {
        control = el("select", { id: id, name: f.name });
        if (f.kind === "currency") {
          CURRENCIES.forEach(function (c) {
            control.appendChild(el("option", { value: c, text: c }));
          });
        } else if (f.kind === "enum" && Array.isArray(f.options)) {
          fillEnum(control, f, f.options);
        }
      } else if (f.kind === "date") {
        control = el("input", { type: "date", id: id, name: f.name });
      } else if (f.kind === "amount") {
        control = el("input", { type: "text", inputmode: "decimal", id: id, name: f.name, autocomplete: "off", spellcheck: "false" });
      } else if (f.kind === "int") {
        control = el("input", { type: "number", inputmode: "numeric", min: 0, step: 1, id: id, name: f.name });
      } else {
        control = el("input", { type: "text", id: id, name: f.name, autocomplete: "off", spellcheck: "false" });
      }
      wrap.appendChild(control);
    }
    control.setAttribute("data-kind", f.kind);
    if (f.kind === "amount" || f.hint) {
      var hint = el("p", { class: "hint", id: id + "-hint" });
      if (f.hint) labelled(hint, f.hint);
      wrap.appendChild(hint);
      control.setAttribute("aria-describedby", id + "-hint");
    }
    if (f.kind === "ruleset") {
      wrap.appendChild(el("div", { class: "ruleset-info", id: id + "-info" }));
    }
    wrap._spec = f;
    return wrap;
  }

  function fillEnum(select, f, values) {
    var keep = select.value;
    U.clear(select);
    if (f.empty) select.appendChild(labelled(el("option", { value: "" }), f.empty));
    values.forEach(function (v) {
      select.appendChild(labelled(el("option", { value: v }), f.labels + "." + v));
    });
    if (keep && has(values, keep)) select.value = keep;
  }

  function buildForm(toolName) {
    var form = el("form", { id: "form-" + toolName, class: "tool-form", novalidate: true, "data-tool": toolName });
    SPECS[toolName].forEach(function (g) {
      var fs = el("fieldset", { class: "group group-" + g.group });
      fs.appendChild(labelled(el("legend"), g.group));
      if (g.policy) {
        fs.classList.add("policy");
        fs.appendChild(labelled(el("p", { class: "hint" }), "policyHint"));
        var pd = el("details", { class: "policy-details" });
        pd.appendChild(labelled(el("summary"), "changeParameters"));
        pd.appendChild(el("div", { class: "grid policy-fields" }));
        fs.appendChild(pd);
      } else {
        var grid = el("div", { class: "grid" });
        g.fields.forEach(function (f) {
          grid.appendChild(buildField(toolName, f));
        });
        fs.appendChild(grid);
        if (g.more) {
          var det = el("details", { class: "more" });
          det.appendChild(labelled(el("summary"), "moreDates"));
          var grid2 = el("div", { class: "grid" });
          g.more.forEach(function (f) {
            grid2.appendChild(buildField(toolName, f));
          });
          det.appendChild(grid2);
          fs.appendChild(det);
        }
      }
      form.appendChild(fs);
    });
    form.appendChild(el("div", { class: "form-error", id: toolName + "-form-error", role: "alert" }));
    form.appendChild(labelled(el("button", { type: "submit", class: "primary" }), "calculate"));
    form.addEventListener("submit", function (e) {
      e.preventDefault();
      compute(toolName, true);
      // On a phone the result is below the form: take the reader there.
      var h = document.getElementById("result-h");
      h.focus();
      if (h.scrollIntoView) h.scrollIntoView({ block: "start" });
    });
    function onEdit(e) {
      var name = e.target && e.target.name;
      if (!name) return;
      if (name === "ruleset") rulesetChanged(toolName, true);
      if (name === "currency") refreshHints(toolName);
      refreshVisibility(toolName);
      compute(toolName, true);
    }
    form.addEventListener("input", onEdit);
    form.addEventListener("change", onEdit);
    return form;
  }

  function control(toolName, name) {
    var form = forms[toolName];
    var list = form.querySelectorAll("[name]");
    for (var i = 0; i < list.length; i++) if (list[i].name === name) return list[i];
    return null;
  }

  function formState(toolName) {
    function v(n) {
      var c = control(toolName, n);
      return c ? c.value : "";
    }
    var info = rulesetInfo(v("ruleset"));
    return {
      ruleset: v("ruleset"),
      reason: v("reason"),
      request: v("request"),
      violation: v("violation"),
      fixedCurrency: info ? info.currency : null,
    };
  }

  function fillRulesetSelect(toolName) {
    var select = control(toolName, "ruleset");
    var keep = select.value;
    U.clear(select);
    var list = rulesetsFor(toolName);
    var ids = list.map(function (r) {
      return r.id;
    });
    if (keep && !has(ids, keep) && rulesetInfo(keep)) list = list.concat([rulesetInfo(keep)]);
    list.forEach(function (r) {
      select.appendChild(el("option", { value: r.id, text: r.name }));
    });
    if (keep) setSelect(select, keep);
  }

  /** Sets a select's value, adding the option when a link names one the list lacks. */
  function setSelect(select, value) {
    var found = false;
    for (var i = 0; i < select.options.length; i++) if (select.options[i].value === value) found = true;
    if (!found) select.appendChild(el("option", { value: value, text: value }));
    select.value = value;
  }

  /** A new ruleset: its claims or violations, its currency, its parameters with their defaults. */
  function rulesetChanged(toolName, userEdit) {
    var s = formState(toolName);
    var info = rulesetInfo(s.ruleset);
    var reason = control(toolName, "reason");
    if (reason) {
      fillEnum(reason, { labels: "reasons" }, info && info.reasons && info.reasons.length ? info.reasons : REASONS);
    }
    var violation = control(toolName, "violation");
    if (violation) {
      fillEnum(violation, { labels: "violations" }, info && info.violations && info.violations.length ? info.violations : VIOLATIONS);
    }
    if (userEdit && info && info.currency) control(toolName, "currency").value = info.currency;
    buildPolicy(toolName, {});
    renderRulesetInfo(toolName);
    refreshHints(toolName);
  }

  function renderRulesetInfo(toolName) {
    var box = document.getElementById(controlId(toolName, "ruleset") + "-info");
    var info = rulesetInfo(control(toolName, "ruleset").value);
    U.clear(box);
    if (!info) return;
    var tt = t();
    var meta = [];
    if (info.version) meta.push(tt.rulesetVersion + " " + info.version);
    meta.push(tt.rulesetCurrency + ": " + (info.currency || tt.anyCurrency));
    box.appendChild(el("p", { class: "muted", text: meta.join(" · ") }));
    var keys = Object.keys(info.parameters || {});
    box.appendChild(
      el("p", { class: "defaults" }, [
        el("strong", { text: tt.defaults + ": " }),
        keys.length
          ? el(
              "span",
              null,
              keys.map(function (k, i) {
                return [el("span", { class: "param" }, [el("code", { text: k }), " " + info.parameters[k]]), i < keys.length - 1 ? " · " : null];
              }).reduce(function (a, b) {
                return a.concat(b);
              }, []),
            )
          : tt.noParameters,
      ]),
    );
    if (info.sources && info.sources.length) {
      var det = el("details", { class: "sources-details" }, [
        el("summary", { text: tt.sources + " (" + info.sources.length + ")" }),
        el(
          "ul",
          null,
          info.sources.map(function (src) {
            return el("li", null, el("a", { href: src.url, rel: "noopener noreferrer", target: "_blank", text: src.title }));
          }),
        ),
      ]);
      box.appendChild(det);
    }
  }

  function paramLabel(key) {
    var own = t().params[key];
    if (own) return own;
    // Money floors and caps are in minor units, like every amount of the API.
    return U.humanize(key) + (/(Min|Max)$/.test(key) ? " (minor units)" : "");
  }

  /** Number fields for the ruleset's parameters (defaults), plus any extra keys a link carries. */
  function buildPolicy(toolName, policy) {
    var grid = forms[toolName].querySelector(".policy-fields");
    U.clear(grid);
    var info = rulesetInfo(control(toolName, "ruleset").value);
    var params = (info && info.parameters) || {};
    var keys = Object.keys(params);
    Object.keys(policy || {}).forEach(function (k) {
      if (!has(keys, k)) keys.push(k);
    });
    keys.forEach(function (k) {
      var name = "policy." + k;
      var id = controlId(toolName, name);
      var input = el("input", { type: "number", min: 0, step: 1, inputmode: "numeric", id: id, name: name, "data-kind": "policy" });
      var def = Object.prototype.hasOwnProperty.call(params, k) ? String(params[k]) : "";
      input.setAttribute("data-default", def);
      input.value = policy && policy[k] !== undefined && policy[k] !== null ? String(policy[k]) : def;
      var label = el("label", { for: id, "data-param": k }, [paramLabel(k), " ", el("code", { text: k })]);
      grid.appendChild(el("div", { class: "field field-policy", "data-field": name }, [label, input]));
    });
    var fs = grid.closest("fieldset");
    fs.hidden = keys.length === 0;
    grid.closest("details").open = Object.keys(policy || {}).length > 0;
  }

  function refreshHints(toolName) {
    var cur = control(toolName, "currency").value;
    forms[toolName].querySelectorAll("[data-kind=amount]").forEach(function (c) {
      var hint = document.getElementById(c.id + "-hint");
      if (hint) hint.textContent = U.fill(t().amountHint, { cur: cur, ex: U.example(cur) });
    });
  }

  function refreshVisibility(toolName) {
    var s = formState(toolName);
    forms[toolName].querySelectorAll(".field").forEach(function (w) {
      var f = w._spec;
      if (f && f.show) w.hidden = !f.show(s);
    });
    forms[toolName].querySelectorAll("fieldset.group").forEach(function (fs) {
      if (fs.classList.contains("policy")) return;
      var fields = fs.querySelectorAll(".field");
      var any = false;
      fields.forEach(function (w) {
        if (!w.hidden) any = true;
      });
      fs.hidden = !any;
    });
  }

  // ---------------------------------------------------------------- form <-> API input

  function setPath(obj, path, value) {
    var parts = path.split(".");
    var o = obj;
    for (var i = 0; i < parts.length - 1; i++) {
      if (!o[parts[i]] || typeof o[parts[i]] !== "object") o[parts[i]] = {};
      o = o[parts[i]];
    }
    o[parts[parts.length - 1]] = value;
  }

  function getPath(obj, path) {
    var parts = path.split(".");
    var o = obj;
    for (var i = 0; i < parts.length; i++) {
      if (o === null || o === undefined || typeof o !== "object") return undefined;
      o = o[parts[i]];
    }
    return o;
  }

  function active(c) {
    var w = c.closest(".field");
    return !(w && w.hidden) && !c.closest("fieldset[hidden]");
  }

  /** The API input from the form: { input, errors } (errors found before calling the module). */
  function readForm(toolName) {
    var input = {};
    var errors = [];
    var cur = control(toolName, "currency").value;
    forms[toolName].querySelectorAll("[name]").forEach(function (c) {
      if (!active(c)) return;
      var kind = c.getAttribute("data-kind");
      var name = c.name;
      var raw = c.type === "checkbox" ? c.checked : String(c.value).trim();
      if (kind === "bool") {
        if (raw) setPath(input, name, true);
      } else if (kind === "amount") {
        if (raw === "") return;
        var p = U.parseAmount(raw, cur);
        if (p.error) {
          errors.push({
            field: name,
            message: p.error === "large" ? t().amountTooLarge : U.fill(t().amountFormat, { ex: U.example(cur), n: U.exponent(cur), cur: cur }),
          });
        } else setPath(input, name, p.value);
      } else if (kind === "int" || kind === "policy") {
        if (raw === "") return;
        if (kind === "policy" && raw === c.getAttribute("data-default")) return;
        if (!/^\d+$/.test(raw)) errors.push({ field: name, message: t().wholeNumber });
        else setPath(input, name, Number(raw));
      } else if (kind === "text") {
        if (raw !== "") setPath(input, name, name === "destination" && /^[a-z]{2}$/i.test(raw) ? raw.toUpperCase() : raw);
      } else if (raw !== "") {
        setPath(input, name, raw);
      }
    });
    input.locale = locale;
    return { input: input, errors: errors };
  }

  /** Fills a form from an API input (a link or a preset); unknown keys are ignored. */
  function fillForm(toolName, input) {
    var form = forms[toolName];
    form.reset();
    form.querySelectorAll("input[type=text][data-kind=date]").forEach(function (c) {
      c.type = "date";
    });
    form.querySelectorAll("details.more").forEach(function (d) {
      d.open = false;
    });
    var rs = control(toolName, "ruleset");
    fillRulesetSelect(toolName);
    if (input.ruleset) setSelect(rs, String(input.ruleset));
    rulesetChanged(toolName, false);
    buildPolicy(toolName, input.policy && typeof input.policy === "object" ? input.policy : {});
    var cur = input.currency ? String(input.currency) : null;
    var curSel = control(toolName, "currency");
    if (cur) setSelect(curSel, cur);
    else {
      var info = rulesetInfo(rs.value);
      curSel.value = info && info.currency ? info.currency : "CNY";
    }
    form.querySelectorAll("[name]").forEach(function (c) {
      var kind = c.getAttribute("data-kind");
      if (c.name === "ruleset" || c.name === "currency" || kind === "policy") return;
      var v = getPath(input, c.name);
      if (v === undefined || v === null) return;
      if (kind === "bool") c.checked = v === true;
      else if (kind === "amount") {
        c.value = typeof v === "number" && Number.isSafeInteger(v) && v >= 0 ? U.minorToText(v, curSel.value) : String(v);
      } else if (kind === "date") {
        var s = String(v);
        if (!/^\d{4}-\d{2}-\d{2}$/.test(s)) c.type = "text";
        c.value = s;
        var det = c.closest("details");
        if (det) det.open = true;
      } else if (c.tagName === "SELECT") setSelect(c, String(v));
      else c.value = String(v);
    });
    refreshHints(toolName);
    refreshVisibility(toolName);
  }

  // ---------------------------------------------------------------- errors

  function clearErrors(toolName) {
    var form = forms[toolName];
    form.querySelectorAll(".field-error").forEach(function (n) {
      n.remove();
    });
    form.querySelectorAll("[aria-invalid]").forEach(function (c) {
      c.removeAttribute("aria-invalid");
      var hint = document.getElementById(c.id + "-hint");
      if (hint) c.setAttribute("aria-describedby", hint.id);
      else c.removeAttribute("aria-describedby");
    });
    U.clear(document.getElementById(toolName + "-form-error"));
  }

  /** The label a field path has on the page, in the page's language, or null. */
  function fieldLabel(path) {
    path = String(path || "");
    if (/^policy\.[^.]+$/.test(path)) return paramLabel(path.slice(7));
    var own = Object.prototype.hasOwnProperty;
    if (own.call(t(), path) && typeof t()[path] === "string") return t()[path];
    if (own.call(I18N.en, path) && typeof I18N.en[path] === "string") return I18N.en[path];
    return null;
  }

  /**
   * A refused input in the page's language: { code, field, line, detail }. An API error
   * ({ code, field, message }) gets a short message from its code and the field's label, with
   * the module's English message kept as the detail; a page error's message is already localized.
   */
  function describeError(toolName, e) {
    var field = String(e.field || "");
    if (!e.code) return { code: null, field: field, line: e.message, detail: null, label: null };
    var errs = t().errors;
    var c = field ? control(toolName, field) : null;
    var kind = c ? c.getAttribute("data-kind") : null;
    var message = errs[e.code] || errs.other;
    if (e.code === "invalid_amount" && kind === "amount") message = errs.invalid_amount_money;
    var label = fieldLabel(field);
    return {
      code: e.code,
      field: field,
      label: label,
      message: message,
      line: U.fill(t().errorLine, { label: label || field, message: message }),
      detail: e.message ? String(e.message) : null,
    };
  }

  /** The nodes of a described error: the short line (label or path, then the message), then the detail. */
  function errorNodes(d, withPath) {
    var parts = [];
    if (!d.code) {
      if (withPath && d.field) parts.push(el("code", { text: d.field }), " ");
      parts.push(el("span", { class: "error-text", text: d.line }));
      return parts;
    }
    if (d.label || !d.field) {
      parts.push(el("span", { class: "error-text", text: d.field ? d.line : d.message }));
    } else {
      // No label for this path: name it as code, in the same "label: message" form.
      var pieces = t().errorLine.split("{label}");
      parts.push(el("span", { class: "error-text" }, [pieces[0], el("code", { text: d.field }), U.fill(pieces[1] || "", { message: d.message })]));
    }
    if (d.detail) {
      parts.push(el("span", { class: "error-detail" }, [t().errorDetail, el("span", { lang: "en", text: d.detail })]));
    }
    return parts;
  }

  /** Puts a message next to the control a field path names (or its nearest named parent). */
  function showFieldError(toolName, e) {
    var d = describeError(toolName, e);
    var field = d.field;
    var path = field;
    var c = null;
    while (path && !c) {
      c = control(toolName, path);
      if (c && !active(c)) c = null;
      if (!c) path = path.indexOf(".") >= 0 ? path.slice(0, path.lastIndexOf(".")) : "";
    }
    if (!c) {
      document.getElementById(toolName + "-form-error").appendChild(
        el("p", { class: "field-error", "data-code": d.code }, errorNodes(d, true)),
      );
      return d;
    }
    var det = c.closest("details");
    if (det) det.open = true;
    var id = c.id + "-error";
    var p = el("p", { class: "field-error", id: id, "data-code": d.code }, errorNodes(d, false));
    c.closest(".field").appendChild(p);
    c.setAttribute("aria-invalid", "true");
    var hint = document.getElementById(c.id + "-hint");
    c.setAttribute("aria-describedby", (hint ? hint.id + " " : "") + id);
    return d;
  }

  // ---------------------------------------------------------------- computing

  var resultEl;
  var statusEl;
  var RESULT_ATTRS = ["data-outcome", "data-refund", "data-fault", "data-penalty", "data-total", "data-buyer-pays", "data-seller-pays", "data-insurer-pays", "data-carrier-pays", "data-error"];

  function resetResult(toolName) {
    RESULT_ATTRS.forEach(function (a) {
      resultEl.removeAttribute(a);
    });
    resultEl.setAttribute("data-tool", toolName);
    U.clear(resultEl);
  }

  function showError(toolName, errors) {
    var tt = t();
    var shown = errors.map(function (e) {
      return showFieldError(toolName, e);
    });
    var first = shown[0];
    resultEl.setAttribute("data-error", first.code || "form");
    resultEl.appendChild(
      el("div", { class: "error-card" }, [
        el("p", null, el("strong", { text: first.code ? tt.cannotDecide : tt.fixFields })),
        el("p", { class: "error-message" }, errorNodes(first, true)),
      ]),
    );
    statusEl.textContent = U.fill(tt.statusError, { m: first.line });
  }

  function updateUrl(toolName, input) {
    var query = "?tool=" + toolName + "&input=" + encodeURIComponent(JSON.stringify(input));
    if (location.search === query) return;
    try {
      history.replaceState(null, "", query + location.hash);
    } catch (e) {
      // Some hosts refuse URL changes (sandboxed frames): the page still works.
    }
  }

  function compute(toolName, writeUrl) {
    if (!api || toolName !== tool) return;
    var tt = t();
    clearErrors(toolName);
    resetResult(toolName);
    var r = readForm(toolName);
    if (r.errors.length) {
      showError(toolName, r.errors);
      return;
    }
    if (writeUrl) updateUrl(toolName, r.input);
    var out;
    try {
      out = api[API_FN[toolName]](r.input);
    } catch (e) {
      showError(toolName, [{ code: e.code || "error", field: e.field || "", message: String(e.message || e) }]);
      return;
    }
    var ctx = { t: tt, locale: locale, info: rulesetInfo(r.input.ruleset) };
    if (toolName === "evaluate") {
      resultEl.setAttribute("data-outcome", out.outcome);
      resultEl.setAttribute("data-refund", String(out.refund));
      resultEl.setAttribute("data-fault", out.fault);
      R.decision(resultEl, out, r.input, ctx);
      statusEl.textContent = U.fill(tt.statusEvaluate, { o: tt.outcomes[out.outcome] || out.outcome, r: U.formatMoney(out.refund, out.currency) });
    } else if (toolName === "shipping") {
      resultEl.setAttribute("data-buyer-pays", String(out.buyerPays));
      resultEl.setAttribute("data-seller-pays", String(out.sellerPays));
      resultEl.setAttribute("data-insurer-pays", String(out.insurerPays));
      resultEl.setAttribute("data-carrier-pays", String(out.carrierPays));
      R.split(resultEl, out, r.input, ctx);
      statusEl.textContent = U.fill(tt.statusShipping, { b: U.formatMoney(out.buyerPays, out.currency), s: U.formatMoney(out.sellerPays, out.currency) });
    } else {
      resultEl.setAttribute("data-penalty", String(out.penalty));
      resultEl.setAttribute("data-total", String(out.total));
      R.penalty(resultEl, out, r.input, ctx);
      statusEl.textContent = U.fill(tt.statusPenalty, { p: U.formatMoney(out.penalty, out.currency), t: U.formatMoney(out.total, out.currency) });
    }
  }

  // ---------------------------------------------------------------- tools, presets, language

  function selectTool(toolName) {
    tool = toolName;
    document.querySelectorAll(".tool-tab").forEach(function (b) {
      b.setAttribute("aria-pressed", String(b.getAttribute("data-tool") === toolName));
    });
    TOOLS.forEach(function (n) {
      forms[n].hidden = n !== toolName;
    });
    var h = document.getElementById("form-h");
    h.setAttribute("data-i18n", "form" + toolName.charAt(0).toUpperCase() + toolName.slice(1));
    h.textContent = lookup(h.getAttribute("data-i18n"));
  }

  function applyI18n() {
    document.documentElement.lang = locale;
    document.querySelectorAll("[data-i18n]").forEach(function (n) {
      n.textContent = lookup(n.getAttribute("data-i18n"));
    });
    document.querySelectorAll("[data-i18n-aria]").forEach(function (n) {
      n.setAttribute("aria-label", lookup(n.getAttribute("data-i18n-aria")));
    });
    document.title = lookup("title");
    document.getElementById("lang").value = locale;
  }

  function setLocale(next) {
    locale = next === "zh-CN" ? "zh-CN" : "en";
    applyI18n();
    if (!api) return;
    TOOLS.forEach(function (n) {
      // Ruleset names come from the module in the page's language; keep every typed value.
      var rs = control(n, "ruleset");
      var keep = rs.value;
      fillRulesetSelect(n);
      setSelect(rs, keep);
      renderRulesetInfo(n);
      forms[n].querySelectorAll("label[data-param]").forEach(function (label) {
        var k = label.getAttribute("data-param");
        U.clear(label);
        label.appendChild(document.createTextNode(paramLabel(k) + " "));
        label.appendChild(el("code", { text: k }));
      });
      refreshHints(n);
    });
  }

  function defaultLocale() {
    var langs = navigator.languages && navigator.languages.length ? navigator.languages : [navigator.language || "en"];
    return /^zh/i.test(String(langs[0])) ? "zh-CN" : "en";
  }

  function presetById(id) {
    for (var i = 0; i < PRESETS.length; i++) if (PRESETS[i].id === id) return PRESETS[i];
    return null;
  }

  function buildPresets() {
    var list = document.getElementById("preset-list");
    PRESETS.forEach(function (p) {
      var b = labelled(el("button", { type: "button", class: "preset", "data-preset": p.id, "data-tool": p.tool }), p.label);
      b.addEventListener("click", function () {
        selectTool(p.tool);
        fillForm(p.tool, p.input);
        compute(p.tool, true);
      });
      list.appendChild(el("li", null, b));
    });
  }

  function readLink() {
    var q = new URLSearchParams(location.search);
    var linkTool = q.get("tool");
    if (!has(TOOLS, linkTool)) linkTool = null;
    var raw = q.get("input");
    var input = null;
    var error = null;
    if (raw !== null) {
      try {
        input = JSON.parse(raw);
        if (!input || typeof input !== "object" || Array.isArray(input)) throw new Error("not an object");
      } catch (e) {
        input = null;
        error = String(e.message || e);
      }
    }
    return { tool: linkTool, input: input, error: error };
  }

  function start(readyApi) {
    api = readyApi;
    var link = readLink();
    if (link.input && (link.input.locale === "en" || link.input.locale === "zh-CN")) locale = link.input.locale;
    applyI18n();
    var host = document.getElementById("forms");
    TOOLS.forEach(function (n) {
      forms[n] = buildForm(n);
      host.appendChild(forms[n]);
    });
    applyI18n();
    var first = link.tool || (link.input ? "evaluate" : "evaluate");
    TOOLS.forEach(function (n) {
      var useLink = n === first && link.input;
      fillForm(n, useLink ? link.input : presetById(DEFAULT_PRESET[n]).input);
    });
    selectTool(first);
    compute(first, false);
    if (link.error) {
      document.getElementById(first + "-form-error").appendChild(el("p", { class: "field-error", text: t().badLink + " " + link.error }));
    }
    document.body.setAttribute("data-ready", "true");
  }

  function init() {
    resultEl = document.getElementById("result");
    statusEl = document.getElementById("status");
    locale = defaultLocale();
    applyI18n();
    buildPresets();
    document.querySelectorAll(".tool-tab").forEach(function (b) {
      b.addEventListener("click", function () {
        var n = b.getAttribute("data-tool");
        selectTool(n);
        compute(n, true);
      });
    });
    document.getElementById("lang").addEventListener("change", function (e) {
      setLocale(e.target.value);
      compute(tool, true);
    });
    resultEl.appendChild(labelled(el("p", { class: "muted" }), "working"));
    if (typeof DisputeCalc === "undefined") {
      resultEl.appendChild(el("p", { class: "error-card", text: "pkg/dispute-calc.js did not load (run `make www`)." }));
      return;
    }
    DisputeCalc.ready.then(start, function (e) {
      U.clear(resultEl);
      resultEl.appendChild(el("p", { class: "error-card", text: "The calculator could not start: " + String(e && e.message) }));
    });
  }

  window.DCApp = { presets: PRESETS };
  init();
})();
