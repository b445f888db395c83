// <dispute-calculator>: the form and the result card of one tool, in an open shadow root, on Lit.
// Attributes: tool, ruleset, locale, reply-locale, view. Properties: input (read/write), result
// (read-only), updateComplete. Events (bubbling, composed): dispute-input, dispute-result,
// dispute-error. Setting several properties in one task computes once (Lit's batched update).
import { DisputeElement, html, nothing } from "./base.js";
import { ensureLocales, money, words } from "./i18n.js";
import { ToolForm, TOOLS, errorTemplate } from "./form.js";
import * as R from "./result.js";
import * as U from "./util.js";
import { loadApi, rulesetsIn } from "./wasm.js";
import { localeByCountry } from "../vocabulary.js";

const API_FN = { evaluate: "evaluateDispute", shipping: "returnShippingSplit", penalty: "refundPenalty" };
const FORM_HEADING = { evaluate: "formEvaluate", shipping: "formShipping", penalty: "formPenalty" };
const RESULT_ATTRS = [
  "data-outcome", "data-refund", "data-fault", "data-penalty", "data-total", "data-buyer-pays",
  "data-seller-pays", "data-insurer-pays", "data-carrier-pays", "data-error", "data-reply-locale",
];
// Form errors found before the module is called, as the API would name them.
const FORM_ERROR_CODE = { "policy.holidays": "invalid_date" };
// The attribute behind each attribute property.
const ATTRIBUTE = { tool: "tool", ruleset: "ruleset", locale: "locale", replyLocale: "reply-locale", view: "view" };

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
export class DisputeCalculator extends DisputeElement {
  #api = null;
  /** Settles once the module has started (or failed to): what updateComplete waits for first. */
  #started = null;
  #failed = null;
  #forms = {};
  #input = null;
  #result = null;
  #computed = false;
  #formPending = null;
  #formsLocale = null;
  #callToken = 0;
  #replyFromUser = false;
  #refocusReply = false;
  #focusResult = false;
  // Changes not yet acted on (the module or a catalogue was still loading).
  #changes = new Set();
  // What the result panel shows: a placeholder, a result, or an error; and its data-* values.
  #card = { kind: "placeholder", key: "working", tool: "evaluate" };
  #marks = {};
  #status = "";
  #events = [];

  // ------------------------------------------------------------ attributes and properties

