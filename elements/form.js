// The one form renderer, a Lit part with explicit inputs and outputs. In: the tool, the words of
// the element's locale and the rulesets the module offers (`set({ words, rulesets })`), an input to
// fill (`fill`), errors to show (`showErrors`). Out: a `form-edit` event after every user edit or
// submit, and the API input read back (`read`). Nothing in it calls the element.
//
// The form is generated from the vocabulary (vocabulary.js, generated from the engine's types):
// the fields and their kinds from `inputs`, which fields a ruleset reads from `reads`, the
// parameters from the ruleset's info. A ruleset or a field added to the engine appears here with
// no change; labels and hints are the elements' words (locales/ui/, key = the field's path).
import { html, nothing, render } from "lit";
import { keyed } from "lit/directives/keyed.js";
import { repeat } from "lit/directives/repeat.js";
import * as U from "./util.js";
import { currencies, enums, inputs, reads } from "../vocabulary.js";

const has = U.has;

const CURRENCIES = Object.keys(currencies);
export const TOOLS = ["evaluate", "shipping", "penalty"];
const INPUT_OF = { evaluate: "evaluateDispute", shipping: "returnShippingSplit", penalty: "refundPenalty" };
// The prefix of each enum's values in the elements' words ("reasons.not_received").
const ENUM_LABELS = {
  Reason: "reasons", BuyerRequest: "requests", Tracking: "trackings", Fault: "faults",
  Violation: "violations", CarDefect: "defects", PaymentMethod: "paymentMethods",
};
// An optional list's empty choice says what leaving it empty means; "(not stated)" unless the
// field's words say otherwise.
const EMPTY_LABEL = { fault: "impliedByReason" };
// Where a field goes: an object of the input is its own group (dates, evidence, item), the policy
// is the parameters' group, and a top-level field goes by its kind.
const GROUP_OF_OBJECT = { dates: "groupDates", evidence: "groupEvidence", item: "groupItem" };
const GROUP_OF_KIND = { money: "groupMoney", currency: "groupMoney", string: "groupMoney", date: "groupDates" };
const GROUP_ORDER = ["groupCase", "groupMoney", "groupDates", "groupEvidence", "groupItem"];
const HOLIDAY_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** The control a described field gets: its kind, and an enum's values with their label table. */
function controlOf(field) {
  switch (field.kind) {
    case "money": return { kind: "amount" };
    case "date": return { kind: "date" };
    // A flag the API defaults to true is sent only when cleared.
    case "boolean": return { kind: field.default === true ? "boolTrue" : "bool" };
    case "integer": return { kind: "int" };
    case "currency": return { kind: "currency" };
    case "enum":
      if (field.enum === "Ruleset") return { kind: "ruleset" };
      return { kind: "enum", enumName: field.enum, options: enums[field.enum].values, labels: ENUM_LABELS[field.enum] || field.enum };
    default: return { kind: "text" };
  }
}

/** A tool's groups of fields, from the vocabulary's description of its input. */
function layout(tool) {
  const groups = new Map(GROUP_ORDER.map((g) => [g, []]));
  const add = (group, field, path) => {
    if (!groups.has(group)) groups.set(group, []);
    groups.get(group).push({ name: path, required: !!field.required, optional: !field.required, ...controlOf(field) });
  };
  for (const field of inputs[INPUT_OF[tool]].fields) {
    // The languages belong to the element (its locale and reply-locale), not to the form.
    if (field.kind === "enum" && field.enum === "Locale") continue;
    if (field.kind === "policy") continue;
    if (field.kind === "object") {
      const group = GROUP_OF_OBJECT[field.name] || "group" + field.name.charAt(0).toUpperCase() + field.name.slice(1);
      for (const inner of field.fields || []) add(group, inner, field.name + "." + inner.name);
    } else {
      add(GROUP_OF_KIND[field.kind] || "groupCase", field, field.name);
    }
  }
  return [...groups].filter(([, fields]) => fields.length).map(([group, fields]) => ({ group, fields }));
}

const LAYOUTS = Object.fromEntries(TOOLS.map((tool) => [tool, layout(tool)]));
const DISPUTE_FIELDS = new Set(LAYOUTS.evaluate.flatMap((g) => g.fields.map((f) => f.name)));

