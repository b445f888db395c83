// The one result card renderer: outcome badge, timeline, checks, evidence, reply, offers, shipping
// bars, formula, as Lit templates. Every interpolation is text or an attribute value: results can
// echo what a user typed, and none of it is parsed as HTML.
import { html, svg, nothing, render } from "lit";
import { ref } from "lit/directives/ref.js";
import * as U from "./util.js";
import { day, languageName, languageNameIn, money } from "./i18n.js";

let uid = 0;

function nextId(prefix) {
  uid += 1;
  return prefix + "-" + uid;
}

function section(title, body, extraClass) {
  const id = nextId("sec");
  return html`<section class=${"card " + (extraClass || "")} aria-labelledby=${id} part="section"><h3 id=${id}>${title}</h3>${body}</section>`;
}

/** A template rendered once into a detached element (for callers that append DOM nodes). */
function toNode(template) {
  const box = document.createDocumentFragment();
  render(template, box);
  return box.firstElementChild;
}

function chipsTemplate(rules) {
  return html`<ul class="chips">${(rules || []).map((r) => html`<li><code>${r}</code></li>`)}</ul>`;
}

/** The rule ids as a list of chips, a DOM node (also used by <dispute-exercise>). */
export function ruleChips(rules) {
  return toNode(chipsTemplate(rules));
}

function sourcesList(info, t) {
  if (!info || !info.sources || !info.sources.length) return nothing;
  return html`<div class="sources">
    <p class="muted">${t("sources") + " — "}<span lang=${t.locale}>${info.name}</span>${info.version ? " (" + info.version + ")" : ""}</p>
    <ul>${info.sources.map((s) => html`<li><a href=${s.url} rel="noopener noreferrer" target="_blank">${s.title}</a></li>`)}</ul>
  </div>`;
}

function rulesSection(rules, info, t) {
  return section(t("rules"), [chipsTemplate(rules), sourcesList(info, t)], "rules");
}

function datePart(s) {
  return String(s).slice(0, 10);
}

/** Compares two input/output stamps: date-times by instant when both have one, else by day. */
function compareStamp(a, b) {
  if (String(a).length > 10 && String(b).length > 10) {
    var x = Date.parse(a);
    var y = Date.parse(b);
    if (!isNaN(x) && !isNaN(y)) return x < y ? -1 : x > y ? 1 : 0;
  }
  var p = datePart(a);
  var q = datePart(b);
  return p < q ? -1 : p > q ? 1 : 0;
}

function dayNumber(s) {
  var d = Date.parse(datePart(s) + "T00:00:00Z");
  return isNaN(d) ? 0 : d / 86400000;
}

/** A stamp in a column: the day as the locale writes it in short ("Mar 8, 2024", "08.03.2024"). */
function showDay(s, locale) {
  return day(s, locale, { dateStyle: "medium", time: false });
}

/** A date-time's clock time as the locale writes it, with its offset ("9:12 AM UTC+8"); "" for a date. */
function showTime(s, locale) {
  s = String(s);
  if (s.length <= 10) return "";
  const full = day(s, locale, { dateStyle: "medium" });
  const date = showDay(s, locale);
  // Intl writes the day first in every locale the engine speaks: what follows it is the time.
  return full.indexOf(date) === 0 ? full.slice(date.length).replace(/^[\s,]+/, "") : full;
}

/** A stamp in full text: the day and, for a date-time, the time. */
function showStamp(s, locale) {
  return day(s, locale, { dateStyle: "medium" });
}

// Dates from which something becomes possible (not a limit the seller can miss): never "passed".
var STARTS = { earliestDayToOpen: true, contactWaitEnd: true, claimEligibleAfter: true };

// The act that answers a deadline: a passed deadline met in time says so.
var MET_BY = { handlingDeadline: "shipped", deliveryDeadline: "delivered", lastDayToOpen: "opened", refundDueBy: null };

