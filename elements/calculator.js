// <dispute-calculator>: the form and the result card of one tool, in an open shadow root.
// Attributes: tool, ruleset, locale, reply-locale, view. Properties: input (read/write), result
// (read-only). Events (bubbling, composed): dispute-input, dispute-result, dispute-error.
import { ensureLocales, money, words } from "./i18n.js";
import { ToolForm, TOOLS, errorNodes } from "./form.js";
import * as R from "./result.js";
import * as U from "./util.js";
import { loadApi, rulesetsIn } from "./wasm.js";
import { sheet } from "./styles.js";
import { localeByCountry } from "../vocabulary.js";

const el = U.el;
const API_FN = { evaluate: "evaluateDispute", shipping: "returnShippingSplit", penalty: "refundPenalty" };
const FORM_HEADING = { evaluate: "formEvaluate", shipping: "formShipping", penalty: "formPenalty" };
const RESULT_ATTRS = [
  "data-outcome", "data-refund", "data-fault", "data-penalty", "data-total", "data-buyer-pays",
  "data-seller-pays", "data-insurer-pays", "data-carrier-pays", "data-error", "data-reply-locale",
];
// Form errors found before the module is called, as the API would name them.
const FORM_ERROR_CODE = { "policy.holidays": "invalid_date" };

/**
 * The dispute calculator's form and result card (help page, back-office plug-ins).
 *
 * @tag dispute-calculator
 * @summary Form and result of evaluateDispute, returnShippingSplit or refundPenalty, in a shadow root.
 *
 * @attr {"evaluate" | "shipping" | "penalty"} tool - Which function the form and result are for (default evaluate).
 * @attr {string} ruleset - The form's ruleset until an input names one.
 * @attr {"en" | "zh-CN" | "ru" | "pt-BR" | "es" | "fr" | "de" | "it" | "pl" | "ko" | "ja"} locale - The seller's language (labels, summary, checks); default: the input's, the document's lang, the browser's. Loaded by the element when needed; labels without their own catalogue yet are English.
 * @attr {"en" | "zh-CN" | "ru" | "pt-BR" | "es" | "fr" | "de" | "it" | "pl" | "ko" | "ja"} reply-locale - The buyer's language, for the suggested reply; default: the input's replyLocale, else the language of the input's destination country (RU ru, BR pt-BR, DE de, JP ja, ...), else locale. The reply card offers the choice too.
 * @attr {"full" | "result"} view - full: form and result (default); result: the result card only.
 *
 * @fires {CustomEvent<CalculatorInput>} dispute-input - After each edit of the form; detail: the input.
 * @fires {CustomEvent<CalculatorResult>} dispute-result - A result; detail: the output.
 * @fires {CustomEvent<CalculatorErrorDetail>} dispute-error - A refused input; detail: { code, field, message }.
 *
 * @csspart base - The layout around both panels.
 * @csspart form-panel - The panel with the form.
 * @csspart result-panel - The panel with the result.
 * @csspart form - A tool's form.
 * @csspart group - A fieldset of the form.
 * @csspart field - One field: label, control, hint, error.
 * @csspart button - The Calculate button.
 * @csspart to-verify - The mark on a parameter not verified against its source.
 * @csspart result - The result card (carries the data-* values).
 * @csspart headline - Outcome, refund and fault of a decision.
 * @csspart badge - An outcome badge; also badge-<outcome> (badge-reject ...).
 * @csspart summary - The result's summary sentence.
 * @csspart totals - The amounts of a shipping split or a penalty.
 * @csspart section - A section of the card: timeline, reply, offers, checks, evidence, rules.
 * @csspart error - The card of a refused input.
 *
 * @cssprop [--dc-accent=#0b57d0] - Buttons, links, summaries, checkboxes.
 * @cssprop [--dc-accent-ink=#fff] - Text on the accent.
 * @cssprop [--dc-font=system-ui] - The element's font family.
 * @cssprop [--dc-font-size=16px] - The element's font size; every size inside follows it.
 * @cssprop [--dc-radius=8px] - Corner radius.
 * @cssprop [--dc-space=1em] - Panel padding and gaps.
 * @cssprop [--dc-ink=#1b1f24] - Text.
 * @cssprop [--dc-muted=#4f5661] - Secondary text.
 * @cssprop [--dc-line=#c9ced6] - Rules and borders.
 * @cssprop [--dc-surface=#fff] - Panel background.
 * @cssprop [--dc-focus=#ffbf47] - The focus ring.
 * @cssprop [--dc-ok=#1e6b2f] - Passed checks.
 * @cssprop [--dc-bad=#b3261e] - Errors, failed checks, passed deadlines.
 * @cssprop [--dc-warn=#8a4b00] - The as-of mark and "to verify".
 * @cssprop [--dc-badge-reject=#1e6b2f] - The reject badge.
 * @cssprop [--dc-badge-refund=#b3261e] - Refund badges.
 * @cssprop [--dc-badge-return=#9c3d00] - The return-and-refund badge.
 * @cssprop [--dc-badge-wait=#5f6368] - The wait badge.
 * @cssprop [--dc-badge-remedy=#0b57d0] - Exchange, reship, repair, replace-or-return badges.
 * @cssprop [--dc-badge-ink=#fff] - Text on badges.
 * @cssprop [--dc-buyer=#0b57d0] - The buyer's share in shipping bars.
 * @cssprop [--dc-seller=#c2410c] - The seller's share.
 * @cssprop [--dc-insurer=#1e7a3a] - The insurer's share.
 * @cssprop [--dc-carrier=#6b3fa0] - The carrier's share.
 */
