// The API input fields a queue CSV can carry: dotted paths for nested fields, how a cell becomes a
// value, and the header names a file may use for each (the API name first, then the Chinese
// header of the template, then common spellings of back-office exports).

/** How a cell becomes a value of the API input. */
export const KIND = Object.freeze({
  ID: "id", // the row's id, not part of the API input
  TEXT: "text", // passed as given (the engine checks codes, such as a ruleset)
  DATE: "date", // "YYYY-MM-DD" or a date-time; "2024/5/1" as Excel writes it becomes "2024-05-01"
  MONEY: "money", // currency units ("1,299.00") to integer minor units
  BOOLEAN: "boolean", // true/false, yes/no, 是/否, 1/0
  INTEGER: "integer", // a plain non-negative integer (kilometres, policy days)
  DATES: "dates", // a list of dates separated by ";", "," or spaces (policy.holidays)
});

/** [field, kind, Chinese template header, other accepted names]. */
const TABLE = [
  ["orderId", KIND.ID, "订单号", ["订单编号", "订单id", "order", "orderno", "ordernumber"]],
  ["ruleset", KIND.TEXT, "平台规则", ["规则", "platform"]],
  ["reason", KIND.TEXT, "原因", ["售后原因", "退款原因"]],
  ["request", KIND.TEXT, "买家诉求", []],
  ["asOf", KIND.DATE, "评估日期", []],
  ["currency", KIND.TEXT, "币种", ["货币"]],
  ["price", KIND.MONEY, "商品金额", ["金额", "实付金额"]],
  ["shippingPaid", KIND.MONEY, "买家所付运费", ["运费"]],
  ["requestedAmount", KIND.MONEY, "申请退款金额", ["退款金额"]],
  ["standardShipping", KIND.MONEY, "标准运费", []],
  ["destination", KIND.TEXT, "收货国家", []],
  ["tracking", KIND.TEXT, "物流状态", []],
  ["paymentMethod", KIND.TEXT, "付款方式", []],
  ["informedOfWithdrawal", KIND.BOOLEAN, "已告知撤回权", []],
  ["informedOfReturnCost", KIND.BOOLEAN, "已告知退货运费", []],
  ["locale", KIND.TEXT, "语言", []],
  ["dates.ordered", KIND.DATE, "下单日期", []],
  ["dates.paid", KIND.DATE, "付款日期", []],
  ["dates.shipped", KIND.DATE, "发货日期", []],
  ["dates.delivered", KIND.DATE, "签收日期", []],
  ["dates.completed", KIND.DATE, "确认收货日期", []],
  ["dates.opened", KIND.DATE, "发起售后日期", []],
  ["dates.estimatedDelivery", KIND.DATE, "预计送达日期", []],
  ["dates.reshipped", KIND.DATE, "补发日期", []],
  ["dates.returnReceived", KIND.DATE, "收到退货日期", []],
  ["dates.faultFound", KIND.DATE, "发现故障日期", []],
  ["evidence.buyerPhotos", KIND.BOOLEAN, "买家照片", []],
  ["evidence.proofOfDelivery", KIND.BOOLEAN, "签收证明", []],
  ["evidence.reshipConsent", KIND.BOOLEAN, "买家同意补发", []],
  ["evidence.sourceDocuments", KIND.BOOLEAN, "来源凭证", []],
  ["evidence.chatRecord", KIND.BOOLEAN, "聊天记录", []],
  ["item.madeToOrder", KIND.BOOLEAN, "定制商品", []],
  ["item.perishable", KIND.BOOLEAN, "生鲜易腐", []],
  ["item.digitalUnsealed", KIND.BOOLEAN, "数字商品已拆封", []],
  ["item.periodical", KIND.BOOLEAN, "报纸期刊", []],
  ["item.intact", KIND.BOOLEAN, "商品完好", []],
  ["item.exclusionConfirmed", KIND.BOOLEAN, "已确认不适用无理由退货", []],
  ["item.odometerKm", KIND.INTEGER, "行驶里程公里", []],
  ["item.defect", KIND.TEXT, "故障类型", []],
  ["policy.holidays", KIND.DATES, "节假日", []],
];

export const FIELDS = Object.freeze(
  TABLE.map(([field, kind, zh, aliases]) => Object.freeze({ field, kind, zh, aliases })),
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
