// The one result card renderer: outcome badge, SVG timeline, checks, evidence, reply, offers,
// shipping bars, formula. Every text goes through textContent or createTextNode: results can echo
// what a user typed.
import * as U from "./util.js";
import { day, languageName, languageNameIn, money } from "./i18n.js";

const el = U.el;
const svg = U.svg;
let uid = 0;

function nextId(prefix) {
  uid += 1;
  return prefix + "-" + uid;
}

function section(title, children, extraClass) {
  var id = nextId("sec");
  return el("section", { class: "card " + (extraClass || ""), "aria-labelledby": id, part: "section" }, [
    el("h3", { id: id, text: title }),
  ].concat(children));
}

/** The rule ids as a list of chips (also used by <dispute-exercise>). */
export function ruleChips(rules) {
  return el(
    "ul",
    { class: "chips" },
    (rules || []).map(function (r) {
      return el("li", null, el("code", { text: r }));
    }),
  );
}

function sourcesList(info, t) {
  if (!info || !info.sources || !info.sources.length) return null;
  return el("div", { class: "sources" }, [
    el("p", { class: "muted" }, [t("sources") + " — ", el("span", { lang: t.locale, text: info.name }), info.version ? " (" + info.version + ")" : ""]),
    el(
      "ul",
      null,
      info.sources.map(function (s) {
        return el("li", null, el("a", { href: s.url, rel: "noopener noreferrer", target: "_blank", text: s.title }));
      }),
    ),
  ]);
}

