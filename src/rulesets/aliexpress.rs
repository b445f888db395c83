//! AliExpress buyer protection and disputes (rules.md §2), from the seller's side: handling time
//! (AE-R5), promised delivery time by destination (AE-R3/R4), the carrier's delivery record
//! (AE-R9), waiting inside the promise (AE-R8/R10), reshipment (AE-R11), the dispute windows
//! (AE-R6/R7), the seller's and the platform's timers (AE-R12/R13), not-as-described remedies
//! (AE-R2, AE-R14, AE-R16) and who pays the return (AE-R18). Counterfeit claims are decided as
//! not-as-described; the 2x/3x "Guaranteed Genuine" multiple (AE-R19) is not encoded, as its
//! sources conflict.

use super::marketplace::{
    claim_day, full_amount, missing, reason_msg, tracking_msg, DELIVERED, DELIVERED_ON,
    NOT_DELIVERED, OFFER_KEEP_PARTIAL, OFFER_RETURN_FULL, R_KEEP, R_REFUND_PARTIAL, R_SHIPPED,
    S_REFUND, S_REFUND_PARTIAL,
};
use super::state::{
    awaiting_goods, OrderState, C_NOT_SHIPPED, R_REFUND_BY, R_REFUSE_PARCEL, R_UNSHIPPED, S_CANCEL,
    S_REFUSE_PARCEL,
};
use super::{ParamSpec, Reads, RulesetId, RulesetSpec, Source};
use crate::calendar::Stamp;
use crate::codes::{DeadlineName as Dl, EvidenceCode as Ev, OfferKind as Of};
use crate::decision::{Decision, Eval, Verdict};
use crate::error::Result;
use crate::model::{Dispute, Fault, Outcome, Reason, Request, Tracking};
use crate::money;
use crate::text::{one, two, Msg, Text};

pub static SPEC: RulesetSpec = RulesetSpec {
    id: RulesetId::Aliexpress,
    name_en: "AliExpress buyer protection and disputes",
    name_zh: "速卖通买家保护与纠纷规则",
    // The newest dated source of the encoded numbers (ssopdot.com seller-rule digests, AE help
    // copies retrieved for rules.md); the course's worked example is from 2015.
    version: "2022-03",
    currency: None,
    params: PARAMS,
    sources: SOURCES,
    reasons: &[
        Reason::NotReceived,
        Reason::NotAsDescribed,
        Reason::Quality,
        Reason::WrongItem,
        Reason::MissingItems,
        Reason::DamagedInTransit,
        Reason::Counterfeit,
        Reason::NoReason,
        Reason::LateShipment,
        Reason::OutOfStock,
    ],
    violations: &[],
};

/// The input fields this ruleset reads besides `READ_BY_ALL` (see `Reads`).
pub const READS: &[Reads] = &[
    Reads {
        reasons: &[],
        fields: &[
            "asOf",
            "destination",
            "dates.ordered",
            "dates.paid",
            "dates.shipped",
            "dates.delivered",
            "dates.completed",
            "dates.opened",
            "dates.reshipped",
            "evidence.reshipConsent",
        ],
    },
    Reads {
        reasons: &[
            Reason::NotReceived,
            Reason::LateShipment,
            Reason::OutOfStock,
        ],
        fields: &[
            "price",
            "shippingPaid",
            "tracking",
            "request",
            "requestedAmount",
            "evidence.proofOfDelivery",
        ],
    },
    Reads {
        reasons: &[
            Reason::NotAsDescribed,
            Reason::Quality,
            Reason::WrongItem,
            Reason::MissingItems,
            Reason::DamagedInTransit,
        ],
        fields: &[
            "price",
            "shippingPaid",
            "dates.returnReceived",
            "tracking",
            "request",
            "requestedAmount",
            "evidence.buyerPhotos",
        ],
    },
    Reads {
        reasons: &[Reason::Counterfeit],
        fields: &[
            "price",
            "shippingPaid",
            "dates.returnReceived",
            "tracking",
            "request",
            "requestedAmount",
            "evidence.buyerPhotos",
            "evidence.sourceDocuments",
        ],
    },
];

const DAYS_MAX: u64 = 3650;

const PARAMS: &[ParamSpec] = &[
    ParamSpec {
        key: "handlingDays",
        default: 7,
        max: DAYS_MAX,
        rule: "AE-R5",
        verified: false,
    },
    ParamSpec {
        key: "promisedDeliveryDays",
        default: 60,
        max: DAYS_MAX,
        rule: "AE-R3",
        verified: false,
    },
    ParamSpec {
        key: "promisedDeliveryDaysRu",
        default: 90,
        max: DAYS_MAX,
        rule: "AE-R3",
        verified: false,
    },
    ParamSpec {
        key: "promisedDeliveryDaysBr",
        default: 120,
        max: DAYS_MAX,
        rule: "AE-R3",
        verified: false,
    },
    ParamSpec {
        key: "disputeWindowDays",
        default: 15,
        max: DAYS_MAX,
        rule: "AE-R6",
        verified: true,
    },
    ParamSpec {
        key: "earliestDisputeDays",
        default: 10,
        max: DAYS_MAX,
        rule: "AE-R7",
        verified: false,
    },
    ParamSpec {
        key: "immediateDisputePromiseDays",
        default: 5,
        max: DAYS_MAX,
        rule: "AE-R7",
        verified: false,
    },
    ParamSpec {
        key: "sellerResponseDays",
        default: 5,
        max: DAYS_MAX,
        rule: "AE-R12",
        verified: false,
    },
    ParamSpec {
        key: "interventionDays",
        default: 7,
        max: DAYS_MAX,
        rule: "AE-R13",
        verified: false,
    },
    ParamSpec {
        key: "returnShipDays",
        default: 10,
        max: DAYS_MAX,
        rule: "AE-R14",
        verified: false,
    },
    ParamSpec {
        key: "keepPartialPercent",
        default: 50,
        max: 100,
        rule: "AE-R2",
        verified: false,
    },
    ParamSpec {
        key: "returnWindowDays",
        default: 0,
        max: DAYS_MAX,
        rule: "AE-R18",
        verified: false,
    },
];

const SOURCES: &[Source] = &[
    Source {
        title: "AliExpress Buyer Protection",
        url: "https://www.aliexpress.com/buyerprotection/",
    },
    Source {
        title: "AliExpress: how to resolve the disputes",
        url: "https://www.aliexpress.com/buyerprotection/how_to_resolove_the_disputes.html",
    },
    Source {
        title: "AliExpress buyer protection process",
        url: "https://activities.aliexpress.com/adcms/help-aliexpress-com/buyer_protection_process.php",
    },
    Source {
        title: "AliExpress seller guaranteed services",
        url: "https://activities.aliexpress.com/adcms/www-aliexpress-com/buyerprotection/seller_guaranteed.php",
    },
    Source {
        title: "速卖通纠纷处理规则 (ssopdot.com)",
        url: "https://www.ssopdot.com/blog/35242.html",
    },
    Source {
        title: "速卖通纠纷流程与退货 (ssopdot.com)",
        url: "https://www.ssopdot.com/blog/19333.html",
    },
    Source {
        title: "AliExpress dispute reasons (ssopdot.com)",
        url: "https://www.ssopdot.com/blog/13874.html",
    },
    Source {
        title: "How AliExpress determines buyer protection time (bio-guard.net)",
        url: "https://bio-guard.net/real/frequent-question-how-does-aliexpress-determine-buyer-protection-time.html",
    },
    Source {
        title: "AliExpress Buyer Protection, not covered (zalody.com copy)",
        url: "https://zalody.com/blog/buyer-protection.2.html",
    },
    Source {
        title: "AliExpress return costs (chinaparcels.com)",
        url: "https://chinaparcels.com/online-marketplaces/aliexpress/",
    },
];

