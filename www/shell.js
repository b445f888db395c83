// What the three pages' host scripts share: loading the elements the way the page's protocol
// allows, the page's own few words in the chosen language, and the browser's language. A classic
// script before each host script, so the pages also work when opened from disk.
"use strict";

var DisputeCalcPage = (function () {
  function add(tag, attrs) {
    var node = document.createElement(tag);
    Object.keys(attrs).forEach(function (k) {
      node.setAttribute(k, attrs[k]);
    });
    // Dynamic scripts run in the order they were added (the queue's worker before the build).
    if (tag === "script") node.async = false;
    document.head.appendChild(node);
  }

  /**
   * Over http the ES module, with the web build's glue and .wasm requested at the same time when
   * the page computes at once (`preload`), so the wasm compiles while it streams in; from disk,
   * where modules and fetch are refused, `fileScripts` and then the classic build.
   */
  function loadElement(options) {
    var o = options || {};
    if (location.protocol === "file:") {
      (o.fileScripts || []).forEach(function (src) {
        add("script", { src: src });
      });
      add("script", { src: "pkg/dispute-calc.js" });
      return;
    }
    if (o.preload) {
      add("link", { rel: "modulepreload", href: "pkg/web/dispute_calc.js" });
      add("link", { rel: "preload", as: "fetch", type: "application/wasm", crossorigin: "", href: "pkg/web/dispute_calc_bg.wasm" });
    }
    add("script", { type: "module", src: "pkg/element/index.js" });
  }

  /** Sets every `data-i18n` text and `data-i18n-aria` label, the title and the switch. */
  function applyText(words, locale) {
    document.documentElement.lang = locale;
    document.querySelectorAll("[data-i18n]").forEach(function (n) {
      n.textContent = words[n.getAttribute("data-i18n")];
    });
    document.querySelectorAll("[data-i18n-aria]").forEach(function (n) {
      n.setAttribute("aria-label", words[n.getAttribute("data-i18n-aria")]);
    });
    document.title = words.title;
    document.getElementById("lang").value = locale;
  }

  /** `zh-CN` when the browser's first language is Chinese, else `en`. */
  function browserLocale() {
    var langs = navigator.languages && navigator.languages.length ? navigator.languages : [navigator.language || "en"];
    return /^zh/i.test(String(langs[0])) ? "zh-CN" : "en";
  }

  /** Runs `init` once the document is parsed. */
  function whenParsed(init) {
    if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", init);
    else init();
  }

  return { loadElement: loadElement, applyText: applyText, browserLocale: browserLocale, whenParsed: whenParsed };
})();
