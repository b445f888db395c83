// The one result card renderer: outcome badge, SVG timeline, checks, evidence, reply, offers,
// shipping bars, formula. Every text goes through textContent or createTextNode: results can echo
// what a user typed.
import * as U from "./util.js";

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
    el("p", { class: "muted", text: t.sources + " — " + info.name + (info.version ? " (" + info.version + ")" : "") }),
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
  return section(t.rules, [ruleChips(rules), sourcesList(info, t)], "rules");
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

function showStamp(s) {
  s = String(s);
  return s.length > 10 ? s.slice(0, 10) + " " + s.slice(11, 16) : s;
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
    if (dates[k]) items.push({ kind: "event", key: k, label: t["dates." + k] || U.humanize(k), at: dates[k], order: 0 });
  });
  var deadlines = decision.deadlines || {};
  Object.keys(deadlines).forEach(function (k) {
    var at = deadlines[k];
    if (!at) return;
    var start = STARTS[k] === true || /^earliest/.test(k);
    var passed = !start && compareStamp(at, input.asOf) < 0;
    var act = MET_BY[k] && dates[MET_BY[k]];
    var metBy = passed && act && compareStamp(act, at) <= 0 ? showStamp(act) : null;
    items.push({
      kind: start ? "start" : "deadline",
      key: k,
      label: t.deadline[k] || U.humanize(k),
      at: at,
      passed: passed,
      metBy: metBy,
      order: 1,
    });
  });
  items.push({ kind: "asof", key: "asOf", label: t.asOfMark, at: input.asOf, order: 2 });
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
  items.forEach(function (it) {
    if (prev !== null) {
      var gap = Math.max(0, dayNumber(it.at) - dayNumber(prev.at));
      y += 30 + Math.min(36, Math.round(8 * Math.log2(1 + gap)));
      if (prev.passed) y += 14;
    }
    rows.push({ it: it, y: y });
    prev = it;
  });
  var height = y + (prev && prev.passed ? 30 : 20);
  var lineX = 104;
  var children = [
    svg("title", { id: titleId, text: t.timeline }),
    svg("line", { x1: lineX, y1: 10, x2: lineX, y2: height - 8, class: "tl-axis" }),
  ];
  rows.forEach(function (r) {
    var it = r.it;
    var cls = "tl-" + it.kind + (it.passed ? " tl-passed" : "");
    var g = svg("g", { class: cls, "data-key": it.key });
    g.appendChild(svg("text", { x: lineX - 14, y: r.y + 4, "text-anchor": "end", class: "tl-date", text: showStamp(it.at) }));
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
      g.appendChild(svg("text", { x: lineX + 16, y: r.y + 20, class: "tl-note", text: it.metBy ? t.passed + " · " + U.fill(t.metBy, { d: it.metBy }) : t.passed }));
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
    el("summary", { text: t.timelineTable }),
    el("table", null, [
      el("thead", null, el("tr", null, [el("th", { scope: "col", text: t.date }), el("th", { scope: "col", text: t.event }), el("th", { scope: "col", text: t.status })])),
      el(
        "tbody",
        null,
        items.map(function (it) {
          var status = it.kind === "deadline" ? (it.passed ? t.passed + (it.metBy ? " · " + U.fill(t.metBy, { d: it.metBy }) : "") : t.open) : "";
          return el("tr", { class: it.passed ? "passed" : null }, [
            el("td", { text: showStamp(it.at) }),
            el("td", { text: it.label }),
            el("td", { text: status }),
          ]);
        }),
      ),
    ]),
  ]);
}

export function outcomeBadge(outcome, t, small) {
  return el("span", { class: "badge badge-" + outcome + (small ? " badge-small" : ""), part: "badge badge-" + outcome, text: t.outcomes[outcome] || outcome });
}