  #setAttribute(prop, value) {
    const name = ATTRIBUTE[prop];
    const old = this.getAttribute(name);
    const next = value === null || value === undefined ? null : String(value);
    if (next === old) return;
    if (next === null) this.removeAttribute(name);
    else this.setAttribute(name, next);
  }

  attributeChangedCallback(name, oldValue, newValue) {
    super.attributeChangedCallback(name, oldValue, newValue);
    const prop = Object.keys(ATTRIBUTE).find((p) => ATTRIBUTE[p] === name);
    if (prop && oldValue !== newValue) this.requestUpdate(prop, oldValue);
  }

  get tool() {
    const t = this.getAttribute("tool");
    return TOOLS.includes(t) ? t : "evaluate";
  }
  set tool(v) {
    this.#setAttribute("tool", v);
  }
  get ruleset() {
    return this.getAttribute("ruleset");
  }
  set ruleset(v) {
    this.#setAttribute("ruleset", v);
  }
  get view() {
    return this.getAttribute("view") === "result" ? "result" : "full";
  }
  set view(v) {
    this.#setAttribute("view", v);
  }
  /** The locale in use: the attribute, else the input's, else the host document's lang, else the browser's. */
  get locale() {
    return U.elementLocale(this, [this.#input && this.#input.locale]);
  }
  set locale(v) {
    this.#setAttribute("locale", v);
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
    this.#setAttribute("replyLocale", v);
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
   * fills the form and computes (once, with any attribute set in the same task).
   * @type {CalculatorInput | null}
   */
  get input() {
    return this.#input;
  }
  set input(value) {
    const old = this.#input;
    this.#input = value && typeof value === "object" ? value : null;
    // A new object is a new input, even one equal to the last.
    this.requestUpdate("input", old === this.#input ? {} : old);
  }

  /**
   * The last output, or null (after an error too).
   * @type {CalculatorResult | null}
   */
  get result() {
    return this.#result;
  }

  connectedCallback() {
    super.connectedCallback();
    if (this.#started) return;
    this.#started = loadApi()
      .then((api) => {
        this.#api = api;
        // The seller's language is loaded before the form is built (its rulesets' names).
        return ensureLocales([this.locale]);
      })
      .then(
        () => {
          this.#changes.add("start");
          this.requestUpdate();
        },
        (e) => this.#startFailed(e),
      );
  }

  /**
   * Lit's `updateComplete`, which before the module has started also waits for it: a host that
   * sets `input` on a new element and awaits `updateComplete` finds the result drawn.
   * @protected
   */
  async getUpdateComplete() {
    if (this.#started) await this.#started;
    return super.getUpdateComplete();
  }

  #startFailed(e) {
    this.#failed = "The calculator could not start: " + String(e && e.message);
    this.#resetResult(this.tool);
    this.requestUpdate();
  }

  // ------------------------------------------------------------ the update cycle

  // Acts once on everything set since the last update: a new input, a tool, a view, a ruleset, a
  // locale. Runs before rendering; what it computes is drawn by render() and announced by updated().
  willUpdate(changed) {
    for (const name of changed.keys()) this.#changes.add(name);
    if (!this.#api || this.#failed) return;
    // The seller's language is loaded before anything is drawn in it.
    const loading = ensureLocales([this.locale]);
    if (loading) {
      loading.then(() => this.requestUpdate(), (e) => this.#startFailed(e));
      return;
    }
    const changes = this.#changes;
    if (!changes.size) return;
    this.#changes = new Set();
    if (this.#formsLocale !== this.locale) this.#relabelForms();
    if (changes.has("start") || changes.has("input") || changes.has("view")) {
      this.#apply("all");
    } else if (changes.has("tool")) {
      this.#apply("keep");
      if (changes.has("ruleset")) this.#rulesetChanged();
    } else if (changes.has("ruleset")) {
      this.#rulesetChanged();
    } else if (changes.has("locale") || changes.has("replyLocale")) {
      const fromUser = this.#replyFromUser;
      this.#replyFromUser = false;
      this.#refresh(fromUser);
    }
  }

  #rulesetChanged() {
    if (this.view === "full" && this.ruleset) {
      const form = this.#forms[this.tool];
      if (!form) return;
      form.setRuleset(this.ruleset);
      if (this.#computed) this.#compute(form, false);
    } else {
      this.#refresh();
    }
  }

  #relabelForms() {
    for (const f of Object.values(this.#forms)) f.set({ words: this.#t(), rulesets: this.#rulesets() });
    this.#formsLocale = this.locale;
  }

  updated() {
    const root = this.renderRoot;
    if (this.#focusResult) {
      this.#focusResult = false;
      const h = root.getElementById("result-h");
      h.focus();
      if (h.scrollIntoView) h.scrollIntoView({ block: "start" });
    }
    // The reply's language list keeps the focus once the reply in the chosen language is drawn
    // (its catalogue may load first).
    if (this.#refocusReply && this.#card.kind !== "placeholder") {
      this.#refocusReply = false;
      const select = root.querySelector("select.reply-locale");
      if (select) select.focus();
    }
    const events = this.#events;
    this.#events = [];
    for (const [type, detail] of events) this.emit(type, detail);
  }

  // ------------------------------------------------------------ rendering

  #t() {
    return words(this.locale);
  }

  #rulesets() {
    return rulesetsIn(this.#api, this.locale);
  }

  #rulesetInfo(id) {
    return this.#api ? this.#rulesets().find((r) => r.id === id) || null : null;
  }

  render() {
    const t = this.#t();
    const view = this.view;
    const card = this.#card;
    const attr = (name) => (this.#marks[name] === undefined ? nothing : this.#marks[name]);
    // The words' language (English while the locale has no words of its own); the engine's texts
    // carry their own lang.
    return html`<div class="base layout" part="base" data-view=${view} lang=${t.lang}><section class="panel form-panel" aria-labelledby="form-h" part="form-panel" ?hidden=${view === "result"}><h2 id="form-h">${t(FORM_HEADING[this.tool])}</h2><div id="forms" ?hidden=${view === "result"} @form-edit=${this.#onFormEdit}>${Object.values(this.#forms).map((f) => f.node)}</div></section><section class="panel result-panel" aria-labelledby="result-h" part="result-panel"><h2 id="result-h" tabindex="-1" class=${view === "result" ? "visually-hidden" : nothing}>${t("result")}</h2><p id="status" class="visually-hidden" role="status" aria-live="polite">${this.#status}</p><div id="result" part="result" data-tool=${card.tool} data-outcome=${attr("data-outcome")} data-refund=${attr("data-refund")} data-fault=${attr("data-fault")} data-penalty=${attr("data-penalty")} data-total=${attr("data-total")} data-buyer-pays=${attr("data-buyer-pays")} data-seller-pays=${attr("data-seller-pays")} data-insurer-pays=${attr("data-insurer-pays")} data-carrier-pays=${attr("data-carrier-pays")} data-error=${attr("data-error")} data-reply-locale=${attr("data-reply-locale")}>${this.#cardTemplate(t)}</div></section></div>`;
  }

  #cardTemplate(t) {
    const card = this.#card;
    if (this.#failed) return html`<p class="error-card" part="error">${this.#failed}</p>`;
    if (card.kind === "placeholder") return html`<p class="placeholder muted">${t(card.key)}</p>`;
    if (card.kind === "error") {
      return html`<div class="error-card" part="error"><p><strong>${card.first.code ? t("cannotDecide") : t("fixFields")}</strong></p><p class="error-message">${errorTemplate(card.first, true, t)}</p></div>`;
    }
    const reply = {
      locales: U.LOCALES,
      onChange: (tag) => {
        this.#replyFromUser = true;
        this.#refocusReply = true;
        this.replyLocale = tag;
      },
    };
    const ctx = { t, locale: this.locale, info: card.info, reply };
    if (card.tool === "evaluate") return R.decisionCard(card.out, card.input, ctx);
    if (card.tool === "shipping") return R.splitCard(card.out, card.input, ctx);
    return R.penaltyCard(card.out, card.input, ctx);
  }

  /** A user edit (or a submit) in a form: compute, and tell the host. */
  #onFormEdit = (e) => {
    const form = Object.values(this.#forms).find((f) => f.node === e.target);
    if (!form || !this.#api) return;
    this.#compute(form, true);
    if (e.detail && e.detail.submitted) this.#focusResult = true;
    this.requestUpdate();
  };

  /** The tool's form, built (and filled with `input`) the first time it is needed. */
  #form(tool, input = null) {
    if (!this.#forms[tool]) {
      const form = new ToolForm(tool);
      this.#forms[tool] = form;
      form.set({ words: this.#t(), rulesets: this.#rulesets(), shown: tool === this.tool });
      this.#formsLocale = this.locale;
      form.fill(input || {}, this.ruleset);
      this.requestUpdate();
    }
    return this.#forms[tool];
  }

  #showForm(form) {
    for (const f of Object.values(this.#forms)) if (f.shown !== (f === form)) f.set({ shown: f === form });
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
    this.#show(tool, used, out);
    return true;
  }

  #buildPendingForm() {
    const pending = this.#formPending;
    this.#formPending = null;
    if (!pending || this.#forms[pending.tool] || this.view !== "full") return;
    const form = this.#form(pending.tool, pending.input);
    if (this.tool !== pending.tool) {
      form.set({ shown: false });
      return;
    }
    this.#showForm(form);
    const read = this.#read(form);
    if (read.errors.length || canonical(read.input) !== canonical(pending.used)) this.#compute(form, false);
    else this.#input = read.input;
    this.requestUpdate();
  }

  /**
   * Shows the current tool. A new input is filled into its form and computed; with "keep" (a tool
   * switch) a form the user already worked on is shown as it is and computed again.
   */
  #apply(mode = "all") {
    if (this.view === "result") {
      if (this.#input) this.#computeInput(this.#input);
      else this.#showPlaceholder("noResultYet");
      return;
    }
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
      form.fill(this.#input, this.ruleset);
      this.#compute(form, false);
    } else {
      // A tool never shown before, with no input for it yet.
      if (mode === "keep") this.#input = null;
      this.#showPlaceholder("noResultYet");
    }
  }

  /** Recomputes what is shown, e.g. in a new locale; `fromUser` (the reply's language list) tells the host. */
  #refresh(fromUser = false) {
    if (this.view === "result") {
      if (this.#input) this.#computeInput(this.#input);
    } else if (this.#computed) {
      this.#compute(this.#form(this.tool), fromUser);
    }
  }

  #showPlaceholder(key) {
    this.#resetResult(this.tool);
    this.#computed = false;
    this.#card = { kind: "placeholder", key, tool: this.tool };
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
    for (const a of RESULT_ATTRS) this.removeAttribute(a);
    this.#marks = {};
    this.#card = { kind: "placeholder", key: "working", tool };
  }

  /** Sets a data-* value on the result card and, for scripts and host CSS, on the element itself. */
  #mark(name, value) {
    this.#marks[name] = String(value);
    this.setAttribute(name, String(value));
  }

  #compute(form, fromUser) {
    this.#resetResult(form.tool);
    this.#computed = true;
    const read = this.#read(form);
    if (read.errors.length) {
      this.#showError(read.errors, form);
      return;
    }
    form.clearErrors();
    this.#input = read.input;
    if (fromUser) this.emit("dispute-input", read.input);
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
    const loading = ensureLocales([this.locale], tool === "evaluate" ? [sent.locale, sent.replyLocale] : [sent.locale]);
    if (loading) {
      this.#card = { kind: "placeholder", key: "working", tool };
      loading.then(
        () => {
          if (token !== this.#callToken) return;
          this.#resetResult(tool);
          this.#call(tool, input, form);
          this.requestUpdate();
        },
        (e) => {
          if (token !== this.#callToken) return;
          this.#showError([{ code: e.code || "locale_not_loaded", field: e.field || "replyLocale", message: String(e.message || e) }], form);
          this.requestUpdate();
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
    this.#show(tool, input, out);
  }

  /** Records a result: the card to draw, its data-* values, the status line, dispute-result. */
  #show(tool, input, out) {
    this.#result = out;
    const t = this.#t();
    const locale = this.locale;
    const shown = (amount) => money(amount, out.currency, locale);
    this.#card = { kind: "result", tool, input, out, info: this.#rulesetInfo(input.ruleset) };
    if (tool === "evaluate") {
      this.#mark("data-outcome", out.outcome);
      this.#mark("data-refund", out.refund);
      this.#mark("data-fault", out.fault);
      this.#mark("data-reply-locale", out.replyLocale);
      this.#status = t("statusEvaluate", { o: t.opt("outcomes." + out.outcome) || out.outcome, r: shown(out.refund) });
    } else if (tool === "shipping") {
      this.#mark("data-buyer-pays", out.buyerPays);
      this.#mark("data-seller-pays", out.sellerPays);
      this.#mark("data-insurer-pays", out.insurerPays);
      this.#mark("data-carrier-pays", out.carrierPays);
      this.#status = t("statusShipping", { b: shown(out.buyerPays), s: shown(out.sellerPays) });
    } else {
      this.#mark("data-penalty", out.penalty);
      this.#mark("data-total", out.total);
      this.#status = t("statusPenalty", { p: shown(out.penalty), t: shown(out.total) });
    }
    this.#events.push(["dispute-result", out]);
  }

  /** Shows refused input by its fields (or in the card) and fires dispute-error for the first. */
  #showError(errors, form) {
    this.#result = null;
    const t = this.#t();
    const described = form ? form.showErrors(errors) : errors.map((e) => describeWithoutForm(e, t));
    const first = described[0];
    this.#mark("data-error", first.code || "form");
    this.#card = { kind: "error", tool: form ? form.tool : this.tool, first };
    this.#status = t("statusError", { m: first.line });
    const raw = errors[0];
    this.#events.push([
      "dispute-error",
      {
        code: raw.code || FORM_ERROR_CODE[raw.field] || "invalid_amount",
        field: String(raw.field || ""),
        message: String(raw.message || ""),
      },
    ]);
  }
}

// The attribute properties keep their attribute as the one source (a setter writes it, a getter
// reads it with the element's defaults); Lit observes the attributes and batches the updates.
// Declared here rather than in a static field, which the manifest would list as a property.
const PROPERTIES = {
  tool: { noAccessor: true },
  ruleset: { noAccessor: true },
  locale: { noAccessor: true },
  replyLocale: { attribute: "reply-locale", noAccessor: true },
  view: { noAccessor: true },
  input: { attribute: false, noAccessor: true },
};
for (const [name, options] of Object.entries(PROPERTIES)) DisputeCalculator.createProperty(name, options);

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
  // Written out (not defineOnce): the manifest's analyzer finds the definition by this call.
  if (!customElements.get("dispute-calculator")) customElements.define("dispute-calculator", DisputeCalculator);
}
