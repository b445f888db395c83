// The first step of the queue: the file (picker or drop), read with the queue core (UTF-8 with or
// without a BOM, GBK and GB18030 from Excel, in chunks), the as-of date, and the column mapping
// step for headers the core does not recognise (remembered per set of columns). A generated sample
// export stands in for a file for someone who has none at hand yet.
import { html, nothing } from "lit";
import { keyed } from "lit/directives/keyed.js";
import { importCsvAsync, remapRows } from "../../queue/csv.js";
import { FIELDS, REQUIRED_FIELDS } from "../../queue/fields.js";
import { sampleExport } from "../../queue/sample.js";
import { humanize } from "../util.js";
import { rememberMapping, storedMapping } from "./storage.js";

/** Today in the browser's time zone, as YYYY-MM-DD (the engine itself never reads the clock). */
export function today() {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, "0")}-${String(d.getDate()).padStart(2, "0")}`;
}

/**
 * The sample export of `locale` dated around `today`, as the File a user would pick (its name says
 * it is a sample), so that it takes the same way as theirs.
 */
export function sampleFile({ locale, today }) {
  const { name, text } = sampleExport({ locale, today });
  return new File([text], name, { type: "text/csv" });
}

/** A File or Blob, bytes or text, as the core reads it. */
async function bytesOf(file) {
  return typeof Blob !== "undefined" && file instanceof Blob ? new Uint8Array(await file.arrayBuffer()) : file;
}

/**
 * A reactive controller of the queue element. `onFile(file)` when a file is picked or dropped,
 * `onSample()` when the sample export is asked for, `onAsOf(date)` when the date is changed,
 * `onMapped(table)` when the mapping step is done.
 */
export class InputStep {
  #host;
  #callbacks;
  #over = false; // a file is dragged over the drop zone
  /** The table waiting for its columns to be mapped, or null (the step is hidden). */
  table = null;

  constructor(host, callbacks) {
    this.#host = host;
    this.#callbacks = callbacks;
    host.addController(this);
  }

  /** Reads a file into a table: `{ headers, columns, rows }` (rejects with a QueueImportError). */
  async read(file, { signal, onProgress }) {
    return importCsvAsync(await bytesOf(file), { signal, onProgress });
  }

  /** The table with the mapping stored for its columns applied, if there is one. */
  withStoredMapping(table) {
    const stored = storedMapping(table.headers);
    return stored ? remapRows(table, stored) : table;
  }

  /** Shows the mapping step for `table` (moving focus to its heading unless `focus` is false). */
  async show(table, { focus = true } = {}) {
    this.table = table;
    this.#host.requestUpdate();
    if (!focus) return;
    await this.#host.updateComplete;
    this.#host.renderRoot.querySelector("#mapping-h")?.focus();
  }

  hide() {
    if (!this.table) return;
    this.table = null;
    this.#host.requestUpdate();
  }

  #picked = (e) => {
    const input = e.target;
    const file = input.files && input.files[0];
    input.value = "";
    if (file) this.#callbacks.onFile(file);
  };

  #drag(over) {
    return (e) => {
      e.preventDefault();
      if (this.#over === over) return;
      this.#over = over;
      this.#host.requestUpdate();
    };
  }

  #dragOver = this.#drag(true);
  #dragLeave = this.#drag(false);

  #dropped = (e) => {
    this.#dragLeave(e);
    const file = e.dataTransfer && e.dataTransfer.files && e.dataTransfer.files[0];
    if (file) this.#callbacks.onFile(file);
  };

  #sampleAsked = () => this.#callbacks.onSample();

  #dateChanged = (e) => {
    if (!e.target.value) e.target.value = today();
    this.#callbacks.onAsOf(e.target.value);
  };

  /**
   * The drop zone (with the sample button while `offerSample`), the name of the file read
   * (`source`: { name, sample } or null) and the as-of date, for the import panel.
   */
  renderPicker(t, asOf, { offerSample, source }) {
    return html`<div class="import-grid">
        <div class="drop ${this.#over ? "over" : ""}" part="drop" @dragover=${this.#dragOver} @dragleave=${this.#dragLeave} @drop=${this.#dropped}>
          <p><span>${t("queue.drop")}</span> <label for="file" class="file-button">${t("queue.choose")}</label></p>
          <p class="hint" id="file-hint">${t("queue.fileHint")}</p>
          ${offerSample ? html`<p class="sample"><button type="button" class="secondary" id="sample" @click=${this.#sampleAsked}>${t("queue.sample")}</button></p>` : nothing}
          <p class="file-name ${source?.sample ? "is-sample" : ""}" id="file-name" ?hidden=${!source}>${source ? t(source.sample ? "queue.sampleFile" : "queue.fileName", { name: source.name }) : ""}</p>
        </div>
        <div class="field as-of">
          <label for="as-of">${t("queue.asOf")}</label>
          <input type="date" id="as-of" .value=${asOf} aria-describedby="as-of-hint" @change=${this.#dateChanged} />
          <p class="hint" id="as-of-hint">${t("queue.asOfHint")}</p>
        </div>
      </div>`;
  }

  /** The file input itself (last in the panel, as the label points to it). */
  renderFileInput() {
    return html`<input type="file" id="file" accept=".csv,text/csv,text/plain" class="visually-hidden" @change=${this.#picked} />`;
  }

  #submit = (e) => {
    e.preventDefault();
    const table = this.table;
    const mapping = {};
    for (const select of e.target.querySelectorAll("select[data-field]")) {
      const field = select.getAttribute("data-field");
      // Only what the user set differently from recognition, and every required field.
      const recognised = table.columns.fields[field];
      const chosen = select.value;
      if (REQUIRED_FIELDS.includes(field) || chosen !== (recognised === undefined ? "" : table.headers[recognised])) mapping[field] = chosen;
    }
    const mapped = remapRows(table, mapping);
    if (mapped.columns.needsMapping) {
      this.table = mapped;
      this.#host.requestUpdate();
      this.#host.updateComplete.then(() => this.#host.renderRoot.querySelector(".mapping select[aria-invalid]")?.focus());
      return;
    }
    rememberMapping(mapped.headers, mapping);
    this.table = null;
    this.#callbacks.onMapped(mapped);
  };

  #fieldSelect(f, t, current) {
    const id = `map-${f.field.replace(/\./g, "-")}`;
    const missing = REQUIRED_FIELDS.includes(f.field) && current[f.field] === undefined;
    const label = f.field === "orderId" ? t("queue.orderId") : t.opt(f.field) || humanize(f.field);
    const chosen = current[f.field] ?? "";
    return html`<div class="field">
      <label for=${id}>${label} <code>${f.field}</code></label>
      <select id=${id} name=${f.field} data-field=${f.field} aria-invalid=${missing ? "true" : nothing}>
        <option value="" ?selected=${chosen === ""}>${t("queue.noColumn")}</option>
        ${this.table.headers.map((h) => html`<option value=${h} ?selected=${chosen === h}>${h || "?"}</option>`)}
      </select>
    </div>`;
  }

  /** The mapping step: one select per field, listing the file's columns (hidden without a table). */
  renderMapping(t) {
    const table = this.table;
    let body = nothing;
    if (table) {
      const { headers, columns } = table;
      const current = {};
      for (const [field, index] of Object.entries(columns.fields)) current[field] = headers[index];
      const required = FIELDS.filter((f) => REQUIRED_FIELDS.includes(f.field));
      const others = FIELDS.filter((f) => !REQUIRED_FIELDS.includes(f.field));
      // Keyed by the table: a new file (or a remapped one) gets fresh selects showing its mapping,
      // while a language switch re-renders the same selects and keeps what the user chose.
      body = keyed(table, html`<form novalidate @submit=${this.#submit}>
        <div class="grid mapping-fields">${required.map((f) => this.#fieldSelect(f, t, current))}</div>
        <details class="more">
          <summary>${t("queue.moreFields")}</summary>
          <div class="grid mapping-fields">${others.map((f) => this.#fieldSelect(f, t, current))}</div>
        </details>
        <p class="field-error" role="alert">${columns.missing.length ? t("queue.mappingMissing", { fields: columns.missing.join(", ") }) : ""}</p>
        <button type="submit" class="primary">${t("queue.apply")}</button>
      </form>`);
    }
    return html`<section class="panel mapping" part="mapping" aria-labelledby="mapping-h" ?hidden=${!table}>
      <h2 id="mapping-h" tabindex="-1">${t("queue.mappingHeading")}</h2>
      <p class="muted">${t("queue.mappingIntro")}</p>
      ${body}
    </section>`;
  }
}
