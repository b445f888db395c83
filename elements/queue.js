// <dispute-queue>: a seller's whole list of open disputes, triaged in the page. A CSV file (picker
// or drag-and-drop) or the `items` property goes through the queue core (queue/: parsing, column
// mapping, chunked evaluation in a Web Worker, triage, export); this element is its UI: the mapping
// step, progress and Cancel, a virtualized list, the summary, the detail (a <dispute-calculator
// view="result">) and the export. Every cell is set as text.
import { day, ensureLocales, languageName, languageNameIn, money, words } from "./i18n.js";
import * as U from "./util.js";
import { sheet } from "./styles.js";
import { workerOptions } from "./queue-worker.js";
import { define as defineCalculator } from "./calculator.js";
import { importCsvAsync, remapRows } from "../queue/csv.js";
import { FIELDS, KIND, REQUIRED_FIELDS } from "../queue/fields.js";
import { serialiseMapping, storedMappingFor } from "../queue/mapping.js";
import { runQueue, createQueueWorker } from "../queue/run.js";
import { REFUSED, triageRow, sortEntries, filterEntries, summarise } from "../queue/triage.js";
import { exportCsv, tableFromItems } from "../queue/export.js";
import { LOCALES, renderReplies, replyLocaleOf, replyLocales } from "../queue/replies.js";
import { loadApi } from "./wasm.js";

const el = U.el;
const STORAGE_KEY = "dispute-calc.queue.mappings";
const MAX_STORED = 20;
const COLUMNS = ["id", "ruleset", "outcome", "refund", "fault", "deadline", "check"];
// The sort key behind each column header ("deadline" sorts by the nearest deadline's date).
const SORT_KEYS = { id: "id", ruleset: "ruleset", outcome: "outcome", refund: "refund", fault: "fault", deadline: "daysLeft", check: "check" };
const OUTCOMES = ["refund_full", "return_refund", "refund_partial", "replace_or_return", "exchange", "reship", "repair", "wait", "reject", REFUSED];
const OVERSCAN = 8;