export class DisputeCalculator extends HTMLElement {
  static observedAttributes = ["tool", "ruleset", "locale", "reply-locale", "view"];

  #api = null;
  #forms = {};
  #input = null;
  #result = null;
  #computed = false;
  #formPending = null;
  #formsLocale = null;
  #callToken = 0;
  #replyFromUser = false;
  #refocusReply = false;
  #nodes;

  constructor() {
    super();
    const root = this.attachShadow({ mode: "open" });
    root.adoptedStyleSheets = [sheet()];
    const resultHeading = el("h2", { id: "result-h", tabindex: "-1" });
    this.#nodes = {
      base: el("div", { class: "base layout", part: "base" }),
      formPanel: el("section", { class: "panel form-panel", "aria-labelledby": "form-h", part: "form-panel" }),
      formHeading: el("h2", { id: "form-h" }),
      forms: el("div", { id: "forms" }),
      resultPanel: el("section", { class: "panel result-panel", "aria-labelledby": "result-h", part: "result-panel" }),
      resultHeading,
      status: el("p", { id: "status", class: "visually-hidden", role: "status", "aria-live": "polite" }),
      result: el("div", { id: "result", part: "result" }),
    };
    const n = this.#nodes;
    n.formPanel.append(n.formHeading, n.forms);
    n.resultPanel.append(n.resultHeading, n.status, n.result);
    n.base.append(n.formPanel, n.resultPanel);
    root.appendChild(n.base);
  }

  // ------------------------------------------------------------ attributes and properties

  get tool() {
    const t = this.getAttribute("tool");
    return TOOLS.includes(t) ? t : "evaluate";
  }
  set tool(v) {
    this.setAttribute("tool", v);
  }
  get ruleset() {
    return this.getAttribute("ruleset");
  }
  set ruleset(v) {
    if (v === null || v === undefined) this.removeAttribute("ruleset");
    else this.setAttribute("ruleset", v);
  }
  get view() {
    return this.getAttribute("view") === "result" ? "result" : "full";
  }
  set view(v) {
    this.setAttribute("view", v);
  }
  /** The locale in use: the attribute, else the input's, else the host document's lang, else the browser's. */
  get locale() {
    return U.elementLocale(this, [this.#input && this.#input.locale]);
  }
  set locale(v) {
    this.setAttribute("locale", v);
  }
  /**
   * The language of the suggested reply, the buyer's: the `reply-locale` attribute, else the
   * input's `replyLocale`, else the language of the input's destination country (the
   * vocabulary's localeByCountry), else `locale`. Setting it recomputes the reply.
   * @type {string}
   */
  get replyLocale() {
    return this.#replyLocaleFor(this.#input);
  }
  set replyLocale(v) {
    if (v === null || v === undefined) this.removeAttribute("reply-locale");
    else this.setAttribute("reply-locale", v);
  }

  /** The reply locale chosen outright (the attribute, else the input's), or null. */
  #explicitReply(input) {
    return U.normalLocale(this.getAttribute("reply-locale")) || (input ? U.normalLocale(input.replyLocale) : null);
  }

  #replyLocaleFor(input) {
    const country = input && typeof input.destination === "string" ? input.destination.trim().toUpperCase() : "";
    return this.#explicitReply(input) || (Object.prototype.hasOwnProperty.call(localeByCountry, country) ? localeByCountry[country] : null) || this.locale;
  }

  /**
   * The input as the form holds it now (an API input, amounts in minor units), or null. Setting it
   * fills the form and computes.
   * @type {CalculatorInput | null}
   */
  get input() {
    return this.#input;
  }
  /** Fills the form from an API input and computes. */
  set input(value) {
    this.#input = value && typeof value === "object" ? value : null;
    if (this.#api) this.#apply();
  }

  /**
   * The last output, or null (after an error too).
   * @type {CalculatorResult | null}
   */
  get result() {
    return this.#result;
  }

  connectedCallback() {
    // Properties a host set before the element was defined are plain own properties: pass them on.
    for (const name of ["tool", "ruleset", "locale", "replyLocale", "view", "input"]) {
      if (Object.prototype.hasOwnProperty.call(this, name)) {
        const value = this[name];
        delete this[name];
        this[name] = value;
      }
    }
    this.#relabel();
    if (this.#api) return;
    this.#showPlaceholder("working");
    loadApi()
      .then((api) => {
        this.#api = api;
        // The seller's language is loaded before the form is built (its rulesets' names).
        return ensureLocales([this.locale]);
      })
      .then(
        () => this.#apply(),
        (e) => this.#startFailed(e),
      );
  }

  #startFailed(e) {
    this.#resetResult(this.tool);
    this.#nodes.result.appendChild(el("p", { class: "error-card", part: "error", text: "The calculator could not start: " + String(e && e.message) }));
  }

  attributeChangedCallback(name, oldValue, newValue) {
    if (oldValue === newValue || !this.#api) {
      this.#relabel();
      return;
    }
    if (name === "locale") {
      const loading = ensureLocales([this.locale]);
      const relocalize = () => {
        this.#relabel();
        for (const f of Object.values(this.#forms)) f.relabel();
        this.#formsLocale = this.locale;
        this.#refresh();
      };
      if (loading) loading.then(relocalize, (e) => this.#startFailed(e));
      else relocalize();
    } else if (name === "reply-locale") {
      const fromUser = this.#replyFromUser;
      this.#replyFromUser = false;
      this.#refresh(fromUser);
    } else if (name === "tool" || name === "view") {
      this.#apply(name === "tool" ? "keep" : "all");
    } else if (name === "ruleset" && this.view === "full" && newValue) {
      const form = this.#form(this.tool);
      form.control("ruleset").value = newValue;
      form.rulesetChanged(true);
      form.refreshVisibility();
      if (this.#computed) this.#compute(form, false);
    } else if (name === "ruleset") {
      this.#refresh();
    }
  }

  // ------------------------------------------------------------ what ToolForm needs

  /** @internal */
  get root() {
    return this.shadowRoot;
  }
  /** @internal */
  t() {
    return words(this.locale);
  }
  /** @internal */
  rulesets() {
    return rulesetsIn(this.#api, this.locale);
  }
  /** @internal */
  rulesetInfo(id) {
    return this.rulesets().find((r) => r.id === id) || null;
  }
  /**
   * A user edit (or a submit): compute, and tell the host.
   * @internal
   */
  edited(form, submitted) {
    this.#compute(form, true);
    if (submitted) {
      const h = this.#nodes.resultHeading;
      h.focus();
      if (h.scrollIntoView) h.scrollIntoView({ block: "start" });
    }
  }

  // ------------------------------------------------------------ rendering

  #relabel() {
    const t = this.t();
    const n = this.#nodes;
    n.formHeading.textContent = t(FORM_HEADING[this.tool]);
    n.resultHeading.textContent = t("result");
    n.base.setAttribute("data-view", this.view);
    // The words' language (English while the locale has no words of its own); the engine's
    // texts carry their own lang.
    n.base.setAttribute("lang", t.lang);
    n.formPanel.hidden = this.view === "result";
    n.resultHeading.classList.toggle("visually-hidden", this.view === "result");
  }

  /** The tool's form, built (and filled with `input`) the first time it is needed. */
  #form(tool, input = null) {
    if (!this.#forms[tool]) {
      const form = new ToolForm(tool, this);
      this.#forms[tool] = form;
      this.#nodes.forms.appendChild(form.node);
      form.fill(input || (this.ruleset ? { ruleset: this.ruleset } : {}));
    }
    return this.#forms[tool];
  }

  #showForm(form) {
    for (const f of Object.values(this.#forms)) f.node.hidden = f !== form;
  }

  /**
   * The first input for a tool whose form does not exist yet (a shared link, a page's first
   * property): the result is computed from the input and shown at once, and the form is built
   * after that frame is painted. Building and laying out a long form takes longer than the
   * decision itself; this way the reader sees the result first. If the form reads the input back
   * differently (a field it does not show), the result is computed again from the form.
   * Returns false, and does nothing, when the module refuses the input: errors belong by the fields.
   */
  #resultFirst(tool, input) {
    const used = this.#withLocales(tool, input);
    let out;
    try {
      out = this.#api[API_FN[tool]](this.#apiInput(tool, used));
    } catch {
      // Refused, or a language not loaded yet: the form's path shows or loads it.
      return false;
    }
    // Another input may arrive before the form is built (even from a dispute-result listener):
    // the form takes the latest, so the pending input is recorded before the result is shown.
    const first = !this.#formPending;
    this.#formPending = { tool, input, used };
    if (first) {
      // Two frames: the result's frame is drawn, and whatever else the page has queued runs first.
      afterNextPaint(() => setTimeout(() => this.#buildPendingForm(), 0));
    }
    this.#resetResult(tool);
    this.#computed = true;
    this.#input = used;
    this.#render(tool, used, out);
    return true;
  }

  #buildPendingForm() {
    const pending = this.#formPending;
    this.#formPending = null;
    if (!pending || this.#forms[pending.tool] || this.view !== "full") return;
    const form = this.#form(pending.tool, pending.input);
    if (this.tool !== pending.tool) {
      form.node.hidden = true;
      return;
    }
    this.#showForm(form);
    const read = this.#read(form);
    if (read.errors.length || canonical(read.input) !== canonical(pending.used)) this.#compute(form, false);
    else this.#input = read.input;
  }

  /**
   * Shows the current tool. A new input is filled into its form and computed; with "keep" (a tool
   * switch) a form the user already worked on is shown as it is and computed again.
   */
  #apply(mode = "all") {
    this.#relabel();
    // The locale can change without its attribute (an input's locale, the document's lang).
    if (this.#formsLocale !== this.locale) {
      for (const f of Object.values(this.#forms)) f.relabel();
      this.#formsLocale = this.locale;
    }
    if (this.view === "result") {
      this.#nodes.forms.hidden = true;
      if (this.#input) this.#computeInput(this.#input);
      else this.#showPlaceholder("noResultYet");
      return;
    }
    this.#nodes.forms.hidden = false;
    const isNew = !this.#forms[this.tool];
    if (isNew && this.#input && mode !== "keep" && this.#resultFirst(this.tool, this.#input)) {
      this.#showForm(null);
      return;
    }
    const form = this.#form(this.tool);
    this.#showForm(form);
    if (mode === "keep" && !isNew) {
      this.#compute(form, false);
    } else if (this.#input && mode !== "keep") {
      form.fill(this.#input);
      this.#compute(form, false);
    } else {
      // A tool never shown before, with no input for it yet.
      if (mode === "keep") this.#input = null;
      this.#showPlaceholder("noResultYet");
    }
  }

  /** Recomputes what is shown, e.g. in a new locale; `fromUser` (the reply's language list) tells the host. */
  #refresh(fromUser = false) {
    if (!this.#api) return;
    if (this.view === "result") {
      if (this.#input) this.#computeInput(this.#input);
    } else if (this.#computed) {
      this.#compute(this.#form(this.tool), fromUser);
    }
  }

  #showPlaceholder(key) {
    this.#resetResult(this.tool);
    this.#computed = false;
    this.#nodes.result.appendChild(el("p", { class: "placeholder muted", text: this.t()(key) }));
  }

  /** The form's input, with the seller's locale and, for a decision, a reply locale chosen outright. */
  #read(form) {
    const read = form.read(this.locale);
    const reply = form.tool === "evaluate" ? this.#explicitReply(this.#input) : null;
    if (reply) read.input.replyLocale = reply;
    return read;
  }

  /** An input in the element's locale (and, for a decision, with the reply locale chosen outright). */
  #withLocales(tool, input) {
    const used = { ...input, locale: this.locale };
    const reply = tool === "evaluate" ? this.#explicitReply(input) : null;
    if (reply) used.replyLocale = reply;
    else delete used.replyLocale;
    return used;
  }

  /** What goes to the module: a decision gets its reply locale (chosen, else by country, else locale). */
  #apiInput(tool, input) {
    return tool === "evaluate" ? { ...input, replyLocale: this.#replyLocaleFor(input) } : input;
  }

  #resetResult(tool) {
    for (const a of RESULT_ATTRS) {
      this.#nodes.result.removeAttribute(a);
      this.removeAttribute(a);
    }
    this.#nodes.result.setAttribute("data-tool", tool);
    U.clear(this.#nodes.result);
  }

  /** Sets a data-* value on the result card and, for scripts and host CSS, on the element itself. */
  #mark(name, value) {
    this.#nodes.result.setAttribute(name, String(value));
    this.setAttribute(name, String(value));
  }

  #compute(form, fromUser) {
    form.clearErrors();
    this.#resetResult(form.tool);
    this.#computed = true;
    const read = this.#read(form);
    if (read.errors.length) {
      this.#showError(read.errors, form);
      return;
    }
    this.#input = read.input;
    if (fromUser) this.#emit("dispute-input", read.input);
    this.#call(form.tool, read.input, form);
  }

  /** The result-only view: the input goes to the module as it is, in the element's locale. */
  #computeInput(input) {
    this.#resetResult(this.tool);
    this.#computed = true;
    const withLocale = this.#withLocales(this.tool, input);
    if (!withLocale.ruleset && this.ruleset) withLocale.ruleset = this.ruleset;
    this.#call(this.tool, withLocale, null);
  }

  /**
   * Calls the module, once the languages the call needs are loaded (the element loads them
   * itself: `loadLocale`). A later call wins over one still waiting for its catalogue.
   */
  #call(tool, input, form) {
    const token = ++this.#callToken;
    const sent = this.#apiInput(tool, input);
    const loading = ensureLocales(tool === "evaluate" ? [sent.locale, sent.replyLocale] : [sent.locale]);
    if (loading) {
      this.#nodes.result.appendChild(el("p", { class: "placeholder muted", text: this.t()("working") }));
      loading.then(
        () => {
          if (token !== this.#callToken) return;
          this.#resetResult(tool);
          this.#call(tool, input, form);
        },
        (e) => {
          if (token === this.#callToken) this.#showError([{ code: e.code || "locale_not_loaded", field: e.field || "replyLocale", message: String(e.message || e) }], form);
        },
      );
      return;
    }
    let out;
    try {
      out = this.#api[API_FN[tool]](sent);
    } catch (e) {
      this.#showError([{ code: e.code || "error", field: e.field || "", message: String(e.message || e) }], form);
      return;
    }
    this.#render(tool, input, out);
  }

  #render(tool, input, out) {
    this.#result = out;
    const t = this.t();
    const locale = this.locale;
    const shown = (amount) => money(amount, out.currency, locale);
    const reply = {
      locales: U.LOCALES,
      onChange: (tag) => {
        this.#replyFromUser = true;
        this.#refocusReply = true;
        this.replyLocale = tag;
      },
    };
    const ctx = { t, locale, info: this.rulesetInfo(input.ruleset), reply };
    const node = this.#nodes.result;
    if (tool === "evaluate") {
      this.#mark("data-outcome", out.outcome);
      this.#mark("data-refund", out.refund);
      this.#mark("data-fault", out.fault);
      this.#mark("data-reply-locale", out.replyLocale);
      R.renderDecision(node, out, input, ctx);
      this.#nodes.status.textContent = t("statusEvaluate", { o: t.opt("outcomes." + out.outcome) || out.outcome, r: shown(out.refund) });
      if (this.#refocusReply) {
        this.#refocusReply = false;
        const select = node.querySelector("select.reply-locale");
        if (select) select.focus();
      }
    } else if (tool === "shipping") {
      this.#mark("data-buyer-pays", out.buyerPays);
      this.#mark("data-seller-pays", out.sellerPays);
      this.#mark("data-insurer-pays", out.insurerPays);
      this.#mark("data-carrier-pays", out.carrierPays);
      R.renderSplit(node, out, input, ctx);
      this.#nodes.status.textContent = t("statusShipping", { b: shown(out.buyerPays), s: shown(out.sellerPays) });
    } else {
      this.#mark("data-penalty", out.penalty);
      this.#mark("data-total", out.total);
      R.renderPenalty(node, out, input, ctx);
      this.#nodes.status.textContent = t("statusPenalty", { p: shown(out.penalty), t: shown(out.total) });
    }
    this.#emit("dispute-result", out);
  }

  /** Shows refused input by its fields (or in the card) and fires dispute-error for the first. */
  #showError(errors, form) {
    this.#result = null;
    const t = this.t();
    const described = errors.map((e) => (form ? form.showFieldError(e) : describeWithoutForm(e, t)));
    const first = described[0];
    this.#mark("data-error", first.code || "form");
    this.#nodes.result.appendChild(
      el("div", { class: "error-card", part: "error" }, [
        el("p", null, el("strong", { text: first.code ? t("cannotDecide") : t("fixFields") })),
        el("p", { class: "error-message" }, errorNodes(first, true, t)),
      ]),
    );
    this.#nodes.status.textContent = t("statusError", { m: first.line });
    const raw = errors[0];
    this.#emit("dispute-error", {
      code: raw.code || FORM_ERROR_CODE[raw.field] || "invalid_amount",
      field: String(raw.field || ""),
      message: String(raw.message || ""),
    });
  }

  #emit(type, detail) {
    this.dispatchEvent(new CustomEvent(type, { detail, bubbles: true, composed: true }));
  }
}

function afterNextPaint(fn) {
  requestAnimationFrame(() => requestAnimationFrame(fn));
}

/** JSON with sorted keys: two inputs compare equal whatever order their fields were set in. */
function canonical(value) {
  return JSON.stringify(value, (key, v) =>
    v && typeof v === "object" && !Array.isArray(v) ? Object.fromEntries(Object.keys(v).sort().map((k) => [k, v[k]])) : v,
  );
}

/** An API error described for the result-only view, which has no field to put it by. */
function describeWithoutForm(e, t) {
  const field = String(e.field || "");
  const message = t.opt("errors." + e.code) || t("errors.other");
  const label = field ? t.opt(field) || null : null;
  return { code: e.code, field, label, message, line: t("errorLine", { label: label || field, message }), detail: e.message ? String(e.message) : null };
}

export function define() {
  if (!customElements.get("dispute-calculator")) customElements.define("dispute-calculator", DisputeCalculator);
}
