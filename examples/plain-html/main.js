import "dispute-calc/element";

const calc = document.querySelector("dispute-calculator");
// Objects go in as a property: the form fills in and the result appears.
calc.input = { ruleset: "tmall", violation: "late_shipment", currency: "CNY", price: 19900 };
calc.addEventListener("dispute-result", (e) => {
  document.getElementById("summary").textContent = `Penalty ${(e.detail.penalty / 100).toFixed(2)} CNY, total ${(e.detail.total / 100).toFixed(2)} CNY.`;
});
calc.addEventListener("dispute-error", (e) => {
  document.getElementById("summary").textContent = `Check ${e.detail.field}: ${e.detail.code}`;
});
