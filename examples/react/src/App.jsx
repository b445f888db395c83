import { useState } from "react";

// An order page of a seller back office: the dispute data is already there, so the element shows
// the result card only (view="result").
const ORDERS = [
  {
    id: "AE-2015-0420",
    title: "Phone case, not received (tracking: delivered)",
    input: {
      ruleset: "aliexpress", reason: "not_received", request: "full_refund", asOf: "2015-04-20",
      currency: "USD", price: 2599, tracking: "delivered", policy: { handlingDays: 20 },
      dates: { ordered: "2015-03-03", shipped: "2015-03-19", delivered: "2015-04-12", opened: "2015-04-20" },
    },
  },
  {
    id: "AMZ-2024-0508",
    title: "T-shirt, wrong print sent",
    input: {
      ruleset: "amazon", reason: "wrong_item", asOf: "2024-05-08", currency: "USD", price: 2599,
      tracking: "delivered", evidence: { buyerPhotos: true, chatRecord: true },
      dates: { ordered: "2024-04-25", shipped: "2024-04-26", delivered: "2024-05-02", opened: "2024-05-06" },
    },
  },
  {
    id: "TB-2024-1111",
    title: "Kettle, changed mind after 9 days",
    input: {
      ruleset: "taobao", reason: "no_reason", asOf: "2024-11-20", currency: "CNY", price: 12900,
      dates: { ordered: "2024-11-08", shipped: "2024-11-09", delivered: "2024-11-11", opened: "2024-11-20" },
      tracking: "delivered", item: { intact: true },
    },
  },
];

export function App() {
  const [selected, setSelected] = useState(ORDERS[0]);
  const [outcome, setOutcome] = useState(null);
  const [locale, setLocale] = useState("en");
  return (
    <main className="app">
      <header>
        <h1>Orders with an open dispute</h1>
        <label>
          Language{" "}
          <select value={locale} onChange={(e) => setLocale(e.target.value)}>
            <option value="en">English</option>
            <option value="zh-CN">中文</option>
          </select>
        </label>
      </header>
      <ul className="orders">
        {ORDERS.map((o) => (
          <li key={o.id}>
            <button type="button" aria-pressed={o === selected} data-order={o.id} onClick={() => setSelected(o)}>
              <strong>{o.id}</strong> {o.title}
            </button>
          </li>
        ))}
      </ul>
      <p className="status" data-status>
        {outcome ? `${selected.id}: ${outcome.outcome}, refund ${(outcome.refund / 100).toFixed(2)} ${outcome.currency}` : "…"}
      </p>
      <dispute-calculator
        view="result"
        locale={locale}
        input={selected.input}
        ondispute-result={(e) => setOutcome(e.detail)}
      />
    </main>
  );
}
