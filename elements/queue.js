// <dispute-queue>: a seller's whole list of open disputes, triaged in the page. A CSV file (picker
// or drag-and-drop, or the generated sample export) or the `items` property goes through the queue core (queue/: parsing, column
// mapping, chunked evaluation in a Web Worker, triage, export); this element is its UI, a Lit
// element composed of parts in ./queue/, each with one job: the file and mapping step
// (input-step.js, storage.js), the run (evaluation.js, the one call of runQueue), the summary and
// its chart (summary.js, chart.js), the toolbar (toolbar.js), the virtualized list (list.js) and
// the detail dialog (detail.js). This module holds the run's state and the public API. Every cell
// is rendered as text.
import { nothing } from "lit";
import { styleProperties } from "./queue/style-properties.js";
import { DisputeElement, html } from "./base.js";
import { day, ensureLocales, words } from "./i18n.js";
import * as U from "./util.js";
import { define as defineCalculator } from "./calculator.js";
import { sortEntries, filterEntries, summarise } from "../queue/triage.js";
import { exportCsv, tableFromItems } from "../queue/export.js";
import { LOCALES, renderReplies, replyLocales } from "../queue/replies.js";
import { loadApi } from "./wasm.js";
import { InputStep, sampleFile, today } from "./queue/input-step.js";
import { evaluateRows } from "./queue/evaluation.js";
import { summaryPanel } from "./queue/summary.js";
import { QueueToolbar } from "./queue/toolbar.js";
import { QueueList } from "./queue/list.js";
import { QueueDetail } from "./queue/detail.js";

/**
 * A seller's list of open disputes: CSV import (UTF-8 or GBK, mapped columns), evaluation in a Web
 * Worker with progress and Cancel, a virtualized list sorted by urgency, filters, a summary, the
 * detail of one order and a CSV export.
 *
 * @tag dispute-queue
 * @summary The dispute queue: import, triage and export a whole list of after-sales cases.
 *
 * @attr {"en" | "zh-CN" | "ru" | "pt-BR" | "es" | "fr" | "de" | "it" | "pl" | "ko" | "ja"} locale - The seller's language; default: the host document's lang, then the browser's. Labels without their own catalogue yet are English.
 * @attr {"en" | "zh-CN" | "ru" | "pt-BR" | "es" | "fr" | "de" | "it" | "pl" | "ko" | "ja"} reply-locale - One reply language for the export and the detail; default (absent): each buyer's own (buyerLanguage or replyLocale column, else the destination country's language, else locale).
 * @attr {string} as-of - The date (YYYY-MM-DD) rows without their own asOf are evaluated as of; default today.
 * @attr {"idle" | "running" | "done"} data-state - Set by the element: the run's state.
 * @attr {number} data-rows - Set by the element: rows read.
 * @attr {number} data-refused - Set by the element: rows that are not valid inputs.
 *
 * @fires {CustomEvent<QueueDoneDetail>} queue-done - A run finished; detail: { rows, refused, byOutcome }.
 *
 * @csspart base - The element's layout.
 * @csspart import - The panel with the file picker, the drop zone and the as-of date.
 * @csspart drop - The drop zone.
 * @csspart progress - The progress bar.
 * @csspart cancel - The Cancel button.
 * @csspart mapping - The mapping step.
 * @csspart summary - The summary panel.
 * @csspart chart - The chart of deadlines per day.
 * @csspart list - The list panel.
 * @csspart toolbar - Search, filters and the export button.
 * @csspart row - One row of the list.
 * @csspart badge - An outcome badge.
 * @csspart detail - The detail dialog.
 *
 * @cssprop [--dc-accent=#0b57d0] - Buttons, links, the progress bar.
 * @cssprop [--dc-bad=#b3261e] - Deadlines today or passed, refused rows.
 * @cssprop [--dc-line=#c9ced6] - Rules and borders.
 * @cssprop [--dc-row-alt=#f6f7f9] - Every other row of the list.
 * @cssprop [--dc-list-height=28em] - Height of the list's scrolling area.
 */
export class DisputeQueue extends DisputeElement {
  // The three attributes; their properties are the accessors below (the locale and the date have
  // defaults computed when read, and the reply locale is the toolbar's choice too).
  static properties = {
    locale: { noAccessor: true },
    asOf: { attribute: "as-of", noAccessor: true },
    replyLocale: { attribute: "reply-locale", noAccessor: true },
  };