const OFFER_RESHIP_MISSING: Msg = msg! {
    en: "Keep what you received and we send the missing items at our cost.",
    zh: "保留已收到的商品，由我们承担运费补发缺少的部分。",
};

// ---------------------------------------------------------------------------------------------
// Checks.

const HANDLING_OK: Msg = msg! {
    en: "Shipped on {shipped}, within the {days}-day handling time that ended on {deadline}.",
    zh: "已于{shipped}发货，在{days}天备货期内（{deadline}截止）。",
};
const HANDLING_LATE: Msg = msg! {
    en: "Shipped on {shipped}, after the {days}-day handling time that ended on {deadline}.",
    zh: "于{shipped}发货，晚于{days}天备货期（{deadline}截止）。",
};
const HANDLING_RUNNING: Msg = msg! {
    en: "Not shipped yet; the {days}-day handling time runs until {deadline}.",
    zh: "尚未发货；{days}天备货期至{deadline}截止。",
};
const HANDLING_EXPIRED: Msg = msg! {
    en: "Not shipped within the {days}-day handling time, which ended on {deadline}.",
    zh: "未在{days}天备货期内发货（已于{deadline}截止）。",
};
const WINDOW_OK: Msg = msg! {
    en: "Claim made on {day}, within {days} days of order completion (last day {last}).",
    zh: "于{day}提出，在订单完成后{days}天内（最后一天为{last}）。",
};
const WINDOW_LATE: Msg = msg! {
    en: "Claim made on {day}, after the last day to open a dispute ({last}, {days} days after order completion).",
    zh: "于{day}提出，已超过可提起纠纷的最后一天（{last}，订单完成后{days}天）。",
};
const PROMISE_DELIVERED_OK: Msg = msg! {
    en: "Delivered on {day}, within the {days}-day promised delivery time (deadline {deadline}).",
    zh: "于{day}妥投，在{days}天承诺运达时间内（{deadline}截止）。",
};
const PROMISE_DELIVERED_LATE: Msg = msg! {
    en: "Delivered on {day}, after the {days}-day promised delivery deadline of {deadline}.",
    zh: "于{day}妥投，晚于{days}天承诺运达期限（{deadline}）。",
};
const PROMISE_RUNNING: Msg = msg! {
    en: "The {days}-day promised delivery time runs until {deadline}.",
    zh: "{days}天承诺运达时间至{deadline}截止。",
};
const PROMISE_EXPIRED: Msg = msg! {
    en: "The {days}-day promised delivery time ended on {deadline} without delivery.",
    zh: "{days}天承诺运达时间已于{deadline}届满，包裹仍未妥投。",
};
const EARLY_OK: Msg = msg! {
    en: "A non-receipt dispute may be opened from {earliest}, {days} days after shipment; claim made on {day}.",
    zh: "“未收到货”纠纷可于发货{days}天后（{earliest}起）提起；本次于{day}提出。",
};
const EARLY_IMMEDIATE: Msg = msg! {
    en: "The promised delivery time is {days} days or less, so a dispute may be opened at once.",
    zh: "承诺运达时间不超过{days}天，可随时提起纠纷。",
};
const EARLY_FAIL: Msg = msg! {
    en: "Claim made on {day}, before {earliest}: a non-receipt dispute may be opened only {days} days after shipment.",
    zh: "于{day}提出，早于{earliest}：“未收到货”纠纷须在发货{days}天后才能提起。",
};
const RESHIP_AGREED: Msg = msg! {
    en: "Reshipped on {day} with the buyer's recorded agreement: the promised delivery time restarts from the reshipment.",
    zh: "已于{day}重发，且有买家同意的记录：承诺运达时间自重发之日重新计算。",
};
const RESHIP_NOT_AGREED: Msg = msg! {
    en: "Reshipped on {day} without proof of the buyer's agreement: the original delivery deadline stands.",
    zh: "已于{day}重发，但没有买家同意的证明：原承诺运达期限不变。",
};
const TRACKING_NORMAL: Msg = msg! {
    en: "Tracking is normal ({status}).",
    zh: "物流状态正常（{status}）。",
};
const TRACKING_ABNORMAL: Msg = msg! {
    en: "Tracking shows a problem ({status}): the parcel is not on its way to the buyer.",
    zh: "物流异常（{status}）：包裹不会正常送达买家。",
};
const PHOTOS_YES: Msg = msg! {
    en: "The buyer has given photos or video of the problem.",
    zh: "买家已提供问题的照片或视频。",
};
const PHOTOS_NO: Msg = msg! {
    en: "The buyer has given no photos or video of the problem.",
    zh: "买家尚未提供问题的照片或视频。",
};
const SOURCE_DOCS: Msg = msg! {
    en: "The seller holds source documents (brand authorisation, invoices) for the goods.",
    zh: "卖家持有商品的来源证明（品牌授权、进货发票）。",
};
const SHOP_RETURNS_YES: Msg = msg! {
    en: "The shop's policy accepts change-of-mind returns within {days} days of delivery.",
    zh: "店铺政策承诺收货后{days}天内可无理由退货。",
};
const SHOP_RETURNS_NO: Msg = msg! {
    en: "The shop's policy promises no change-of-mind returns.",
    zh: "店铺政策未承诺无理由退货。",
};
const RETURN_WINDOW_OK: Msg = msg! {
    en: "Return requested on {day}, within the return period (last day {last}).",
    zh: "于{day}申请退货，在退货期内（最后一天为{last}）。",
};
const RETURN_WINDOW_LATE: Msg = msg! {
    en: "Return requested on {day}, after the return period ended on {last}.",
    zh: "于{day}申请退货，退货期已于{last}结束。",
};

// ---------------------------------------------------------------------------------------------
// Summaries, for the seller.

