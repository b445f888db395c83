// The list of triaged rows: an ARIA grid whose body is virtualized by TanStack Virtual's core (only
// the rows in view, plus a few, are in the DOM, so 100,000 rows scroll as 100), with one roving
// tab stop: the active row, always rendered so Tab finds it. Arrows, Home, End, PageUp and
// PageDown move it; Enter, Space or a click open the row's detail.
import { html, nothing } from "lit";
import { repeat } from "lit/directives/repeat.js";
import { styleProperties } from "./style-properties.js";
import { Virtualizer, defaultRangeExtractor, elementScroll, observeElementOffset, observeElementRect } from "@tanstack/virtual-core";
import { day, money } from "../i18n.js";
import { REFUSED } from "../../queue/triage.js";
import { daysText, errorLine, outcomeText } from "./words.js";

export const COLUMNS = ["id", "ruleset", "outcome", "refund", "fault", "deadline", "check"];
// The sort key behind each column header ("deadline" sorts by the nearest deadline's date).
const SORT_KEYS = { id: "id", ruleset: "ruleset", outcome: "outcome", refund: "refund", fault: "fault", deadline: "daysLeft", check: "check" };
const OVERSCAN = 8;
const NARROW_BELOW = 640; // px: four short lines per row below this width

/**
 * A reactive controller of the queue element. `onOpen(entry)` opens a row's detail,
 * `onSort({ key, descending })` asks for another order.
 */
export class QueueList {
  #host;
  #callbacks;
  #virtualizer;
  #resize = null;
  #unmount = null;
  /** The rows shown (sorted and filtered entries). */
  view = [];
  /** The index in `view` of the row holding the tab stop. */
  active = 0;
  rowHeight = 40;
  narrow = false;

  constructor(host, callbacks) {
    this.#host = host;
    this.#callbacks = callbacks;
    this.#virtualizer = new Virtualizer(this.#options());
    host.addController(this);
  }

