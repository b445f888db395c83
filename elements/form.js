// The one form renderer: a form per tool, built from field specs, filled from an API input and
// read back into one. Labels are the elements' words (locales/ui/, through i18n.js); rulesets, claims and parameters come from
// the module's `rulesets()` at run time, so a ruleset added to the module appears without a change.
import * as U from "./util.js";
import { currencies, enums, inputs } from "../vocabulary.js";

const el = U.el;
const has = U.has;

// The API's values, from the vocabulary (vocabulary.json, generated from the engine's types).
const REASONS = enums.Reason.values;
const VIOLATIONS = enums.Violation.values;
const CURRENCIES = Object.keys(currencies);
const NO_REASON_ITEMS = ["taobao", "tmall", "cn-consumer"];
// Consumer-law rulesets whose answer depends on what the trader told the buyer (api.md).
const INFORMED = ["eu-crd", "uk-cra"];
export const TOOLS = ["evaluate", "shipping", "penalty"];

// Which facts matter, by ruleset and claim: a hidden field is neither shown nor sent.
const SHOW = {
  proofOfDelivery: (s) => s.reason === "not_received",
  reshipConsent: (s) => s.ruleset === "aliexpress" && s.reason === "not_received",
  buyerPhotos: (s) =>
    s.ruleset === "cn-food" ||
    has(["not_as_described", "quality", "wrong_item", "missing_items", "damaged_in_transit", "counterfeit", "vehicle_defect"], s.reason),
  sourceDocuments: (s) => has(["counterfeit", "quality", "not_as_described"], s.reason),
  noReasonItem: (s) => s.reason === "no_reason" && has(NO_REASON_ITEMS, s.ruleset),
  intact: (s) => s.reason === "no_reason" || s.request === "return_refund",
  car: (s) => s.ruleset === "cn-car",
  informed: (s) => has(INFORMED, s.ruleset),
  usFtc: (s) => s.ruleset === "us-ftc",
  holidays: (s) => s.declaresHolidays,
  partial: (s) => s.request === "partial_refund",
  anyCurrency: (s) => !s.fixedCurrency,
  unsafeFood: (s) => s.violation === "unsafe_food",
};

// Each tool's groups of fields: which input fields the form shows, where, and when. What a
// field holds (an amount, a date, a flag, one of an enum's values) comes from the vocabulary's
// description of the tool's input (see `described`).
const SPECS = {
  evaluate: [
    { group: "groupCase", fields: [
      { name: "ruleset" },
      { name: "reason", options: "reasons" },
      { name: "request", empty: "notStated" },
      { name: "tracking", empty: "notStated" },
      { name: "paymentMethod", empty: "notStated", show: SHOW.usFtc },
    ] },
    { group: "groupMoney", fields: [
      { name: "currency" },
      { name: "price" },
      { name: "shippingPaid" },
      { name: "standardShipping", hint: "standardShippingHint", show: SHOW.informed },
      { name: "requestedAmount", show: SHOW.partial },
      { name: "destination", hint: "destinationHint", size: 2, show: SHOW.anyCurrency },
    ] },
    { group: "groupDates", fields: [
      { name: "asOf" },
      { name: "dates.ordered" },
      { name: "dates.shipped" },
      { name: "dates.delivered" },
      { name: "dates.opened" },
    ], more: [
      { name: "dates.paid" },
      { name: "dates.completed" },
      { name: "dates.estimatedDelivery" },
      { name: "dates.reshipped" },
      { name: "dates.returnReceived" },
      { name: "dates.faultFound" },
    ] },
    { group: "groupEvidence", fields: [
      { name: "evidence.proofOfDelivery", show: SHOW.proofOfDelivery },
      { name: "evidence.reshipConsent", show: SHOW.reshipConsent },
      { name: "evidence.buyerPhotos", show: SHOW.buyerPhotos },
      { name: "evidence.sourceDocuments", show: SHOW.sourceDocuments },
      { name: "evidence.chatRecord" },
      { name: "informedOfWithdrawal", show: SHOW.informed },
      { name: "informedOfReturnCost", show: SHOW.informed },
    ] },
    { group: "groupItem", fields: [
      { name: "item.madeToOrder", show: SHOW.noReasonItem },
      { name: "item.perishable", show: SHOW.noReasonItem },
      { name: "item.digitalUnsealed", show: SHOW.noReasonItem },
      { name: "item.periodical", show: SHOW.noReasonItem },
      { name: "item.exclusionConfirmed", show: SHOW.noReasonItem },
      { name: "item.intact", show: SHOW.intact },
      { name: "item.odometerKm", show: SHOW.car },
      { name: "item.defect", empty: "notStated", show: SHOW.car },
    ] },
    { group: "groupPolicy", policy: true },
  ],
  shipping: [
    { group: "groupCase", fields: [
      { name: "ruleset" },
      { name: "reason", options: "reasons" },
      { name: "fault", empty: "impliedByReason" },
      { name: "informedOfReturnCost", show: SHOW.informed },
    ] },
    { group: "groupMoney", fields: [
      { name: "currency" },
      { name: "outboundShipping" },
      { name: "freeShipping" },
      { name: "returnShipping" },
      { name: "resendShipping" },
      { name: "insurancePayout" },
    ] },
    { group: "groupPolicy", policy: true },
  ],
  penalty: [
    { group: "groupCase", fields: [
      { name: "ruleset" },
      { name: "violation", options: "violations" },
      { name: "labelFlawOnly", show: SHOW.unsafeFood },
    ] },
    { group: "groupMoney", fields: [
      { name: "currency" },
      { name: "price" },
      { name: "loss" },
      { name: "sellerPromised" },
    ] },
    { group: "groupPolicy", policy: true },
  ],
};

