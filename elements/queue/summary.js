// The summary panel of a finished run: rows per outcome, refund totals per currency and the chart
// of deadlines per day.
import { html, nothing } from "lit";
import { money } from "../i18n.js";
import { dueChart } from "./chart.js";
import { OUTCOMES, outcomeText } from "./words.js";

/** The panel for `summary` (queue/triage.js summarise()), hidden while there is none. */
export function summaryPanel(summary, t, locale) {
  const s = summary;
  return html`<section class="panel summary-panel" part="summary" aria-labelledby="summary-h" ?hidden=${!s}>
    <h2 id="summary-h">${t("queue.summary")}</h2>
    ${s
      ? html`<div class="summary-grid">
          <div>
            <h3>${t("queue.byOutcome")}</h3>
            <ul class="chips outcome-counts">
              ${OUTCOMES.filter((o) => s.byOutcome[o]).map(
                (o) => html`<li data-outcome=${o}>
                  <span class="badge badge-small badge-${o}" part="badge">${outcomeText(t, o)}</span>
                  <strong class="count-value">${s.byOutcome[o].toLocaleString(locale)}</strong>
                </li>`,
              )}
            </ul>
            <h3>${t("queue.refundTotals")}</h3>
            <ul class="refund-totals">
              ${s.refundTotals.length ? nothing : html`<li class="muted">${t("queue.noRefunds")}</li>`}
              ${s.refundTotals.map(
                // A sum of minor units (a BigInt) as a number for Intl: exact up to 2^53, beyond it the nearest.
                (total) => html`<li data-currency=${total.currency}><span>${total.currency}</span> <strong>${money(Number(total.minor), total.currency, locale)}</strong></li>`,
              )}
            </ul>
          </div>
          <div>
            <h3 id="chart-h">${t("queue.chart")}</h3>
            <div class="chart" part="chart">${dueChart(s.dueByDay, t)}</div>
          </div>
        </div>`
      : nothing}
  </section>`;
}
