// A sample export for someone who has no file at hand yet: a few hundred open disputes as a
// cross-border seller's back office would export them, in the seller's language (the headers the
// queue recognises in it, notes in it), dated around `today` so the deadlines fall near it: some
// passed, some due within days, some later. The disputes themselves come from the generator of
// the tests and the bench (generate.js); this module gives them what a real export has: platform
// order numbers, buyers' countries and currencies, the buyer's request, paid and shipping
// amounts. Deterministic for a seed; it never reads the clock (the caller passes `today`).
import { generateItems, random } from "./generate.js";
import { chineseHeaders } from "./fields.js";
import { currencyDigits, formatAmount } from "./money.js";
import { tableFromCells } from "./csv.js";
import { exportCsv } from "./export.js";
import { localeTag } from "./replies.js";
import { addDays, dayNumber } from "./triage.js";

/** The columns, in the order of a back office's export (API names; Chinese ones in Chinese). */
const COLUMNS = [
  "orderId", "ruleset", "reason", "request", "currency", "price", "shippingPaid", "destination", "tracking",
  "dates.ordered", "dates.paid", "dates.shipped", "dates.delivered", "dates.opened", "dates.estimatedDelivery",
  "evidence.buyerPhotos", "evidence.proofOfDelivery", "note",
];

// AliExpress buyers by country (the ruleset reads the destination), paying in their currency;
// `rate` turns the generator's amount (about a US dollar each) into a price of that currency.
const ALIEXPRESS_BUYERS = [
  { country: "US", currency: "USD", rate: 1 },
  { country: "ES", currency: "EUR", rate: 0.92 },
  { country: "FR", currency: "EUR", rate: 0.92 },
  { country: "DE", currency: "EUR", rate: 0.92 },
  { country: "IT", currency: "EUR", rate: 0.92 },
  { country: "PL", currency: "PLN", rate: 4 },
  { country: "BR", currency: "BRL", rate: 5 },
  { country: "MX", currency: "MXN", rate: 18 },
  { country: "KR", currency: "KRW", rate: 1350 },
  { country: "RU", currency: "RUB", rate: 90 },
];
// Prices of the generator's currencies that would be unrealistically low as they come.
const RATE = { JPY: 150 };

// What a buyer asks for, by reason: [request, weight].
const REQUESTS = {
  not_received: [["full_refund", 9], ["reship", 1]],
  not_as_described: [["return_refund", 5], ["partial_refund", 3], ["full_refund", 2]],
  quality: [["return_refund", 5], ["partial_refund", 3], ["full_refund", 2]],
  damaged_in_transit: [["full_refund", 5], ["partial_refund", 3], ["reship", 2]],
  no_reason: [["return_refund", 1]],
};

// The seller's notes, by the situation they fit, in every locale of the elements.
const NOTES = {
  en: { chased: "buyer asked twice", loyal: "repeat customer", photos: "photos attached", customs: "tracking stuck at customs", partial: "offered a partial refund", exchange: "would rather exchange it" },
  "zh-CN": { chased: "买家多次催促", loyal: "老客户，优先处理", photos: "已上传照片", customs: "物流卡在海关", partial: "已提出部分退款", exchange: "买家想换货" },
  ru: { chased: "покупатель писал дважды", loyal: "постоянный покупатель", photos: "фото приложены", customs: "посылка застряла на таможне", partial: "предложили частичный возврат", exchange: "хочет обменять товар" },
  "pt-BR": { chased: "comprador cobrou duas vezes", loyal: "cliente fiel", photos: "fotos anexadas", customs: "rastreio parado na alfândega", partial: "oferecemos reembolso parcial", exchange: "prefere trocar o produto" },
  es: { chased: "el comprador ha escrito dos veces", loyal: "cliente habitual", photos: "fotos adjuntas", customs: "envío retenido en aduanas", partial: "ofrecimos un reembolso parcial", exchange: "prefiere un cambio" },
  fr: { chased: "l'acheteur a relancé deux fois", loyal: "client fidèle", photos: "photos jointes", customs: "colis bloqué en douane", partial: "remboursement partiel proposé", exchange: "préfère un échange" },
  de: { chased: "Käufer hat zweimal nachgefragt", loyal: "Stammkunde", photos: "Fotos angehängt", customs: "Sendung hängt beim Zoll fest", partial: "Teilerstattung angeboten", exchange: "möchte lieber umtauschen" },
  it: { chased: "l'acquirente ha sollecitato due volte", loyal: "cliente abituale", photos: "foto allegate", customs: "pacco fermo in dogana", partial: "proposto un rimborso parziale", exchange: "preferisce un cambio" },
  pl: { chased: "kupujący pisał dwa razy", loyal: "stały klient", photos: "zdjęcia w załączniku", customs: "paczka utknęła w urzędzie celnym", partial: "zaproponowano częściowy zwrot", exchange: "woli wymianę" },
  ko: { chased: "구매자가 두 번 문의함", loyal: "단골 고객", photos: "사진 첨부됨", customs: "통관 지연으로 배송 멈춤", partial: "부분 환불 제안함", exchange: "교환을 원함" },
  ja: { chased: "購入者から2回問い合わせあり", loyal: "リピーター", photos: "写真添付あり", customs: "税関で荷物が止まっている", partial: "一部返金を提案済み", exchange: "交換を希望" },
};
// Which notes fit a reason ("" is a row without a note; most rows have none).
const NOTES_BY_REASON = {
  not_received: ["chased", "customs", "loyal", "", "", ""],
  not_as_described: ["photos", "partial", "exchange", "loyal", "", ""],
  quality: ["photos", "partial", "exchange", "chased", "", ""],
  damaged_in_transit: ["photos", "partial", "chased", "", ""],
  no_reason: ["loyal", "exchange", "", "", ""],
};