const S_DELIVERED: Msg = msg! {
    en: "Reject: Buyer Protection does not cover non-receipt against delivered tracking (AE-R9). Submit as evidence the tracking, proof of delivery to the order address, the shipment record and your buyer messages (AE-R16).",
    zh: "拒绝：物流已妥投，“未收到货”不在买家保护范围内（AE-R9）。请提交物流记录、送达订单地址的签收证明、发货记录及买家沟通记录作为证据（AE-R16）。",
};
const S_TRANSIT_FACTS: Msg = msg! {
    en: "Shipped on {shipped} and delivered on {day}: {n} days in transit against a {days}-day promised delivery time (deadline {deadline}).",
    zh: "{shipped}发货，{day}妥投：运输{n}天，承诺运达时间为{days}天（{deadline}截止）。",
};
const S_LATE_DELIVERY_NOTE: Msg = msg! {
    en: "The parcel arrived after the promised deadline, but it arrived: the claim of non-receipt still fails.",
    zh: "包裹虽晚于承诺期限送达，但已送达，“未收到货”的主张仍不成立。",
};
const S_WAIT_TRANSIT: Msg = msg! {
    en: "Wait: the parcel is {status} and the {days}-day promised delivery time runs until {deadline}. Until then the buyer cannot escalate; after it, an undelivered parcel escalates itself (AE-R8). You may offer to extend protection (AE-R10).",
    zh: "等待：包裹状态为{status}，{days}天承诺运达时间至{deadline}。此前买家不能升级纠纷，届时未送达则自动升级（AE-R8）。可提出延长收货保护期（AE-R10）。",
};
const S_NOT_ARRIVED: Msg = msg! {
    en: "The promised delivery time ended on {deadline} without delivery: the buyer gets a full refund (AE-R1); the seller bears the loss and may claim from the carrier.",
    zh: "承诺运达时间已于{deadline}届满仍未妥投：买家可获全额退款（AE-R1）；损失由卖家承担，可向物流商索赔。",
};
const S_ABNORMAL: Msg = msg! {
    en: "Tracking shows {status}: the parcel will not arrive, so the dispute need not wait for the promised delivery deadline (AE-R8, AE-R17). Refund the buyer (AE-R1); the seller bears the loss and may claim from the carrier.",
    zh: "物流显示{status}：包裹无法送达，纠纷无需等到承诺运达期满（AE-R8、AE-R17）。应向买家退款（AE-R1），损失由卖家承担，可向物流商索赔。",
};
const S_RESHIP: Msg = msg! {
    en: "Reship, as the buyer asked; keep the buyer's agreement on record, or the promised delivery time does not restart (AE-R11).",
    zh: "按买家要求重发；请保留买家同意的记录，否则承诺运达时间不会重新计算（AE-R11）。",
};
const S_TOO_EARLY: Msg = msg! {
    en: "Wait: the claim was made on {day}, before {earliest}, the first day a non-receipt dispute may be opened ({days} days after shipment, AE-R7).",
    zh: "等待：买家于{day}提出，早于{earliest}，即发货{days}天后方可提起“未收到货”纠纷的日期（AE-R7）。",
};
const S_UNSHIPPED_EXPIRED: Msg = msg! {
    en: "Full refund: the order was not shipped within the {days}-day handling time that ended on {deadline}, so it is closed and refunded automatically (AE-R5).",
    zh: "全额退款：订单未在{days}天备货期内发货（{deadline}截止），系统将自动关闭订单并退款（AE-R5）。",
};
const S_UNSHIPPED_RUNNING: Msg = msg! {
    en: "Wait: the {days}-day handling time runs until {deadline}. Ship by then with a valid tracking number, or the order is closed and refunded automatically (AE-R5).",
    zh: "等待：{days}天备货期至{deadline}。请在此前发货并上传有效物流单号，否则订单将自动关闭并退款（AE-R5）。",
};
const S_OUT_OF_STOCK: Msg = msg! {
    en: "Full refund: the item is out of stock and cannot ship; cancelling now refunds the buyer as the handling-time rule would on {deadline} (AE-R5).",
    zh: "全额退款：商品缺货无法发货；现在取消订单，与备货期于{deadline}届满时自动退款的结果相同（AE-R5）。",
};
const S_OUT_OF_TIME: Msg = msg! {
    en: "Reject: the claim was made on {day}, after the last day to open a dispute ({last}, {days} days after order completion, AE-R6).",
    zh: "拒绝：买家于{day}提出，已超过可提起纠纷的最后一天（{last}，订单完成后{days}天，AE-R6）。",
};
const S_NO_PHOTOS: Msg = msg! {
    en: "Fault undetermined: the buyer has given no photos or video. Ask for them in your response; a claim without evidence in time is cancelled (AE-R16).",
    zh: "责任待定：买家尚未提供照片或视频。请在回应中要求买家补充；逾期未提供证据的纠纷将被取消（AE-R16）。",
};
const S_COUNTERFEIT_DOCS: Msg = msg! {
    en: "Contest the counterfeit claim with your source documents; if escalated, the platform decides on both sides' evidence (AE-R13, AE-R16). The Guaranteed Genuine multiple (AE-R19) is not computed: its current figure is unverified.",
    zh: "以来源证明对“假货”主张提出异议；如升级，平台依双方证据裁决（AE-R13、AE-R16）。“正品保障”赔付倍数（AE-R19）现行标准未核实，不予计算。",
};
const S_NAD: Msg = msg! {
    en: "The buyer's photos support the claim ({what}): the seller is at fault. The buyer may return it for a full refund of {full} or keep it for a partial refund of {keep} (AE-R2); the seller pays return shipping (AE-R18).",
    zh: "买家照片支持其主张（{what}），责任在卖家。买家可退货获全额退款{full}，或留货获部分退款{keep}（AE-R2）；退货运费由卖家承担（AE-R18）。",
};
const S_RETURN_BY: Msg = msg! {
    en: "Once the return is agreed the buyer must ship it by {day} (AE-R14); refund {amount} when it arrives.",
    zh: "同意退货后，买家须在{day}前寄回（AE-R14）；收到退货后退款{amount}。",
};
const S_KEEP: Msg = msg! {
    en: "Refund {amount} now; the buyer keeps the item.",
    zh: "现在退款{amount}，买家保留商品。",
};
const S_SEND_CORRECT: Msg = msg! {
    en: "Send the correct or missing items at your cost, as the buyer asked.",
    zh: "按买家要求，由卖家承担运费补发正确或缺少的商品。",
};
const S_NO_REASON_NONE: Msg = msg! {
    en: "Reject: Buyer Protection does not cover a change of mind, and the shop promises no change-of-mind returns (policy returnWindowDays is 0). On an accepted return the buyer would pay the postage (AE-R18).",
    zh: "拒绝：买家保护不含改变主意，店铺也未承诺无理由退货（policy returnWindowDays 为0）。即使接受退货，运费也由买家承担（AE-R18）。",
};
const S_NO_REASON_OK: Msg = msg! {
    en: "Accept the return under the shop's {days}-day change-of-mind promise (last day {last}). The buyer pays return postage (AE-R18) and must ship by {ship} (AE-R14); refund {amount} on arrival.",
    zh: "按店铺{days}天无理由退货承诺接受退货（最后一天{last}）。买家承担退货运费（AE-R18），须在{ship}前寄回（AE-R14）；收到后退款{amount}。",
};
const S_NO_REASON_LATE: Msg = msg! {
    en: "Reject: the shop's {days}-day change-of-mind return period ended on {last} (AE-R18).",
    zh: "拒绝：店铺{days}天无理由退货期已于{last}结束（AE-R18）。",
};
const S_SHIPPED_ON_TIME: Msg = msg! {
    en: "Reject: the order shipped on {shipped}, within the {days}-day handling time that ended on {deadline} (AE-R5). Submit the shipment record.",
    zh: "拒绝：订单于{shipped}发货，在{days}天备货期内（{deadline}截止）（AE-R5）。请提交发货记录。",
};
const S_LATE_BUT_DELIVERED: Msg = msg! {
    en: "Reject: shipped on {shipped}, after the handling deadline of {deadline}, but delivered; the handling-time rule only closes unshipped orders and pays nothing for late dispatch (AE-R5).",
    zh: "拒绝：于{shipped}发货，晚于{deadline}的备货期限，但已送达；备货期规则只关闭未发货订单，延迟发货不另赔付（AE-R5）。",
};
const S_LATE_IN_TRANSIT: Msg = msg! {
    en: "Shipped on {shipped}, after the handling deadline of {deadline}: the order should have been closed and refunded then (AE-R5), and it is still undelivered.",
    zh: "于{shipped}发货，晚于{deadline}的备货期限：订单本应届时关闭并退款（AE-R5），且至今未送达。",
};
const S_RESPOND: Msg = msg! {
    en: "Respond by {day} (AE-R12): without a response the system carries out the buyer's request. An unresolved dispute goes to the platform on {platform} (AE-R13).",
    zh: "请在{day}前回应（AE-R12）：逾期未回应，系统将按买家的要求执行。如纠纷仍未解决，平台将于{platform}介入（AE-R13）。",
};
const S_RESPOND_PAST: Msg = msg! {
    en: "The response deadline was {day} (AE-R12): without a response by then, the system has carried out the buyer's request. An unresolved dispute goes to the platform on {platform} (AE-R13).",
    zh: "回应期限为{day}（AE-R12）：逾期未回应的，系统已按买家要求执行。纠纷未解决的，平台将于{platform}介入（AE-R13）。",
};