/**
 * The fields a ruleset reads, over all its claims (the vocabulary's `reads`), or null when the
 * vocabulary does not know the ruleset (one the module adds at run time): then every field shows.
 */
function fieldsRead(ruleset) {
  if (!Object.prototype.hasOwnProperty.call(reads, ruleset)) return null;
  const set = new Set();
  for (const list of Object.values(reads[ruleset])) for (const path of list) set.add(path);
  return set;
}

/** A ruleset's parameters as [key, default] pairs (the module's info gives an object or a list). */
function parameterPairs(info) {
  if (!info || !info.parameters) return [];
  if (Array.isArray(info.parameters)) return info.parameters.map((p) => [p.key, p.default]);
  return Object.entries(info.parameters);
}

function parameterAbout(info, key) {
  const list = (info && (info.parameterInfo || (Array.isArray(info.parameters) ? info.parameters : null))) || [];
  return list.find((x) => x && x.key === key) || null;
}

/** The parameters a ruleset has not verified against its source yet. */
export function unverifiedKeys(info) {
  return parameterPairs(info).map(([k]) => k).filter((k) => (parameterAbout(info, k) || {}).verified === false);
}

let markId = 0;

/**
 * The small "to verify" mark of one parameter: a warning sign whose explanation shows on hover and
 * on keyboard focus (it is focusable and described by its tooltip).
 */
export function verifyMark(info, key, t) {
  const about = parameterAbout(info, key);
  if (!about || about.verified !== false) return nothing;
  const tip = "verify-tip-" + ++markId;
  return html`<span class="to-verify" part="to-verify" data-verify=${key} tabindex="0" aria-describedby=${tip}><span aria-hidden="true">⚠</span><span class="visually-hidden">${" " + t("toVerify")}</span><span class="verify-tip" role="tooltip" id=${tip}>${t("toVerifyTitle")}</span></span>`;
}

/** A described error as a template: the short line (label or path, then the message), then the detail. */
export function errorTemplate(d, withPath, t) {
  if (!d.code) {
    return html`${withPath && d.field ? html`<code>${d.field}</code> ` : nothing}<span class="error-text">${d.line}</span>`;
  }
  let line;
  if (d.label || !d.field) {
    line = html`<span class="error-text">${d.field ? d.line : d.message}</span>`;
  } else {
    // No label for this path: name it as code, in the same "label: message" form.
    const pieces = t("errorLine", { label: "\u0001", message: d.message }).split("\u0001");
    line = html`<span class="error-text">${pieces[0]}<code>${d.field}</code>${pieces[1] || ""}</span>`;
  }
  return html`${line}${d.detail ? html`<span class="error-detail">${t("errorDetail")}<span lang="en">${d.detail}</span></span>` : nothing}`;
}

/** One tool's form, rendered by Lit into its own box (`node`). */
export class ToolForm {
  constructor(tool) {
    this.tool = tool;
    this.node = document.createElement("div");
    this.node.className = "tool-form-box";
    this.words = null;
    this.rulesets = [];
    this.shown = true;
    // The lists' values (selects): they decide what the form shows.
    this.values = {};
    this.policyValues = {};
    this.policyOpen = false;
    // Date fields holding text that is not a date (from a link): shown as text, to be corrected.
    this.textDates = new Set();
    this.fieldErrors = new Map();
    this.formErrors = [];
  }

  /** Inputs from the element: `words` (the locale's words), `rulesets` (the module's list), `shown`. */
  set(props) {
    Object.assign(this, props);
    if (this.words) this.update();
  }

  get form() {
    return this.node.firstElementChild;
  }

  lookup(key) {
    return this.words.opt(key) ?? U.humanize(key.split(".").pop());
  }

  id(name) {
    return this.tool + "-" + name.replace(/\./g, "-");
  }

  control(name) {
    const form = this.form;
    if (!form) return null;
    for (const c of form.querySelectorAll("[name]")) if (c.name === name) return c;
    return null;
  }

  info(id = this.values.ruleset) {
    return this.rulesets.find((r) => r.id === id) || null;
  }

  /** The rulesets this tool offers: those the build implements for it, else all of them. */
  rulesetsForTool() {
    const usable = this.rulesets.filter((r) => {
      if (this.tool === "penalty") return r.violations && r.violations.length;
      if (this.tool === "shipping") return r.shippingSplit;
      return r.reasons && r.reasons.length;
    });
    return usable.length ? usable : this.rulesets;
  }