/** Timeline items: the order's dates, the deadlines and the as-of day, sorted. */
export function timelineItems(decision, input, t) {
  var items = [];
  var dates = input.dates || {};
  Object.keys(dates).forEach(function (k) {
    if (dates[k]) items.push({ kind: "event", key: k, label: t.opt("dates." + k) || U.humanize(k), at: dates[k], order: 0 });
  });
  var deadlines = decision.deadlines || {};
  Object.keys(deadlines).forEach(function (k) {
    var at = deadlines[k];
    if (!at) return;
    var start = STARTS[k] === true || /^earliest/.test(k);
    var passed = !start && compareStamp(at, input.asOf) < 0;
    var act = MET_BY[k] && dates[MET_BY[k]];
    var metBy = passed && act && compareStamp(act, at) <= 0 ? showStamp(act, t.locale) : null;
    items.push({
      kind: start ? "start" : "deadline",
      key: k,
      label: t.opt("deadline." + k) || U.humanize(k),
      at: at,
      passed: passed,
      metBy: metBy,
      order: 1,
    });
  });
  items.push({ kind: "asof", key: "asOf", label: t("asOfMark"), at: input.asOf, order: 2 });
  items.sort(function (a, b) {
    return compareStamp(a.at, b.at) || a.order - b.order;
  });
  return items;
}


/**
 * A vertical timeline: dates on the left, marks on a line, labels on the right; the space between
 * two items grows with the days between them. An HTML list, not SVG text: a label in any language
 * wraps in its column ("Zugestellt (laut Sendungsverfolgung)" on a phone), and a screen reader
 * reads it as a list.
 */
function timelineList(items, t) {
  let prev = null;
  return html`<ol class="timeline">${items.map((it) => {
    // The gap is set through the CSSOM (never a style attribute): a page CSP without
    // 'unsafe-inline' for styles allows it.
    const gap = prev === null ? null : Math.max(0, dayNumber(it.at) - dayNumber(prev.at));
    const marginTop = gap === null ? "" : 6 + Math.min(36, Math.round(8 * Math.log2(1 + gap))) + "px";
    const spaced = (li) => li && (li.style.marginTop = marginTop);
    prev = it;
    const time = showTime(it.at, t.locale);
    const note = it.passed ? (it.metBy ? t("passed") + " · " + t("metBy", { d: it.metBy }) : t("passed")) : null;
    return html`<li class=${"tl-" + it.kind + (it.passed ? " tl-passed" : "")} data-key=${it.key} data-at=${it.at} ${ref(spaced)}><span class="tl-when"><span class="tl-date">${showDay(it.at, t.locale)}</span>${time ? html`<span class="tl-time">${time}</span>` : nothing}</span><span class="tl-mark" aria-hidden="true"></span><span class="tl-what"><span class="tl-label">${it.label}</span>${note ? html`<span class="tl-note">${note}</span>` : nothing}</span></li>`;
  })}</ol>`;
}

function timelineTable(items, t) {
  return html`<details class="tl-table"><summary>${t("timelineTable")}</summary><table>
    <thead><tr><th scope="col">${t("date")}</th><th scope="col">${t("event")}</th><th scope="col">${t("status")}</th></tr></thead>
    <tbody>${items.map((it) => {
      const status = it.kind === "deadline" ? (it.passed ? t("passed") + (it.metBy ? " · " + t("metBy", { d: it.metBy }) : "") : t("open")) : "";
      return html`<tr class=${it.passed ? "passed" : nothing}><td>${showStamp(it.at, t.locale)}</td><td>${it.label}</td><td>${status}</td></tr>`;
    })}</tbody></table></details>`;
}

function badgeTemplate(outcome, t, small) {
  return html`<span class=${"badge badge-" + outcome + (small ? " badge-small" : "")} part="badge badge-${outcome}">${t.opt("outcomes." + outcome) || outcome}</span>`;
}

/** An outcome badge as a DOM node. */
export function outcomeBadge(outcome, t, small) {
  return toNode(badgeTemplate(outcome, t, small));
}

function copyText(textarea, status, t) {
  function done(ok) {
    status.textContent = ok ? t("copied") : t("copyFailed");
  }
  function fallback() {
    textarea.focus();
    textarea.select();
    let ok = false;
    try {
      ok = document.execCommand("copy");
    } catch {
      ok = false;
    }
    done(ok);
  }
  if (navigator.clipboard && navigator.clipboard.writeText) {
    navigator.clipboard.writeText(textarea.value).then(() => done(true), fallback);
  } else {
    fallback();
  }
}

