// The page: classic scripts only, so it works from a static host and from file://.
"use strict";

/** "129.00" -> 12900 exactly (no floating point); null when not a valid amount. */
function toMinor(text, exponent) {
  const m = /^\s*(\d+)(?:\.(\d*))?\s*$/.exec(text);
  if (!m || (m[2] || "").length > exponent) return null;
  return Number(m[1] + (m[2] || "").padEnd(exponent, "0"));
}

DisputeCalc.ready.then(function (api) {
  const form = document.getElementById("penalty-form");
  const out = document.getElementById("result");
  function update() {
    const price = toMinor(form.price.value, 2);
    out.textContent = "";
    out.removeAttribute("data-penalty");
    if (price === null) {
      out.textContent = "Enter the price as 129.00";
      return;
    }
    try {
      const p = api.refundPenalty({
        ruleset: form.ruleset.value,
        violation: form.violation.value,
        currency: "CNY",
        price: price,
      });
      out.setAttribute("data-penalty", String(p.penalty));
      out.textContent = p.summary;
    } catch (e) {
      out.textContent = e.message;
    }
  }
  form.addEventListener("input", update);
  update();
});