  #options() {
    const rowHeight = this.rowHeight;
    return {
      count: this.view.length,
      getScrollElement: () => this.#viewport(),
      estimateSize: () => rowHeight,
      overscan: OVERSCAN,
      // Before the viewport is measured: about twelve rows.
      initialRect: { width: 0, height: rowHeight * 12 },
      // The active row stays rendered wherever the list is scrolled: it is the grid's tab stop.
      rangeExtractor: (range) => {
        const indexes = defaultRangeExtractor(range);
        const active = this.active;
        if (active >= this.view.length || indexes.includes(active)) return indexes;
        return [...indexes, active].sort((a, b) => a - b);
      },
      scrollToFn: elementScroll,
      observeElementRect,
      observeElementOffset,
      onChange: () => this.#host.requestUpdate(),
    };
  }

  #viewport() {
    return this.#host.renderRoot?.querySelector?.(".viewport") ?? null;
  }

  /** Shows `view` from its first row. */
  show(view) {
    this.view = view;
    this.active = 0;
    const viewport = this.#viewport();
    if (viewport) viewport.scrollTop = 0;
    // A fresh virtualizer starts at offset 0: the old one may hold the offset of a list since
    // hidden (a hidden viewport loses its scroll position without a scroll event).
    this.#unmount?.();
    this.#virtualizer = new Virtualizer(this.#options());
    this.#unmount = this.#host.isConnected ? this.#virtualizer._didMount() : null;
    this.#host.requestUpdate();
  }

  hostConnected() {
    this.#unmount = this.#virtualizer._didMount();
    this.#resize = new ResizeObserver(() => this.#measure());
    this.#resize.observe(this.#host);
  }

  hostDisconnected() {
    this.#resize?.disconnect();
    this.#unmount?.();
  }

  hostUpdate() {
    this.#virtualizer.setOptions(this.#options());
  }

  hostUpdated() {
    // Attaches to the viewport once it is rendered (and again if it is replaced).
    this.#virtualizer._willUpdate();
  }

  /** The row height follows the element's font size and width (four short lines when narrow). */
  #measure() {
    const root = this.#host.renderRoot;
    const panel = root.querySelector(".list-panel");
    const width = panel?.getBoundingClientRect().width || this.#host.getBoundingClientRect().width;
    const narrow = width > 0 && width < NARROW_BELOW;
    const font = parseFloat(getComputedStyle(root.querySelector(".base") ?? this.#host).fontSize) || 16;
    const height = Math.round(font * (narrow ? 5.6 : 2.6));
    if (narrow === this.narrow && height === this.rowHeight) return;
    this.narrow = narrow;
    this.rowHeight = height;
    this.#virtualizer.setOptions(this.#options());
    this.#virtualizer.measure();
    this.#host.requestUpdate();
  }

  #row(index) {
    return this.#host.renderRoot.querySelector(`.qbody .qrow[data-index="${index}"]`);
  }

  /** Gives the active row the focus (after the dialog closes). */
  focusActive() {
    this.#row(this.active)?.focus({ preventScroll: true });
  }

  /** Moves the tab stop to row `i`, scrolls it into view and, if `focus`, focuses it. */
  async activate(i, focus) {
    if (!this.view.length) return;
    const index = Math.max(0, Math.min(this.view.length - 1, i));
    this.active = index;
    this.#virtualizer.scrollToIndex(index, { align: "auto" });
    this.#host.requestUpdate();
    await this.#host.updateComplete;
    if (focus) this.focusActive();
  }

  #keydown = (e) => {
    const viewport = this.#viewport();
    const page = Math.max(1, Math.floor((viewport?.clientHeight || 0) / this.rowHeight) - 1);
    const moves = { ArrowDown: 1, ArrowUp: -1, PageDown: page, PageUp: -page };
    if (e.key in moves) this.activate(this.active + moves[e.key], true);
    else if (e.key === "Home") this.activate(0, true);
    else if (e.key === "End") this.activate(this.view.length - 1, true);
    else if (e.key === "Enter" || e.key === " ") this.#callbacks.onOpen(this.view[this.active]);
    else return;
    e.preventDefault();
  };

  #click = (e) => {
    const row = e.target.closest && e.target.closest(".qrow");
    if (!row) return;
    const index = Number(row.dataset.index);
    this.activate(index, true);
    this.#callbacks.onOpen(this.view[index]);
  };

  #sortBy(column, sort) {
    const key = SORT_KEYS[column];
    this.#callbacks.onSort({ key, descending: sort.key === key ? !sort.descending : false });
  }

  #deadlineCell(entry, t, locale) {
    if (entry.error) return html`<div role="gridcell" class="qcell c-deadline error-cell">${errorLine(t, entry.error)}</div>`;
    const d = entry.deadline || entry.passed;
    if (!d) return html`<div role="gridcell" class="qcell c-deadline">${entry.outcome ? t("queue.noDeadline") : ""}</div>`;
    const name = `${t.opt("deadline." + d.name) || d.name} ${day(d.date, locale, { dateStyle: "medium", time: false })}`;
    return html`<div role="gridcell" class="qcell c-deadline ${d.daysLeft <= 0 ? "due" : ""}"><span class="days-left">${daysText(t, d.daysLeft)}</span> · <span class="deadline-name">${name}</span></div>`;
  }

  #renderRow(item, t, locale) {
    const i = item.index;
    const entry = this.view[i];
    const check = entry.error ? entry.error.code : entry.failedCheck ? `${entry.failedCheck.id} (${entry.failedCheck.rule})` : "";
    const classes = `qrow${i % 2 === 1 ? " alt" : ""}${entry.outcome === REFUSED ? " refused" : ""}`;
    return html`<div role="row" class=${classes} part="row" data-index=${i} aria-rowindex=${i + 2} tabindex=${i === this.active ? 0 : -1} data-outcome=${entry.outcome || ""} style=${styleProperties({ transform: `translateY(${item.start}px)` })}>
      <div role="gridcell" class="qcell c-id">${entry.id}</div>
      <div role="gridcell" class="qcell c-ruleset">${entry.ruleset}</div>
      <div role="gridcell" class="qcell c-outcome"><span class="badge badge-small badge-${entry.outcome || "none"}" part="badge">${outcomeText(t, entry.outcome)}</span></div>
      <div role="gridcell" class="qcell c-refund">${entry.refund === null ? "" : money(entry.refund, entry.currency, locale)}</div>
      <div role="gridcell" class="qcell c-fault">${entry.fault ? t.opt("faults." + entry.fault) || entry.fault : ""}</div>
      ${this.#deadlineCell(entry, t, locale)}
      <div role="gridcell" class="qcell c-check">${check}</div>
    </div>`;
  }

  /** The count, the help line, the grid and the empty note, in the words of `t`, ordered by `sort`. */
  render(t, locale, sort, total) {
    const count = this.view.length;
    const h = this.rowHeight;
    const sortedColumn = COLUMNS.find((c) => SORT_KEYS[c] === sort.key);
    const rows = this.#virtualizer.getVirtualItems();
    return html`<p class="muted count" id="count">${t("queue.showing", { shown: count, rows: total })}</p>
      <p id="list-help" class="visually-hidden">${t("queue.listLabel", { key: sortedColumn ? t("queue.columns." + sortedColumn) : t("queue.columns.urgency") })}</p>
      <div class="grid-scroll">
        <div role="grid" class="qgrid" aria-labelledby="list-h" aria-describedby="list-help" aria-readonly="true" aria-rowcount=${count + 1}>
          <div role="rowgroup" class="qheadgroup">
            <div role="row" class="qrow qhead" aria-rowindex="1">
              ${COLUMNS.map(
                (c) => html`<div role="columnheader" class="qcell c-${c}" aria-sort=${sort.key === SORT_KEYS[c] ? (sort.descending ? "descending" : "ascending") : nothing}>
                  <button type="button" class="sort" data-column=${c} @click=${() => this.#sortBy(c, sort)}>${t("queue.columns." + c)}</button>
                </div>`,
              )}
            </div>
          </div>
          <div class="viewport" style=${styleProperties({ height: `min(var(--dc-list-height, 28em), ${count * h}px)` })}>
            <div class="spacer" role="presentation" style=${styleProperties({ height: `${this.#virtualizer.getTotalSize()}px` })}>
              <div role="rowgroup" class="qbody" @click=${this.#click} @keydown=${this.#keydown}>
                ${repeat(rows, (item) => item.index, (item) => this.#renderRow(item, t, locale))}
              </div>
            </div>
          </div>
        </div>
      </div>
      <p class="muted empty" ?hidden=${count > 0}>${t("queue.noMatch")}</p>`;
  }
}