  /** A list field's choices: a claim or a violation follows the ruleset; others, their enum. */
  choices(f) {
    const info = this.info();
    if (f.kind === "ruleset") return this.rulesetsForTool().map((r) => [r.id, r.name]);
    if (f.kind === "currency") return CURRENCIES.map((c) => [c, c]);
    let values = f.options;
    if (f.enumName === "Reason" && info && info.reasons && info.reasons.length) values = info.reasons;
    if (f.enumName === "Violation" && info && info.violations && info.violations.length) values = info.violations;
    return values.map((v) => [v, this.lookup(f.labels + "." + v)]);
  }

  declaresHolidays(info = this.info()) {
    return !!info && (info.holidays === true || parameterPairs(info).some(([k]) => k === "holidays"));
  }

  /** Whether a field applies: required, or read by the ruleset (fields of the dispute input only). */
  applies(f, readSet) {
    if (f.required || !readSet) return true;
    if (this.tool !== "evaluate" && !DISPUTE_FIELDS.has(f.name)) return true;
    return readSet.has(f.name) || readSet.has(f.name.split(".")[0]);
  }

  // ------------------------------------------------------------ rendering

  update() {
    render(this.template(), this.node);
    // The lists show the form's values (a value from a link the list lacks has its own option).
    for (const [name, value] of Object.entries(this.values)) {
      const c = this.control(name);
      if (c && c.tagName === "SELECT" && value !== undefined) c.value = value;
    }
  }

  template() {
    const t = this.words;
    const readSet = fieldsRead(this.values.ruleset);
    const groups = LAYOUTS[this.tool].map((g) => {
      const visible = g.fields.filter((f) => this.applies(f, readSet)).map((f) => f.name);
      return html`<fieldset class=${"group group-" + g.group} part="group" ?hidden=${visible.length === 0}><legend>${this.lookup(g.group)}</legend><div class="grid">${repeat(g.fields, (f) => f.name, (f) => this.field(f, visible.includes(f.name)))}</div></fieldset>`;
    });
    return html`<form id=${"form-" + this.tool} class="tool-form" novalidate data-tool=${this.tool} part="form" ?hidden=${!this.shown} @submit=${this.onSubmit} @input=${this.onEdit} @change=${this.onEdit}>${groups}${this.policyGroup()}<div class="form-error" id=${this.tool + "-form-error"} role="alert">${this.formErrors.map((d) => html`<p class="field-error" data-code=${d.code ?? nothing}>${errorTemplate(d, true, t)}</p>`)}</div><button type="submit" class="primary" part="button">${t("calculate")}</button></form>`;
  }

  hintText(f) {
    const own = this.words.opt(f.name.split(".").pop() + "Hint");
    if (f.kind !== "amount") return own ?? null;
    const cur = this.values.currency;
    const text = this.words("amountHint", { cur, ex: U.example(cur) });
    return own ? own + " " + text : text;
  }

  field(f, visible) {
    const t = this.words;
    const id = this.id(f.name);
    const hint = this.hintText(f);
    const error = this.fieldErrors.get(f.name);
    const describedBy = [hint !== null ? id + "-hint" : null, error ? id + "-error" : null].filter(Boolean).join(" ") || nothing;
    const invalid = error ? "true" : nothing;
    const label = html`<label for=${id}>${this.lookup(f.name)}</label>`;
    let control;
    if (f.kind === "bool" || f.kind === "boolTrue") {
      control = html`<input type="checkbox" id=${id} name=${f.name} data-kind=${f.kind} aria-describedby=${describedBy} aria-invalid=${invalid}>`;
    } else if (f.kind === "ruleset" || f.kind === "enum" || f.kind === "currency") {
      const list = this.choices(f);
      const current = this.values[f.name];
      if (current && !list.some(([v]) => v === current)) list.push([current, current]);
      const empty = f.kind === "enum" && f.optional ? html`<option value="">${this.lookup(EMPTY_LABEL[f.name] || "notStated")}</option>` : nothing;
      control = html`<select id=${id} name=${f.name} data-kind=${f.kind} aria-describedby=${describedBy} aria-invalid=${invalid}>${empty}${repeat(list, ([v]) => v, ([v, text]) => html`<option value=${v}>${text}</option>`)}</select>`;
    } else if (f.kind === "date") {
      control = html`<input type=${this.textDates.has(f.name) ? "text" : "date"} id=${id} name=${f.name} data-kind="date" aria-describedby=${describedBy} aria-invalid=${invalid}>`;
    } else if (f.kind === "amount") {
      control = html`<input type="text" inputmode="decimal" id=${id} name=${f.name} autocomplete="off" spellcheck="false" data-kind="amount" aria-describedby=${describedBy} aria-invalid=${invalid}>`;
    } else if (f.kind === "int") {
      control = html`<input type="number" inputmode="numeric" min="0" step="1" id=${id} name=${f.name} data-kind="int" aria-describedby=${describedBy} aria-invalid=${invalid}>`;
    } else {
      control = html`<input type="text" id=${id} name=${f.name} autocomplete="off" spellcheck="false" data-kind="text" aria-describedby=${describedBy} aria-invalid=${invalid}>`;
    }
    const first = f.kind === "bool" || f.kind === "boolTrue" ? html`${control}${label}` : html`${label}${control}`;
    return html`<div class=${"field field-" + f.kind} data-field=${f.name} part="field" ?hidden=${!visible}>${first}${hint !== null ? html`<p class="hint" id=${id + "-hint"}>${hint}</p>` : nothing}${f.kind === "ruleset" ? this.rulesetInfo(id) : nothing}${this.errorLine(error, id)}</div>`;
  }

