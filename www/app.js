// The seller help page: a thin host of <dispute-calculator>. The form, the result and their labels
// live in the element; the page adds the tabs, the course presets, the language switch and the
// state in the URL. A classic script, so the page also works when opened from disk.
"use strict";

(function () {
  var TOOLS = ["evaluate", "shipping", "penalty"];

  var PRESETS = [
    {
      id: "ae2015", label: "help.presetAe2015", tool: "evaluate",
      input: {
        ruleset: "aliexpress", reason: "not_received", request: "full_refund", asOf: "2015-04-20",
        currency: "USD", price: 2599,
        dates: { ordered: "2015-03-03", shipped: "2015-03-19", delivered: "2015-04-12", opened: "2015-04-20" },
        tracking: "delivered", policy: { handlingDays: 20 },
      },
    },
    {
      id: "amazon", label: "help.presetAmazon", tool: "evaluate",
      input: {
        ruleset: "amazon", reason: "wrong_item", asOf: "2024-05-08", currency: "USD", price: 2599,
        dates: { ordered: "2024-04-25", shipped: "2024-04-26", delivered: "2024-05-02", opened: "2024-05-06" },
        tracking: "delivered", evidence: { buyerPhotos: true, chatRecord: true },
      },
    },
    {
      // The commonest Taobao request: ordered by mistake, refund asked before anything ships.
      id: "taobaoUnshipped", label: "help.presetTaobaoUnshipped", tool: "evaluate",
      input: {
        ruleset: "taobao", reason: "no_reason", request: "full_refund", asOf: "2024-06-18T10:00:00+08:00",
        currency: "CNY", price: 12900,
        dates: { ordered: "2024-06-18T09:12:00+08:00", paid: "2024-06-18T09:12:00+08:00", opened: "2024-06-18T09:40:00+08:00" },
        tracking: "none",
      },
    },
    {
      // The same request after the 48-hour ship time ran out: Tmall's 30% compensation on top.
      id: "tmallUnshippedLate", label: "help.presetTmallUnshippedLate", tool: "evaluate",
      input: {
        ruleset: "tmall", reason: "no_reason", request: "full_refund", asOf: "2024-06-17T10:00:00+08:00",
        currency: "CNY", price: 19900,
        dates: { ordered: "2024-06-14T20:00:00+08:00", paid: "2024-06-14T20:00:00+08:00", opened: "2024-06-17T09:00:00+08:00" },
        tracking: "none",
      },
    },
    {
      // A fault 8 months after delivery in the EU: repair or replacement first, free of charge,
      // within the two-year guarantee and the one-year presumption (Directive 2019/771).
      id: "euGuarantee", label: "help.presetEuGuarantee", tool: "evaluate",
      input: {
        ruleset: "eu-crd", reason: "quality", asOf: "2025-01-20", currency: "EUR", price: 14900,
        shippingPaid: 490,
        dates: { ordered: "2024-05-02", shipped: "2024-05-03", delivered: "2024-05-06", faultFound: "2025-01-15", opened: "2025-01-20" },
        tracking: "delivered", evidence: { buyerPhotos: true, chatRecord: true },
      },
    },
    {
      id: "tmall", label: "help.presetTmall", tool: "penalty",
      input: { ruleset: "tmall", violation: "late_shipment", currency: "CNY", price: 19900 },
    },
    {
      id: "insurance", label: "help.presetInsurance", tool: "shipping",
      input: {
        ruleset: "taobao", reason: "quality", currency: "CNY", outboundShipping: 0, freeShipping: true,
        returnShipping: 2700, insurancePayout: 1200,
      },
    },
  ];
  var DEFAULT_PRESET = { evaluate: "ae2015", shipping: "insurance", penalty: "tmall" };

  var calc;
  var locale = "en";
  // The tools whose form has been filled (from the link, a preset or its default example).
  var filled = {};

  function presetById(id) {
    for (var i = 0; i < PRESETS.length; i++) if (PRESETS[i].id === id) return PRESETS[i];
    return null;
  }

  function writeUrl() {
    var input = calc.input;
    if (!input) return;
    var query = "?tool=" + calc.tool + "&input=" + encodeURIComponent(JSON.stringify(input));
    if (location.search === query) return;
    try {
      history.replaceState(null, "", query + location.hash);
    } catch (e) {
      // Some hosts refuse URL changes (sandboxed frames): the page still works.
    }
  }

  function selectTool(tool, input) {
    document.querySelectorAll(".tool-tab").forEach(function (b) {
      b.setAttribute("aria-pressed", String(b.getAttribute("data-tool") === tool));
    });
    calc.tool = tool;
    if (input) calc.input = input;
    else if (!filled[tool]) calc.input = presetById(DEFAULT_PRESET[tool]).input;
    filled[tool] = true;
  }

  function readLink() {
    var q = new URLSearchParams(location.search);
    var tool = TOOLS.indexOf(q.get("tool")) >= 0 ? q.get("tool") : null;
    var raw = q.get("input");
    var input = null;
    var error = null;
    if (raw !== null) {
      try {
        input = JSON.parse(raw);
        if (!input || typeof input !== "object" || Array.isArray(input)) throw new Error("not an object");
      } catch (e) {
        input = null;
        error = String(e.message || e);
      }
    }
    return { tool: tool, input: input, error: error };
  }

  function init() {
    calc = document.getElementById("calc");
    var link = readLink();
    locale = DisputeCalcPage.locale;
    calc.locale = locale;
    selectTool(link.tool || "evaluate", link.input);
    if (link.error) {
      document.getElementById("link-error-detail").textContent = link.error;
      document.getElementById("link-error").hidden = false;
    }

    var list = document.getElementById("preset-list");
    PRESETS.forEach(function (preset) {
      var b = document.createElement("button");
      b.type = "button";
      b.className = "preset";
      b.setAttribute("data-preset", preset.id);
      b.setAttribute("data-tool", preset.tool);
      b.setAttribute("data-i18n", preset.label);
      b.addEventListener("click", function () {
        selectTool(preset.tool, preset.input);
        writeUrl();
      });
      var li = document.createElement("li");
      li.appendChild(b);
      list.appendChild(li);
    });
    // The page's words (locales/pages), the presets' labels among them.
    DisputeCalcPage.showWords("help", locale);
    document.querySelectorAll(".tool-tab").forEach(function (b) {
      b.addEventListener("click", function () {
        selectTool(b.getAttribute("data-tool"));
        writeUrl();
      });
    });
    DisputeCalcPage.onLanguage(function (chosen) {
      locale = chosen;
      DisputeCalcPage.showWords("help", locale);
      calc.locale = locale;
      writeUrl();
    });
    // Every edit in the element's form, and every result (a language loaded after the switch):
    // the link follows.
    calc.addEventListener("dispute-input", writeUrl);
    var firstResult = true;
    calc.addEventListener("dispute-result", function () {
      if (!firstResult) return writeUrl();
      firstResult = false;
      // A shared link's first result is painted before the link is rewritten (it then names the
      // input's locale too): history.replaceState can take tens of milliseconds, so it waits for
      // the first idle moment after that frame.
      var whenIdle = window.requestIdleCallback || function (f) { setTimeout(f, 50); };
      requestAnimationFrame(function () {
        whenIdle(writeUrl);
      });
    });
    document.querySelector(".skip").addEventListener("click", function (e) {
      var heading = calc.shadowRoot && calc.shadowRoot.getElementById("result-h");
      if (!heading) return;
      e.preventDefault();
      heading.focus();
    });
    function ready() {
      document.body.setAttribute("data-ready", "true");
    }
    calc.addEventListener("dispute-result", ready, { once: true });
    calc.addEventListener("dispute-error", ready, { once: true });
  }

  // The element is already loading (shell.js, as the page's script tag asks).
  DisputeCalcPage.whenParsed(init);
})();
