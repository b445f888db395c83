// The course exercises page: a thin host of <dispute-exercise> running the course pack. The page
// adds the language switch, reads ?seed= from the URL (shell.js reads ?lang=) and writes both
// back; questions, feedback and score live in the element. A classic script, so the page also works when opened from disk.
"use strict";

(function () {
  var locale = "en";

  function applyText() {
    DisputeCalcPage.showWords("exercises", locale);
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
    locale = DisputeCalcPage.locale;
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