  errorLine(d, id) {
    return d ? html`<p class="field-error" id=${id + "-error"} data-code=${d.code ?? nothing}>${errorTemplate(d, false, this.words)}</p>` : nothing;
  }

  /** The ruleset's version, currency, defaults (each unverified one marked), the count of those, its sources. */
  rulesetInfo(id) {
    const info = this.info();
    if (!info) return html`<div class="ruleset-info" id=${id + "-info"}></div>`;
    const t = this.words;
    const meta = [];
    if (info.version) meta.push(t("rulesetVersion") + " " + info.version);
    meta.push(t("rulesetCurrency") + ": " + (info.currency || t("anyCurrency")));
    const pairs = parameterPairs(info);
    const unverified = unverifiedKeys(info).length;
    const params = pairs.map(([k, v], i) => html`<span class="param"><code>${k}</code>${" " + v}${verifyMark(info, k, t)}</span>${i < pairs.length - 1 ? " · " : ""}`);
    const sources = info.sources && info.sources.length
      ? html`<details class="sources-details"><summary>${t("sourcesCount", { n: info.sources.length })}</summary><ul>${info.sources.map((s) => html`<li><a href=${s.url} rel="noopener noreferrer" target="_blank">${s.title}</a></li>`)}</ul></details>`
      : nothing;
    return html`<div class="ruleset-info" id=${id + "-info"}><p class="muted">${meta.join(" · ")}</p><p class="defaults"><strong>${t("defaults") + ": "}</strong>${pairs.length ? html`<span>${params}</span>` : t("noParameters")}</p>${unverified ? html`<p class="verify-count"><span aria-hidden="true">⚠ </span>${t("toVerifyCount", { n: unverified })}</p>` : nothing}${sources}</div>`;
  }

  paramLabel(key) {
    const own = this.words.opt("params." + key);
    if (own) return own;
    // Money floors and caps are in minor units, like every amount of the API.
    return U.humanize(key) + (/(Min|Max)$/.test(key) ? " (minor units)" : "");
  }

