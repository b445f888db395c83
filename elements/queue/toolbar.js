// The list's toolbar: search, the filters (outcome, ruleset, due within N days), the reply
// language of the export and the detail, back to urgency order, and the export button. It keeps
// the filters; the queue applies them.
import { html } from "lit";
import { languageName, languageNameIn } from "../i18n.js";
import { LOCALES } from "../../queue/replies.js";
import { OUTCOMES, outcomeText } from "./words.js";

/**
 * A reactive controller of the queue element. `onFilter()` after a filter changed,
 * `onReplyLocale(tag or "")`, `onUrgency()`, `onExport()`.
 */
export class QueueToolbar {
  #host;
  #callbacks;
  #search = "";
  #outcome = "";
  #ruleset = "";
  #due = "";
  /** True while the export is being written (the button is disabled). */
  exporting = false;

  constructor(host, callbacks) {
    this.#host = host;
    this.#callbacks = callbacks;
    host.addController(this);
  }

  /** The filters as queue/triage.js filterEntries() takes them. */
  filters() {
    const due = this.#due.trim();
    return {
      outcomes: this.#outcome ? [this.#outcome] : null,
      rulesets: this.#ruleset ? [this.#ruleset] : null,
      dueWithinDays: due === "" || !/^\d+$/.test(due) ? null : Number(due),
      search: this.#search,
    };
  }

  /** A new run's rulesets: a chosen ruleset the file no longer has is let go. */
  keepRulesetIn(rulesets) {
    if (!rulesets.includes(this.#ruleset)) this.#ruleset = "";
  }

  #set(apply) {
    return (e) => {
      apply(e.target.value);
      this.#host.requestUpdate();
      this.#callbacks.onFilter();
    };
  }

  #onSearch = this.#set((v) => (this.#search = v));
  #onOutcome = this.#set((v) => (this.#outcome = v));
  #onRuleset = this.#set((v) => (this.#ruleset = v));
  #onDue = this.#set((v) => (this.#due = v));
  #onReplyLocale = (e) => this.#callbacks.onReplyLocale(e.target.value);
  #onUrgency = () => this.#callbacks.onUrgency();
  #onExport = () => this.#callbacks.onExport();

  // The languages' names in the words' language: Intl.DisplayNames once per language, not per render
  // (the toolbar renders with every progress step of a run).
  #names = new Map();

  #languageNames(lang) {
    if (!this.#names.has(lang)) {
      this.#names.set(
        lang,
        LOCALES.map((tag) => {
          const own = languageName(tag);
          const known = languageNameIn(tag, lang);
          return known && known.toLocaleLowerCase(lang) !== own.toLocaleLowerCase(tag) ? `${own} (${known})` : own;
        }),
      );
    }
    return this.#names.get(lang);
  }

  /** The reply-language list: each buyer's (the default), then the eleven languages in their own names. */
  #replyOptions(t, chosen) {
    const names = this.#languageNames(t.lang);
    return LOCALES.map((tag, i) => html`<option value=${tag} lang=${tag} ?selected=${chosen === tag}>${names[i]}</option>`);
  }

  /**
   * The toolbar in the words of `t`: `rulesets` those of the run, `replyLocale` the chosen reply
   * language ("" for each buyer's), `byUrgency` whether the list is in urgency order.
   */
  render(t, { rulesets, replyLocale, byUrgency }) {
    return html`<div class="toolbar" part="toolbar">
      <div class="field"><label for="search">${t("queue.search")}</label><input type="search" id="search" autocomplete="off" @input=${this.#onSearch} /></div>
      <div class="field">
        <label for="outcome-filter">${t("queue.outcomeFilter")}</label>
        <select id="outcome-filter" @change=${this.#onOutcome}>
          <option value="" ?selected=${this.#outcome === ""}>${t("queue.all")}</option>
          ${OUTCOMES.map((o) => html`<option value=${o} ?selected=${this.#outcome === o}>${outcomeText(t, o)}</option>`)}
        </select>
      </div>
      <div class="field">
        <label for="ruleset-filter">${t("queue.rulesetFilter")}</label>
        <select id="ruleset-filter" @change=${this.#onRuleset}>
          <option value="" ?selected=${this.#ruleset === ""}>${t("queue.all")}</option>
          ${rulesets.map((r) => html`<option value=${r} ?selected=${this.#ruleset === r}>${r}</option>`)}
        </select>
      </div>
      <div class="field"><label for="due-within">${t("queue.dueWithin")}</label><input type="number" id="due-within" min="0" step="1" inputmode="numeric" @input=${this.#onDue} /></div>
      <div class="field reply-field">
        <label for="reply-locale">${t("queue.replyLanguage")}</label>
        <select id="reply-locale" aria-describedby="reply-locale-hint" @change=${this.#onReplyLocale}>
          <option value="" title=${t("queue.replyAutoHint")} ?selected=${replyLocale === ""}>${t("queue.replyAuto")}</option>
          ${this.#replyOptions(t, replyLocale)}
        </select>
        <p id="reply-locale-hint" class="visually-hidden">${t("queue.replyAutoHint")}</p>
      </div>
      <div class="toolbar-buttons">
        <button type="button" class="secondary" id="urgency" aria-pressed=${String(byUrgency)} @click=${this.#onUrgency}>${t("queue.urgency")}</button>
        <button type="button" class="primary" id="export" ?disabled=${this.exporting} @click=${this.#onExport}>${t("queue.export")}</button>
      </div>
    </div>`;
  }
}