const INPUT_OF = { evaluate: "evaluateDispute", shipping: "returnShippingSplit", penalty: "refundPenalty" };
// The prefix of each enum's values in the elements' words ("reasons.not_received").
const ENUM_LABELS = {
  Reason: "reasons", BuyerRequest: "requests", Tracking: "trackings", Fault: "faults",
  Violation: "violations", CarDefect: "defects", PaymentMethod: "paymentMethods",
};

/** A field of a tool's input as the vocabulary describes it (a dotted path: "dates.shipped"). */
function described(tool, path) {
  let fields = inputs[INPUT_OF[tool]].fields;
  let field = null;
  for (const part of path.split(".")) {
    field = (fields || []).find((f) => f.name === part);
    if (!field) throw new Error(`dispute-calc form: ${path} is not a field of ${INPUT_OF[tool]}`);
    fields = field.fields;
  }
  return field;
}

/** The control a described field gets: its kind, and an enum's values with their label table. */
function control(field) {
  switch (field.kind) {
    case "money": return { kind: "amount" };
    case "date": return { kind: "date" };
    // A flag the API defaults to true is sent only when cleared.
    case "boolean": return { kind: field.default === true ? "boolTrue" : "bool" };
    case "integer": return { kind: "int" };
    case "currency": return { kind: "currency" };
    case "enum":
      if (field.enum === "Ruleset") return { kind: "ruleset" };
      return { kind: "enum", options: enums[field.enum].values, labels: ENUM_LABELS[field.enum] };
    default: return { kind: "text" };
  }
}

// The specs with their controls: what SPECS says overrides the description (the claim and
// violation lists, filled per ruleset).
for (const [tool, groups] of Object.entries(SPECS)) {
  for (const g of groups) {
    for (const list of [g.fields, g.more]) {
      if (list) list.forEach((f, i) => (list[i] = { ...control(described(tool, f.name)), ...f }));
    }
  }
}

