// The elements' common base: Lit's reactive element (declared properties, batched updates,
// `updateComplete`) with the shared theming sheet adopted by an open shadow root, and the
// elements' event convention. Templates use Lit's `html`: every interpolation is text (or an
// attribute value), never parsed as HTML, so a buyer's words cannot become markup.
import { LitElement } from "lit";
import { sheet } from "./styles.js";

export { html, svg, nothing } from "lit";

export class DisputeElement extends LitElement {
  // The one constructed sheet, shared by every element of the page (no <style> element: a page CSP
  // without 'unsafe-inline' allows it).
  static get styles() {
    return [sheet()];
  }

  /** Dispatches a bubbling, composed CustomEvent (the elements' public events). */
  emit(type, detail) {
    return this.dispatchEvent(new CustomEvent(type, { detail, bubbles: true, composed: true }));
  }
}

/** Registers `tag` once (a second bundle on the page, or a second call, is a no-op). */
export function defineOnce(tag, cls) {
  if (typeof customElements !== "undefined" && !customElements.get(tag)) customElements.define(tag, cls);
}