  /** Number fields for the ruleset's parameters (defaults), plus any extra keys an input carries. */
  policyGroup() {
    const t = this.words;
    const info = this.info();
    const params = Object.fromEntries(parameterPairs(info));
    const keys = Object.keys(params).filter((k) => k !== "holidays");
    for (const k of Object.keys(this.policyValues)) if (!has(keys, k) && k !== "holidays") keys.push(k);
    const holidays = { name: "policy.holidays", kind: "holidays" };
    const holidaysId = this.id(holidays.name);
    const holidaysError = this.fieldErrors.get(holidays.name);
    const showHolidays = this.declaresHolidays(info);
    const fields = keys.map((k) => {
      const name = "policy." + k;
      const id = this.id(name);
      const def = Object.prototype.hasOwnProperty.call(params, k) ? String(params[k]) : "";
      const about = parameterAbout(info, k);
      const max = about && Number.isSafeInteger(about.max) ? String(about.max) : nothing;
      const error = this.fieldErrors.get(name);
      return html`<div class="field field-policy" data-field=${name} part="field"><label for=${id} data-param=${k}>${this.paramLabel(k) + " "}<code>${k}</code>${verifyMark(info, k, t)}</label><input type="number" min="0" step="1" inputmode="numeric" id=${id} name=${name} data-kind="policy" data-default=${def} value=${def} max=${max} aria-describedby=${error ? id + "-error" : nothing} aria-invalid=${error ? "true" : nothing}>${this.errorLine(error, id)}</div>`;
    });
    const describedBy = [holidaysId + "-hint", holidaysError ? holidaysId + "-error" : null].filter(Boolean).join(" ");
    return html`<fieldset class="group group-groupPolicy policy" part="group" ?hidden=${keys.length === 0 && !showHolidays}><legend>${t("groupPolicy")}</legend><p class="hint">${t("policyHint")}</p><details class="policy-details" ?open=${this.policyOpen}><summary>${t("changeParameters")}</summary>${keyed(this.values.ruleset, html`<div class="grid policy-fields">${fields}</div>`)}<div class="field field-holidays" data-field="policy.holidays" part="field" ?hidden=${!showHolidays}><label for=${holidaysId}>${this.lookup("policy.holidays")}</label><input type="text" id=${holidaysId} name="policy.holidays" data-kind="holidays" aria-describedby=${describedBy} aria-invalid=${holidaysError ? "true" : nothing}><p class="hint" id=${holidaysId + "-hint"}>${t("holidaysHint")}</p>${this.errorLine(holidaysError, holidaysId)}</div></details></fieldset>`;
  }

  // ------------------------------------------------------------ events out

  onSubmit = (e) => {
    e.preventDefault();
    this.node.dispatchEvent(new CustomEvent("form-edit", { bubbles: true, detail: { submitted: true } }));
  };

  onEdit = (e) => {
    const c = e.target;
    const name = c && c.name;
    if (!name) return;
    if (c.tagName === "SELECT") this.values[name] = c.value;
    if (name === "ruleset") this.rulesetChanged(true);
    this.update();
    this.node.dispatchEvent(new CustomEvent("form-edit", { bubbles: true, detail: { submitted: false } }));
  };

  /** A new ruleset: its claims or violations, its currency (on an edit), its parameters' defaults. */
  rulesetChanged(userEdit) {
    const info = this.info();
    for (const f of LAYOUTS[this.tool].flatMap((g) => g.fields)) {
      if (f.enumName !== "Reason" && f.enumName !== "Violation") continue;
      const list = this.choices(f).map(([v]) => v);
      if (!has(list, this.values[f.name])) this.values[f.name] = list[0];
    }
    if (userEdit && info && info.currency) this.values.currency = info.currency;
    this.policyValues = {};
    this.policyOpen = false;
  }

  /** Sets the ruleset (the element's `ruleset` attribute), as a choice in the list would. */
  setRuleset(id) {
    this.values.ruleset = id;
    this.rulesetChanged(true);
    this.update();
  }

  // ------------------------------------------------------------ form <-> API input

  active(c) {
    return !c.closest("[hidden]");
  }

