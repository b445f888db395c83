// Generated queues for tests and the browser benchmark: N mixed rows (rulesets, reasons, English
// and Chinese notes and locales), deterministic for a seed, dated around an as-of day so their
// deadlines fall over the following weeks. `badEvery` makes every Nth row a refused input (a
// delivery before the shipment: `date_order` on dates.delivered).
import { addDays } from "./triage.js";

const NOTES = ["buyer asked twice", "买家多次催促", "VIP customer", "老客户，优先处理", "photos attached", "已上传照片", ""];

// Per template: ruleset, reason, currency, and what else the engine needs to decide it.
const TEMPLATES = [
  { ruleset: "aliexpress", reason: "not_received", currency: "USD", tracking: "in_transit", dates: ["ordered", "shipped", "opened"] },
  { ruleset: "aliexpress", reason: "not_as_described", currency: "EUR", dates: ["ordered", "shipped", "delivered", "opened"], evidence: { buyerPhotos: true } },
  { ruleset: "amazon", reason: "not_received", currency: "USD", tracking: "in_transit", dates: ["ordered", "shipped", "estimatedDelivery", "opened"] },
  { ruleset: "amazon", reason: "damaged_in_transit", currency: "JPY", dates: ["ordered", "shipped", "delivered", "opened"] },
  { ruleset: "taobao", reason: "no_reason", currency: "CNY", dates: ["ordered", "shipped", "delivered", "opened"] },
  { ruleset: "taobao", reason: "not_received", currency: "CNY", tracking: "delivered", dates: ["ordered", "shipped", "delivered", "opened"], evidence: { proofOfDelivery: true } },
  { ruleset: "tmall", reason: "quality", currency: "CNY", dates: ["ordered", "shipped", "delivered", "opened"], evidence: { buyerPhotos: true } },
  { ruleset: "cn-consumer", reason: "no_reason", currency: "CNY", dates: ["ordered", "shipped", "delivered", "opened"] },
];

// A small deterministic generator (mulberry32): the same seed gives the same queue. Exported for
// the sample export (sample.js), which draws its own choices from the same kind of stream.
export function random(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * `n` API inputs with an `orderId` and a `note` (an extra column), for rows without their own
 * asOf: evaluate them as of `asOf`.
 */
export function generateItems(n, { seed = 1, asOf = "2026-06-01", badEvery = 0 } = {}) {
  const next = random(seed);
  const pick = (list) => list[Math.floor(next() * list.length)];
  const items = [];
  for (let i = 0; i < n; i++) {
    const t = TEMPLATES[i % TEMPLATES.length];
    // Days before asOf: ordered, then shipped 1-3 days later, delivered 3-15 days after that,
    // opened on a day between delivery and asOf.
    const age = 4 + Math.floor(next() * 30);
    const ordered = addDays(asOf, -age - 18);
    const shipped = addDays(ordered, 1 + Math.floor(next() * 3));
    const delivered = addDays(shipped, 3 + Math.floor(next() * 12));
    const all = { ordered, shipped, delivered, estimatedDelivery: addDays(shipped, 20), opened: addDays(asOf, -Math.floor(next() * 3)) };
    const dates = {};
    for (const name of t.dates) dates[name] = all[name];
    const units = t.currency === "JPY" ? 1 : 100;
    const item = {
      orderId: `${t.ruleset.slice(0, 2).toUpperCase()}${String(100000 + i)}`,
      ruleset: t.ruleset,
      reason: t.reason,
      currency: t.currency,
      price: (5 + Math.floor(next() * 500)) * units + (units === 1 ? 0 : Math.floor(next() * 100)),
      dates,
      locale: i % 2 ? "zh-CN" : "en",
      note: pick(NOTES),
    };
    if (t.tracking) item.tracking = t.tracking;
    if (t.evidence) item.evidence = { ...t.evidence };
    if (badEvery && i % badEvery === badEvery - 1) item.dates = { ...dates, shipped, delivered: addDays(shipped, -1) };
    items.push(item);
  }
  return items;
}
