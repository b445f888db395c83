// Type test: compiled with `tsc --noEmit` against the installed package. Each @ts-expect-error
// line must be an error, or tsc fails: the declarations stay precise, never `any`.
import init, {
  evaluateDispute,
  evaluateDisputes,
  refundPenalty,
  returnShippingSplit,
  rulesets,
} from "dispute-calc";
import type {
  BatchResult,
  Decision,
  DisputeInput,
  DisputeInputError,
  EvidenceCode,
  OfferKind,
  Outcome,
  PenaltyResult,
  RulesetInfo,
  ShippingSplit,
} from "dispute-calc";

await init();

const input: DisputeInput = {
  ruleset: "aliexpress",
  reason: "not_received",
  asOf: "2015-04-20",
  currency: "USD",
  price: 2599,
  dates: { ordered: "2015-03-03", shipped: "2015-03-19", delivered: "2015-04-12" },
  tracking: "delivered",
  policy: { handlingDays: 20 },
};
const decision: Decision = evaluateDispute(input);
const outcome: Outcome = decision.outcome;
const refund: number = decision.refund;
const deadline: string | undefined = decision.deadlines.handlingDeadline;
const batch: BatchResult[] = evaluateDisputes([input]);
const bare: BatchResult[] = evaluateDisputes([input], { text: false });
void bare;
for (const item of batch) {
  if (item.ok) {
    const o: Outcome = item.value.outcome;
    void o;
  } else {
    const code: DisputeInputError["code"] = item.error.code;
    void code;
  }
}
const penalty: PenaltyResult = refundPenalty({
  ruleset: "tmall",
  violation: "late_shipment",
  currency: "CNY",
  price: 19900,
});
const split: ShippingSplit = returnShippingSplit({
  ruleset: "taobao",
  reason: "no_reason",
  currency: "CNY",
  outboundShipping: 1000,
  freeShipping: true,
  returnShipping: 1200,
});
const infos: RulesetInfo[] = rulesets();
const infosZh: RulesetInfo[] = rulesets("zh-CN");
void [outcome, refund, deadline, penalty, split, infos, infosZh];

// @ts-expect-error an unknown ruleset id
evaluateDispute({ ...input, ruleset: "alibaba" });
// @ts-expect-error an unknown reason
evaluateDispute({ ...input, reason: "changed_mind" });
// @ts-expect-error amounts are numbers of minor units, not strings
refundPenalty({ ruleset: "tmall", violation: "late_shipment", currency: "CNY", price: "199.00" });
// @ts-expect-error violation is required
refundPenalty({ ruleset: "tmall", currency: "CNY", price: 1 });
// @ts-expect-error an unknown field
refundPenalty({ ruleset: "tmall", violation: "fraud", currency: "CNY", price: 1, prize: 2 });
// @ts-expect-error outcome is a string union, not a number (and not any)
const wrong: number = decision.outcome;
// @ts-expect-error batch options take a boolean
evaluateDisputes([input], { text: "no" });
// @ts-expect-error the locale is one of the eleven tags
rulesets("fr-CA");
// @ts-expect-error a leg payer is a known party
const payer: "nobody" = split.legs[0].payer;
void [wrong, payer];

// The rest of the world: new inputs, holidays, parameter metadata.
const withdrawal: Decision = evaluateDispute({
  ruleset: "eu-crd",
  reason: "no_reason",
  asOf: "2024-03-10",
  currency: "EUR",
  price: 4999,
  shippingPaid: 990,
  standardShipping: 490,
  informedOfWithdrawal: false,
  informedOfReturnCost: true,
  dates: { delivered: "2024-03-01" },
});
const ftc: Decision = evaluateDispute({
  ruleset: "us-ftc",
  reason: "late_shipment",
  asOf: "2024-03-10",
  currency: "USD",
  price: 4999,
  paymentMethod: "money_order",
  dates: { ordered: "2024-02-01" },
  policy: { handlingDays: 10, holidays: ["2024-02-19"] },
});
const verified: boolean = rulesets()[0].parameterInfo[0].verified;
const acceptsHolidays: boolean = rulesets()[0].holidays;
void [withdrawal, ftc, verified, acceptsHolidays];
// @ts-expect-error an unknown payment method
evaluateDispute({ ...input, paymentMethod: "bitcoin" });
// @ts-expect-error holidays are date strings
evaluateDispute({ ...input, policy: { holidays: [20240219] } });
// @ts-expect-error informedOfWithdrawal is a boolean
evaluateDispute({ ...input, informedOfWithdrawal: "yes" });
// Codes are the vocabulary's unions (generated from the crate), not bare strings.
const evidenceCode: EvidenceCode | undefined = decision.evidence[0];
const offerKind: OfferKind | undefined = decision.options[0]?.kind;
void [evidenceCode, offerKind];
// @ts-expect-error an evidence code the engine never writes
const badCode: EvidenceCode = "photo_of_cat";
// @ts-expect-error deadlines are keyed by the vocabulary's deadline names
void decision.deadlines.noSuchDeadline;
