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
// @ts-expect-error the locale is "en" or "zh-CN"
rulesets("fr");
// @ts-expect-error a leg payer is a known party
const payer: "nobody" = split.legs[0].payer;
void [wrong, payer];