// ---------------------------------------------------------------------------------------------
// Replies, to the buyer.

const R_DELIVERED_RULE: Msg = msg! {
    en: "As the parcel was delivered, AliExpress Buyer Protection does not treat it as “not received”: we cannot refund it and will attach the delivery record to the dispute. Please ask your neighbours, building reception and local post office; if it is still missing, tell us and we will open an inquiry with the carrier.",
    zh: "已妥投的订单不属于速卖通买家保护的“未收到货”范围，我们无法退款，并会将妥投记录提交到纠纷中。请向邻居、物业或门卫及当地邮局询问；如仍找不到，请告诉我们，我们会向物流公司查询。",
};
const R_IN_TRANSIT: Msg = msg! {
    en: "Your parcel is on its way (tracking: {status}) and protected until {deadline}, the end of our promised delivery time: if it has not arrived by then, you get a full refund. If it needs more time, we can extend the protection period.",
    zh: "您的包裹正在途中（物流状态：{status}），在承诺运达期限{deadline}前一直受保护：到期未送达的，您将获得全额退款。如需更长时间，我们可延长收货保护期。",
};
const R_CUSTOMS: Msg = msg! {
    en: "If customs contacts you, please help with the clearance so the parcel can be released.",
    zh: "如海关联系您，请协助办理清关手续，以便包裹尽快放行。",
};
const R_NOT_ARRIVED: Msg = msg! {
    en: "Our promised delivery time ended on {deadline} without the carrier showing your parcel delivered, so AliExpress Buyer Protection entitles you to a refund.",
    zh: "我们承诺的运达期限已于{deadline}届满，物流仍未显示妥投，根据速卖通买家保护规则，您有权获得退款。",
};
const R_ABNORMAL: Msg = msg! {
    en: "The tracking for your parcel shows {status}, so it will not reach you as it should.",
    zh: "您包裹的物流显示{status}，无法正常送达。",
};
const R_REFUND_FULL: Msg = msg! {
    en: "We will refund the full {amount} you paid.",
    zh: "我们将全额退还您支付的{amount}。",
};
const R_RESHIP: Msg = msg! {
    en: "As you asked, we will send your order again and share the new tracking number; the delivery time will count from the new shipment.",
    zh: "按您的要求，我们会重新发货并告知新的物流单号；运达时间将从重新发货之日起计算。",
};
const R_TOO_EARLY: Msg = msg! {
    en: "Your parcel is still within normal transit time; please allow it a little longer. A non-receipt dispute can be opened from {earliest}, and if it has not arrived by {deadline}, our promised delivery date, you will get a full refund.",
    zh: "您的包裹仍在正常运输时间内，请再耐心等待。“未收到货”纠纷可于{earliest}起提起；如到{deadline}（我们承诺的运达期限）仍未送达，您将获得全额退款。",
};
const R_UNSHIPPED_EXPIRED: Msg = msg! {
    en: "Your order was not shipped within our {days}-day handling time, which ended on {deadline}, so under AliExpress rules it is cancelled and the full {amount} you paid is refunded.",
    zh: "您的订单未在{days}天备货期内（{deadline}截止）发出，根据速卖通规则将被取消，您支付的{amount}将全额退还。",
};
const R_UNSHIPPED_RUNNING: Msg = msg! {
    en: "We are preparing your order and will ship it by {deadline}, the end of our handling time, with a tracking number. If it has not shipped by then, it is cancelled and fully refunded automatically.",
    zh: "您的订单正在备货，我们会在备货期截止的{deadline}前发货并告知物流单号；届时未发货的，订单将自动取消并全额退款。",
};
const R_OUT_OF_STOCK: Msg = msg! {
    en: "Unfortunately the item is out of stock and we cannot ship it. We will cancel the order and refund the full {amount} you paid.",
    zh: "很遗憾，该商品已缺货，我们无法发货。我们将取消订单，并全额退还您支付的{amount}。",
};
const R_OUT_OF_TIME: Msg = msg! {
    en: "Under AliExpress rules, disputes on this order could be opened until {last}, {days} days after completion, so we cannot accept this one. If something is wrong with the item, please tell us and we will do what we can.",
    zh: "根据速卖通规则，本订单的纠纷期已于{last}结束（订单完成后{days}天），我们无法受理此次申请。如商品确有问题，请告诉我们，我们会尽力处理。",
};
const R_NEED_PHOTOS: Msg = msg! {
    en: "Please send clear photos or a short video of the item, the problem and the parcel label; AliExpress needs this evidence for the dispute to go ahead. We will propose a solution as soon as we have them.",
    zh: "请发送清晰的照片或短视频，拍出商品、问题及包裹面单；速卖通要求纠纷提供这些证据才能继续。收到后我们会马上给出解决方案。",
};
const R_COUNTERFEIT_DOCS: Msg = msg! {
    en: "We source this product through authorised channels and will submit the proof to AliExpress with the dispute. If you see a specific difference from the genuine product, please send us photos and we will check at once.",
    zh: "本商品从正规授权渠道进货，我们会将证明随纠纷提交速卖通。如发现与正品的具体差异，请发送照片，我们会立即核查。",
};
const R_NAD: Msg = msg! {
    en: "Thank you for the photos. We have checked them and confirm the problem: {what}.",
    zh: "感谢您提供的照片。我们核实后确认：{what}。",
};
const R_RETURN: Msg = msg! {
    en: "Please send it back within {days} days (by {day}); the return shipping is on us, and we will refund the full {amount} as soon as it arrives.",
    zh: "请在{days}天内（{day}前）寄回，退货运费由我们承担，收到后我们会立即全额退款{amount}。",
};
const R_EXCHANGE: Msg = msg! {
    en: "As you asked, we will send the correct item at our cost; please return this one within {days} days (by {day}), also at our cost.",
    zh: "按您的要求，我们将免费寄出正确的商品；请在{days}天内（{day}前）寄回原商品，退货运费由我们承担。",
};
const R_SEND_MISSING: Msg = msg! {
    en: "As you asked, we will send the missing or correct items at our cost and share the tracking number.",
    zh: "按您的要求，我们将承担运费补发缺少或正确的商品，并告知物流单号。",
};
const R_NO_REASON_NONE: Msg = msg! {
    en: "We understand you have changed your mind, but our store offers no change-of-mind returns and AliExpress Buyer Protection covers only items not received or not as described, so we cannot accept this return. If the item itself is faulty, please send us photos and we will help.",
    zh: "我们理解您改变了主意，但本店不提供无理由退货，速卖通买家保护也只保障未收到货或货不对版，因此无法退货。如商品本身有问题，请发照片给我们，我们会帮您处理。",
};
const R_NO_REASON_OK: Msg = msg! {
    en: "Our store accepts change-of-mind returns within {days} days of delivery, and your request is in time. Please send the item back unused in its original packaging by {ship}; the return postage is on you, and we refund {amount} once it arrives.",
    zh: "本店支持收货后{days}天内无理由退货，您的申请在期限内。请在{ship}前将未使用的商品连同原包装寄回，运费由您承担，收到后即退款{amount}。",
};
const R_NO_REASON_LATE: Msg = msg! {
    en: "Our change-of-mind return period is {days} days from delivery; for this order it ended on {last}, so we cannot accept a change-of-mind return.",
    zh: "本店无理由退货期为收货后{days}天，本订单已于{last}到期，因此无法再接受无理由退货。",
};
const R_SHIPPED_ON_TIME: Msg = msg! {
    en: "We shipped your order on {shipped}, within our {days}-day handling time, so not late. You can follow it with the tracking number on your order page.",
    zh: "您的订单已于{shipped}发出，在我们{days}天备货期内，并未延迟。您可通过订单页面上的物流单号跟踪包裹。",
};
const R_LATE_BUT_DELIVERED: Msg = msg! {
    en: "We shipped your order on {shipped}, later than our handling time allowed; we are sorry for the delay. As it has been delivered, AliExpress rules give no refund for late dispatch; please tell us if anything is wrong with the item.",
    zh: "您的订单于{shipped}发出，晚于备货期，深表歉意。由于已送达，根据速卖通规则，延迟发货不另行退款；如商品有任何问题，请随时告诉我们。",
};
const R_LATE_IN_TRANSIT: Msg = msg! {
    en: "We shipped your order on {shipped}, after our handling time ended on {deadline}, and it has not reached you yet; under AliExpress rules it should have been cancelled then.",
    zh: "您的订单于{shipped}发出，晚于{deadline}截止的备货期，且尚未送达；根据速卖通规则，订单本应届时取消。",
};