const HOLIDAY_DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * One tool's form inside an element's shadow root. `host` gives it what it needs from the
 * element: `root` (the shadow root), `t()` (labels in the element's locale), `rulesets()`,
 * `rulesetInfo(id)`, and `edited()` (called after every user edit).
 */
export class ToolForm {
  constructor(tool, host) {
    this.tool = tool;
    this.host = host;
    this.node = this.build();
  }

  t() {
    return this.host.t();
  }

  lookup(key) {
    return this.t().opt(key) ?? U.humanize(key.split(".").pop());
  }

  labelled(node, key) {
    node.setAttribute("data-i18n", key);
    node.textContent = this.lookup(key);
    return node;
  }

  id(name) {
    return this.tool + "-" + name.replace(/\./g, "-");
  }

  byId(id) {
    return this.host.root.getElementById(id);
  }

  control(name) {
    for (const c of this.node.querySelectorAll("[name]")) if (c.name === name) return c;
    return null;
  }

  /** The rulesets this tool offers: those the build implements for it, else all of them. */
  rulesetsForTool() {
    const list = this.host.rulesets();
    const usable = list.filter((r) => {
      if (this.tool === "penalty") return r.violations && r.violations.length;
      if (this.tool === "shipping") return r.shippingSplit;
      return r.reasons && r.reasons.length;
    });
    return usable.length ? usable : list;
  }

  // ------------------------------------------------------------ building

  buildField(f) {
    const id = this.id(f.name);
    const wrap = el("div", { class: "field field-" + f.kind, "data-field": f.name, part: "field" });
    let control;
    if (f.kind === "bool" || f.kind === "boolTrue") {
      control = el("input", { type: "checkbox", id, name: f.name });
      wrap.appendChild(control);
      wrap.appendChild(this.labelled(el("label", { for: id }), f.name));
    } else {
      wrap.appendChild(this.labelled(el("label", { for: id }), f.name));
      if (f.kind === "ruleset" || f.kind === "enum" || f.kind === "currency") {
        control = el("select", { id, name: f.name });
        if (f.kind === "currency") {
          for (const c of CURRENCIES) control.appendChild(el("option", { value: c, text: c }));
        } else if (f.kind === "enum" && Array.isArray(f.options)) {
          this.fillEnum(control, f, f.options);
        }
      } else if (f.kind === "date") {
        control = el("input", { type: "date", id, name: f.name });
      } else if (f.kind === "amount") {
        control = el("input", { type: "text", inputmode: "decimal", id, name: f.name, autocomplete: "off", spellcheck: "false" });
      } else if (f.kind === "int") {
        control = el("input", { type: "number", inputmode: "numeric", min: 0, step: 1, id, name: f.name });
      } else {
        control = el("input", { type: "text", id, name: f.name, autocomplete: "off", spellcheck: "false" });
      }
      wrap.appendChild(control);
    }
    control.setAttribute("data-kind", f.kind);
    if (f.kind === "amount" || f.hint) {
      const hint = el("p", { class: "hint", id: id + "-hint" });
      if (f.hint) this.labelled(hint, f.hint);
      wrap.appendChild(hint);
      control.setAttribute("aria-describedby", id + "-hint");
    }
    if (f.kind === "ruleset") wrap.appendChild(el("div", { class: "ruleset-info", id: id + "-info" }));
    wrap._spec = f;
    return wrap;
  }

  fillEnum(select, f, values) {
    const keep = select.value;
    U.clear(select);
    if (f.empty) select.appendChild(this.labelled(el("option", { value: "" }), f.empty));
    for (const v of values) select.appendChild(this.labelled(el("option", { value: v }), f.labels + "." + v));
    if (keep && has(values, keep)) select.value = keep;
  }

  build() {
    const form = el("form", { id: "form-" + this.tool, class: "tool-form", novalidate: true, "data-tool": this.tool, part: "form" });
    for (const g of SPECS[this.tool]) {
      const fs = el("fieldset", { class: "group group-" + g.group, part: "group" });
      fs.appendChild(this.labelled(el("legend"), g.group));
      if (g.policy) {
        fs.classList.add("policy");
        fs.appendChild(this.labelled(el("p", { class: "hint" }), "policyHint"));
        const details = el("details", { class: "policy-details" });
        details.appendChild(this.labelled(el("summary"), "changeParameters"));
        details.appendChild(el("div", { class: "grid policy-fields" }));
        details.appendChild(this.buildField({ name: "policy.holidays", kind: "holidays", hint: "holidaysHint", show: SHOW.holidays }));
        fs.appendChild(details);
      } else {
        fs.appendChild(el("div", { class: "grid" }, g.fields.map((f) => this.buildField(f))));
        if (g.more) {
          const det = el("details", { class: "more" });
          det.appendChild(this.labelled(el("summary"), "moreDates"));
          det.appendChild(el("div", { class: "grid" }, g.more.map((f) => this.buildField(f))));
          fs.appendChild(det);
        }
      }
      form.appendChild(fs);
    }
    form.appendChild(el("div", { class: "form-error", id: this.tool + "-form-error", role: "alert" }));
    form.appendChild(this.labelled(el("button", { type: "submit", class: "primary", part: "button" }), "calculate"));
    form.addEventListener("submit", (e) => {
      e.preventDefault();
      this.host.edited(this, true);
    });
    const onEdit = (e) => {
      const name = e.target && e.target.name;
      if (!name) return;
      if (name === "ruleset") this.rulesetChanged(true);
      if (name === "currency") this.refreshHints();
      this.refreshVisibility();
      this.host.edited(this, false);
    };
    form.addEventListener("input", onEdit);
    form.addEventListener("change", onEdit);
    return form;
  }

  state() {
    const v = (n) => {
      const c = this.control(n);
      return c ? c.value : "";
    };
    const info = this.host.rulesetInfo(v("ruleset"));
    return {
      ruleset: v("ruleset"),
      reason: v("reason"),
      request: v("request"),
      violation: v("violation"),
      fixedCurrency: info ? info.currency : null,
      declaresHolidays: !!info && (info.holidays === true || parameterKeys(info).includes("holidays")),
    };
  }

  fillRulesetSelect() {
    const select = this.control("ruleset");
    const keep = select.value;
    U.clear(select);
    let list = this.rulesetsForTool();
    const info = keep ? this.host.rulesetInfo(keep) : null;
    if (info && !list.some((r) => r.id === keep)) list = list.concat([info]);
    for (const r of list) select.appendChild(el("option", { value: r.id, text: r.name }));
    if (keep) setSelect(select, keep);
  }

  /** A new ruleset: its claims or violations, its currency, its parameters with their defaults. */
  rulesetChanged(userEdit) {
    const info = this.host.rulesetInfo(this.control("ruleset").value);
    const reason = this.control("reason");
    if (reason) this.fillEnum(reason, { labels: "reasons" }, info && info.reasons && info.reasons.length ? info.reasons : REASONS);
    const violation = this.control("violation");
    if (violation) {
      this.fillEnum(violation, { labels: "violations" }, info && info.violations && info.violations.length ? info.violations : VIOLATIONS);
    }
    if (userEdit && info && info.currency) this.control("currency").value = info.currency;
    this.buildPolicy({});
    this.renderRulesetInfo();
    this.refreshHints();
  }

  renderRulesetInfo() {
    const box = this.byId(this.id("ruleset") + "-info");
    const info = this.host.rulesetInfo(this.control("ruleset").value);
    U.clear(box);
    if (!info) return;
    const tt = this.t();
    const meta = [];
    if (info.version) meta.push(tt("rulesetVersion") + " " + info.version);
    meta.push(tt("rulesetCurrency") + ": " + (info.currency || tt("anyCurrency")));
    box.appendChild(el("p", { class: "muted", text: meta.join(" · ") }));
    const keys = Object.keys(info.parameters || {});
    const params = [];
    keys.forEach((k, i) => {
      params.push(el("span", { class: "param" }, [el("code", { text: k }), " " + info.parameters[k], this.verifyMark(info, k)]));
      if (i < keys.length - 1) params.push(" · ");
    });
    box.appendChild(el("p", { class: "defaults" }, [el("strong", { text: tt("defaults") + ": " }), keys.length ? el("span", null, params) : tt("noParameters")]));
    if (info.sources && info.sources.length) {
      box.appendChild(
        el("details", { class: "sources-details" }, [
          el("summary", { text: tt("sourcesCount", { n: info.sources.length }) }),
          el("ul", null, info.sources.map((src) => el("li", null, el("a", { href: src.url, rel: "noopener noreferrer", target: "_blank", text: src.title })))),
        ]),
      );
    }
  }

  /** "to verify" next to a parameter whose figure the rule base marks unverified, if it says so. */
  verifyMark(info, key) {
    const p = (info.parameterInfo || []).find((x) => x && x.key === key);
    if (!p || p.verified !== false) return null;
    const tt = this.t();
    return el("span", { class: "to-verify", "data-verify": key, title: tt("toVerifyTitle"), part: "to-verify" }, [
      " ",
      el("span", { "aria-hidden": "true", text: "⚠" }),
      " " + tt("toVerify"),
    ]);
  }

  paramLabel(key) {
    const own = this.t().opt("params." + key);
    if (own) return own;
    // Money floors and caps are in minor units, like every amount of the API.
    return U.humanize(key) + (/(Min|Max)$/.test(key) ? " (minor units)" : "");
  }

  /** Number fields for the ruleset's parameters (defaults), plus any extra keys an input carries. */
  buildPolicy(policy) {
    const grid = this.node.querySelector(".policy-fields");
    U.clear(grid);
    const info = this.host.rulesetInfo(this.control("ruleset").value);
    const params = (info && info.parameters) || {};
    const keys = Object.keys(params).filter((k) => k !== "holidays");
    for (const k of Object.keys(policy || {})) if (!has(keys, k) && k !== "holidays") keys.push(k);
    for (const k of keys) {
      const name = "policy." + k;
      const id = this.id(name);
      const input = el("input", { type: "number", min: 0, step: 1, inputmode: "numeric", id, name, "data-kind": "policy" });
      const def = Object.prototype.hasOwnProperty.call(params, k) ? String(params[k]) : "";
      input.setAttribute("data-default", def);
      const about = ((info && info.parameterInfo) || []).find((x) => x && x.key === k);
      if (about && Number.isSafeInteger(about.max)) input.max = String(about.max);
      input.value = policy && policy[k] !== undefined && policy[k] !== null ? String(policy[k]) : def;
      const label = el("label", { for: id, "data-param": k });
      this.paramLabelNodes(label, info, k);
      grid.appendChild(el("div", { class: "field field-policy", "data-field": name, part: "field" }, [label, input]));
    }
    const holidays = this.control("policy.holidays");
    holidays.value = Array.isArray(policy && policy.holidays) ? policy.holidays.join(", ") : "";
    const fs = grid.closest("fieldset");
    fs.hidden = keys.length === 0 && !SHOW.holidays(this.state());
    grid.closest("details").open = Object.keys(policy || {}).length > 0;
  }

  paramLabelNodes(label, info, k) {
    U.clear(label);
    label.append(this.paramLabel(k) + " ", el("code", { text: k }));
    const mark = this.verifyMark(info, k);
    if (mark) label.appendChild(mark);
  }

  refreshHints() {
    const cur = this.control("currency").value;
    for (const c of this.node.querySelectorAll("[data-kind=amount]")) {
      const hint = this.byId(c.id + "-hint");
      if (!hint) continue;
      const spec = c.closest(".field")._spec;
      const text = this.t()("amountHint", { cur, ex: U.example(cur) });
      hint.textContent = spec && spec.hint ? this.lookup(spec.hint) + " " + text : text;
    }
  }

  refreshVisibility() {
    const s = this.state();
    for (const w of this.node.querySelectorAll(".field")) {
      const f = w._spec;
      if (f && f.show) w.hidden = !f.show(s);
    }
    for (const fs of this.node.querySelectorAll("fieldset.group")) {
      if (fs.classList.contains("policy")) {
        fs.hidden = this.node.querySelectorAll(".policy-fields .field").length === 0 && !SHOW.holidays(s);
        continue;
      }
      fs.hidden = ![...fs.querySelectorAll(".field")].some((w) => !w.hidden);
    }
  }

  /** Rewrites every label in the element's current locale, keeping what the user typed. */
  relabel() {
    for (const n of this.node.querySelectorAll("[data-i18n]")) n.textContent = this.lookup(n.getAttribute("data-i18n"));
    const rs = this.control("ruleset");
    const keep = rs.value;
    this.fillRulesetSelect();
    setSelect(rs, keep);
    this.renderRulesetInfo();
    const info = this.host.rulesetInfo(keep);
    for (const label of this.node.querySelectorAll("label[data-param]")) this.paramLabelNodes(label, info, label.getAttribute("data-param"));
    this.refreshHints();
  }

  // ------------------------------------------------------------ form <-> API input

  active(c) {
    const w = c.closest(".field");
    return !(w && w.hidden) && !c.closest("fieldset[hidden]");
  }

  /** The API input from the form: { input, errors } (errors found before calling the module). */
  read(locale) {
    const input = {};
    const errors = [];
    const tt = this.t();
    const cur = this.control("currency").value;
    for (const c of this.node.querySelectorAll("[name]")) {
      if (!this.active(c)) continue;
      const kind = c.getAttribute("data-kind");
      const name = c.name;
      const raw = c.type === "checkbox" ? c.checked : String(c.value).trim();
      if (kind === "bool") {
        if (raw) U.setPath(input, name, true);
      } else if (kind === "boolTrue") {
        // Defaults to true in the API: only a cleared box is sent.
        if (!raw) U.setPath(input, name, false);
      } else if (kind === "amount") {
        if (raw === "") continue;
        const p = U.parseAmount(raw, cur);
        if (p.error) {
          errors.push({
            field: name,
            message: p.error === "large" ? tt("amountTooLarge") : tt("amountFormat", { ex: U.example(cur), n: U.exponent(cur), cur }),
          });
        } else U.setPath(input, name, p.value);
      } else if (kind === "int" || kind === "policy") {
        if (raw === "") continue;
        if (kind === "policy" && raw === c.getAttribute("data-default")) continue;
        if (!/^\d+$/.test(raw)) errors.push({ field: name, message: tt("wholeNumber") });
        else U.setPath(input, name, Number(raw));
      } else if (kind === "holidays") {
        if (raw === "") continue;
        const days = raw.split(/[\s,，]+/).filter(Boolean);
        if (!days.every((d) => HOLIDAY_DATE.test(d))) errors.push({ field: name, message: tt("holidaysFormat") });
        else U.setPath(input, name, days);
      } else if (kind === "text") {
        if (raw !== "") U.setPath(input, name, name === "destination" && /^[a-z]{2}$/i.test(raw) ? raw.toUpperCase() : raw);
      } else if (raw !== "") {
        U.setPath(input, name, raw);
      }
    }
    input.locale = locale;
    return { input, errors };
  }

  /** Fills the form from an API input (a link, a preset, a property); unknown keys are ignored. */
  fill(input) {
    const form = this.node;
    form.reset();
    for (const c of form.querySelectorAll("input[type=text][data-kind=date]")) c.type = "date";
    for (const d of form.querySelectorAll("details.more")) d.open = false;
    const rs = this.control("ruleset");
    this.fillRulesetSelect();
    if (input.ruleset) setSelect(rs, String(input.ruleset));
    this.rulesetChanged(false);
    this.buildPolicy(input.policy && typeof input.policy === "object" ? input.policy : {});
    const curSel = this.control("currency");
    if (input.currency) setSelect(curSel, String(input.currency));
    else {
      const info = this.host.rulesetInfo(rs.value);
      curSel.value = info && info.currency ? info.currency : "CNY";
    }
    for (const c of form.querySelectorAll("[name]")) {
      const kind = c.getAttribute("data-kind");
      if (c.name === "ruleset" || c.name === "currency" || kind === "policy" || kind === "holidays") continue;
      if (kind === "boolTrue") {
        c.checked = U.getPath(input, c.name) !== false;
        continue;
      }
      const v = U.getPath(input, c.name);
      if (v === undefined || v === null) continue;
      if (kind === "bool") c.checked = v === true;
      else if (kind === "amount") {
        c.value = typeof v === "number" && Number.isSafeInteger(v) && v >= 0 ? U.minorToText(v, curSel.value) : String(v);
      } else if (kind === "date") {
        const s = String(v);
        if (!/^\d{4}-\d{2}-\d{2}$/.test(s)) c.type = "text";
        c.value = s;
        const det = c.closest("details");
        if (det) det.open = true;
      } else if (c.tagName === "SELECT") setSelect(c, String(v));
      else c.value = String(v);
    }
    this.refreshHints();
    this.refreshVisibility();
  }

  // ------------------------------------------------------------ errors

  clearErrors() {
    for (const n of this.node.querySelectorAll(".field-error")) n.remove();
    for (const c of this.node.querySelectorAll("[aria-invalid]")) {
      c.removeAttribute("aria-invalid");
      const hint = this.byId(c.id + "-hint");
      if (hint) c.setAttribute("aria-describedby", hint.id);
      else c.removeAttribute("aria-describedby");
    }
    U.clear(this.byId(this.tool + "-form-error"));
  }

  /** The label a field path has in the form, in the element's language, or null. */
  fieldLabel(path) {
    path = String(path || "");
    if (/^policy\.[^.]+$/.test(path) && path !== "policy.holidays") return this.paramLabel(path.slice(7));
    return this.t().opt(path) ?? null;
  }

  /**
   * A refused input in the element's language: { code, field, line, detail }. An API error gets a
   * short message from its code and the field's label, with the module's English message kept as
   * the detail; a form error's message is already localized.
   */
  describe(e) {
    const field = String(e.field || "");
    if (!e.code) return { code: null, field, line: e.message, detail: null, label: null };
    const tt = this.t();
    const c = field ? this.control(field) : null;
    const kind = c ? c.getAttribute("data-kind") : null;
    const message = e.code === "invalid_amount" && kind === "amount" ? tt("errors.invalid_amount_money") : tt.opt("errors." + e.code) || tt("errors.other");
    const label = this.fieldLabel(field);
    return { code: e.code, field, label, message, line: tt("errorLine", { label: label || field, message }), detail: e.message ? String(e.message) : null };
  }

  /** Puts a message next to the control a field path names (or its nearest named parent). */
  showFieldError(e) {
    const d = this.describe(e);
    let path = d.field;
    let c = null;
    while (path && !c) {
      c = this.control(path);
      if (c && !this.active(c)) c = null;
      if (!c) path = path.indexOf(".") >= 0 ? path.slice(0, path.lastIndexOf(".")) : "";
    }
    if (!c) {
      this.byId(this.tool + "-form-error").appendChild(el("p", { class: "field-error", "data-code": d.code }, errorNodes(d, true, this.t())));
      return d;
    }
    const det = c.closest("details");
    if (det) det.open = true;
    const id = c.id + "-error";
    c.closest(".field").appendChild(el("p", { class: "field-error", id, "data-code": d.code }, errorNodes(d, false, this.t())));
    c.setAttribute("aria-invalid", "true");
    const hint = this.byId(c.id + "-hint");
    c.setAttribute("aria-describedby", (hint ? hint.id + " " : "") + id);
    return d;
  }
}

/** A ruleset's parameter keys, from `parameters` and, when present, `parameterInfo`. */
function parameterKeys(info) {
  const keys = Object.keys(info.parameters || {});
  for (const p of info.parameterInfo || []) if (p && p.key && !keys.includes(p.key)) keys.push(p.key);
  return keys;
}

/** Sets a select's value, adding the option when an input names one the list lacks. */
function setSelect(select, value) {
  if (![...select.options].some((o) => o.value === value)) select.appendChild(el("option", { value, text: value }));
  select.value = value;
}

/** A described error as nodes: the short line (label or path, then the message), then the detail. */
export function errorNodes(d, withPath, t) {
  const parts = [];
  if (!d.code) {
    if (withPath && d.field) parts.push(el("code", { text: d.field }), " ");
    parts.push(el("span", { class: "error-text", text: d.line }));
    return parts;
  }
  if (d.label || !d.field) {
    parts.push(el("span", { class: "error-text", text: d.field ? d.line : d.message }));
  } else {
    // No label for this path: name it as code, in the same "label: message" form.
    const pieces = t("errorLine", { label: "\u0001", message: d.message }).split("\u0001");
    parts.push(el("span", { class: "error-text" }, [pieces[0], el("code", { text: d.field }), pieces[1] || ""]));
  }
  if (d.detail) parts.push(el("span", { class: "error-detail" }, [t("errorDetail"), el("span", { lang: "en", text: d.detail })]));
  return parts;
}
