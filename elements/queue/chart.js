// The chart of deadlines per day (the summary's `dueByDay`): SVG bars drawn by Lit's `svg`, today's
// in the alarm colour, with the same numbers as a table for screen readers.
import { html, svg } from "lit";

const BAR_WIDTH = 22;
const GAP = 6;
const TOP = 18;
const HEIGHT = 90;

function bar(d, i, max) {
  const x = i * (BAR_WIDTH + GAP);
  const middle = x + BAR_WIDTH / 2;
  const h = Math.round((d.count / max) * HEIGHT);
  const month = i === 0 || d.date.slice(8) === "01" ? d.date.slice(5, 7) : "";
  return svg`<g class=${i === 0 ? "bar-day today" : "bar-day"}>
    <rect x=${x} y=${TOP + HEIGHT - h} width=${BAR_WIDTH} height=${Math.max(h, d.count ? 1 : 0)} class="due-bar"></rect>
    <text x=${middle} y=${TOP + HEIGHT - h - 4} text-anchor="middle" class="due-count">${d.count}</text>
    <text x=${middle} y=${TOP + HEIGHT + 14} text-anchor="middle" class="due-day">${d.date.slice(8)}</text>
    <text x=${middle} y=${TOP + HEIGHT + 28} text-anchor="middle" class="due-month">${month}</text>
  </g>`;
}

/** The chart of `days` ([{ date, count }], today first) in the words of `t`. */
export function dueChart(days, t) {
  const max = Math.max(1, ...days.map((d) => d.count));
  const width = days.length * (BAR_WIDTH + GAP);
  const label = t("queue.chartLabel", { list: days.map((d) => `${d.date} ${d.count}`).join(", ") });
  return html`<svg viewBox="0 0 ${width} ${TOP + HEIGHT + 34}" class="due-chart" role="img" aria-label=${label}>${days.map((d, i) => bar(d, i, max))}</svg>
    <table class="visually-hidden">
      <thead><tr><th scope="col">${t("queue.chartDay")}</th><th scope="col">${t("queue.chartCount")}</th></tr></thead>
      <tbody>${days.map((d) => html`<tr><td>${d.date}</td><td>${d.count}</td></tr>`)}</tbody>
    </table>`;
}