  /** The API input from the form: { input, errors } (errors found before calling the module). */
  read(locale) {
    const input = {};
    const errors = [];
    const t = this.words;
    const cur = this.values.currency;
    for (const c of this.form.querySelectorAll("[name]")) {
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
            message: p.error === "large" ? t("amountTooLarge") : t("amountFormat", { ex: U.example(cur), n: U.exponent(cur), cur }),
          });
        } else U.setPath(input, name, p.value);
      } else if (kind === "int" || kind === "policy") {
        if (raw === "") continue;
        if (kind === "policy" && raw === c.getAttribute("data-default")) continue;
        if (!/^\d+$/.test(raw)) errors.push({ field: name, message: t("wholeNumber") });
        else U.setPath(input, name, Number(raw));
      } else if (kind === "holidays") {
        if (raw === "") continue;
        const days = raw.split(/[\s,，]+/).filter(Boolean);
        if (!days.every((d) => HOLIDAY_DATE.test(d))) errors.push({ field: name, message: t("holidaysFormat") });
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
  fill(input, fallbackRuleset = null) {
    const all = LAYOUTS[this.tool].flatMap((g) => g.fields);
    this.fieldErrors = new Map();
    this.formErrors = [];
    this.values = {};
    const list = this.rulesetsForTool();
    this.values.ruleset = input.ruleset ? String(input.ruleset) : fallbackRuleset || (list[0] && list[0].id) || "";
    const info = this.info();
    this.values.currency = input.currency ? String(input.currency) : info && info.currency ? info.currency : "CNY";
    for (const f of all) {
      if (f.kind !== "enum") continue;
      const v = U.getPath(input, f.name);
      if (v !== undefined && v !== null) this.values[f.name] = String(v);
      else if (f.optional) this.values[f.name] = "";
      else this.values[f.name] = (this.choices(f)[0] || [""])[0];
    }
    const policy = input.policy && typeof input.policy === "object" ? input.policy : {};
    this.policyValues = policy;
    this.policyOpen = Object.keys(policy).length > 0;
    this.textDates = new Set(all.filter((f) => f.kind === "date" && typeof U.getPath(input, f.name) === "string" && !HOLIDAY_DATE.test(U.getPath(input, f.name))).map((f) => f.name));
    this.update();
    const form = this.form;
    form.reset();
    for (const c of form.querySelectorAll("[name]")) {
      const kind = c.getAttribute("data-kind");
      const name = c.name;
      if (c.tagName === "SELECT") continue;
      if (kind === "policy") {
        const k = name.slice(7);
        if (policy[k] !== undefined && policy[k] !== null) c.value = String(policy[k]);
        continue;
      }
      if (kind === "holidays") {
        c.value = Array.isArray(policy.holidays) ? policy.holidays.join(", ") : "";
        continue;
      }
      if (kind === "boolTrue") {
        c.checked = U.getPath(input, name) !== false;
        continue;
      }
      const v = U.getPath(input, name);
      if (v === undefined || v === null) continue;
      if (kind === "bool") c.checked = v === true;
      else if (kind === "amount") {
        c.value = typeof v === "number" && Number.isSafeInteger(v) && v >= 0 ? U.minorToText(v, this.values.currency) : String(v);
      } else c.value = String(v);
    }
    // After the reset: the lists show the form's values again.
    this.update();
  }

  // ------------------------------------------------------------ errors

  clearErrors() {
    if (!this.fieldErrors.size && !this.formErrors.length) return;
    this.fieldErrors = new Map();
    this.formErrors = [];
    this.update();
  }

  /** The label a field path has in the form, in the element's language, or null. */
  fieldLabel(path) {
    path = String(path || "");
    if (/^policy\.[^.]+$/.test(path) && path !== "policy.holidays") return this.paramLabel(path.slice(7));
    return this.words.opt(path) ?? null;
  }

  /**
   * A refused input in the element's language: { code, field, line, detail }. An API error gets a
   * short message from its code and the field's label, with the module's English message kept as
   * the detail; a form error's message is already localized.
   */
  describe(e) {
    const field = String(e.field || "");
    if (!e.code) return { code: null, field, line: e.message, detail: null, label: null };
    const t = this.words;
    const c = field ? this.control(field) : null;
    const kind = c ? c.getAttribute("data-kind") : null;
    const message = e.code === "invalid_amount" && kind === "amount" ? t("errors.invalid_amount_money") : t.opt("errors." + e.code) || t("errors.other");
    const label = this.fieldLabel(field);
    return { code: e.code, field, label, message, line: t("errorLine", { label: label || field, message }), detail: e.message ? String(e.message) : null };
  }

  /**
   * Shows each error next to the control its field path names (or its nearest named parent), else
   * in the form's message area. Returns the errors described.
   */
  showErrors(errors) {
    this.fieldErrors = new Map();
    this.formErrors = [];
    const described = errors.map((e) => {
      const d = this.describe(e);
      let path = d.field;
      let c = null;
      while (path && !c) {
        c = this.control(path);
        if (c && !this.active(c)) c = null;
        if (!c) path = path.indexOf(".") >= 0 ? path.slice(0, path.lastIndexOf(".")) : "";
      }
      if (!c) this.formErrors.push(d);
      else {
        if (!this.fieldErrors.has(path)) this.fieldErrors.set(path, d);
        if (path.startsWith("policy.")) this.policyOpen = true;
        const fold = c.closest("details");
        if (fold) fold.open = true;
      }
      return d;
    });
    this.update();
    return described;
  }
}