/** The reply card as a template (see replySection). */
export function replyTemplate(reply, t, choice) {
  const id = nextId("reply");
  const text = reply || "";
  const rows = text.split("\n").reduce((n, line) => n + Math.max(1, Math.ceil(line.length / 60)), 0);
  const copy = (e) => {
    const card = e.currentTarget.closest("section");
    copyText(card.querySelector("textarea.reply"), card.querySelector(".copy-status"), t);
  };
  let language = nothing;
  if (choice) {
    const selectId = nextId("reply-lang");
    const option = (tag) => {
      const own = languageName(tag);
      const known = languageNameIn(tag, t.lang);
      const shown = known && known.toLocaleLowerCase(t.lang) !== own.toLocaleLowerCase(tag) ? own + " (" + known + ")" : own;
      return html`<option value=${tag} lang=${tag} ?selected=${tag === choice.locale}>${shown}</option>`;
    };
    language = html`<div class="reply-lang"><label for=${selectId}>${t("replyLanguage")}</label><select id=${selectId} class="reply-locale" data-reply-locale=${choice.locale} .value=${choice.locale} @change=${(e) => choice.onChange(e.currentTarget.value)}>${choice.locales.map(option)}</select></div>`;
  }
  return section(
    t("reply"),
    html`<label for=${id} class="visually-hidden">${t("reply")}</label>${language}<textarea id=${id} class="reply" readonly rows=${Math.min(14, Math.max(4, rows))} lang=${choice ? choice.locale : nothing} .value=${text}></textarea><div class="copy-row"><button type="button" class="copy" @click=${copy}>${t("copy")}</button><span class="copy-status" role="status"></span></div>`,
    "reply-card",
  );
}

/**
 * The reply the seller should send, with a copy button, as a DOM node (also used by
 * <dispute-exercise>). With `choice` ({ locale, locales, onChange(tag) }) the card has a
 * reply-language list, which says the language the reply is in and lets the seller pick another;
 * the text area carries `lang`.
 */
export function replySection(reply, t, choice) {
  return toNode(replyTemplate(reply, t, choice));
}

/** A decision's card: headline, summary, timeline, reply, offers, checks, evidence, rules. */
export function decisionCard(d, input, ctx) {
  const t = ctx.t;
  const cur = d.currency;
  const items = timelineItems(d, input, t);
  const lang = d.locale || ctx.locale;
  const offers = d.options && d.options.length
    ? section(t("options"), html`<ul class="offers">${d.options.map((o) => html`<li data-kind=${o.kind} data-outcome=${o.outcome}><div class="offer-head"><strong class="offer-kind">${t.opt("offerKinds." + o.kind) || U.humanize(o.kind)}</strong>${badgeTemplate(o.outcome, t, true)}<strong>${money(o.refund, cur, ctx.locale)}</strong></div><p lang=${lang}>${o.text}</p></li>`)}</ul>`)
    : nothing;
  const checks = section(
    t("checks"),
    html`<ul class="checks">${(d.checks || []).map((c) => html`<li class=${c.passed ? "pass" : "fail"} data-check=${c.id}><span class="check-mark" aria-hidden="true">${c.passed ? "✓" : "✗"}</span><span class="visually-hidden">${(c.passed ? t("checkPassed") : t("checkFailed")) + ": "}</span><span class="check-text" lang=${lang}>${c.text}</span>${c.rule ? html`<code class="check-rule">${c.rule}</code>` : nothing}</li>`)}</ul>`,
  );
  const evidence = d.evidence && d.evidence.length
    ? section(t("evidenceList"), html`<ul class="evidence">${d.evidence.map((code) => {
        const id = nextId("evi");
        return html`<li><input type="checkbox" id=${id}><label for=${id}>${t.opt("evidenceCodes." + code) || U.humanize(code)} <code>${code}</code></label></li>`;
      })}</ul>`)
    : nothing;
  const reply = ctx.reply ? { locale: d.replyLocale || ctx.locale, locales: ctx.reply.locales, onChange: ctx.reply.onChange } : null;
  return html`<div class="headline" part="headline"><div class="headline-main"><span class="headline-label">${t("outcome")}</span>${badgeTemplate(d.outcome, t)}</div><div class="headline-amount"><span class="headline-label">${t("refund")}</span><strong class="amount">${money(d.refund, cur, ctx.locale)}</strong></div><div class="headline-fault"><span class="headline-label">${t("faultLabel")}</span><span class=${"fault fault-" + d.fault}>${t.opt("faults." + d.fault) || d.fault}</span></div></div><p class="summary" part="summary" lang=${lang}>${d.summary}</p>${section(t("timeline"), [timelineList(items, t), timelineTable(items, t)], "timeline-card")}${replyTemplate(d.reply, t, reply)}${offers}${checks}${evidence}${rulesSection(d.rules, ctx.info, t)}`;
}

