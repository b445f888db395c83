// The course exercises page: a thin host of <dispute-exercise> running the course pack. The page
// adds the language switch and reads ?seed= (and ?lang=) from the URL; questions, feedback and
// score live in the element. A classic script, so the page also works when opened from disk.
"use strict";

(function () {
  var TEXT = {
    en: {
      title: "Course exercises: after-sales disputes",
      tagline: "Cases from the course. Answer, check, and see the reasons: the dispute calculator is the answer key, so every set of figures is graded exactly.",
      skip: "Skip to the exercises",
      toCalculator: "Dispute calculator for sellers",
      footer: "Everything runs in this page (WebAssembly); nothing is sent anywhere. Open the page with ?seed=N to get the set with that number again.",
    },
    "zh-CN": {
      title: "课程练习：跨境电商售后纠纷",
      tagline: "来自课程的案例。作答、检查并查看理由：答案由纠纷计算器给出，每组数字都精确评分。",
      skip: "跳到练习",
      toCalculator: "卖家售后纠纷计算器",
      footer: "一切都在本页面中运行（WebAssembly），数据不会发送到任何地方。在网址后加 ?seed=编号 可重现同一组题。",
    },
  };

  var locale = "en";

  function applyText() {
    DisputeCalcPage.applyText(TEXT[locale] || null, locale, TEXT.en);
  }

  function writeUrl() {
    var q = new URLSearchParams(location.search);
    q.set("lang", locale);
    try {
      history.replaceState(null, "", "?" + q.toString() + location.hash);
    } catch (e) {
      // Some hosts refuse URL changes (sandboxed frames): the page still works.
    }
  }

  function init() {
    var exercise = document.getElementById("exercises");
    var q = new URLSearchParams(location.search);
    var lang = q.get("lang");
    locale = lang === "zh-CN" || lang === "en" ? lang : DisputeCalcPage.browserLocale();
    applyText();
    exercise.setAttribute("locale", locale);
    var seed = (q.get("seed") || "").trim();
    // The element takes an integer; anything else leaves it to pick (and show) a random seed.
    if (/^-?\d{1,15}$/.test(seed)) exercise.setAttribute("seed", seed);
    exercise.pack = globalThis.DisputeCalcCoursePack;
    DisputeCalcPage.onLanguage(function (chosen) {
      locale = chosen;
      applyText();
      exercise.setAttribute("locale", locale);
      writeUrl();
    });
  }

  DisputeCalcPage.whenParsed(init);
})();