// ---------------------------------------------------------------------------------------------
// The decision.

/// Fixed facts every branch uses.
struct Ctx {
    full: u64,
    handling: Option<Stamp>,
    promise_days: u32,
    delivery: Option<Stamp>,
    last_to_open: Option<Stamp>,
}

/// Promised delivery days: 60, 90 for Russia, 120 for Brazil (AE-R3); a policy
/// `promisedDeliveryDays` (the store's own promise) applies to every destination.
fn promise_days(d: &Dispute) -> u32 {
    let p = &d.common.params;
    if p.is_set("promisedDeliveryDays") {
        return p.days("promisedDeliveryDays");
    }
    match d.destination.as_deref() {
        Some("RU") => p.days("promisedDeliveryDaysRu"),
        Some("BR") => p.days("promisedDeliveryDaysBr"),
        _ => p.days("promisedDeliveryDays"),
    }
}

pub fn evaluate(d: &Dispute) -> Result<Decision> {
    let p = &d.common.params;
    let promise = promise_days(d);
    // AE-R4: the promise runs from shipment; AE-R11: from a reshipment only with consent.
    let start = match (d.dates.shipped, d.dates.reshipped) {
        (Some(_), Some(r)) if d.evidence.reship_consent => Some(r),
        (shipped, _) => shipped,
    };
    let delivery = start.map(|s| s.add_days(promise));
    let c = Ctx {
        full: full_amount(d)?,
        // AE-R5 (rules.md §2.3): the handling time counts from the order date.
        handling: d
            .dates
            .ordered
            .or(d.dates.paid)
            .map(|s| s.add_days(p.days("handlingDays"))),
        promise_days: promise,
        delivery,
        // AE-R6: completion is the buyer's confirmation, or else the end of the protection
        // countdown (the promised delivery deadline).
        last_to_open: d
            .dates
            .completed
            .or(delivery)
            .map(|s| s.add_days(p.days("disputeWindowDays"))),
    };
    let mut e = Eval::new(d);
    if let Some(h) = c.handling {
        e.deadline(Dl::HandlingDeadline, h);
    }
    if let Some(dl) = c.delivery {
        e.deadline(Dl::DeliveryDeadline, dl);
    }
    if let Some(last) = c.last_to_open {
        e.deadline(Dl::LastDayToOpen, last);
    }
    let response = d.dates.opened.map(|opened| {
        let respond = opened.add_days(p.days("sellerResponseDays"));
        let platform = opened.add_days(p.days("interventionDays"));
        e.deadline(Dl::SellerResponseDeadline, respond);
        e.deadline(Dl::PlatformInterventionDay, platform);
        (respond, platform)
    });
    let mut verdict = match d.reason {
        Reason::NotReceived => not_received(&mut e, &c)?,
        Reason::LateShipment | Reason::OutOfStock => late_shipment(&mut e, &c)?,
        Reason::NoReason => match OrderState::of(d) {
            OrderState::Unshipped => cancel_unshipped(&mut e, &c),
            OrderState::InTransit => no_reason_in_transit(&mut e, &c),
            OrderState::Delivered => no_reason(&mut e, &c)?,
        },
        // AE-R6: a claim about the goods is opened after delivery, within the window.
        _ => match awaiting_goods(&mut e, "AE-R6", Some(p.days("disputeWindowDays")), None) {
            Some(v) => v,
            None => not_as_described(&mut e, &c),
        },
    };
    if let Some((respond, platform)) = response {
        // AE-R12 / AE-R13: the seller's 5-day timer and the platform's intervention day.
        e.apply("AE-R12");
        e.apply("AE-R13");
        let msg = if d.as_of.is_after(respond) {
            S_RESPOND_PAST
        } else {
            S_RESPOND
        };
        verdict.summary.push(
            Text::new(msg)
                .date("day", respond)
                .date("platform", platform),
        );
    }
    Ok(e.finish(verdict))
}

#[inline(never)]
fn verdict(
    outcome: Outcome,
    fault: Fault,
    refund: u64,
    summary: Vec<Text>,
    reply: Vec<Text>,
) -> Verdict {
    Verdict {
        outcome,
        fault,
        refund,
        summary,
        reply,
    }
}

/// AE-R6: a claim after the last day to open a dispute is out of time.
fn out_of_time(e: &mut Eval, c: &Ctx) -> Option<Verdict> {
    let last = c.last_to_open?;
    let d = e.d;
    let day = claim_day(d);
    let days = u64::from(d.common.params.days("disputeWindowDays"));
    let in_time = e.within_period(
        "opened_within_window",
        "AE-R6",
        day,
        last,
        days,
        (WINDOW_OK, WINDOW_LATE),
    );
    if in_time {
        return None;
    }
    e.evidence(Ev::CompletionRecord);
    Some(verdict(
        Outcome::Reject,
        Fault::None,
        0,
        one(Text::new(S_OUT_OF_TIME)
            .date("day", day)
            .date("last", last)
            .num("days", days)),
        one(Text::new(R_OUT_OF_TIME)
            .date("last", last)
            .num("days", days)),
    ))
}

