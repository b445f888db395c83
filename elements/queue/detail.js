// The detail of one row: a modal dialog with the order in a <dispute-calculator view="result">
// (its decision, checks and the reply in the buyer's language), or, for a row refused at import,
// which cell is wrong and why.
import { html, nothing } from "lit";
import { replyLocaleOf } from "../../queue/replies.js";
import { errorLine } from "./words.js";

/**
 * A reactive controller of the queue element; `onClose()` after the dialog closes (the list
 * takes the focus back).
 */
export class QueueDetail {
  #host;
  #callbacks;
  /** The entry shown, or null. */
  entry = null;
  // The calculator's input: one object per opening of a row with an input, so a re-render (a
  // language switch) does not evaluate it again; the calculator follows its locale attributes
  // itself. Null until the first such row (the calculator is made then).
  #input = null;

  constructor(host, callbacks) {
    this.#host = host;
    this.#callbacks = callbacks;
    host.addController(this);
  }

  #dialog() {
    return this.#host.renderRoot.querySelector("dialog.detail");
  }

  get open() {
    return !!this.#dialog()?.open;
  }

  async show(entry) {
    if (!entry) return;
    this.entry = entry;
    const input = entry.row.input;
    if (input) this.#input = { ...input, asOf: input.asOf || entry.asOf };
    this.#host.requestUpdate();
    await this.#host.updateComplete;
    const dialog = this.#dialog();
    if (dialog && !dialog.open) dialog.showModal();
  }

  close() {
    const dialog = this.#dialog();
    if (dialog?.open) dialog.close();
  }

  #closed = () => this.#callbacks.onClose();

  #close = () => this.close();

  #refused(t) {
    const entry = this.entry;
    return html`<div class="error-card">
      <p><strong>${t("queue.refusedAt")}</strong></p>
      <p>${errorLine(t, entry.error)}</p>
      <p class="error-detail">${t("errorDetail")}${entry.error.message}</p>
    </div>`;
  }

  /** The dialog, in the words of `t`; `replyLocale` is the queue's choice (null: each buyer's own). */
  render(t, locale, replyLocale) {
    const entry = this.entry;
    const input = this.#input;
    // Refused at import: the calculator has nothing to evaluate; say which cell and why.
    const refused = !!entry && !entry.row.input;
    return html`<dialog class="detail" part="detail" aria-labelledby="detail-h" @close=${this.#closed}>
      <div class="detail-head">
        <h2 id="detail-h">${entry ? t("queue.detail", { id: entry.id || `#${entry.index + 1}` }) : ""}</h2>
        <button type="button" class="secondary close" @click=${this.#close}>${t("queue.close")}</button>
      </div>
      ${refused ? this.#refused(t) : nothing}
      <div class="detail-body">
        ${input
          ? // The reply in the buyer's language: the queue's choice, else the row's own.
            html`<dispute-calculator view="result" ?hidden=${refused} locale=${locale} reply-locale=${replyLocale ?? replyLocaleOf(input, locale)} .input=${input}></dispute-calculator>`
          : nothing}
      </div>
    </dialog>`;
  }
}