/** Today in the browser's time zone, as YYYY-MM-DD (the engine itself never reads the clock). */
function today() {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, "0")}-${String(d.getDate()).padStart(2, "0")}`;
}

/** A sum of minor units (a BigInt) as a number for Intl: exact up to 2^53, beyond it the nearest. */
function safeMinor(minor) {
  return Number(minor);
}

// What the list and the export keep of a decision (text is off in the worker; checks, evidence
// and options are dropped but the first failed check): 100,000 rows stay small.
function slim(value) {
  const failed = value.checks.find((check) => !check.passed);
  return {
    outcome: value.outcome,
    refund: value.refund,
    currency: value.currency,
    fault: value.fault,
    deadlines: value.deadlines,
    rules: value.rules,
    checks: failed ? [{ id: failed.id, rule: failed.rule, passed: false }] : [],
  };
}

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
export class DisputeQueue extends HTMLElement {
  static observedAttributes = ["locale", "as-of", "reply-locale"];

  #n;
  #table = null; // { headers, columns, rows } from the core
  #results = null; // one result per row (slimmed), once a run finished
  #entries = []; // triaged rows, in file order
  #sorted = [];
  #view = []; // sorted and filtered
  #sort = { key: "urgency", descending: false };
  #controller = null;
  #worker = null;
  #rowHeight = 40;
  #narrow = false;
  #rendered = new Map(); // index in #view -> row node
  #active = 0;
  #frame = 0;
  #asOfUsed = null;
  #summary = null;
  #calculator = null;
  #detailEntry = null;
  #replies = null; // { key, replies } once rendered for an export

  constructor() {
    super();
    const root = this.attachShadow({ mode: "open" });
    root.adoptedStyleSheets = [sheet()];
    this.#n = this.#build();
    root.appendChild(this.#n.base);
  }

  // ------------------------------------------------------------ attributes and properties

  /** The locale in use: the attribute, else the host document's lang, else the browser's. */
  get locale() {
    return U.elementLocale(this);
  }
  set locale(v) {
    this.setAttribute("locale", v);
  }

  /**
   * The as-of date for rows without their own (YYYY-MM-DD): the date field's value, today by default.
   * @type {string}
   */
  get asOf() {
    return this.#n.asOf.value || today();
  }
  set asOf(v) {
    this.setAttribute("as-of", v);
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
    this.#loaded(table, { map: false });
  }

  /**
   * The triaged rows in the list's order (sorted and filtered as shown): id, ruleset, outcome
   * ("refused" for rows that are not valid inputs), refund, currency, fault, deadline, failedCheck, error.
   * @type {Array<QueueEntry>}
   */
  get entries() {
    return this.#view.map(publicEntry);
  }

  /**
   * The reply language of the export and the detail: a locale tag for every row, or null (the
   * default) for each buyer's own (the row's buyerLanguage or replyLocale column, else its
   * destination country's language, else the queue's locale). The list above the table sets it.
   * @type {string | null}
   */
  get replyLocale() {
    return this.#n.replyLocale.value || null;
  }
  set replyLocale(v) {
    this.#n.replyLocale.value = v && LOCALES.includes(v) ? v : "";
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

  /** Each decided row's reply, in its buyer's language (or the chosen one), once per run and choice. */
  async #renderReplies(signal) {
    const key = `${this.locale}\u0000${this.replyLocale ?? ""}`;
    const table = this.#table;
    const results = this.#results;
    if (this.#replies && this.#replies.key === key && this.#replies.results === results) return this.#replies.replies;
    const options = { locale: this.locale, replyLocale: this.replyLocale, asOf: this.#asOfUsed };
    const [api] = await Promise.all([loadApi(), ensureLocales(replyLocales(table.rows, options))]);
    const t = this.#t();
    const replies = await renderReplies(table.rows, results, {
      ...options,
      signal,
      evaluate: async (items) => {
        const out = api.evaluateDisputes(items);
        await nextTask(); // the page stays responsive between chunks
        return out;
      },
      onProgress: ({ done, total }) => {
        this.#progressHidden(false);
        this.#n.progress.max = Math.max(total, 1);
        this.#n.progress.value = done;
        this.#n.progressLabel.textContent = t("queue.writingReplies", { done, total });
      },
    });
    this.#progressHidden(true);
    if (this.#results === results) this.#replies = { key, results, replies };
    return replies;
  }

  /**
   * Reads a CSV file (a File, a Blob, bytes or text), as the file picker and a drop do.
   * @param {Blob | ArrayBuffer | Uint8Array | string} file
   */
  async importFile(file) {
    this.#stop();
    this.#results = null;
    this.#showList(false);
    this.#n.mapping.hidden = true;
    let input = file;
    if (typeof Blob !== "undefined" && file instanceof Blob) input = new Uint8Array(await file.arrayBuffer());
    const controller = new AbortController();
    this.#controller = controller;
    this.#setState("running");
    this.#progress(null, 0, 0);
    this.#message(this.#t()("queue.reading", { n: 0 }));
    let table;
    try {
      table = await importCsvAsync(input, {
        signal: controller.signal,
        onProgress: ({ rows }) => this.#message(this.#t()("queue.reading", { n: rows })),
      });
    } catch (error) {
      if (controller.signal.aborted) return;
      this.#controller = null;
      this.#setState("idle");
      this.#progressHidden(true);
      const t = this.#t();
      this.#message(t.opt("queue.fileErrors." + error.code) || `${t("queue.fileErrors.other")} ${error.message}`, true);
      return;
    }
    this.#controller = null;
    this.#loaded(table, { map: true });
  }

  connectedCallback() {
    for (const name of ["locale", "asOf", "replyLocale", "items"]) {
      if (Object.prototype.hasOwnProperty.call(this, name)) {
        const value = this[name];
        delete this[name];
        this[name] = value;
      }
    }
    if (!this.hasAttribute("data-state")) this.#setState("idle");
    this.#relabel();
    this.#resize = new ResizeObserver(() => this.#measure());
    this.#resize.observe(this.#n.viewport);
  }

  disconnectedCallback() {
    this.#resize?.disconnect();
    this.#stop();
  }

  #resize = null;

  attributeChangedCallback(name, oldValue, newValue) {
    if (oldValue === newValue) return;
    if (name === "as-of") {
      this.#n.asOf.value = newValue || today();
      if (this.#table && this.dataset.state !== "running") this.#run();
    } else if (name === "reply-locale") {
      this.replyLocale = newValue;
      if (this.#detailEntry && this.#n.detail.open) this.#openDetail(this.#detailEntry);
    } else this.#relabel();
  }

  // ------------------------------------------------------------ building

  #build() {
    const n = {};
    n.base = el("div", { class: "base queue", part: "base" });
    n.status = el("p", { class: "visually-hidden", role: "status", "aria-live": "polite" });

    // Import: picker, drop zone, as-of date, progress, messages.
    n.importHeading = el("h2", { id: "import-h" });
    n.intro = el("p", { class: "muted queue-intro" });
    n.file = el("input", { type: "file", id: "file", accept: ".csv,text/csv,text/plain", class: "visually-hidden" });
    n.fileLabel = el("label", { for: "file", class: "file-button" });
    n.dropText = el("span");
    n.fileHint = el("p", { class: "hint", id: "file-hint" });
    n.drop = el("div", { class: "drop", part: "drop" }, [el("p", null, [n.dropText, " ", n.fileLabel]), n.fileHint]);
    n.asOfLabel = el("label", { for: "as-of" });
    n.asOf = el("input", { type: "date", id: "as-of", value: this.getAttribute("as-of") || today(), "aria-describedby": "as-of-hint" });
    n.asOfHint = el("p", { class: "hint", id: "as-of-hint" });
    n.asOfField = el("div", { class: "field as-of" }, [n.asOfLabel, n.asOf, n.asOfHint]);
    n.progressLabel = el("label", { for: "progress", id: "progress-label" });
    n.progress = el("progress", { id: "progress", part: "progress", max: "1" });
    n.cancel = el("button", { type: "button", class: "secondary", part: "cancel", id: "cancel" });
    n.progressBox = el("div", { class: "progress-box", hidden: true }, [n.progressLabel, el("div", { class: "progress-row" }, [n.progress, n.cancel])]);
    n.message = el("p", { class: "queue-message", id: "message" });
    n.run = el("button", { type: "button", class: "secondary", id: "run", hidden: true });
    n.remap = el("button", { type: "button", class: "secondary", id: "remap", hidden: true });
    n.actions = el("div", { class: "actions" }, [n.run, n.remap]);
    n.importPanel = el("section", { class: "panel import", part: "import", "aria-labelledby": "import-h" }, [
      n.importHeading,
      n.intro,
      el("div", { class: "import-grid" }, [n.drop, n.asOfField]),
      n.progressBox,
      n.message,
      n.actions,
      n.file,
    ]);

    // Mapping step.
    n.mappingHeading = el("h2", { id: "mapping-h", tabindex: "-1" });
    n.mappingIntro = el("p", { class: "muted" });
    n.mappingFields = el("div", { class: "grid mapping-fields" });
    n.moreSummary = el("summary");
    n.moreFields = el("div", { class: "grid mapping-fields" });
    n.more = el("details", { class: "more" }, [n.moreSummary, n.moreFields]);
    n.mappingError = el("p", { class: "field-error", role: "alert" });
    n.apply = el("button", { type: "submit", class: "primary" });
    n.mappingForm = el("form", { novalidate: true }, [n.mappingFields, n.more, n.mappingError, n.apply]);
    n.mapping = el("section", { class: "panel mapping", part: "mapping", "aria-labelledby": "mapping-h", hidden: true }, [n.mappingHeading, n.mappingIntro, n.mappingForm]);

    // Summary.
    n.summaryHeading = el("h2", { id: "summary-h" });
    n.byOutcomeHeading = el("h3");
    n.byOutcome = el("ul", { class: "chips outcome-counts" });
    n.totalsHeading = el("h3");
    n.totals = el("ul", { class: "refund-totals" });
    n.chartHeading = el("h3", { id: "chart-h" });
    n.chart = el("div", { class: "chart", part: "chart" });
    n.summary = el("section", { class: "panel summary-panel", part: "summary", "aria-labelledby": "summary-h", hidden: true }, [
      n.summaryHeading,
      el("div", { class: "summary-grid" }, [
        el("div", null, [n.byOutcomeHeading, n.byOutcome, n.totalsHeading, n.totals]),
        el("div", null, [n.chartHeading, n.chart]),
      ]),
    ]);

    // The list: toolbar, header row, virtualized body.
    n.listHeading = el("h2", { id: "list-h" });
    const field = (label, control) => el("div", { class: "field" }, [label, control]);
    n.searchLabel = el("label", { for: "search" });
    n.search = el("input", { type: "search", id: "search", autocomplete: "off" });
    n.outcomeLabel = el("label", { for: "outcome-filter" });
    n.outcomeFilter = el("select", { id: "outcome-filter" });
    n.rulesetLabel = el("label", { for: "ruleset-filter" });
    n.rulesetFilter = el("select", { id: "ruleset-filter" });
    n.dueLabel = el("label", { for: "due-within" });
    n.due = el("input", { type: "number", id: "due-within", min: "0", step: "1", inputmode: "numeric" });
    n.urgency = el("button", { type: "button", class: "secondary", id: "urgency" });
    n.export = el("button", { type: "button", class: "primary", id: "export" });
    n.replyLocaleLabel = el("label", { for: "reply-locale" });
    n.replyLocale = el("select", { id: "reply-locale", "aria-describedby": "reply-locale-hint" });
    n.replyLocaleHint = el("p", { id: "reply-locale-hint", class: "visually-hidden" });
    this.#fillReplyLocales(n.replyLocale);
    n.toolbar = el("div", { class: "toolbar", part: "toolbar" }, [
      field(n.searchLabel, n.search),
      field(n.outcomeLabel, n.outcomeFilter),
      field(n.rulesetLabel, n.rulesetFilter),
      field(n.dueLabel, n.due),
      el("div", { class: "field reply-field" }, [n.replyLocaleLabel, n.replyLocale, n.replyLocaleHint]),
      el("div", { class: "toolbar-buttons" }, [n.urgency, n.export]),
    ]);
    n.count = el("p", { class: "muted count", id: "count" });
    n.headerRow = el("div", { role: "row", class: "qrow qhead", "aria-rowindex": "1" });
    n.headers = {};
    for (const c of COLUMNS) {
      const button = el("button", { type: "button", class: "sort", "data-column": c });
      const cell = el("div", { role: "columnheader", class: `qcell c-${c}` }, button);
      n.headers[c] = { cell, button };
      n.headerRow.appendChild(cell);
    }
    n.spacer = el("div", { class: "spacer", role: "presentation" });
    n.body = el("div", { role: "rowgroup", class: "qbody" });
    n.viewport = el("div", { class: "viewport" }, [n.spacer]);
    n.spacer.appendChild(n.body);
    n.empty = el("p", { class: "muted empty", hidden: true });
    n.grid = el("div", { role: "grid", class: "qgrid", "aria-labelledby": "list-h", "aria-describedby": "list-help", "aria-readonly": "true" }, [
      el("div", { role: "rowgroup", class: "qheadgroup" }, n.headerRow),
      n.viewport,
    ]);
    n.listHelp = el("p", { id: "list-help", class: "visually-hidden" });
    n.download = el("a", { hidden: true });
    n.list = el("section", { class: "panel list-panel", part: "list", "aria-labelledby": "list-h", hidden: true }, [
      n.listHeading,
      n.toolbar,
      n.count,
      n.listHelp,
      el("div", { class: "grid-scroll" }, n.grid),
      n.empty,
      n.download,
    ]);

    // Detail: a dialog with the order in <dispute-calculator view="result">.
    n.detailHeading = el("h2", { id: "detail-h" });
    n.detailClose = el("button", { type: "button", class: "secondary close" });
    n.detailError = el("div", { class: "error-card", hidden: true });
    n.detailBody = el("div", { class: "detail-body" });
    n.detail = el("dialog", { class: "detail", part: "detail", "aria-labelledby": "detail-h" }, [
      el("div", { class: "detail-head" }, [n.detailHeading, n.detailClose]),
      n.detailError,
      n.detailBody,
    ]);

    n.base.append(n.status, n.importPanel, n.mapping, n.summary, n.list, n.detail);
    this.#wire(n);
    return n;
  }

  #wire(n) {
    n.file.addEventListener("change", () => {
      const file = n.file.files && n.file.files[0];
      if (file) this.importFile(file);
      n.file.value = "";
    });
    n.drop.addEventListener("dragover", (e) => {
      e.preventDefault();
      n.drop.classList.add("over");
    });
    n.drop.addEventListener("dragleave", () => n.drop.classList.remove("over"));
    n.drop.addEventListener("drop", (e) => {
      e.preventDefault();
      n.drop.classList.remove("over");
      const file = e.dataTransfer && e.dataTransfer.files && e.dataTransfer.files[0];
      if (file) this.importFile(file);
    });
    n.asOf.addEventListener("change", () => {
      if (!n.asOf.value) n.asOf.value = today();
      if (this.#table && this.dataset.state !== "running") this.#run();
    });
    n.cancel.addEventListener("click", () => this.#cancel());
    n.run.addEventListener("click", () => this.#run());
    n.remap.addEventListener("click", () => this.#showMapping());
    n.mappingForm.addEventListener("submit", (e) => {
      e.preventDefault();
      this.#applyMapping();
    });
    n.search.addEventListener("input", () => this.#refilter());
    n.outcomeFilter.addEventListener("change", () => this.#refilter());
    n.rulesetFilter.addEventListener("change", () => this.#refilter());
    n.due.addEventListener("input", () => this.#refilter());
    n.urgency.addEventListener("click", () => this.#resort({ key: "urgency", descending: false }));
    n.replyLocale.addEventListener("change", () => {
      if (this.#detailEntry && n.detail.open) this.#openDetail(this.#detailEntry);
    });
    for (const c of COLUMNS) {
      n.headers[c].button.addEventListener("click", () => {
        const key = SORT_KEYS[c];
        this.#resort({ key, descending: this.#sort.key === key ? !this.#sort.descending : false });
      });
    }
    n.export.addEventListener("click", () => this.#download());
    n.viewport.addEventListener("scroll", () => this.#schedule(), { passive: true });
    n.body.addEventListener("click", (e) => {
      const row = e.target.closest && e.target.closest(".qrow");
      if (!row) return;
      this.#activate(Number(row.dataset.index), true);
      this.#openDetail(this.#view[this.#active]);
    });
    n.body.addEventListener("keydown", (e) => this.#key(e));
    n.detailClose.addEventListener("click", () => n.detail.close());
    n.detail.addEventListener("close", () => {
      const row = this.#rendered.get(this.#active);
      if (row) row.focus();
    });
  }

  // ------------------------------------------------------------ state and text

  #t() {
    return words(this.locale);
  }

  #setState(state) {
    this.setAttribute("data-state", state);
    this.#n.base.setAttribute("data-state", state);
  }

  #message(text, isError = false) {
    this.#n.message.textContent = text;
    this.#n.message.classList.toggle("field-error", isError);
    this.#n.message.setAttribute("role", isError ? "alert" : "status");
  }

  #relabel() {
    const t = this.#t();
    const n = this.#n;
    // The words' language (English while the locale has no words of its own).
    n.base.setAttribute("lang", t.lang);
    n.importHeading.textContent = t("queue.heading");
    n.intro.textContent = t("queue.intro");
    n.dropText.textContent = t("queue.drop");
    n.fileLabel.textContent = t("queue.choose");
    n.fileHint.textContent = t("queue.fileHint");
    n.asOfLabel.textContent = t("queue.asOf");
    n.asOfHint.textContent = t("queue.asOfHint");
    n.cancel.textContent = t("queue.cancel");
    n.run.textContent = t("queue.run");
    n.remap.textContent = t("queue.remap");
    n.mappingHeading.textContent = t("queue.mappingHeading");
    n.mappingIntro.textContent = t("queue.mappingIntro");
    n.moreSummary.textContent = t("queue.moreFields");
    n.apply.textContent = t("queue.apply");
    n.summaryHeading.textContent = t("queue.summary");
    n.byOutcomeHeading.textContent = t("queue.byOutcome");
    n.totalsHeading.textContent = t("queue.refundTotals");
    n.chartHeading.textContent = t("queue.chart");
    n.listHeading.textContent = t("queue.list");
    n.searchLabel.textContent = t("queue.search");
    n.outcomeLabel.textContent = t("queue.outcomeFilter");
    n.rulesetLabel.textContent = t("queue.rulesetFilter");
    n.dueLabel.textContent = t("queue.dueWithin");
    n.urgency.textContent = t("queue.urgency");
    n.export.textContent = t("queue.export");
    n.replyLocaleLabel.textContent = t("queue.replyLanguage");
    n.replyLocaleHint.textContent = t("queue.replyAutoHint");
    this.#fillReplyLocales();
    n.detailClose.textContent = t("queue.close");
    n.empty.textContent = t("queue.noMatch");
    this.#relabelSort();
    this.#fillOutcomeFilter();
    if (this.#table && !n.mapping.hidden) this.#showMapping(false);
    if (this.#results) {
      this.#renderSummary();
      this.#renderCount();
      this.#rerender();
      if (this.dataset.state === "done") this.#message(this.#doneText());
    }
    if (this.#detailEntry && n.detail.open) this.#openDetail(this.#detailEntry);
  }

  #relabelSort() {
    const t = this.#t();
    for (const c of COLUMNS) {
      const { cell, button } = this.#n.headers[c];
      button.textContent = t("queue.columns." + c);
      const sorted = this.#sort.key === SORT_KEYS[c];
      if (sorted) cell.setAttribute("aria-sort", this.#sort.descending ? "descending" : "ascending");
      else cell.removeAttribute("aria-sort");
    }
    const column = COLUMNS.find((c) => SORT_KEYS[c] === this.#sort.key);
    this.#n.listHelp.textContent = t("queue.listLabel", { key: column ? t("queue.columns." + column) : t("queue.columns.urgency") });
    this.#n.urgency.setAttribute("aria-pressed", String(this.#sort.key === "urgency"));
  }

  /** The reply-language list: each buyer's (the default), then the eleven languages in their own names. */
  #fillReplyLocales(select = this.#n.replyLocale) {
    const t = this.#t();
    const value = select.value;
    U.clear(select);
    select.appendChild(el("option", { value: "", text: t("queue.replyAuto"), title: t("queue.replyAutoHint") }));
    for (const tag of LOCALES) {
      const own = languageName(tag);
      const known = languageNameIn(tag, t.lang);
      const shown = known && known.toLocaleLowerCase(t.lang) !== own.toLocaleLowerCase(tag) ? `${own} (${known})` : own;
      select.appendChild(el("option", { value: tag, lang: tag, text: shown }));
    }
    select.value = value;
  }

  #fillOutcomeFilter() {
    const t = this.#t();
    const select = this.#n.outcomeFilter;
    const value = select.value;
    U.clear(select);
    select.appendChild(el("option", { value: "", text: t("queue.all") }));
    for (const o of OUTCOMES) select.appendChild(el("option", { value: o, text: o === REFUSED ? t("queue.refused") : t.opt("outcomes." + o) || o }));
    select.value = value;
    const rulesetSelect = this.#n.rulesetFilter;
    const chosen = rulesetSelect.value;
    U.clear(rulesetSelect);
    rulesetSelect.appendChild(el("option", { value: "", text: t("queue.all") }));
    const rulesets = [...new Set(this.#entries.map((e) => e.ruleset).filter(Boolean))].sort();
    for (const r of rulesets) rulesetSelect.appendChild(el("option", { value: r, text: r }));
    rulesetSelect.value = rulesets.includes(chosen) ? chosen : "";
  }

  // ------------------------------------------------------------ import and mapping

  #storedMappings() {
    try {
      const list = JSON.parse(localStorage.getItem(STORAGE_KEY) || "[]");
      return Array.isArray(list) ? list : [];
    } catch {
      return [];
    }
  }

  #storedMapping(headers) {
    for (const text of this.#storedMappings()) {
      const mapping = storedMappingFor(headers, text);
      if (mapping) return mapping;
    }
    return null;
  }

  #remember(headers, mapping) {
    const text = serialiseMapping(headers, mapping);
    const others = this.#storedMappings().filter((t) => !storedMappingFor(headers, t));
    try {
      localStorage.setItem(STORAGE_KEY, JSON.stringify([text, ...others].slice(0, MAX_STORED)));
    } catch {
      // Storage may be off (private windows, file:// in some browsers): the mapping still applies.
    }
  }

  #loaded(table, { map }) {
    this.#table = table;
    this.#results = null;
    if (map) {
      const stored = this.#storedMapping(table.headers);
      if (stored) this.#table = remapRows(table, stored);
      if (this.#table.columns.needsMapping) {
        this.#setState("idle");
        this.#progressHidden(true);
        this.#message("");
        this.#showMapping();
        return;
      }
    }
    this.#run();
  }

  /** The mapping step: one select per field, listing the file's columns. */
  #showMapping(focus = true) {
    const t = this.#t();
    const n = this.#n;
    const { headers, columns } = this.#table;
    const current = {};
    for (const [field, index] of Object.entries(columns.fields)) current[field] = headers[index];
    U.clear(n.mappingFields);
    U.clear(n.moreFields);
    for (const f of FIELDS) {
      const required = REQUIRED_FIELDS.includes(f.field);
      const id = `map-${f.field.replace(/\./g, "-")}`;
      const select = el("select", { id, name: f.field, "data-field": f.field });
      select.appendChild(el("option", { value: "", text: t("queue.noColumn") }));
      headers.forEach((h) => select.appendChild(el("option", { value: h, text: h || "?" })));
      select.value = current[f.field] ?? "";
      const missing = required && current[f.field] === undefined;
      if (missing) select.setAttribute("aria-invalid", "true");
      const label = f.field === "orderId" ? t("queue.orderId") : t.opt(f.field) || U.humanize(f.field);
      const node = el("div", { class: "field" }, [
        el("label", { for: id }, [label, " ", el("code", { text: f.field })]),
        select,
      ]);
      (required ? n.mappingFields : n.moreFields).appendChild(node);
    }
    n.mappingError.textContent = columns.missing.length ? t("queue.mappingMissing", { fields: columns.missing.join(", ") }) : "";
    n.mapping.hidden = false;
    this.#showList(false);
    if (focus) n.mappingHeading.focus();
  }

  #applyMapping() {
    const mapping = {};
    for (const select of this.#n.mapping.querySelectorAll("select[data-field]")) {
      const field = select.getAttribute("data-field");
      // Only what the user set differently from recognition, and every required field.
      const recognised = this.#table.columns.fields[field];
      const chosen = select.value;
      if (REQUIRED_FIELDS.includes(field) || chosen !== (recognised === undefined ? "" : this.#table.headers[recognised])) mapping[field] = chosen;
    }
    const table = remapRows(this.#table, mapping);
    this.#table = table;
    if (table.columns.needsMapping) {
      this.#showMapping(false);
      this.#n.mappingError.focus?.();
      return;
    }
    this.#remember(table.headers, mapping);
    this.#n.mapping.hidden = true;
    this.#run();
  }

  // ------------------------------------------------------------ the run

  #stop() {
    this.#controller?.abort();
    this.#controller = null;
    this.#worker?.terminate();
    this.#worker = null;
  }

  #cancel() {
    this.#controller?.abort(new DOMException("cancelled", "AbortError"));
  }

  #progressHidden(hidden) {
    this.#n.progressBox.hidden = hidden;
  }

  #progress(done, total) {
    const t = this.#t();
    const n = this.#n;
    this.#progressHidden(false);
    if (done === null) {
      n.progress.removeAttribute("value");
      n.progressLabel.textContent = t("queue.readingStart");
      return;
    }
    n.progress.max = Math.max(total, 1);
    n.progress.value = done;
    n.progressLabel.textContent = t("queue.progress", { done, total });
  }

  async #run() {
    this.#stop();
    const table = this.#table;
    const rows = table.rows;
    const asOf = this.asOf;
    const n = this.#n;
    this.#asOfUsed = asOf;
    this.#results = null;
    this.#entries = new Array(rows.length);
    this.#showList(false);
    n.mapping.hidden = true;
    n.run.hidden = true;
    n.remap.hidden = true;
    this.setAttribute("data-rows", String(rows.length));
    this.removeAttribute("data-refused");
    this.#setState("running");
    this.#message("");
    this.#progress(0, rows.length);
    const controller = new AbortController();
    this.#controller = controller;
    let done = 0;
    let results;
    try {
      this.#worker = createQueueWorker(workerOptions());
      results = await runQueue(rows, {
        asOf,
        signal: controller.signal,
        evaluate: this.#worker.evaluate,
        onProgress: (p) => {
          p.indexes.forEach((rowIndex, k) => {
            const result = p.results[k];
            if (result && result.ok) result.value = slim(result.value);
            this.#entries[rowIndex] = triageRow(rows[rowIndex], result, asOf);
          });
          done = p.done;
          this.#progress(p.done, p.total);
        },
      });
    } catch (error) {
      if (this.#controller !== controller) return; // a newer run or import took over
      this.#controller = null;
      this.#worker?.terminate();
      this.#worker = null;
      this.#setState("idle");
      this.#progressHidden(true);
      n.run.hidden = false;
      n.remap.hidden = !!table.fromItems;
      const t = this.#t();
      if (controller.signal.aborted) this.#message(t("queue.cancelled", { done, total: rows.length }));
      else this.#message(`${t("queue.workerFailed")} ${error.message}`, true);
      return;
    }
    this.#worker?.terminate();
    this.#worker = null;
    this.#controller = null;
    // Rows refused at import never went to the worker.
    for (let i = 0; i < rows.length; i++) if (!this.#entries[i]) this.#entries[i] = triageRow(rows[i], results[i], asOf);
    this.#results = results;
    await nextTask();
    this.#sorted = sortEntries(this.#entries, { ...this.#sort, headers: table.headers });
    await nextTask();
    this.#summary = summarise(this.#entries, { asOf });
    this.#finish();
  }

  #finish() {
    const n = this.#n;
    const summary = this.#summary;
    this.#progressHidden(true);
    n.run.hidden = false;
    n.remap.hidden = !!this.#table.fromItems;
    this.#fillOutcomeFilter();
    this.#renderSummary();
    this.#view = filterEntries(this.#sorted, this.#filters());
    this.#active = 0;
    this.#showList(true);
    this.#layout();
    this.setAttribute("data-refused", String(summary.refused));
    this.#setState("done");
    this.#message(this.#doneText());
    this.#n.status.textContent = this.#doneText();
    this.dispatchEvent(
      new CustomEvent("queue-done", { detail: { rows: summary.rows, refused: summary.refused, byOutcome: { ...summary.byOutcome } }, bubbles: true, composed: true }),
    );
  }

  #doneText() {
    const s = this.#summary;
    return this.#t()("queue.done", { rows: s.rows, refused: s.refused, asOf: day(this.#asOfUsed, this.locale) });
  }

  // ------------------------------------------------------------ summary

  #renderSummary() {
    const t = this.#t();
    const s = this.#summary;
    const n = this.#n;
    U.clear(n.byOutcome);
    for (const o of OUTCOMES) {
      const count = s.byOutcome[o];
      if (!count) continue;
      n.byOutcome.appendChild(
        el("li", { "data-outcome": o }, [
          el("span", { class: `badge badge-small badge-${o}`, part: "badge", text: o === REFUSED ? t("queue.refused") : t.opt("outcomes." + o) || o }),
          " ",
          el("strong", { class: "count-value", text: count.toLocaleString(this.locale) }),
        ]),
      );
    }
    U.clear(n.totals);
    if (!s.refundTotals.length) n.totals.appendChild(el("li", { class: "muted", text: t("queue.noRefunds") }));
    for (const total of s.refundTotals) {
      n.totals.appendChild(el("li", { "data-currency": total.currency }, [el("span", { text: total.currency }), " ", el("strong", { text: money(safeMinor(total.minor), total.currency, this.locale) })]));
    }
    this.#renderChart(s.dueByDay);
  }

  #renderChart(days) {
    const t = this.#t();
    const chart = this.#n.chart;
    U.clear(chart);
    const max = Math.max(1, ...days.map((d) => d.count));
    const barW = 22;
    const gap = 6;
    const top = 18;
    const h = 90;
    const width = days.length * (barW + gap);
    const label = t("queue.chartLabel", { list: days.map((d) => `${d.date} ${d.count}`).join(", ") });
    const svg = U.svg("svg", { viewBox: `0 0 ${width} ${top + h + 34}`, class: "due-chart", role: "img", "aria-label": label });
    days.forEach((d, i) => {
      const x = i * (barW + gap);
      const bh = Math.round((d.count / max) * h);
      const g = U.svg("g", { class: i === 0 ? "bar-day today" : "bar-day" });
      g.appendChild(U.svg("rect", { x, y: top + h - bh, width: barW, height: Math.max(bh, d.count ? 1 : 0), class: "due-bar" }));
      g.appendChild(U.svg("text", { x: x + barW / 2, y: top + h - bh - 4, "text-anchor": "middle", class: "due-count", text: String(d.count) }));
      g.appendChild(U.svg("text", { x: x + barW / 2, y: top + h + 14, "text-anchor": "middle", class: "due-day", text: d.date.slice(8) }));
      g.appendChild(U.svg("text", { x: x + barW / 2, y: top + h + 28, "text-anchor": "middle", class: "due-month", text: i === 0 || d.date.slice(8) === "01" ? d.date.slice(5, 7) : "" }));
      svg.appendChild(g);
    });
    chart.appendChild(svg);
    // The same numbers as a table for screen readers.
    const table = el("table", { class: "visually-hidden" }, [
      el("thead", null, el("tr", null, [el("th", { scope: "col", text: t("queue.chartDay") }), el("th", { scope: "col", text: t("queue.chartCount") })])),
      el("tbody", null, days.map((d) => el("tr", null, [el("td", { text: d.date }), el("td", { text: String(d.count) })]))),
    ]);
    chart.appendChild(table);
  }

  // ------------------------------------------------------------ the list

  #filters() {
    const n = this.#n;
    const due = n.due.value.trim();
    return {
      outcomes: n.outcomeFilter.value ? [n.outcomeFilter.value] : null,
      rulesets: n.rulesetFilter.value ? [n.rulesetFilter.value] : null,
      dueWithinDays: due === "" || !/^\d+$/.test(due) ? null : Number(due),
      search: n.search.value,
    };
  }

  #refilter() {
    if (!this.#results) return;
    this.#view = filterEntries(this.#sorted, this.#filters());
    this.#active = 0;
    this.#n.viewport.scrollTop = 0;
    this.#layout();
  }

  #resort(sort) {
    this.#sort = sort;
    this.#relabelSort();
    if (!this.#results) return;
    this.#sorted = sortEntries(this.#entries, { ...sort, headers: this.#table.headers });
    this.#refilter();
  }

  #showList(shown) {
    this.#n.summary.hidden = !shown;
    this.#n.list.hidden = !shown;
    if (!shown) {
      this.#clearRows();
      if (this.#n.detail.open) this.#n.detail.close();
    }
  }

  #renderCount() {
    const t = this.#t();
    this.#n.count.textContent = t("queue.showing", { shown: this.#view.length, rows: this.#entries.length });
  }

  /** The row height follows the element's font size and width (four short lines when narrow). */
  #measure() {
    const n = this.#n;
    const width = n.list.getBoundingClientRect().width || this.getBoundingClientRect().width;
    const narrow = width > 0 && width < 640;
    const font = parseFloat(getComputedStyle(n.base).fontSize) || 16;
    const height = Math.round(font * (narrow ? 5.6 : 2.6));
    if (narrow === this.#narrow && height === this.#rowHeight) return;
    this.#narrow = narrow;
    this.#rowHeight = height;
    n.base.classList.toggle("narrow", narrow);
    this.#layout();
  }

  #layout() {
    const n = this.#n;
    if (n.list.hidden) return;
    n.base.style.setProperty("--queue-row-height", `${this.#rowHeight}px`);
    n.spacer.style.height = `${this.#view.length * this.#rowHeight}px`;
    n.viewport.style.height = `min(var(--dc-list-height, 28em), ${this.#view.length * this.#rowHeight}px)`;
    n.grid.setAttribute("aria-rowcount", String(this.#view.length + 1));
    n.empty.hidden = this.#view.length > 0;
    this.#renderCount();
    this.#rerender();
  }

  #clearRows() {
    for (const row of this.#rendered.values()) row.remove();
    this.#rendered.clear();
  }

  #rerender() {
    this.#clearRows();
    this.#renderRows();
  }

  #schedule() {
    if (this.#frame) return;
    this.#frame = requestAnimationFrame(() => {
      this.#frame = 0;
      this.#renderRows();
    });
  }

  /** Renders the rows in view (and the active row, so Tab always finds one), reusing nodes. */
  #renderRows() {
    const n = this.#n;
    if (n.list.hidden) return;
    const h = this.#rowHeight;
    const top = n.viewport.scrollTop;
    const height = n.viewport.clientHeight || h * 12;
    const first = Math.max(0, Math.floor(top / h) - OVERSCAN);
    const last = Math.min(this.#view.length - 1, Math.ceil((top + height) / h) + OVERSCAN);
    const wanted = new Set();
    for (let i = first; i <= last; i++) wanted.add(i);
    if (this.#active < this.#view.length) wanted.add(this.#active);
    const spare = [];
    for (const [i, row] of this.#rendered) {
      if (!wanted.has(i)) {
        spare.push(row);
        this.#rendered.delete(i);
      }
    }
    for (const i of wanted) {
      if (this.#rendered.has(i)) continue;
      const row = spare.pop() || this.#newRow();
      this.#fillRow(row, i);
      this.#rendered.set(i, row);
      if (!row.parentNode) n.body.appendChild(row);
    }
    for (const row of spare) row.remove();
  }

  #newRow() {
    const row = el("div", { role: "row", class: "qrow", part: "row" });
    row.cells = {};
    for (const c of COLUMNS) {
      const cell = el("div", { role: "gridcell", class: `qcell c-${c}` });
      row.cells[c] = cell;
      row.appendChild(cell);
    }
    return row;
  }

  #fillRow(row, i) {
    const entry = this.#view[i];
    const t = this.#t();
    row.dataset.index = String(i);
    row.setAttribute("aria-rowindex", String(i + 2));
    row.tabIndex = i === this.#active ? 0 : -1;
    row.style.transform = `translateY(${i * this.#rowHeight}px)`;
    row.classList.toggle("alt", i % 2 === 1);
    row.classList.toggle("refused", entry.outcome === REFUSED);
    row.setAttribute("data-outcome", entry.outcome || "");
    const c = row.cells;
    c.id.textContent = entry.id;
    c.ruleset.textContent = entry.ruleset;
    U.clear(c.outcome);
    const outcomeText = entry.outcome === REFUSED ? t("queue.refused") : entry.outcome ? t.opt("outcomes." + entry.outcome) || entry.outcome : t("queue.notEvaluated");
    c.outcome.appendChild(el("span", { class: `badge badge-small badge-${entry.outcome || "none"}`, part: "badge", text: outcomeText }));
    c.refund.textContent = entry.refund === null ? "" : money(entry.refund, entry.currency, this.locale);
    c.fault.textContent = entry.fault ? t.opt("faults." + entry.fault) || entry.fault : "";
    U.clear(c.deadline);
    c.deadline.classList.remove("due", "error-cell");
    c.check.textContent = "";
    if (entry.error) {
      c.deadline.classList.add("error-cell");
      c.deadline.textContent = this.#errorLine(entry.error);
      c.check.textContent = entry.error.code;
    } else {
      const d = entry.deadline || entry.passed;
      if (d) {
        if (d.daysLeft <= 0) c.deadline.classList.add("due");
        c.deadline.append(
          el("span", { class: "days-left", text: this.#daysText(d.daysLeft) }),
          " · ",
          el("span", { class: "deadline-name", text: `${t.opt("deadline." + d.name) || d.name} ${day(d.date, this.locale, { dateStyle: "medium", time: false })}` }),
        );
      } else if (entry.outcome) c.deadline.textContent = t("queue.noDeadline");
      c.check.textContent = entry.failedCheck ? `${entry.failedCheck.id} (${entry.failedCheck.rule})` : "";
    }
  }

  #daysText(days) {
    const t = this.#t();
    if (days === 0) return t("queue.today");
    if (days > 0) return t("queue.daysLeft", { n: days });
    return t("queue.daysAgo", { n: -days });
  }

  /** A refused row's field and message in the page's language. */
  #errorLine(error) {
    const t = this.#t();
    const field = String(error.field || "");
    const label = field === "" ? t("queue.row") : field === "orderId" ? t("queue.orderId") : t.opt(field) || field;
    const kind = FIELDS.find((f) => f.field === field)?.kind;
    const key = error.code === "invalid_amount" && kind === KIND.MONEY ? "invalid_amount_money" : error.code;
    const message = t.opt("queue.errors." + key) || t.opt("errors." + key) || t("errors.other");
    return t("errorLine", { label: field && label !== field ? `${label} (${field})` : label, message });
  }

  #activate(i, focus) {
    if (!this.#view.length) return;
    const index = Math.max(0, Math.min(this.#view.length - 1, i));
    const previous = this.#rendered.get(this.#active);
    if (previous) previous.tabIndex = -1;
    this.#active = index;
    const h = this.#rowHeight;
    const vp = this.#n.viewport;
    if (index * h < vp.scrollTop) vp.scrollTop = index * h;
    else if ((index + 1) * h > vp.scrollTop + vp.clientHeight) vp.scrollTop = (index + 1) * h - vp.clientHeight;
    this.#renderRows();
    const row = this.#rendered.get(index);
    if (row) {
      row.tabIndex = 0;
      if (focus) row.focus({ preventScroll: true });
    }
  }

  #key(e) {
    const page = Math.max(1, Math.floor(this.#n.viewport.clientHeight / this.#rowHeight) - 1);
    const moves = { ArrowDown: 1, ArrowUp: -1, PageDown: page, PageUp: -page };
    if (e.key in moves) this.#activate(this.#active + moves[e.key], true);
    else if (e.key === "Home") this.#activate(0, true);
    else if (e.key === "End") this.#activate(this.#view.length - 1, true);
    else if (e.key === "Enter" || e.key === " ") this.#openDetail(this.#view[this.#active]);
    else return;
    e.preventDefault();
  }

  // ------------------------------------------------------------ detail and export

  #openDetail(entry) {
    if (!entry) return;
    const t = this.#t();
    const n = this.#n;
    this.#detailEntry = entry;
    n.detailHeading.textContent = t("queue.detail", { id: entry.id || `#${entry.index + 1}` });
    U.clear(n.detailError);
    const input = entry.row.input;
    if (!input) {
      // Refused at import: the calculator has nothing to evaluate; say which cell and why.
      n.detailError.hidden = false;
      n.detailError.append(
        el("p", null, el("strong", { text: t("queue.refusedAt") })),
        el("p", { text: this.#errorLine(entry.error) }),
        el("p", { class: "error-detail", text: `${t("errorDetail")}${entry.error.message}` }),
      );
      if (this.#calculator) this.#calculator.hidden = true;
    } else {
      n.detailError.hidden = true;
      if (!this.#calculator) {
        defineCalculator();
        this.#calculator = document.createElement("dispute-calculator");
        this.#calculator.setAttribute("view", "result");
        n.detailBody.appendChild(this.#calculator);
      }
      this.#calculator.hidden = false;
      this.#calculator.setAttribute("locale", this.locale);
      // The reply in the buyer's language: the queue's choice, else the row's own.
      this.#calculator.setAttribute("reply-locale", this.replyLocale ?? replyLocaleOf(input, this.locale));
      this.#calculator.input = { ...input, asOf: input.asOf || entry.asOf };
    }
    if (!n.detail.open) n.detail.showModal();
  }

  async #download() {
    if (!this.#table || !this.#results) return;
    const button = this.#n.export;
    button.disabled = true;
    let text;
    try {
      text = await this.exportCsv();
    } catch (error) {
      this.#progressHidden(true);
      this.#message(`${this.#t()("queue.workerFailed")} ${error.message}`, true);
      return;
    } finally {
      button.disabled = false;
    }
    if (text === null) return;
    const url = URL.createObjectURL(new Blob([text], { type: "text/csv;charset=utf-8" }));
    const a = this.#n.download;
    a.href = url;
    a.download = `disputes-${this.#asOfUsed}.csv`;
    a.click();
    setTimeout(() => URL.revokeObjectURL(url), 60_000);
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
  if (!customElements.get("dispute-queue")) customElements.define("dispute-queue", DisputeQueue);
}