/// AE-R5 for an order not shipped: closed and refunded when the handling time has run out.
fn unshipped(e: &mut Eval, c: &Ctx, out_of_stock: bool) -> Result<Verdict> {
    let d = e.d;
    let deadline = c.handling.ok_or_else(|| {
        missing(
            "dates.ordered",
            "dates.ordered (or dates.shipped) is needed: without a shipment date the handling time (AE-R5) decides, and it counts from the order date",
        )
    })?;
    let days = u64::from(d.common.params.days("handlingDays"));
    let expired = d.as_of.is_after(deadline);
    let msg = if expired {
        HANDLING_EXPIRED
    } else {
        HANDLING_RUNNING
    };
    let text = Text::new(msg).num("days", days).date("deadline", deadline);
    e.check("shipped_within_handling_time", "AE-R5", !expired, text);
    e.apply("AE-R5");
    let (summary, reply) = if expired {
        (
            Text::new(S_UNSHIPPED_EXPIRED),
            Text::new(R_UNSHIPPED_EXPIRED),
        )
    } else if out_of_stock {
        (Text::new(S_OUT_OF_STOCK), Text::new(R_OUT_OF_STOCK))
    } else {
        let v = verdict(
            Outcome::Wait,
            Fault::Undetermined,
            0,
            one(Text::new(S_UNSHIPPED_RUNNING)
                .num("days", days)
                .date("deadline", deadline)),
            one(Text::new(R_UNSHIPPED_RUNNING).date("deadline", deadline)),
        );
        return Ok(v);
    };
    let fill = |t: Text| {
        t.num("days", days)
            .date("deadline", deadline)
            .money("amount", c.full)
    };
    Ok(verdict(
        Outcome::RefundFull,
        Fault::Seller,
        c.full,
        two(fill(summary), Text::new(S_REFUND).money("amount", c.full)),
        vec![fill(reply)],
    ))
}

/// Records the AE-R5 check for a shipped order; true when shipped in time.
fn handling_check(e: &mut Eval, c: &Ctx, shipped: Stamp) -> Option<bool> {
    let deadline = c.handling?;
    let days = u64::from(e.d.common.params.days("handlingDays"));
    let on_time = !shipped.is_after(deadline);
    let msg = if on_time { HANDLING_OK } else { HANDLING_LATE };
    let text = Text::new(msg)
        .date("shipped", shipped)
        .num("days", days)
        .date("deadline", deadline);
    e.check("shipped_within_handling_time", "AE-R5", on_time, text);
    e.apply("AE-R5");
    Some(on_time)
}

/// The carrier's record shows delivery: tracking, a proof of delivery, or a delivery date with no
/// contrary tracking status.
fn delivered_per_carrier(d: &Dispute) -> bool {
    d.tracking == Some(Tracking::Delivered)
        || d.evidence.proof_of_delivery
        || (d.dates.delivered.is_some() && d.tracking.is_none())
}

/// What the seller does for a parcel lost or late on the way (AE-R1): the buyer's request decides
/// between a full refund, the partial amount asked for, or a reshipment (AE-R11).
fn seller_pays(e: &mut Eval, c: &Ctx, mut summary: Vec<Text>, mut reply: Vec<Text>) -> Verdict {
    let d = e.d;
    e.apply("AE-R1");
    let (outcome, refund) = match (d.request, d.requested_amount) {
        (Some(Request::PartialRefund), Some(amount)) => (Outcome::RefundPartial, amount),
        (Some(Request::Reship), _) => (Outcome::Reship, 0),
        _ => (Outcome::RefundFull, c.full),
    };
    match outcome {
        Outcome::Reship => {
            e.apply("AE-R11");
            e.evidence(Ev::ReshipConsent);
            summary.push(Text::new(S_RESHIP));
            reply.push(Text::new(R_RESHIP));
        }
        Outcome::RefundPartial => {
            summary.push(Text::new(S_REFUND_PARTIAL).money("amount", refund));
            reply.push(Text::new(R_REFUND_PARTIAL).money("amount", refund));
        }
        _ => {
            summary.push(Text::new(S_REFUND).money("amount", refund));
            reply.push(Text::new(R_REFUND_FULL).money("amount", refund));
        }
    }
    verdict(outcome, Fault::Seller, refund, summary, reply)
}

/// AE-R9: the carrier's delivery record defeats the non-receipt claim; a late delivery shows as
/// a failed AE-R3 check.
fn delivered_reject(e: &mut Eval, shipped: Stamp, deadline: Stamp, promise: u64) -> Verdict {
    let d = e.d;
    e.apply("AE-R9");
    e.apply("AE-R16");
    if d.tracking == Some(Tracking::Delivered)
        || (d.tracking.is_none() && d.dates.delivered.is_some())
    {
        e.evidence(Ev::TrackingDelivered);
    }
    e.evidence(Ev::ProofOfDelivery);
    e.evidence(Ev::AddressMatch);
    e.evidence(Ev::ShipmentRecord);
    e.evidence(Ev::ChatRecord);
    let mut summary = one(Text::new(S_DELIVERED));
    let mut reply = one(Text::new(R_SHIPPED).date("shipped", shipped));
    if let Some(day) = d.dates.delivered {
        let late = day.is_after(deadline);
        let msg = if late {
            PROMISE_DELIVERED_LATE
        } else {
            PROMISE_DELIVERED_OK
        };
        let text = Text::new(msg)
            .date("day", day)
            .num("days", promise)
            .date("deadline", deadline);
        e.check("within_promised_delivery", "AE-R3", !late, text);
        e.apply("AE-R3");
        e.apply("AE-R4");
        let transit = u64::try_from(shipped.days_until(day)).unwrap_or(0);
        summary.push(
            Text::new(S_TRANSIT_FACTS)
                .date("shipped", shipped)
                .date("day", day)
                .num("n", transit)
                .num("days", promise)
                .date("deadline", deadline),
        );
        if late {
            summary.push(Text::new(S_LATE_DELIVERY_NOTE));
        }
        reply.push(Text::new(DELIVERED_ON).date("day", day));
    } else {
        reply.push(Text::new(DELIVERED));
    }
    reply.push(Text::new(R_DELIVERED_RULE));
    verdict(Outcome::Reject, Fault::None, 0, summary, reply)
}