/**
 * `{ name, text }`: the file name and the CSV text (UTF-8 with a BOM, as the queue's own export)
 * of `rows` disputes open around `today` ("YYYY-MM-DD"), with the headers and notes of `locale`
 * (Chinese headers for Chinese, the API's English names otherwise, as the queue's templates).
 * The same arguments give the same file.
 */
export function sampleExport({ locale = "en", today, rows = 300, seed = 1 } = {}) {
  // A real day: "2026-02-30" would silently become March the 2nd.
  if (typeof today !== "string" || !/^\d{4}-\d{2}-\d{2}$/.test(today) || dayNumber(today) === null || addDays(today, 0) !== today) {
    throw new TypeError(`sampleExport: today must be a date as YYYY-MM-DD, got ${JSON.stringify(today)}`);
  }
  if (!Number.isSafeInteger(rows) || rows < 1) throw new TypeError(`sampleExport: rows must be a positive integer, got ${rows}`);
  if (!Number.isSafeInteger(seed)) throw new TypeError(`sampleExport: seed must be an integer, got ${seed}`);
  const tag = localeTag(locale) ?? "en";
  const chinese = tag === "zh-CN";
  const next = random(seed * 7919 + 17);
  const pick = (list) => list[Math.floor(next() * list.length)];
  const weighted = (pairs) => {
    let r = next() * pairs.reduce((sum, [, w]) => sum + w, 0);
    for (const [value, w] of pairs) if ((r -= w) < 0) return value;
    return pairs[pairs.length - 1][0];
  };
  const digits = (n) => Array.from({ length: n }, () => Math.floor(next() * 10)).join("");

  const records = generateItems(rows, { seed, asOf: today }).map((item, i) => {
    const { ruleset, reason } = item;
    // How long the dispute has been open: the generator opens them all in the last three days;
    // older ones have deadlines passed or far ahead.
    const age = weighted([[0, 11], [1 + Math.floor(next() * 6), 5], [7 + Math.floor(next() * 14), 4]]);
    const dates = Object.fromEntries(Object.entries(item.dates).map(([name, date]) => [name, addDays(date, -age)]));
    dates.paid = dates.ordered;
    let { currency, price } = item;
    let destination = "";
    let rate = RATE[currency] ?? 1;
    if (ruleset === "aliexpress") {
      const buyer = pick(ALIEXPRESS_BUYERS);
      ({ currency, rate } = buyer);
      destination = buyer.country;
    }
    // The generator's amount in units of its currency, as a price of the buyer's currency.
    const units = price / 10 ** currencyDigits(item.currency);
    price = Math.round(units * rate * 10 ** currencyDigits(currency));
    const shippingPaid = ruleset === "aliexpress" || ruleset === "amazon" ? (next() < 0.7 ? 0 : Math.round(price * 0.05)) : next() < 0.8 ? 0 : 10 ** currencyDigits(currency) * 10;
    const cells = {
      orderId: orderNumber(ruleset, i, digits),
      ruleset,
      reason,
      request: weighted(REQUESTS[reason]),
      currency,
      price: formatAmount(price, currency),
      shippingPaid: formatAmount(shippingPaid, currency),
      destination,
      tracking: item.tracking ?? "",
      ...Object.fromEntries(Object.entries(dates).map(([name, date]) => [`dates.${name}`, date])),
      "evidence.buyerPhotos": item.evidence?.buyerPhotos ? (chinese ? "是" : "true") : "",
      "evidence.proofOfDelivery": item.evidence?.proofOfDelivery ? (chinese ? "是" : "true") : "",
      note: NOTES[tag][pick(NOTES_BY_REASON[reason])] ?? "",
    };
    return COLUMNS.map((column) => cells[column] ?? "");
  });
  const headers = chinese ? chineseHeaders(COLUMNS) : COLUMNS;
  const text = exportCsv(tableFromCells(headers, records), null);
  return { name: `sample-disputes-${tag}-${today}.csv`, text };
}

/** An order number as the platform writes it. */
function orderNumber(ruleset, index, digits) {
  switch (ruleset) {
    case "aliexpress":
      return `81${digits(14)}`; // 16 digits
    case "amazon":
      return `${digits(3)}-${digits(7)}-${digits(7)}`; // 3-7-7
    case "taobao":
    case "tmall":
      return `${3 + (index % 2)}${digits(18)}`; // 19 digits
    default:
      // The seller's own shop: a running number.
      return `SO-${String(100001 + index)}`;
  }
}
