// The API input fields a queue CSV can carry: dotted paths for nested fields, how a cell becomes a
// value, and the header names a file may use for each (the API name first, then the Chinese
// header of the template, then common spellings of back-office exports).
import { inputs } from "../vocabulary.js";

/** How a cell becomes a value of the API input. */
export const KIND = Object.freeze({
  ID: "id", // the row's id, not part of the API input
  TEXT: "text", // passed as given (the engine checks codes, such as a ruleset)
  DATE: "date", // "YYYY-MM-DD" or a date-time; "2024/5/1" as Excel writes it becomes "2024-05-01"
  MONEY: "money", // currency units ("1,299.00") to integer minor units
  BOOLEAN: "boolean", // true/false, yes/no, 是/否, 1/0
  INTEGER: "integer", // a plain non-negative integer (kilometres, policy days)
  DATES: "dates", // a list of dates separated by ";", "," or spaces (policy.holidays)
  LOCALE: "locale", // a language tag: "RU", "pt-br", "de-DE" become the engine's "ru", "pt-BR", "de"
});

/**
 * [field, Chinese template header, other accepted names]: the columns a file may carry, one per
 * input field of evaluateDispute (the vocabulary's description; a test checks that none is
 * missing), plus the row's id. What a cell holds comes from the same description (`kindOf`).
 */
const TABLE = [
  ["orderId", "订单号", ["订单编号", "订单id", "order", "orderno", "ordernumber"]],
  ["ruleset", "平台规则", ["规则", "platform"]],
  ["reason", "原因", ["售后原因", "退款原因"]],
  ["request", "买家诉求", []],
  ["asOf", "评估日期", []],
  ["currency", "币种", ["货币"]],
  ["price", "商品金额", ["金额", "实付金额"]],
  ["shippingPaid", "买家所付运费", ["运费"]],
  ["requestedAmount", "申请退款金额", ["退款金额"]],
  ["standardShipping", "标准运费", []],
  ["destination", "收货国家", []],
  ["tracking", "物流状态", []],
  ["paymentMethod", "付款方式", []],
  ["informedOfWithdrawal", "已告知撤回权", []],
  ["informedOfReturnCost", "已告知退货运费", []],
  ["locale", "语言", []],
  // The buyer's language: the reply's (a back office's "buyerLanguage" column names it too).
  ["replyLocale", "回复语言", ["buyerLanguage", "买家语言", "buyerlang"]],
  ["dates.ordered", "下单日期", []],
  ["dates.paid", "付款日期", []],
  ["dates.shipped", "发货日期", []],
  ["dates.delivered", "签收日期", []],
  ["dates.completed", "确认收货日期", []],
  ["dates.opened", "发起售后日期", []],
  ["dates.estimatedDelivery", "预计送达日期", []],
  ["dates.reshipped", "补发日期", []],
  ["dates.returnSent", "退货寄出日期", []],
  ["dates.returnReceived", "收到退货日期", []],
  ["dates.faultFound", "发现故障日期", []],
  ["dates.repairRequested", "要求维修日期", []],
  ["dates.repairReturned", "维修返还日期", []],
  ["evidence.buyerPhotos", "买家照片", []],
  ["evidence.proofOfDelivery", "签收证明", []],
  ["evidence.reshipConsent", "买家同意补发", []],
  ["evidence.sourceDocuments", "来源凭证", []],
  ["evidence.chatRecord", "聊天记录", []],
  ["item.madeToOrder", "定制商品", []],
  ["item.perishable", "生鲜易腐", []],
  ["item.digitalUnsealed", "数字商品已拆封", []],
  ["item.periodical", "报纸期刊", []],
  ["item.intact", "商品完好", []],
  ["item.exclusionConfirmed", "已确认不适用无理由退货", []],
  ["item.hygieneUnsealed", "卫生用品已拆封", []],
  ["item.odometerKm", "行驶里程公里", []],
  ["item.defect", "故障类型", []],
  ["policy.holidays", "节假日", []],
];

/** The queue's kind of a described field: a locale is normalised, another enum or a code is passed as text. */
const BY_KIND = { money: KIND.MONEY, date: KIND.DATE, boolean: KIND.BOOLEAN, integer: KIND.INTEGER };

/** How a cell of this column becomes a value: the row id, the holidays' list, else its description. */
function kindOf(path) {
  if (path === "orderId") return KIND.ID;
  if (path === "policy.holidays") return KIND.DATES;
  let fields = inputs.evaluateDispute.fields;
  let field = null;
  for (const part of path.split(".")) {
    field = (fields || []).find((f) => f.name === part);
    if (!field) throw new Error(`queue: ${path} is not an input field of evaluateDispute`);
    fields = field.fields;
  }
  if (field.kind === "enum" && field.enum === "Locale") return KIND.LOCALE;
  return BY_KIND[field.kind] ?? KIND.TEXT;
}

export const FIELDS = Object.freeze(
  TABLE.map(([field, zh, aliases]) => Object.freeze({ field, kind: kindOf(field), zh, aliases })),
);

/**
 * The fields every row needs a column for, or the mapping step is shown: the id, and what the
 * engine cannot decide without. `asOf` is not here: the user sets it for rows without one.
 */
export const REQUIRED_FIELDS = Object.freeze(["orderId", "ruleset", "reason", "currency", "price"]);

/** Header names of the queue's result columns in an export; an import skips them. */
export const OUTPUT_PREFIXES = Object.freeze(["result.", "error."]);

const byField = new Map(FIELDS.map((f) => [f.field, f]));

/** Case, spaces, underscores and hyphens do not matter in a header ("Order ID" is orderId). */
export function normaliseHeader(header) {
  return String(header)
    .replace(/^\uFEFF/, "")
    .trim()
    .toLowerCase()
    .replace(/[\s_\-（）()]+/g, "");
}

const byHeader = new Map();
for (const f of FIELDS) {
  for (const name of [f.field, f.zh, ...f.aliases]) byHeader.set(normaliseHeader(name), f);
}

/** The field a header names, or null. Any `policy.<key>` header is an integer parameter. */
export function fieldForHeader(header) {
  const key = normaliseHeader(header);
  const known = byHeader.get(key);
  if (known) return known;
  const policy = /^policy\.([a-z][a-z0-9]*)$/i.exec(String(header).trim());
  return policy ? policyField(policy[1]) : null;
}

/** The description of a field by its dotted name (any `policy.<key>` included), or null. */
export function fieldInfo(field) {
  if (byField.has(field)) return byField.get(field);
  const policy = /^policy\.([A-Za-z][A-Za-z0-9]*)$/.exec(field);
  return policy ? policyField(policy[1]) : null;
}

function policyField(key) {
  return { field: `policy.${key}`, kind: KIND.INTEGER, zh: `policy.${key}`, aliases: [] };
}

export function isOutputHeader(header) {
  const h = String(header).trim();
  return OUTPUT_PREFIXES.some((prefix) => h.startsWith(prefix));
}

const EXTRA_ZH = new Map([["note", "备注"]]);

/** The template's Chinese header for each API field header (other headers as they are, "note" as 备注). */
export function chineseHeaders(headers) {
  return headers.map((header) => fieldInfo(header)?.zh ?? EXTRA_ZH.get(header) ?? header);
}