/// rules.md §2.3: handling time, dispute window, delivery record, promised delivery time.
fn not_received(e: &mut Eval, c: &Ctx) -> Result<Verdict> {
    let d = e.d;
    let p = &d.common.params;
    let Some(shipped) = d.dates.shipped else {
        return unshipped(e, c, false);
    };
    let deadline = c.delivery.unwrap_or(shipped);
    let promise = u64::from(c.promise_days);
    handling_check(e, c, shipped);
    if let Some(v) = out_of_time(e, c) {
        return Ok(v);
    }

    // AE-R9: the carrier's delivery record defeats a non-receipt claim.
    let delivered = delivered_per_carrier(d);
    let text = match (delivered, d.dates.delivered) {
        (true, Some(day)) => Text::new(DELIVERED_ON).date("day", day),
        (true, None) => Text::new(DELIVERED),
        (false, _) => Text::new(NOT_DELIVERED).msg("status", tracking_msg(d.tracking)),
    };
    if e.check("delivered_per_carrier", "AE-R9", delivered, text) {
        return Ok(delivered_reject(e, shipped, deadline, promise));
    }

    // AE-R7: the earliest day a non-receipt dispute may be opened.
    let day = claim_day(d);
    let immediate_max = p.days("immediateDisputePromiseDays");
    let early_days = u64::from(p.days("earliestDisputeDays"));
    let earliest = shipped.add_days(p.days("earliestDisputeDays"));
    let too_early = if c.promise_days <= immediate_max {
        let text = Text::new(EARLY_IMMEDIATE).num("days", u64::from(immediate_max));
        e.check("opened_not_too_early", "AE-R7", true, text);
        false
    } else {
        e.deadline(Dl::EarliestDayToOpen, earliest);
        let early = earliest.is_after(day);
        let msg = if early { EARLY_FAIL } else { EARLY_OK };
        let text = Text::new(msg)
            .date("day", day)
            .date("earliest", earliest)
            .num("days", early_days);
        e.check("opened_not_too_early", "AE-R7", !early, text);
        early
    };
    e.apply("AE-R7");
    if too_early {
        e.apply("AE-R8");
        e.evidence(Ev::ShipmentRecord);
        return Ok(verdict(
            Outcome::Wait,
            Fault::Undetermined,
            0,
            one(Text::new(S_TOO_EARLY)
                .date("day", day)
                .date("earliest", earliest)
                .num("days", early_days)),
            one(Text::new(R_TOO_EARLY)
                .date("earliest", earliest)
                .date("deadline", deadline)),
        ));
    }

    // AE-R11: a reshipment restarts the promise only with the buyer's agreement.
    if let Some(r) = d.dates.reshipped {
        let agreed = d.evidence.reship_consent;
        let msg = if agreed {
            RESHIP_AGREED
        } else {
            RESHIP_NOT_AGREED
        };
        e.check(
            "reship_agreed",
            "AE-R11",
            agreed,
            Text::new(msg).date("day", r),
        );
        e.apply("AE-R11");
        if agreed {
            e.evidence(Ev::ReshipConsent);
        }
    }

    // AE-R3/R4: the promised delivery time.
    let expired = d.as_of.is_after(deadline);
    let msg = if expired {
        PROMISE_EXPIRED
    } else {
        PROMISE_RUNNING
    };
    let text = Text::new(msg)
        .num("days", promise)
        .date("deadline", deadline);
    e.check("within_promised_delivery", "AE-R3", !expired, text);
    e.apply("AE-R3");
    e.apply("AE-R4");
    let status = tracking_msg(d.tracking);
    if expired {
        let summary = one(Text::new(S_NOT_ARRIVED).date("deadline", deadline));
        let reply = one(Text::new(R_NOT_ARRIVED).date("deadline", deadline));
        return Ok(seller_pays(e, c, summary, reply));
    }

    // AE-R8: inside the promise, only normal tracking makes the buyer wait.
    let abnormal = matches!(
        d.tracking,
        Some(Tracking::Invalid | Tracking::ReturnedToSender | Tracking::Lost)
    );
    let msg = if abnormal {
        TRACKING_ABNORMAL
    } else {
        TRACKING_NORMAL
    };
    e.check(
        "tracking_normal",
        "AE-R8",
        !abnormal,
        Text::new(msg).msg("status", status),
    );
    e.apply("AE-R8");
    if abnormal {
        e.apply("AE-R17");
        let summary = one(Text::new(S_ABNORMAL).msg("status", status));
        let reply = one(Text::new(R_ABNORMAL).msg("status", status));
        return Ok(seller_pays(e, c, summary, reply));
    }
    e.apply("AE-R10");
    e.evidence(Ev::ShipmentRecord);
    e.evidence(Ev::TrackingInTransit);
    let mut reply = two(
        Text::new(R_SHIPPED).date("shipped", shipped),
        Text::new(R_IN_TRANSIT)
            .msg("status", status)
            .date("deadline", deadline),
    );
    if d.tracking == Some(Tracking::HeldByCustoms) {
        reply.push(Text::new(R_CUSTOMS));
    }
    Ok(verdict(
        Outcome::Wait,
        Fault::Undetermined,
        0,
        one(Text::new(S_WAIT_TRANSIT)
            .msg("status", status)
            .num("days", promise)
            .date("deadline", deadline)),
        reply,
    ))
}

/// AE-R5 for late shipment and out-of-stock claims.
fn late_shipment(e: &mut Eval, c: &Ctx) -> Result<Verdict> {
    let d = e.d;
    let out_of_stock = d.reason == Reason::OutOfStock;
    let Some(shipped) = d.dates.shipped else {
        return unshipped(e, c, out_of_stock);
    };
    let deadline = c.handling.ok_or_else(|| {
        missing(
            "dates.ordered",
            "dates.ordered is needed to test a late shipment: the handling time (AE-R5) counts from the order date",
        )
    })?;
    let days = u64::from(d.common.params.days("handlingDays"));
    let on_time = handling_check(e, c, shipped).unwrap_or(true);
    let fill = |t: Text| {
        t.date("shipped", shipped)
            .num("days", days)
            .date("deadline", deadline)
    };
    e.evidence(Ev::ShipmentRecord);
    if on_time {
        return Ok(verdict(
            Outcome::Reject,
            Fault::None,
            0,
            one(fill(Text::new(S_SHIPPED_ON_TIME))),
            one(fill(Text::new(R_SHIPPED_ON_TIME))),
        ));
    }
    let arrived = delivered_per_carrier(d) || d.dates.completed.is_some();
    let text = match d.dates.delivered {
        Some(day) if arrived => Text::new(DELIVERED_ON).date("day", day),
        _ if arrived => Text::new(DELIVERED),
        _ => Text::new(NOT_DELIVERED).msg("status", tracking_msg(d.tracking)),
    };
    e.check("delivered_per_carrier", "AE-R5", arrived, text);
    if arrived {
        return Ok(verdict(
            Outcome::Reject,
            Fault::None,
            0,
            one(fill(Text::new(S_LATE_BUT_DELIVERED))),
            one(fill(Text::new(R_LATE_BUT_DELIVERED))),
        ));
    }
    let summary = one(fill(Text::new(S_LATE_IN_TRANSIT)));
    let reply = one(fill(Text::new(R_LATE_IN_TRANSIT)));
    Ok(seller_pays(e, c, summary, reply))
}

/// A change of mind before shipment: nothing has left, so the seller cancels and refunds the
/// whole amount paid. The rule base has no cancellation rule; AE-R5 closes an unshipped order with
/// a full refund, and AE-R12 gives the seller 5 days to answer a request before the system
/// executes it.
fn cancel_unshipped(e: &mut Eval, c: &Ctx) -> Verdict {
    let d = e.d;
    e.check("shipped", "AE-R5", false, Text::new(C_NOT_SHIPPED));
    e.apply("AE-R5");
    let mut reply = one(Text::new(R_UNSHIPPED).money("refund", c.full));
    if let Some(due) = e.deadline_of(Dl::SellerResponseDeadline) {
        reply.push(Text::new(R_REFUND_BY).date("due", due));
    }
    let expired = c.handling.is_some_and(|h| d.as_of.is_after(h));
    verdict(
        Outcome::RefundFull,
        if expired { Fault::Seller } else { Fault::None },
        c.full,
        one(Text::new(S_CANCEL)
            .money("refund", c.full)
            .raw("rule", "AE-R5")),
        reply,
    )
}

/// A change of mind while the parcel travels: as after delivery, only a shop that promises
/// returns takes it back (AE-R18); the buyer refuses the parcel or returns it on arrival and pays
/// the way back, and the refund follows the goods.
fn no_reason_in_transit(e: &mut Eval, c: &Ctx) -> Verdict {
    let d = e.d;
    let days = d.common.params.days("returnWindowDays");
    let promised = days > 0;
    let text = if promised {
        Text::new(SHOP_RETURNS_YES).num("days", u64::from(days))
    } else {
        Text::new(SHOP_RETURNS_NO)
    };
    e.check("shop_promises_returns", "AE-R18", promised, text);
    e.apply("AE-R18");
    if !promised {
        e.evidence(Ev::ListingReturnPolicy);
        return verdict(
            Outcome::Reject,
            Fault::None,
            0,
            one(Text::new(S_NO_REASON_NONE)),
            one(Text::new(R_NO_REASON_NONE)),
        );
    }
    e.evidence(Ev::ShipmentRecord);
    e.evidence(Ev::ReturnTracking);
    verdict(
        Outcome::ReturnRefund,
        Fault::Buyer,
        c.full,
        one(Text::new(S_REFUSE_PARCEL)
            .money("refund", c.full)
            .raw("rule", "AE-R18")),
        one(Text::new(R_REFUSE_PARCEL).money("refund", c.full)),
    )
}