function rulesSection(rules, info, t) {
  return section(t("rules"), [ruleChips(rules), sourcesList(info, t)], "rules");
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

/** A vertical timeline: dates on the left, marks on a line, labels on the right. */
function timelineSvg(items, t) {
  var titleId = nextId("tl");
  var rows = [];
  var y = 24;
  var prev = null;
  // A second line under an item: the note of a passed deadline (right), a date-time's time (left).
  function twoLines(it) {
    return it.passed || String(it.at).length > 10;
  }
  items.forEach(function (it) {
    if (prev !== null) {
      var gap = Math.max(0, dayNumber(it.at) - dayNumber(prev.at));
      y += 30 + Math.min(36, Math.round(8 * Math.log2(1 + gap)));
      if (twoLines(prev)) y += 14;
    }
    rows.push({ it: it, y: y });
    prev = it;
  });
  var height = y + (prev && twoLines(prev) ? 30 : 20);
  // The date column fits the locale's medium dates ("20 апр. 2015 г.", "Apr 20, 2015").
  var lineX = 124;
  var children = [
    svg("title", { id: titleId, text: t("timeline") }),
    svg("line", { x1: lineX, y1: 10, x2: lineX, y2: height - 8, class: "tl-axis" }),
  ];
  rows.forEach(function (r) {
    var it = r.it;
    var cls = "tl-" + it.kind + (it.passed ? " tl-passed" : "");
    var g = svg("g", { class: cls, "data-key": it.key, "data-at": it.at });
    g.appendChild(svg("text", { x: lineX - 14, y: r.y + 4, "text-anchor": "end", class: "tl-date", text: showDay(it.at, t.locale) }));
    var time = showTime(it.at, t.locale);
    if (time) g.appendChild(svg("text", { x: lineX - 14, y: r.y + 20, "text-anchor": "end", class: "tl-date tl-time", text: time }));
    if (it.kind === "asof") {
      g.insertBefore(svg("rect", { x: 0, y: r.y - 11, width: "100%", height: 22, rx: 4, class: "tl-asof-band" }), g.firstChild);
      g.appendChild(svg("line", { x1: lineX - 12, y1: r.y, x2: lineX + 12, y2: r.y, class: "tl-asof-line" }));
      g.appendChild(svg("circle", { cx: lineX, cy: r.y, r: 5 }));
    } else if (it.kind === "event") {
      g.appendChild(svg("circle", { cx: lineX, cy: r.y, r: 6 }));
    } else {
      var d = 7;
      g.appendChild(
        svg("polygon", {
          points: lineX + "," + (r.y - d) + " " + (lineX + d) + "," + r.y + " " + lineX + "," + (r.y + d) + " " + (lineX - d) + "," + r.y,
        }),
      );
    }
    g.appendChild(svg("text", { x: lineX + 16, y: r.y + 4, class: "tl-label", text: it.label }));
    if (it.passed) {
      g.appendChild(svg("text", { x: lineX + 16, y: r.y + 20, class: "tl-note", text: it.metBy ? t("passed") + " · " + t("metBy", { d: it.metBy }) : t("passed") }));
    }
    children.push(g);
  });
  return svg(
    "svg",
    { class: "timeline", width: "100%", height: height, role: "img", "aria-labelledby": titleId },
    children,
  );
}

function timelineTable(items, t) {
  return el("details", { class: "tl-table" }, [
    el("summary", { text: t("timelineTable") }),
    el("table", null, [
      el("thead", null, el("tr", null, [el("th", { scope: "col", text: t("date") }), el("th", { scope: "col", text: t("event") }), el("th", { scope: "col", text: t("status") })])),
      el(
        "tbody",
        null,
        items.map(function (it) {
          var status = it.kind === "deadline" ? (it.passed ? t("passed") + (it.metBy ? " · " + t("metBy", { d: it.metBy }) : "") : t("open")) : "";
          return el("tr", { class: it.passed ? "passed" : null }, [
            el("td", { text: showStamp(it.at, t.locale) }),
            el("td", { text: it.label }),
            el("td", { text: status }),
          ]);
        }),
      ),
    ]),
  ]);
}

export function outcomeBadge(outcome, t, small) {
  return el("span", { class: "badge badge-" + outcome + (small ? " badge-small" : ""), part: "badge badge-" + outcome, text: t.opt("outcomes." + outcome) || outcome });
}

function copyText(textarea, status, t) {
  function done(ok) {
    status.textContent = ok ? t("copied") : t("copyFailed");
  }
  function fallback() {
    textarea.focus();
    textarea.select();
    var ok = false;
    try {
      ok = document.execCommand("copy");
    } catch (e) {
      ok = false;
    }
    done(ok);
  }
  if (navigator.clipboard && navigator.clipboard.writeText) {
    navigator.clipboard.writeText(textarea.value).then(function () {
      done(true);
    }, fallback);
  } else {
    fallback();
  }
}

/**
 * The reply the seller should send, with a copy button (also used by <dispute-exercise>). With
 * `choice` ({ locale, locales, onChange(tag) }) the card has a reply-language list, which says the
 * language the reply is in and lets the seller pick another; the text area carries `lang`.
 */
export function replySection(reply, t, choice) {
  var id = nextId("reply");
  var text = reply || "";
  var rows = text.split("\n").reduce(function (n, line) {
    return n + Math.max(1, Math.ceil(line.length / 60));
  }, 0);
  var area = el("textarea", { id: id, class: "reply", readonly: true, rows: Math.min(14, Math.max(4, rows)), lang: choice ? choice.locale : null });
  area.value = reply || "";
  var status = el("span", { class: "copy-status", role: "status" });
  var button = el("button", { type: "button", class: "copy", text: t("copy") });
  button.addEventListener("click", function () {
    copyText(area, status, t);
  });
  var label = el("label", { for: id, class: "visually-hidden", text: t("reply") });
  var children = [label];
  if (choice) {
    var selectId = nextId("reply-lang");
    var select = el(
      "select",
      { id: selectId, class: "reply-locale", "data-reply-locale": choice.locale },
      choice.locales.map(function (tag) {
        var own = languageName(tag);
        var known = languageNameIn(tag, t.lang);
        var shown = known && known.toLocaleLowerCase(t.lang) !== own.toLocaleLowerCase(tag) ? own + " (" + known + ")" : own;
        return el("option", { value: tag, lang: tag, text: shown });
      }),
    );
    select.value = choice.locale;
    select.addEventListener("change", function () {
      choice.onChange(select.value);
    });
    children.push(el("div", { class: "reply-lang" }, [el("label", { for: selectId, text: t("replyLanguage") }), select]));
  }
  children.push(area, el("div", { class: "copy-row" }, [button, status]));
  return section(t("reply"), children, "reply-card");
}

export function renderDecision(root, d, input, ctx) {
  var t = ctx.t;
  var cur = d.currency;
  var items = timelineItems(d, input, t);
  var head = el("div", { class: "headline", part: "headline" }, [
    el("div", { class: "headline-main" }, [
      el("span", { class: "headline-label", text: t("outcome") }),
      outcomeBadge(d.outcome, t),
    ]),
    el("div", { class: "headline-amount" }, [
      el("span", { class: "headline-label", text: t("refund") }),
      el("strong", { class: "amount", text: money(d.refund, cur, ctx.locale) }),
    ]),
    el("div", { class: "headline-fault" }, [
      el("span", { class: "headline-label", text: t("faultLabel") }),
      el("span", { class: "fault fault-" + d.fault, text: t.opt("faults." + d.fault) || d.fault }),
    ]),
  ]);
  var parts = [head, el("p", { class: "summary", part: "summary", lang: d.locale || ctx.locale, text: d.summary })];
  parts.push(section(t("timeline"), [timelineSvg(items, t), timelineTable(items, t)], "timeline-card"));
  parts.push(replySection(d.reply, t, ctx.reply ? { locale: d.replyLocale || ctx.locale, locales: ctx.reply.locales, onChange: ctx.reply.onChange } : null));
  if (d.options && d.options.length) {
    parts.push(
      section(t("options"), [
        el(
          "ul",
          { class: "offers" },
          d.options.map(function (o) {
            return el("li", { "data-kind": o.kind, "data-outcome": o.outcome }, [
              el("div", { class: "offer-head" }, [
                el("strong", { class: "offer-kind", text: t.opt("offerKinds." + o.kind) || U.humanize(o.kind) }),
                outcomeBadge(o.outcome, t, true),
                el("strong", { text: money(o.refund, cur, ctx.locale) }),
              ]),
              el("p", { lang: d.locale || ctx.locale, text: o.text }),
            ]);
          }),
        ),
      ]),
    );
  }
  parts.push(
    section(t("checks"), [
      el(
        "ul",
        { class: "checks" },
        (d.checks || []).map(function (c) {
          return el("li", { class: c.passed ? "pass" : "fail", "data-check": c.id }, [
            el("span", { class: "check-mark", "aria-hidden": "true", text: c.passed ? "✓" : "✗" }),
            el("span", { class: "visually-hidden", text: (c.passed ? t("checkPassed") : t("checkFailed")) + ": " }),
            el("span", { class: "check-text", lang: d.locale || ctx.locale, text: c.text }),
            c.rule ? el("code", { class: "check-rule", text: c.rule }) : null,
          ]);
        }),
      ),
    ]),
  );
  if (d.evidence && d.evidence.length) {
    parts.push(
      section(t("evidenceList"), [
        el(
          "ul",
          { class: "evidence" },
          d.evidence.map(function (code) {
            var id = nextId("evi");
            return el("li", null, [
              el("input", { type: "checkbox", id: id }),
              el("label", { for: id }, [t.opt("evidenceCodes." + code) || U.humanize(code), " ", el("code", { text: code })]),
            ]);
          }),
        ),
      ]),
    );
  }
  parts.push(rulesSection(d.rules, ctx.info, t));
  parts.forEach(function (p) {
    root.appendChild(p);
  });
}

var PAYERS = ["buyer", "seller", "insurer", "carrier"];

export function renderSplit(root, s, input, ctx) {
  var t = ctx.t;
  var cur = s.currency;
  var totals = { buyer: s.buyerPays, seller: s.sellerPays, insurer: s.insurerPays, carrier: s.carrierPays };
  root.appendChild(
    el(
      "dl",
      { class: "totals", part: "totals" },
      PAYERS.map(function (p) {
        return el("div", { class: "total total-" + p + (totals[p] ? "" : " zero") }, [
          el("dt", null, [el("span", { class: "swatch swatch-" + p, "aria-hidden": "true" }), t(p + "Pays")]),
          el("dd", { text: money(totals[p], cur, ctx.locale) }),
        ]);
      }),
    ),
  );
  root.appendChild(el("p", { class: "summary", part: "summary", lang: ctx.locale, text: s.summary }));
  // One bar per leg, all on the scale of the largest leg.
  var byLeg = {};
  var order = [];
  (s.legs || []).forEach(function (l) {
    if (!byLeg[l.leg]) {
      byLeg[l.leg] = [];
      order.push(l.leg);
    }
    byLeg[l.leg].push(l);
  });
  var max = 0;
  order.forEach(function (k) {
    var sum = byLeg[k].reduce(function (a, l) {
      return a + l.amount;
    }, 0);
    if (sum > max) max = sum;
  });
  var bars = order.map(function (k) {
    var sum = byLeg[k].reduce(function (a, l) {
      return a + l.amount;
    }, 0);
    var x = 0;
    var titleId = nextId("bar");
    var desc = byLeg[k]
      .map(function (l) {
        return (t.opt("payers." + l.payer) || l.payer) + " " + money(l.amount, cur, ctx.locale);
      })
      .join(", ");
    var rects = [svg("title", { id: titleId, text: (t.opt("legNames." + k) || k) + ": " + desc })];
    rects.push(svg("rect", { x: "0%", y: 0, width: "100%", height: 28, class: "bar-track" }));
    byLeg[k].forEach(function (l) {
      if (!max || !l.amount) return;
      var w = (l.amount / max) * 100;
      rects.push(svg("rect", { x: x + "%", y: 0, width: w + "%", height: 28, class: "bar bar-" + l.payer, "data-payer": l.payer }));
      x += w;
    });
    return el("div", { class: "bar-row" }, [
      el("div", { class: "bar-label" }, [
        el("strong", { text: t.opt("legNames." + k) || k }),
        el("span", { text: money(sum, cur, ctx.locale) }),
      ]),
      svg("svg", { class: "bar-svg", width: "100%", height: 28, role: "img", "aria-labelledby": titleId }, rects),
      el("p", { class: "bar-desc muted", text: desc }),
    ]);
  });
  var legend = el(
    "ul",
    { class: "legend" },
    PAYERS.map(function (p) {
      return el("li", null, [el("span", { class: "swatch swatch-" + p, "aria-hidden": "true" }), t("payers." + p)]);
    }),
  );
  root.appendChild(section(t("legs"), bars.concat([legend]), "legs-card"));
  root.appendChild(
    el("p", { class: "refund-of-shipping" }, [t("refundOfShipping") + ": ", el("strong", { text: money(s.refundOfShipping, cur, ctx.locale) }), " · " + t("faultLabel") + ": " + (t.opt("faults." + s.fault) || s.fault)]),
  );
  root.appendChild(rulesSection(s.rules, ctx.info, t));
}

export function renderPenalty(root, p, input, ctx) {
  var t = ctx.t;
  var cur = p.currency;
  root.appendChild(
    el("dl", { class: "totals totals-3", part: "totals" }, [
      el("div", { class: "total" }, [el("dt", { text: t("refund") }), el("dd", { text: money(p.refund, cur, ctx.locale) })]),
      el("div", { class: "total total-penalty" }, [el("dt", { text: t("penalty") }), el("dd", { text: money(p.penalty, cur, ctx.locale) })]),
      el("div", { class: "total total-sum" }, [el("dt", { text: t("total") }), el("dd", { text: money(p.total, cur, ctx.locale) })]),
    ]),
  );
  root.appendChild(section(t("formula"), [el("p", { class: "formula" }, el("code", { text: p.formula }))], "formula-card"));
  root.appendChild(el("p", { class: "summary", part: "summary", lang: ctx.locale, text: p.summary }));
  root.appendChild(rulesSection(p.rules, ctx.info, t));
}
