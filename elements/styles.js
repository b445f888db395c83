// The one theming stylesheet, shared by every element on the page (one constructed sheet, adopted
// by each shadow root: no <style> element, so a page CSP without 'unsafe-inline' allows it).
export const CSS = `
/* Inside the shadow root only. Sizes are in px at the root and em below it: the host page's rem
   and font rules cannot reach in. Theming goes through the --dc-* custom properties and ::part(). */
:host { display: block; container: dc / inline-size; }
:host([hidden]) { display: none; }
.base {
  all: initial; /* no inherited text property of the host page gets in (custom properties do) */
  display: block;
  font-family: var(--dc-font, system-ui, -apple-system, "Segoe UI", "PingFang SC", "Microsoft YaHei", "Noto Sans CJK SC", sans-serif);
  font-size: var(--dc-font-size, 16px);
  font-weight: 400;
  line-height: 1.5;
  color: var(--dc-ink, #1b1f24);
  text-align: start;
}
* { box-sizing: border-box; }
[hidden] { display: none !important; }
h1, h2, h3 { line-height: 1.25; }
h2 { font-size: 1.15em; margin: 0 0 0.75em; }
h3 { font-size: 1em; margin: 0 0 0.5em; }
a { color: var(--dc-accent, #0b57d0); }
code { font-family: ui-monospace, "SFMono-Regular", Menlo, Consolas, monospace; font-size: 0.9em; background: #eef0f3; padding: 0 0.25em; border-radius: 3px; overflow-wrap: anywhere; }
.muted { color: var(--dc-muted, #4f5661); }
.visually-hidden { position: absolute !important; width: 1px; height: 1px; margin: -1px; padding: 0; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; border: 0; }

:focus-visible { outline: 3px solid var(--dc-focus, #ffbf47); outline-offset: 2px; box-shadow: 0 0 0 5px var(--dc-ink, #1b1f24); }
.layout { display: grid; gap: var(--dc-space, 1em); grid-template-columns: minmax(0, 1fr); }
/* The element's own width decides the layout, not the window's: it may sit in a side panel. */
@container dc (min-width: 900px) {
  .layout { grid-template-columns: minmax(0, 5fr) minmax(0, 6fr); align-items: start; }
}
.layout[data-view="result"] { grid-template-columns: minmax(0, 1fr); }
.panel { background: var(--dc-surface, #fff); border: 1px solid var(--dc-line, #c9ced6); border-radius: var(--dc-radius, 8px); padding: var(--dc-space, 1em); min-width: 0; }

fieldset { border: 1px solid var(--dc-line, #c9ced6); border-radius: var(--dc-radius, 6px); margin: 0 0 0.75em; padding: 0.5em 0.75em 0.75em; min-width: 0; }
legend { font-weight: 700; padding: 0 0.25em; }
.grid { display: grid; grid-template-columns: repeat(auto-fill, minmax(min(100%, 13em), 1fr)); gap: 0.5em 0.75em; }
.field { min-width: 0; display: flex; flex-direction: column; }
.field label { font-weight: 600; font-size: 0.92em; margin-bottom: 0.15em; }
.field-ruleset { grid-column: 1 / -1; }
.field-bool { flex-direction: row; align-items: flex-start; gap: 0.5em; grid-column: 1 / -1; }
.field-bool input { width: 1.25em; height: 1.25em; margin: 0.15em 0 0; flex: none; }
.field-bool label { font-weight: 400; margin: 0; flex: 1 1 0; min-width: 0; }
.field-bool .field-error { flex-basis: 100%; }
.field-bool { flex-wrap: wrap; }
input, select, textarea { font: inherit; padding: 0.4em 0.5em; width: 100%; border: 1px solid #7a828e; border-radius: calc(var(--dc-radius, 8px) * 0.6); background: #fff; color: var(--dc-ink, #1b1f24); min-width: 0; }
input[type="checkbox"] { accent-color: var(--dc-accent, #0b57d0); }
input[aria-invalid="true"], select[aria-invalid="true"] { border: 2px solid var(--dc-bad, #b3261e); background: #fff6f5; }
.hint { margin: 0.15em 0 0; font-size: 0.82em; color: var(--dc-muted, #4f5661); }
.field-error { margin: 0.25em 0 0; font-size: 0.88em; color: var(--dc-bad, #b3261e); font-weight: 600; overflow-wrap: anywhere; }
.form-error:empty { display: none; }
.form-error { margin: 0 0 0.75em; }
details.more, details.policy-details { margin-top: 0.6em; }
details.policy-details[open] summary { margin-bottom: 0.4em; }
details summary { cursor: pointer; font-weight: 600; color: var(--dc-accent, #0b57d0); }
.ruleset-info { font-size: 0.85em; margin-top: 0.35em; padding: 0.4em 0.6em; background: #f4f7fc; border-radius: calc(var(--dc-radius, 8px) * 0.6); overflow-wrap: anywhere; }
.ruleset-info p { margin: 0 0 0.2em; }
.ruleset-info ul { margin: 0.25em 0 0; padding-left: 1.2em; }
.param { white-space: nowrap; }
.param code { white-space: normal; }
.field-policy label code { font-weight: 400; font-size: 0.78em; }
.primary { font: inherit; font-weight: 700; padding: 0.55em 1.2em; background: var(--dc-accent, #0b57d0); color: var(--dc-accent-ink, #fff); border: 0; border-radius: var(--dc-radius, 6px); cursor: pointer; }

/* Results */
.headline { display: flex; flex-wrap: wrap; gap: 0.75em 1.5em; align-items: flex-end; padding: 0.75em; border-radius: var(--dc-radius, 8px); background: #f4f7fc; border: 1px solid var(--dc-line, #c9ced6); }
.headline > div { display: flex; flex-direction: column; gap: 0.2em; }
.headline-label { font-size: 0.8em; text-transform: uppercase; letter-spacing: 0.04em; color: var(--dc-muted, #4f5661); }
.amount { font-size: 1.6em; font-variant-numeric: tabular-nums; }
.badge { display: inline-block; font-weight: 700; font-size: 1.1em; padding: 0.3em 0.8em; border-radius: 999px; color: var(--dc-badge-ink, #fff); background: #3c4043; }
.badge-small { font-size: 0.85em; padding: 0.15em 0.6em; }
.badge-reject { background: var(--dc-badge-reject, #1e6b2f); }
.badge-wait { background: var(--dc-badge-wait, #5f6368); }
.badge-refund_full, .badge-refund_partial { background: var(--dc-badge-refund, #b3261e); }
.badge-return_refund { background: var(--dc-badge-return, #9c3d00); }
.badge-exchange, .badge-reship, .badge-replace_or_return, .badge-repair { background: var(--dc-badge-remedy, #0b57d0); }
.fault { font-weight: 700; }
.summary { margin: 0.75em 0; }
.card { border-top: 1px solid var(--dc-line, #c9ced6); padding: 0.75em 0 0.25em; margin-top: 0.5em; }
.checks, .offers, .evidence { list-style: none; margin: 0; padding: 0; }
.checks li { display: grid; grid-template-columns: 1.5em minmax(0, 1fr) auto; gap: 0.25em 0.5em; align-items: start; padding: 0.35em 0; border-bottom: 1px dashed #dde1e6; }
.check-mark { font-weight: 700; text-align: center; }
.checks .pass .check-mark { color: var(--dc-ok, #1e6b2f); }
.checks .fail .check-mark { color: var(--dc-bad, #b3261e); }
.check-rule { white-space: nowrap; }
.offers li { padding: 0.5em 0.6em; border: 1px solid var(--dc-line, #c9ced6); border-radius: var(--dc-radius, 6px); margin-bottom: 0.5em; }
.offers p { margin: 0.3em 0 0; }
.offer-head { display: flex; flex-wrap: wrap; gap: 0.5em; align-items: center; }
.evidence li { display: flex; gap: 0.5em; align-items: flex-start; padding: 0.2em 0; }
.evidence input { width: 1.15em; height: 1.15em; margin-top: 0.2em; flex: none; }
.chips { list-style: none; margin: 0 0 0.5em; padding: 0; display: flex; flex-wrap: wrap; gap: 0.35em; }
.sources p { margin: 0.25em 0; font-size: 0.9em; }
.sources ul { margin: 0; padding-left: 1.2em; font-size: 0.9em; overflow-wrap: anywhere; }
textarea.reply { resize: vertical; background: #fbfbfc; }
/* The whole reply in view where the browser sizes a text area to its content (the rows elsewhere). */
@supports (field-sizing: content) { textarea.reply { field-sizing: content; min-height: 6lh; max-height: 30lh; } }
.reply-lang { display: flex; flex-wrap: wrap; align-items: center; gap: 0.25em 0.6em; margin: 0 0 0.5em; }
.reply-lang label { font-weight: 600; font-size: 0.92em; }
.reply-lang select { width: auto; max-width: 100%; }
/* Texts in other languages: long compound words (German, Russian) break by the language's
   hyphenation, or anywhere as a last resort; CJK lines break by the strict rules (no line starts
   with a closing mark or a small kana). */
.summary, .check-text, .offers p, textarea.reply, .detail-body { overflow-wrap: anywhere; hyphens: auto; }
:lang(zh-CN), :lang(ja), :lang(ko) { hyphens: manual; }
:lang(zh-CN), :lang(ja) { line-break: strict; }
:lang(ko) { word-break: keep-all; }
.copy-row { display: flex; gap: 0.75em; align-items: center; margin-top: 0.4em; }
.copy { font: inherit; padding: 0.35em 0.9em; border: 2px solid var(--dc-accent, #0b57d0); color: var(--dc-accent, #0b57d0); background: #fff; border-radius: var(--dc-radius, 6px); cursor: pointer; font-weight: 600; }
.copy-status { color: var(--dc-ok, #1e6b2f); font-size: 0.9em; }
.error-card { padding: 0.75em; border: 2px solid var(--dc-bad, #b3261e); border-radius: var(--dc-radius, 8px); background: #fff6f5; color: var(--dc-ink, #1b1f24); }
.error-card p { margin: 0 0 0.25em; overflow-wrap: anywhere; }

/* Timeline (SVG) */
/* The timeline: a list in three columns, the date (the locale's medium form, "20 апр. 2015 г."),
   the mark on the axis, the label (wrapping in its column). */
.timeline { --tl-date: 8.6em; --tl-mark: 1.4em; list-style: none; margin: 0.25em 0 0; padding: 0.3em 0; position: relative; max-width: 34em; font-size: 0.8125em; line-height: 1.35; }
.timeline::before { content: ""; position: absolute; top: 0.5em; bottom: 0.5em; left: calc(var(--tl-date) + 0.5em + var(--tl-mark) / 2 - 1px); width: 2px; background: #9aa1ab; }
.timeline li { display: grid; grid-template-columns: var(--tl-date) var(--tl-mark) minmax(0, 1fr); column-gap: 0.5em; align-items: start; position: relative; padding: 0.15em 0; border-radius: 4px; }
.tl-when { text-align: end; color: var(--dc-muted, #4f5661); font-variant-numeric: tabular-nums; }
.tl-when > span { display: block; }
.tl-time { font-size: 0.9em; }
.tl-mark { justify-self: center; position: relative; z-index: 1; width: 12px; height: 12px; margin-top: 0.2em; border-radius: 50%; background: var(--dc-ink, #1b1f24); }
.tl-deadline .tl-mark, .tl-start .tl-mark { border-radius: 1px; width: 11px; height: 11px; margin-top: 0.25em; transform: rotate(45deg); background: #fff; border: 2px solid var(--dc-accent, #0b57d0); }
.tl-deadline .tl-label { color: #0a3f9c; }
.tl-passed .tl-mark { background: var(--dc-bad, #b3261e); border-color: var(--dc-bad, #b3261e); }
.timeline .tl-passed .tl-when, .timeline .tl-passed .tl-label { color: var(--dc-bad, #b3261e); font-weight: 700; }
.tl-note { display: block; font-size: 0.85em; color: var(--dc-bad, #b3261e); }
.tl-label { overflow-wrap: anywhere; hyphens: auto; }
.timeline .tl-asof { background: #fff1db; }
.tl-asof .tl-mark { width: 10px; height: 10px; margin-top: 0.25em; background: var(--dc-warn, #8a4b00); box-shadow: 0 0 0 3px #fff1db; }
.timeline .tl-asof .tl-when, .timeline .tl-asof .tl-label { color: var(--dc-warn, #8a4b00); font-weight: 700; }
.tl-table table { border-collapse: collapse; margin-top: 0.4em; font-size: 0.9em; }
.tl-table th, .tl-table td { text-align: left; padding: 0.2em 0.6em 0.2em 0; border-bottom: 1px solid #e3e6ea; }
.tl-table tr.passed td { color: var(--dc-bad, #b3261e); }

/* Shipping and penalty */
.totals { display: grid; grid-template-columns: repeat(auto-fit, minmax(min(100%, 9em), 1fr)); gap: 0.5em; margin: 0; }
.total { border: 1px solid var(--dc-line, #c9ced6); border-radius: var(--dc-radius, 8px); padding: 0.5em 0.75em; background: #f8f9fb; }
.total dt { font-size: 0.85em; color: var(--dc-muted, #4f5661); display: flex; align-items: center; gap: 0.35em; }
.total dd { margin: 0; font-size: 1.2em; white-space: nowrap; font-weight: 700; font-variant-numeric: tabular-nums; }
.total.zero dd { color: var(--dc-muted, #4f5661); font-weight: 400; }
.total-penalty dd { color: var(--dc-bad, #b3261e); }
.total-sum { background: #f4f7fc; }
.swatch { display: inline-block; width: 0.8em; height: 0.8em; border-radius: 2px; flex: none; }
.swatch-buyer, .bar-buyer { background: var(--dc-buyer, #0b57d0); fill: var(--dc-buyer, #0b57d0); }
.swatch-seller, .bar-seller { background: var(--dc-seller, #c2410c); fill: var(--dc-seller, #c2410c); }
.swatch-insurer, .bar-insurer { background: var(--dc-insurer, #1e7a3a); fill: var(--dc-insurer, #1e7a3a); }
.swatch-carrier, .bar-carrier { background: var(--dc-carrier, #6b3fa0); fill: var(--dc-carrier, #6b3fa0); }
.bar { stroke: #fff; stroke-width: 2; }
.bar-track { fill: #eceef1; }
.bar-row { margin-bottom: 0.6em; }
.bar-label { display: flex; justify-content: space-between; gap: 0.5em; font-size: 0.92em; }
.bar-svg { display: block; }
.bar-desc { margin: 0.15em 0 0; font-size: 0.85em; }
.legend { list-style: none; padding: 0; margin: 0.25em 0 0; display: flex; flex-wrap: wrap; gap: 0.4em 1em; font-size: 0.88em; }
.legend li { display: flex; align-items: center; gap: 0.35em; }
.formula { font-size: 1.1em; margin: 0; }
.formula code { font-size: 1em; padding: 0.2em 0.4em; }

@container dc (max-width: 480px) {
  .panel { padding: calc(var(--dc-space, 1em) * 0.75); }
  fieldset { padding: 0.4em 0.5em 0.6em; }
  .ruleset-info .defaults { font-size: 0.8em; }
}

/* Refused input: the short message in the page's language, then the module's English detail. */
.field-error .error-text { display: block; }
.error-detail { display: block; margin-top: 0.1em; font-size: 0.78em; font-weight: 400; color: var(--dc-muted, #4f5661); }
.error-card .error-detail { font-size: 0.82em; }
.offer-kind { flex: 1 1 12em; min-width: 0; }
.to-verify { position: relative; display: inline-block; margin-left: 0.25em; color: var(--dc-warn, #8a4b00); font-weight: 600; white-space: nowrap; cursor: help; border-radius: 3px; }
.to-verify .verify-tip { display: none; position: absolute; z-index: 2; left: 0; top: 100%; margin-top: 0.3em; width: max-content; max-width: min(18em, 70vw); padding: 0.35em 0.55em; font-size: 0.85rem; font-weight: 400; white-space: normal; color: var(--dc-ink, #1b1f24); background: var(--dc-surface, #fff); border: 1px solid var(--dc-line, #c9ced6); border-radius: calc(var(--dc-radius, 8px) * 0.6); box-shadow: 0 2px 6px rgb(0 0 0 / 0.15); }
.to-verify:hover .verify-tip, .to-verify:focus .verify-tip, .to-verify:focus-within .verify-tip { display: block; }
.verify-count { color: var(--dc-warn, #8a4b00); }
.placeholder { color: var(--dc-muted, #4f5661); }

/* <dispute-exercise> */
.exercise-set { max-width: 52em; }
.ex-head h2 { margin-bottom: 0.25em; }
.ex-meta { display: flex; flex-wrap: wrap; gap: 0.25em 1.25em; margin: 0 0 0.4em; color: var(--dc-muted, #4f5661); font-size: 0.92em; }
.ex-seed { font-variant-numeric: tabular-nums; }
.ex-progress { display: block; width: 100%; height: 0.5em; margin: 0 0 1em; accent-color: var(--dc-accent, #0b57d0); }
.exercise h3 { font-size: 1.1em; }
.scenario { margin: 0 0 1em; padding: 0.75em; background: #f4f7fc; border-left: 4px solid var(--dc-accent, #0b57d0); border-radius: calc(var(--dc-radius, 8px) * 0.6); overflow-wrap: anywhere; }
.question legend { font-weight: 700; }
.question .field { max-width: 20em; }
.choices { display: flex; flex-direction: column; gap: 0.4em; }
.choice { display: flex; gap: 0.6em; align-items: flex-start; padding: 0.45em 0.6em; border: 1px solid var(--dc-line, #c9ced6); border-radius: calc(var(--dc-radius, 8px) * 0.6); cursor: pointer; }
.choice input { width: 1.2em; height: 1.2em; margin: 0.15em 0 0; padding: 0; flex: none; accent-color: var(--dc-accent, #0b57d0); }
.choice:has(input:checked) { border: 2px solid var(--dc-accent, #0b57d0); padding: calc(0.45em - 1px) calc(0.6em - 1px); background: #f4f7fc; }
fieldset[disabled] .choice { cursor: default; }
.feedback { margin-top: 0.6em; padding: 0.5em 0.75em; border: 1px solid var(--dc-line, #c9ced6); border-left-width: 5px; border-radius: calc(var(--dc-radius, 8px) * 0.6); overflow-wrap: anywhere; }
.feedback[data-correct="true"] { border-color: var(--dc-ok, #1e6b2f); background: #f2f8f3; }
.feedback[data-correct="false"] { border-color: var(--dc-bad, #b3261e); background: #fff6f5; }
.feedback p { margin: 0 0 0.3em; }
.verdict { font-weight: 700; }
.verdict-right { color: var(--dc-ok, #1e6b2f); }
.verdict-wrong { color: var(--dc-bad, #b3261e); }
.fb-label { font-weight: 600; }
.fb-rules { display: flex; flex-wrap: wrap; gap: 0.35em; align-items: center; }
.fb-rules .chips { margin: 0; }
.actions { display: flex; flex-wrap: wrap; gap: 0.5em 1em; align-items: center; margin-top: 0.75em; }
.checked-line { font-weight: 700; margin: 0; flex: 1 1 12em; }
.secondary { font: inherit; font-weight: 600; padding: 0.45em 1em; border: 2px solid var(--dc-accent, #0b57d0); color: var(--dc-accent, #0b57d0); background: var(--dc-surface, #fff); border-radius: var(--dc-radius, 6px); cursor: pointer; }
.score-line { display: flex; flex-wrap: wrap; gap: 0.25em 0.75em; align-items: baseline; margin: 0 0 0.5em; }
.final h3 { margin-top: 1em; }
.final h3:first-child { margin-top: 0; }
.review { padding-left: 1.4em; margin: 0; }
.review > li { margin: 0 0 1.25em; }
.review h4 { font-size: 1em; margin: 0 0 0.4em; }
.review-questions { list-style: none; margin: 0; padding: 0; }
.review-questions > li { margin: 0 0 0.75em; }
.review-prompt { margin: 0; font-weight: 600; }

/* <dispute-queue> */
.queue { display: grid; gap: var(--dc-space, 1em); }
.queue-intro { margin: 0 0 0.75em; }
.import-grid { display: grid; gap: 0.75em 1em; grid-template-columns: minmax(0, 1fr); }
@container dc (min-width: 640px) { .import-grid { grid-template-columns: minmax(0, 2fr) minmax(0, 1fr); align-items: start; } }
.drop { border: 2px dashed #7a828e; border-radius: var(--dc-radius, 8px); padding: 1em; text-align: center; background: #f8f9fb; }
.drop.over { border-color: var(--dc-accent, #0b57d0); background: #eef3fd; }
.drop p { margin: 0; }
.drop .hint { margin-top: 0.4em; }
.drop .sample { margin-top: 0.75em; }
.drop .file-name { margin-top: 0.6em; font-weight: 600; overflow-wrap: anywhere; }
.file-button { display: inline-block; font-weight: 700; padding: 0.45em 1em; background: var(--dc-accent, #0b57d0); color: var(--dc-accent-ink, #fff); border-radius: var(--dc-radius, 6px); cursor: pointer; }
input[type="file"]:focus-visible + .file-button, .file-button:focus-within { outline: 3px solid var(--dc-focus, #ffbf47); }
.secondary { font: inherit; font-weight: 600; padding: 0.4em 0.9em; border: 2px solid var(--dc-accent, #0b57d0); color: var(--dc-accent, #0b57d0); background: #fff; border-radius: var(--dc-radius, 6px); cursor: pointer; }
.secondary[aria-pressed="true"] { background: #e8effc; }
.progress-box { margin-top: 0.75em; }
.progress-box label { display: block; font-weight: 600; font-variant-numeric: tabular-nums; }
.progress-row { display: flex; gap: 0.75em; align-items: center; }
.progress-row progress { flex: 1 1 auto; height: 1.2em; accent-color: var(--dc-accent, #0b57d0); }
.queue-message { margin: 0.75em 0 0; }
.queue-message:empty { display: none; }
.actions { display: flex; flex-wrap: wrap; gap: 0.5em; margin-top: 0.5em; }
.actions:not(:has(button:not([hidden]))) { display: none; }
.mapping-fields { margin-bottom: 0.75em; }
.mapping label code { font-weight: 400; font-size: 0.75em; }
.mapping .field-error:empty { display: none; }
.summary-grid { display: grid; gap: 1em; grid-template-columns: minmax(0, 1fr); }
@container dc (min-width: 720px) { .summary-grid { grid-template-columns: minmax(0, 1fr) minmax(0, 1fr); } }
.outcome-counts li { display: flex; align-items: center; gap: 0.25em; }
.refund-totals { list-style: none; margin: 0; padding: 0; font-variant-numeric: tabular-nums; }
.refund-totals li { display: flex; gap: 0.5em; }
.due-chart { display: block; width: 100%; max-width: 28em; height: auto; font-size: 11px; }
.due-bar { fill: var(--dc-accent, #0b57d0); }
.today .due-bar { fill: var(--dc-bad, #b3261e); }
.due-chart text { fill: var(--dc-ink, #1b1f24); }
.due-chart .due-day, .due-chart .due-month { fill: var(--dc-muted, #4f5661); }
.toolbar { display: grid; gap: 0.5em 0.75em; grid-template-columns: repeat(auto-fill, minmax(min(100%, 10em), 1fr)); align-items: end; }
.toolbar-buttons { display: flex; flex-wrap: wrap; gap: 0.5em; grid-column: 1 / -1; }
.reply-field { grid-column: span 2; }
@container dc (max-width: 420px) { .reply-field { grid-column: 1 / -1; } }
.count { margin: 0.5em 0; }
.grid-scroll { overflow-x: auto; }
.qgrid { min-width: 56em; border: 1px solid var(--dc-line, #c9ced6); border-radius: var(--dc-radius, 8px); }
.qrow { display: grid; grid-template-columns: minmax(7em, 1.1fr) minmax(5.5em, 0.7fr) minmax(11em, 1.4fr) minmax(7em, 0.9fr) minmax(4.5em, 0.6fr) minmax(15em, 2.4fr) minmax(7em, 1fr); gap: 0 0.5em; align-items: center; padding: 0 0.5em; }
.qhead { border-bottom: 1px solid var(--dc-line, #c9ced6); background: #f4f7fc; min-height: 2.4em; }
.qcell { min-width: 0; overflow: hidden; text-overflow: ellipsis; white-space: nowrap; }
/* A long outcome ("Reject with evidence", "Отказ с доказательствами") ends in an ellipsis inside its
   badge rather than being cut at the column's edge; the detail shows it whole. */
.qcell .badge { max-width: 100%; overflow: hidden; text-overflow: ellipsis; vertical-align: middle; }
.sort { font: inherit; font-weight: 700; font-size: 0.88em; border: 0; background: none; color: var(--dc-ink, #1b1f24); padding: 0.3em 0; cursor: pointer; text-align: start; white-space: normal; }
[aria-sort="ascending"] .sort::after { content: " ▲"; }
[aria-sort="descending"] .sort::after { content: " ▼"; }
.viewport { height: var(--dc-list-height, 28em); overflow-y: auto; position: relative; }
.spacer { position: relative; }
.qbody .qrow { position: absolute; top: 0; left: 0; right: 0; height: var(--queue-row-height, 40px); cursor: pointer; border-bottom: 1px solid #e3e6ea; background: var(--dc-surface, #fff); }
.qbody .qrow.alt { background: var(--dc-row-alt, #f6f7f9); }
.qbody .qrow:hover { background: #eef3fd; }
.qbody .qrow:focus-visible { outline-offset: -3px; box-shadow: none; }
.c-id { font-weight: 600; }
.c-refund { font-variant-numeric: tabular-nums; text-align: end; }
.c-deadline.due, .c-deadline.error-cell { color: var(--dc-bad, #b3261e); font-weight: 600; }
.days-left { font-variant-numeric: tabular-nums; }
.c-check { font-size: 0.85em; color: var(--dc-muted, #4f5661); }
.badge-refused { background: var(--dc-bad, #b3261e); }
.badge-none { background: #5f6368; }
.empty { margin: 0.75em 0 0; }
/* Narrow: four short lines per row (the badge and the amount whole), ruleset in the detail only. */
.narrow .qgrid { min-width: 0; }
.narrow .qrow { grid-template-columns: minmax(0, 1fr) minmax(0, auto); grid-template-areas: "id refund" "outcome fault" "deadline deadline" "check check"; row-gap: 0; padding: 0.2em 0.5em; }
.narrow .qhead { grid-template-areas: "id refund" "outcome fault" "deadline deadline" "check ruleset"; }
.narrow .qbody .c-ruleset { display: none; }
.narrow .c-id { grid-area: id; } .narrow .c-outcome { grid-area: outcome; } .narrow .c-refund { grid-area: refund; }
.narrow .c-deadline { grid-area: deadline; } .narrow .c-fault { grid-area: fault; text-align: end; } .narrow .c-check { grid-area: check; }
.narrow .qhead .c-ruleset { grid-area: ruleset; text-align: end; }
dialog.detail { width: min(56em, calc(100vw - 1em)); max-height: calc(100vh - 2em); border: 1px solid var(--dc-line, #c9ced6); border-radius: var(--dc-radius, 8px); padding: var(--dc-space, 1em); color: var(--dc-ink, #1b1f24); background: var(--dc-surface, #fff); }
dialog.detail::backdrop { background: rgba(0, 0, 0, 0.45); }
.detail-head { display: flex; justify-content: space-between; align-items: center; gap: 1em; margin-bottom: 0.5em; }
.detail-head h2 { margin: 0; overflow-wrap: anywhere; }

`;

let shared = null;

export function sheet() {
  if (!shared) {
    shared = new CSSStyleSheet();
    shared.replaceSync(CSS);
  }
  return shared;
}