/// AE-R18: a change of mind is not covered by Buyer Protection; the seller may decline unless the
/// shop promises such returns (policy `returnWindowDays` > 0), and the buyer pays the return.
fn no_reason(e: &mut Eval, c: &Ctx) -> Result<Verdict> {
    let d = e.d;
    let p = &d.common.params;
    let days = p.days("returnWindowDays");
    let promised = days > 0;
    let text = if promised {
        Text::new(SHOP_RETURNS_YES).num("days", u64::from(days))
    } else {
        Text::new(SHOP_RETURNS_NO)
    };
    e.check("shop_promises_returns", "AE-R18", promised, text);
    e.apply("AE-R18");
    if !promised {
        e.evidence(Ev::ListingReturnPolicy);
        return Ok(verdict(
            Outcome::Reject,
            Fault::None,
            0,
            one(Text::new(S_NO_REASON_NONE)),
            one(Text::new(R_NO_REASON_NONE)),
        ));
    }
    let anchor = d.dates.delivered.or(d.dates.completed).ok_or_else(|| {
        missing(
            "dates.delivered",
            "dates.delivered (or dates.completed) is needed: the shop's return period counts from delivery",
        )
    })?;
    let last = anchor.add_days(days);
    e.deadline(Dl::ReturnWindowLastDay, last);
    let day = claim_day(d);
    let late = day.is_after(last);
    let msg = if late {
        RETURN_WINDOW_LATE
    } else {
        RETURN_WINDOW_OK
    };
    e.check(
        "within_return_window",
        "AE-R18",
        !late,
        Text::new(msg).date("day", day).date("last", last),
    );
    if late {
        return Ok(verdict(
            Outcome::Reject,
            Fault::None,
            0,
            one(Text::new(S_NO_REASON_LATE)
                .num("days", u64::from(days))
                .date("last", last)),
            one(Text::new(R_NO_REASON_LATE)
                .num("days", u64::from(days))
                .date("last", last)),
        ));
    }
    let ship = d.as_of.add_days(p.days("returnShipDays"));
    e.deadline(Dl::ReturnShipDeadline, ship);
    e.apply("AE-R14");
    e.evidence(Ev::ReturnTracking);
    Ok(verdict(
        Outcome::ReturnRefund,
        Fault::Buyer,
        c.full,
        one(Text::new(S_NO_REASON_OK)
            .num("days", u64::from(days))
            .date("last", last)
            .date("ship", ship)
            .money("amount", c.full)),
        one(Text::new(R_NO_REASON_OK)
            .num("days", u64::from(days))
            .date("ship", ship)
            .money("amount", c.full)),
    ))
}

/// Not as described, quality, wrong item, missing items, damaged in transit, counterfeit:
/// AE-R6 window, AE-R16 evidence, then AE-R2 (return for a full refund or keep with a partial
/// refund), AE-R14 (return within 10 days) and AE-R18 (the seller pays the return).
fn not_as_described(e: &mut Eval, c: &Ctx) -> Verdict {
    let d = e.d;
    let p = &d.common.params;
    if let Some(v) = out_of_time(e, c) {
        return v;
    }
    let photos = d.evidence.buyer_photos;
    let text = Text::new(if photos { PHOTOS_YES } else { PHOTOS_NO });
    e.check("buyer_evidence", "AE-R16", photos, text);
    e.apply("AE-R16");
    if !photos {
        e.evidence(Ev::ChatRecord);
        e.evidence(Ev::ProductListing);
        return verdict(
            Outcome::Wait,
            Fault::Undetermined,
            0,
            one(Text::new(S_NO_PHOTOS)),
            one(Text::new(R_NEED_PHOTOS)),
        );
    }
    if d.reason == Reason::Counterfeit && d.evidence.source_documents {
        e.check(
            "seller_source_documents",
            "AE-R16",
            true,
            Text::new(SOURCE_DOCS),
        );
        e.apply("AE-R13");
        e.evidence(Ev::SourceDocuments);
        e.evidence(Ev::ChatRecord);
        return verdict(
            Outcome::Reject,
            Fault::Undetermined,
            0,
            one(Text::new(S_COUNTERFEIT_DOCS)),
            one(Text::new(R_COUNTERFEIT_DOCS)),
        );
    }
    e.apply("AE-R2");
    e.apply("AE-R18");
    e.evidence(Ev::BuyerPhotos);
    e.evidence(Ev::ChatRecord);
    let what = reason_msg(d.reason);
    let keep = d
        .requested_amount
        .unwrap_or_else(|| money::percent_half_up(d.price, p.get("keepPartialPercent")));
    let ship_days = p.days("returnShipDays");
    let ship_by = d.as_of.add_days(ship_days);
    let mut summary = one(Text::new(S_NAD)
        .msg("what", what)
        .money("full", c.full)
        .money("keep", keep));
    let mut reply = one(Text::new(R_NAD).msg("what", what));
    let (outcome, refund) = match d.request {
        Some(Request::PartialRefund) => (Outcome::RefundPartial, keep),
        Some(Request::Exchange) => (Outcome::Exchange, 0),
        Some(Request::Reship) => (Outcome::Reship, 0),
        _ => (Outcome::ReturnRefund, c.full),
    };
    // AE-R2 leaves the choice to the buyer: list the routes when the buyer has asked for no
    // particular remedy, or for money back without insisting on a return.
    let offers = matches!(d.request, None | Some(Request::FullRefund));
    match outcome {
        Outcome::RefundPartial => {
            summary.push(Text::new(S_KEEP).money("amount", keep));
            reply.push(Text::new(R_KEEP).money("amount", keep));
        }
        Outcome::Reship => {
            summary.push(Text::new(S_SEND_CORRECT));
            reply.push(Text::new(R_SEND_MISSING));
        }
        _ => {
            e.deadline(Dl::ReturnShipDeadline, ship_by);
            e.apply("AE-R14");
            e.evidence(Ev::ReturnTracking);
            summary.push(
                Text::new(S_RETURN_BY)
                    .date("day", ship_by)
                    .money("amount", refund),
            );
            let msg = if outcome == Outcome::Exchange {
                R_EXCHANGE
            } else {
                R_RETURN
            };
            if outcome == Outcome::Exchange || !offers {
                reply.push(
                    Text::new(msg)
                        .num("days", u64::from(ship_days))
                        .date("day", ship_by)
                        .money("amount", c.full),
                );
            }
        }
    }
    if offers {
        // For missing items, a reshipment of what is missing is a third route.
        e.offer(
            Of::KeepWithPartialRefund,
            Outcome::RefundPartial,
            keep,
            Text::new(OFFER_KEEP_PARTIAL).money("amount", keep),
        );
        if d.reason == Reason::MissingItems {
            e.offer(
                Of::ReshipMissingItems,
                Outcome::Reship,
                0,
                Text::new(OFFER_RESHIP_MISSING),
            );
        }
        e.offer(
            Of::ReturnForFullRefund,
            Outcome::ReturnRefund,
            c.full,
            Text::new(OFFER_RETURN_FULL).money("amount", c.full),
        );
    }
    verdict(outcome, Fault::Seller, refund, summary, reply)
}