const PAYERS = ["buyer", "seller", "insurer", "carrier"];

/** A shipping split's card: who pays what, one bar per leg, the refund of shipping, the rules. */
export function splitCard(s, input, ctx) {
  const t = ctx.t;
  const cur = s.currency;
  const totals = { buyer: s.buyerPays, seller: s.sellerPays, insurer: s.insurerPays, carrier: s.carrierPays };
  // One bar per leg, all on the scale of the largest leg.
  const byLeg = {};
  const order = [];
  for (const l of s.legs || []) {
    if (!byLeg[l.leg]) {
      byLeg[l.leg] = [];
      order.push(l.leg);
    }
    byLeg[l.leg].push(l);
  }
  const sumOf = (k) => byLeg[k].reduce((a, l) => a + l.amount, 0);
  const max = order.reduce((m, k) => Math.max(m, sumOf(k)), 0);
  const bars = order.map((k) => {
    const titleId = nextId("bar");
    const desc = byLeg[k].map((l) => (t.opt("payers." + l.payer) || l.payer) + " " + money(l.amount, cur, ctx.locale)).join(", ");
    let x = 0;
    const rects = byLeg[k].map((l) => {
      if (!max || !l.amount) return nothing;
      const w = (l.amount / max) * 100;
      const rect = svg`<rect x=${x + "%"} y="0" width=${w + "%"} height="28" class=${"bar bar-" + l.payer} data-payer=${l.payer}></rect>`;
      x += w;
      return rect;
    });
    return html`<div class="bar-row"><div class="bar-label"><strong>${t.opt("legNames." + k) || k}</strong><span>${money(sumOf(k), cur, ctx.locale)}</span></div><svg class="bar-svg" width="100%" height="28" role="img" aria-labelledby=${titleId}><title id=${titleId}>${(t.opt("legNames." + k) || k) + ": " + desc}</title><rect x="0%" y="0" width="100%" height="28" class="bar-track"></rect>${rects}</svg><p class="bar-desc muted">${desc}</p></div>`;
  });
  const legend = html`<ul class="legend">${PAYERS.map((p) => html`<li><span class=${"swatch swatch-" + p} aria-hidden="true"></span>${t("payers." + p)}</li>`)}</ul>`;
  return html`<dl class="totals" part="totals">${PAYERS.map((p) => html`<div class=${"total total-" + p + (totals[p] ? "" : " zero")}><dt><span class=${"swatch swatch-" + p} aria-hidden="true"></span>${t(p + "Pays")}</dt><dd>${money(totals[p], cur, ctx.locale)}</dd></div>`)}</dl><p class="summary" part="summary" lang=${ctx.locale}>${s.summary}</p>${section(t("legs"), [bars, legend], "legs-card")}<p class="refund-of-shipping">${t("refundOfShipping") + ": "}<strong>${money(s.refundOfShipping, cur, ctx.locale)}</strong>${" · " + t("faultLabel") + ": " + (t.opt("faults." + s.fault) || s.fault)}</p>${rulesSection(s.rules, ctx.info, t)}`;
}

/** A penalty's card: refund, penalty and total, the formula, the summary, the rules. */
export function penaltyCard(p, input, ctx) {
  const t = ctx.t;
  const cur = p.currency;
  return html`<dl class="totals totals-3" part="totals"><div class="total"><dt>${t("refund")}</dt><dd>${money(p.refund, cur, ctx.locale)}</dd></div><div class="total total-penalty"><dt>${t("penalty")}</dt><dd>${money(p.penalty, cur, ctx.locale)}</dd></div><div class="total total-sum"><dt>${t("total")}</dt><dd>${money(p.total, cur, ctx.locale)}</dd></div></dl>${section(t("formula"), html`<p class="formula"><code>${p.formula}</code></p>`, "formula-card")}<p class="summary" part="summary" lang=${ctx.locale}>${p.summary}</p>${rulesSection(p.rules, ctx.info, t)}`;
}
