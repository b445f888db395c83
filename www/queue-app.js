// The queue page: a thin host of <dispute-queue>. The import, the list, the summary and their
// labels live in the element; the page adds the language switch and the template links. A classic
// script, so the page also works when opened from disk.
"use strict";

(function () {
  var locale = "en";

  function applyText() {
    DisputeCalcPage.showWords("queue", locale);
    document.getElementById("queue").setAttribute("locale", locale);
  }

  function init() {
    locale = DisputeCalcPage.locale;
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