  #input = new InputStep(this, {
    onFile: (file) => this.importFile(file),
    // The sample as of the date the queue would evaluate it, so its deadlines fall near that date.
    onSample: () => {
      const file = sampleFile({ locale: this.locale, today: this.asOf });
      this.#samples.add(file);
      this.importFile(file);
    },
    onAsOf: (date) => {
      this.#asOf = date;
      if (this.#table && this.dataset.state !== "running") this.#run();
    },
    onMapped: (table) => {
      this.#table = table;
      this.#run();
    },
  });
  #toolbar = new QueueToolbar(this, {
    onFilter: () => this.#refilter(),
    onReplyLocale: (tag) => {
      this.replyLocale = tag;
    },
    onUrgency: () => this.#resort({ key: "urgency", descending: false }),
    onExport: () => this.#download(),
  });
  #list = new QueueList(this, {
    onOpen: (entry) => this.#detail.show(entry),
    onSort: (sort) => this.#resort(sort),
  });
  #detail = new QueueDetail(this, { onClose: () => this.#list.focusActive() });

  #asOf = this.getAttribute("as-of") || today();
  #replyLocale = "";
  #table = null; // { headers, columns, rows } from the core
  #source = null; // the file read: { name, sample }, or null (none, or the items property)
  #samples = new WeakSet(); // the sample files this element generated
  #results = null; // one result per row (slimmed), once a run finished
  #entries = []; // triaged rows, in file order
  #sorted = [];
  #sort = { key: "urgency", descending: false };
  #summary = null;
  #rulesets = [];
  #asOfUsed = null;
  #controller = null;
  #generation = 0; // bumped by every new import or run: an older one that wakes up stops there
  #listShown = false;
  #actions = { run: false, remap: false };
  #progress = null; // { label(t), value (null: not known yet), max }
  #message = null; // { say(t), error }
  #status = null; // the polite live region's text, say(t)
  #replies = null; // { key, results, replies } once rendered for an export

  // ------------------------------------------------------------ attributes and properties

  /** Sets or removes an attribute; true when it changed (its change comes back to the setter). */
  #reflect(name, value) {
    if (value === null || value === undefined) {
      if (!this.hasAttribute(name)) return false;
      this.removeAttribute(name);
      return true;
    }
    if (this.getAttribute(name) === String(value)) return false;
    this.setAttribute(name, value);
    return true;
  }

  /** The locale in use: the attribute, else the host document's lang, else the browser's. */
  get locale() {
    return U.elementLocale(this);
  }
  set locale(v) {
    if (this.#reflect("locale", v)) return;
    this.requestUpdate();
    if (this.isConnected) this.#loadWords();
  }

  /**
   * The as-of date for rows without their own (YYYY-MM-DD): the date field's value, today by default.
   * @type {string}
   */
  get asOf() {
    return this.#asOf || today();
  }
  set asOf(v) {
    if (this.#reflect("as-of", v)) return;
    this.#asOf = v || today();
    this.requestUpdate();
    if (this.#table && this.dataset.state !== "running") this.#run();
  }

  /**
   * API inputs to evaluate (each may carry `orderId` and extra keys such as `note`): setting it
   * starts a run. Reading gives the inputs of the rows in the queue.
   * @type {Array<QueueItem>}
   */
  get items() {
    return this.#table ? this.#table.rows.map((row) => row.input) : [];
  }
  set items(list) {
    this.#stop();
    const table = tableFromItems(Array.isArray(list) ? list : []);
    table.fromItems = true;
    this.#source = null;
    this.#loaded(table, { map: false });
  }

  /**
   * The triaged rows in the list's order (sorted and filtered as shown): id, ruleset, outcome
   * ("refused" for rows that are not valid inputs), refund, currency, fault, deadline, failedCheck, error.
   * @type {Array<QueueEntry>}
   */
  get entries() {
    return this.#list.view.map(publicEntry);
  }

  /**
   * The reply language of the export and the detail: a locale tag for every row, or null (the
   * default) for each buyer's own (the row's buyerLanguage or replyLocale column, else its
   * destination country's language, else the queue's locale). The list above the table sets it.
   * @type {string | null}
   */
  get replyLocale() {
    return this.#replyLocale || null;
  }
  set replyLocale(v) {
    this.#replyLocale = v && LOCALES.includes(v) ? v : "";
    this.requestUpdate();
  }

  /**
   * The export of the last run as CSV text (UTF-8 with a BOM), with each row's reply in its
   * buyer's language (columns result.replyLocale and result.reply); resolves to null before a run
   * finished. The replies are written on the first export of a run (the run itself renders no
   * text), with the catalogues they need loaded first.
   * @returns {Promise<string | null>}
   */
  async exportCsv() {
    if (!this.#table || !this.#results) return null;
    const replies = await this.#renderReplies();
    return exportCsv(this.#table, this.#results, { replies });
  }

  /**
   * Reads a CSV file (a File, a Blob, bytes or text), as the file picker and a drop do.
   * @param {Blob | ArrayBuffer | Uint8Array | string} file
   */
  async importFile(file) {
    this.#stop();
    const generation = this.#generation;
    this.#source = typeof file?.name === "string" && file.name ? { name: file.name, sample: this.#samples.has(file) } : null;
    this.#results = null;
    this.#showList(false);
    this.#input.hide();
    const controller = new AbortController();
    this.#controller = controller;
    this.#setState("running");
    this.#progress = { label: (t) => t("queue.readingStart"), value: null, max: 1 };
    this.#say((t) => t("queue.reading", { n: 0 }));
    let table;
    try {
      table = await this.#input.read(file, {
        signal: controller.signal,
        onProgress: ({ rows }) => this.#say((t) => t("queue.reading", { n: rows })),
      });
    } catch (error) {
      if (generation !== this.#generation) return; // a newer import or run took over
      this.#controller = null;
      this.#setState("idle");
      this.#progress = null;
      if (controller.signal.aborted) this.#say(null);
      else this.#say((t) => t.opt("queue.fileErrors." + error.code) || `${t("queue.fileErrors.other")} ${error.message}`, true);
      return;
    }
    if (generation !== this.#generation) return;
    this.#controller = null;
    this.#loaded(table, { map: true });
  }

  connectedCallback() {
    // A value set on the element before it was defined shadows the accessor: set it again.
    if (Object.prototype.hasOwnProperty.call(this, "items")) {
      const value = this.items;
      delete this.items;
      this.items = value;
    }
    super.connectedCallback();
    if (!this.hasAttribute("data-state")) this.#setState("idle");
    this.#loadWords();
  }

  disconnectedCallback() {
    super.disconnectedCallback();
    this.#stop();
  }

  /** The words of the queue's locale, loaded when the package has them (English until then). */
  #loadWords() {
    const loading = ensureLocales([this.locale]);
    if (loading) loading.then(() => this.requestUpdate(), () => {});
  }

  // ------------------------------------------------------------ state

  #setState(state) {
    this.setAttribute("data-state", state);
    this.requestUpdate();
  }

  /** The message under the import panel, said in the words of the moment (null: none). */
  #say(say, error = false) {
    this.#message = say ? { say, error } : null;
    this.requestUpdate();
  }

  #showList(shown) {
    this.#listShown = shown;
    if (!shown) this.#detail.close();
    this.requestUpdate();
  }

  #loaded(table, { map }) {
    this.#table = table;
    this.#results = null;
    if (map) {
      this.#table = this.#input.withStoredMapping(table);
      if (this.#table.columns.needsMapping) {
        this.#setState("idle");
        this.#progress = null;
        this.#say(null);
        this.#showList(false);
        this.#input.show(this.#table);
        return;
      }
    }
    this.#run();
  }

  // ------------------------------------------------------------ the run

  #stop() {
    this.#generation++;
    this.#controller?.abort();
    this.#controller = null;
  }

  #cancel = () => {
    this.#controller?.abort(new DOMException("cancelled", "AbortError"));
  };

  #remap = () => this.#input.show(this.#table);

  #runAgain = () => this.#run();

  async #run() {
    this.#stop();
    const generation = this.#generation;
    const table = this.#table;
    const rows = table.rows;
    const asOf = this.asOf;
    this.#asOfUsed = asOf;
    this.#results = null;
    this.#entries = [];
    this.#showList(false);
    this.#input.hide();
    this.#actions = { run: false, remap: false };
    this.setAttribute("data-rows", String(rows.length));
    this.removeAttribute("data-refused");
    this.#setState("running");
    this.#say(null);
    const progress = (done) => ({ label: (t) => t("queue.progress", { done, total: rows.length }), value: done, max: Math.max(rows.length, 1) });
    this.#progress = progress(0);
    const controller = new AbortController();
    this.#controller = controller;
    let done = 0;
    let run;
    try {
      run = await evaluateRows(rows, {
        asOf,
        signal: controller.signal,
        onProgress: (p) => {
          done = p.done;
          this.#progress = progress(p.done);
          this.requestUpdate();
        },
      });
    } catch (error) {
      if (generation !== this.#generation) return; // a newer run or import took over
      this.#controller = null;
      this.#setState("idle");
      this.#progress = null;
      this.#actions = { run: true, remap: !table.fromItems };
      if (controller.signal.aborted) this.#say((t) => t("queue.cancelled", { done, total: rows.length }));
      else this.#say((t) => `${t("queue.workerFailed")} ${error.message}`, true);
      return;
    }
    if (generation !== this.#generation) return;
    this.#controller = null;
    this.#entries = run.entries;
    this.#results = run.results;
    await nextTask(); // the page stays responsive between the steps
    if (generation !== this.#generation) return;
    this.#sorted = sortEntries(this.#entries, { ...this.#sort, headers: table.headers });
    await nextTask();
    if (generation !== this.#generation) return;
    this.#summary = summarise(this.#entries, { asOf });
    this.#finish(generation);
  }

  async #finish(generation) {
    const summary = this.#summary;
    this.#progress = null;
    this.#actions = { run: true, remap: !this.#table.fromItems };
    this.#rulesets = [...new Set(this.#entries.map((e) => e.ruleset).filter(Boolean))].sort();
    this.#toolbar.keepRulesetIn(this.#rulesets);
    this.#list.show(filterEntries(this.#sorted, this.#toolbar.filters()));
    this.#showList(true);
    this.setAttribute("data-refused", String(summary.refused));
    this.#setState("done");
    const doneText = (t) => t("queue.done", { rows: summary.rows, refused: summary.refused, asOf: day(this.#asOfUsed, this.locale) });
    this.#say(doneText);
    this.#status = doneText;
    // The list is in the DOM when the host hears of it.
    await this.updateComplete;
    if (generation !== this.#generation) return;
    this.emit("queue-done", { rows: summary.rows, refused: summary.refused, byOutcome: { ...summary.byOutcome } });
  }

  // ------------------------------------------------------------ the list

  #refilter() {
    if (!this.#results) return;
    this.#list.show(filterEntries(this.#sorted, this.#toolbar.filters()));
  }

  #resort(sort) {
    this.#sort = sort;
    this.requestUpdate();
    if (!this.#results) return;
    this.#sorted = sortEntries(this.#entries, { ...sort, headers: this.#table.headers });
    this.#refilter();
  }

  // ------------------------------------------------------------ export

  /** Each decided row's reply, in its buyer's language (or the chosen one), once per run and choice. */
  async #renderReplies(signal) {
    const key = `${this.locale}\u0000${this.replyLocale ?? ""}`;
    const table = this.#table;
    const results = this.#results;
    if (this.#replies && this.#replies.key === key && this.#replies.results === results) return this.#replies.replies;
    const options = { locale: this.locale, replyLocale: this.replyLocale, asOf: this.#asOfUsed };
    const [api] = await Promise.all([loadApi(), ensureLocales([], replyLocales(table.rows, options))]);
    const replies = await renderReplies(table.rows, results, {
      ...options,
      signal,
      evaluate: async (items) => {
        const out = api.evaluateDisputes(items);
        await nextTask(); // the page stays responsive between chunks
        return out;
      },
      onProgress: ({ done, total }) => {
        this.#progress = { label: (t) => t("queue.writingReplies", { done, total }), value: done, max: Math.max(total, 1) };
        this.requestUpdate();
      },
    });
    this.#progress = null;
    this.requestUpdate();
    if (this.#results === results) this.#replies = { key, results, replies };
    return replies;
  }

  async #download() {
    if (!this.#table || !this.#results) return;
    this.#toolbar.exporting = true;
    this.requestUpdate();
    let text;
    try {
      text = await this.exportCsv();
    } catch (error) {
      this.#progress = null;
      this.#say((t) => `${t("queue.workerFailed")} ${error.message}`, true);
      return;
    } finally {
      this.#toolbar.exporting = false;
      this.requestUpdate();
    }
    if (text === null) return;
    const url = URL.createObjectURL(new Blob([text], { type: "text/csv;charset=utf-8" }));
    const a = this.renderRoot.querySelector("a.download");
    a.href = url;
    a.download = `disputes-${this.#asOfUsed}.csv`;
    a.click();
    setTimeout(() => URL.revokeObjectURL(url), 60_000);
  }

  // ------------------------------------------------------------ rendering

  #renderProgress(t) {
    const p = this.#progress;
    return html`<div class="progress-box" ?hidden=${!p}>
      <label for="progress" id="progress-label">${p ? p.label(t) : ""}</label>
      <div class="progress-row">
        <progress id="progress" part="progress" max=${p ? p.max : 1} value=${p && p.value !== null ? p.value : nothing}></progress>
        <button type="button" class="secondary" part="cancel" id="cancel" @click=${this.#cancel}>${t("queue.cancel")}</button>
      </div>
    </div>`;
  }

  /** The sample is offered until the queue holds the user's own rows (a file or the items). */
  #offersSample() {
    if (this.#source) return this.#source.sample;
    return !this.#table?.fromItems;
  }

  render() {
    const t = words(this.locale);
    const locale = this.locale;
    const list = this.#list;
    const message = this.#message;
    return html`<div class="base queue ${list.narrow ? "narrow" : ""}" part="base" lang=${t.lang} data-state=${this.dataset.state || "idle"} style=${styleProperties({ "--queue-row-height": `${list.rowHeight}px` })}>
      <p class="visually-hidden" role="status" aria-live="polite">${this.#status ? this.#status(t) : ""}</p>
      <section class="panel import" part="import" aria-labelledby="import-h">
        <h2 id="import-h">${t("queue.heading")}</h2>
        <p class="muted queue-intro">${t("queue.intro")}</p>
        ${this.#input.renderPicker(t, this.asOf, { offerSample: this.#offersSample(), source: this.#source })}
        ${this.#renderProgress(t)}
        <p class="queue-message ${message?.error ? "field-error" : ""}" id="message" role=${message?.error ? "alert" : "status"}>${message ? message.say(t) : ""}</p>
        <div class="actions">
          <button type="button" class="secondary" id="run" ?hidden=${!this.#actions.run} @click=${this.#runAgain}>${t("queue.run")}</button>
          <button type="button" class="secondary" id="remap" ?hidden=${!this.#actions.remap} @click=${this.#remap}>${t("queue.remap")}</button>
        </div>
        ${this.#input.renderFileInput()}
      </section>
      ${this.#input.renderMapping(t)}
      ${summaryPanel(this.#listShown ? this.#summary : null, t, locale)}
      <section class="panel list-panel" part="list" aria-labelledby="list-h" ?hidden=${!this.#listShown}>
        <h2 id="list-h">${t("queue.list")}</h2>
        ${this.#toolbar.render(t, { rulesets: this.#rulesets, replyLocale: this.#replyLocale, byUrgency: this.#sort.key === "urgency" })}
        ${list.render(t, locale, this.#sort, this.#entries.length)}
        <a class="download" hidden></a>
      </section>
      ${this.#detail.render(t, locale, this.replyLocale)}
    </div>`;
  }
}

function publicEntry(e) {
  return {
    index: e.index,
    id: e.id,
    ruleset: e.ruleset,
    outcome: e.outcome,
    refund: e.refund,
    currency: e.currency,
    fault: e.fault,
    asOf: e.asOf,
    deadline: e.deadline,
    passed: e.passed,
    deadlines: e.deadlines,
    failedCheck: e.failedCheck,
    error: e.error,
    extras: e.row.extras,
  };
}

function nextTask() {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

export function define() {
  defineCalculator();
  // Written out (not defineOnce) so that the manifest's analyzer sees the tag's definition.
  if (!customElements.get("dispute-queue")) customElements.define("dispute-queue", DisputeQueue);
}