function copyText(textarea, status, t) {
  function done(ok) {
    status.textContent = ok ? t.copied : t.copyFailed;
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

/** The reply the seller should send, with a copy button (also used by <dispute-exercise>). */
export function replySection(reply, t) {
  var id = nextId("reply");
  var text = reply || "";
  var rows = text.split("\n").reduce(function (n, line) {
    return n + Math.max(1, Math.ceil(line.length / 60));
  }, 0);
  var area = el("textarea", { id: id, class: "reply", readonly: true, rows: Math.min(14, Math.max(4, rows)) });
  area.value = reply || "";
  var status = el("span", { class: "copy-status", role: "status" });
  var button = el("button", { type: "button", class: "copy", text: t.copy });
  button.addEventListener("click", function () {
    copyText(area, status, t);
  });
  var label = el("label", { for: id, class: "visually-hidden", text: t.reply });
  return section(t.reply, [label, area, el("div", { class: "copy-row" }, [button, status])], "reply-card");
}

export function renderDecision(root, d, input, ctx) {
  var t = ctx.t;
  var cur = d.currency;
  var items = timelineItems(d, input, t);
  var head = el("div", { class: "headline", part: "headline" }, [
    el("div", { class: "headline-main" }, [
      el("span", { class: "headline-label", text: t.outcome }),
      outcomeBadge(d.outcome, t),
    ]),
    el("div", { class: "headline-amount" }, [
      el("span", { class: "headline-label", text: t.refund }),
      el("strong", { class: "amount", text: U.formatMoney(d.refund, cur) }),
    ]),
    el("div", { class: "headline-fault" }, [
      el("span", { class: "headline-label", text: t.faultLabel }),
      el("span", { class: "fault fault-" + d.fault, text: t.faults[d.fault] || d.fault }),
    ]),
  ]);
  var parts = [head, el("p", { class: "summary", part: "summary", text: d.summary })];
  parts.push(section(t.timeline, [timelineSvg(items, t), timelineTable(items, t)], "timeline-card"));
  parts.push(replySection(d.reply, t));
  if (d.options && d.options.length) {
    parts.push(
      section(t.options, [
        el(
          "ul",
          { class: "offers" },
          d.options.map(function (o) {
            return el("li", { "data-kind": o.kind, "data-outcome": o.outcome }, [
              el("div", { class: "offer-head" }, [
                el("strong", { class: "offer-kind", text: (t.offerKinds && t.offerKinds[o.kind]) || U.humanize(o.kind) }),
                outcomeBadge(o.outcome, t, true),
                el("strong", { text: U.formatMoney(o.refund, cur) }),
              ]),
              el("p", { text: o.text }),
            ]);
          }),
        ),
      ]),
    );
  }
  parts.push(
    section(t.checks, [
      el(
        "ul",
        { class: "checks" },
        (d.checks || []).map(function (c) {
          return el("li", { class: c.passed ? "pass" : "fail", "data-check": c.id }, [
            el("span", { class: "check-mark", "aria-hidden": "true", text: c.passed ? "✓" : "✗" }),
            el("span", { class: "visually-hidden", text: (c.passed ? t.checkPassed : t.checkFailed) + ": " }),
            el("span", { class: "check-text", text: c.text }),
            c.rule ? el("code", { class: "check-rule", text: c.rule }) : null,
          ]);
        }),
      ),
    ]),
  );
  if (d.evidence && d.evidence.length) {
    parts.push(
      section(t.evidenceList, [
        el(
          "ul",
          { class: "evidence" },
          d.evidence.map(function (code) {
            var id = nextId("evi");
            return el("li", null, [
              el("input", { type: "checkbox", id: id }),
              el("label", { for: id }, [t.evidenceCodes[code] || U.humanize(code), " ", el("code", { text: code })]),
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
          el("dt", null, [el("span", { class: "swatch swatch-" + p, "aria-hidden": "true" }), t[p + "Pays"]]),
          el("dd", { text: U.formatMoney(totals[p], cur) }),
        ]);
      }),
    ),
  );
  root.appendChild(el("p", { class: "summary", part: "summary", text: s.summary }));
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
        return (t.payers[l.payer] || l.payer) + " " + U.formatMoney(l.amount, cur);
      })
      .join(", ");
    var rects = [svg("title", { id: titleId, text: (t.legNames[k] || k) + ": " + desc })];
    rects.push(svg("rect", { x: "0%", y: 0, width: "100%", height: 28, class: "bar-track" }));
    byLeg[k].forEach(function (l) {
      if (!max || !l.amount) return;
      var w = (l.amount / max) * 100;
      rects.push(svg("rect", { x: x + "%", y: 0, width: w + "%", height: 28, class: "bar bar-" + l.payer, "data-payer": l.payer }));
      x += w;
    });
    return el("div", { class: "bar-row" }, [
      el("div", { class: "bar-label" }, [
        el("strong", { text: t.legNames[k] || k }),
        el("span", { text: U.formatMoney(sum, cur) }),
      ]),
      svg("svg", { class: "bar-svg", width: "100%", height: 28, role: "img", "aria-labelledby": titleId }, rects),
      el("p", { class: "bar-desc muted", text: desc }),
    ]);
  });
  var legend = el(
    "ul",
    { class: "legend" },
    PAYERS.map(function (p) {
      return el("li", null, [el("span", { class: "swatch swatch-" + p, "aria-hidden": "true" }), t.payers[p]]);
    }),
  );
  root.appendChild(section(t.legs, bars.concat([legend]), "legs-card"));
  root.appendChild(
    el("p", { class: "refund-of-shipping" }, [t.refundOfShipping + ": ", el("strong", { text: U.formatMoney(s.refundOfShipping, cur) }), " · " + t.faultLabel + ": " + (t.faults[s.fault] || s.fault)]),
  );
  root.appendChild(rulesSection(s.rules, ctx.info, t));
}

export function renderPenalty(root, p, input, ctx) {
  var t = ctx.t;
  var cur = p.currency;
  root.appendChild(
    el("dl", { class: "totals totals-3", part: "totals" }, [
      el("div", { class: "total" }, [el("dt", { text: t.refund }), el("dd", { text: U.formatMoney(p.refund, cur) })]),
      el("div", { class: "total total-penalty" }, [el("dt", { text: t.penalty }), el("dd", { text: U.formatMoney(p.penalty, cur) })]),
      el("div", { class: "total total-sum" }, [el("dt", { text: t.total }), el("dd", { text: U.formatMoney(p.total, cur) })]),
    ]),
  );
  root.appendChild(section(t.formula, [el("p", { class: "formula" }, el("code", { text: p.formula }))], "formula-card"));
  root.appendChild(el("p", { class: "summary", part: "summary", text: p.summary }));
  root.appendChild(rulesSection(p.rules, ctx.info, t));
}
