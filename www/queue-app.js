// The queue page: a thin host of <dispute-queue>. The import, the list, the summary and their
// labels live in the element; the page adds the language switch and the template links. A classic
// script, so the page also works when opened from disk.
"use strict";

(function () {
  var TEXT = {
    en: {
      title: "Dispute queue for sellers",
      tagline: "Your whole list of open after-sales cases, triaged in your browser. Nothing is sent anywhere.",
      skip: "Skip to the queue",
      toCalculator: "One dispute: the calculator",
      templates: "Templates",
      templatesText: "Start from a template: one row per order, amounts in currency units (129.00), dates as YYYY-MM-DD.",
      templateEn: "Template with English headers (CSV)",
      templateZh: "Template with Chinese headers (CSV)",
      footer: "dispute-calc runs entirely in this page (WebAssembly, in a Web Worker). Check the sources before relying on a figure.",
    },
    "zh-CN": {
      title: "卖家售后纠纷队列",
      tagline: "所有未结售后单，在浏览器里分好轻重缓急，数据不会发送到任何地方。",
      skip: "跳到队列",
      toCalculator: "单个纠纷：计算器",
      templates: "模板",
      templatesText: "可从模板开始：每个订单一行，金额按元填写（129.00），日期格式 YYYY-MM-DD。",
      templateEn: "英文表头模板（CSV）",
      templateZh: "中文表头模板（CSV）",
      footer: "dispute-calc 完全在本页面内运行（WebAssembly，在 Web Worker 中）。使用数字前请核对规则来源。",
    },
  };

  var locale = "en";

  function applyText() {
    DisputeCalcPage.applyText(TEXT[locale] || null, locale, TEXT.en);
    document.getElementById("queue").setAttribute("locale", locale);
  }

  function init() {
    var asked = /[?&]lang=([^&]+)/.exec(location.search);
    locale = (asked && DisputeCalcPage.pageLocale(decodeURIComponent(asked[1]))) || (asked ? "en" : DisputeCalcPage.browserLocale());
    applyText();
    DisputeCalcPage.onLanguage(function (chosen) {
      locale = chosen;
      applyText();
    });
  }

  // The element is already loading (shell.js, as the page's script tag asks): over http the ES
  // module (its worker is a module worker, and the wasm is fetched when a row's detail is first
  // opened, so nothing is preloaded); from disk, where modules and worker files are refused, the
  // worker with the engine inlined (started from a Blob URL) and the classic build.
  DisputeCalcPage.whenParsed(init);
})();
