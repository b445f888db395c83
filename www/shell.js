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
    // Dynamic scripts run in the order they were added (a page's file scripts before the build).
    if (tag === "script") node.async = false;
    document.head.appendChild(node);
  }

  /**
   * Over http the element entry's ES module; from disk, where modules and fetch are refused, the
   * classic build. A page that computes at once (`preload`) asks for the web build's
   * glue and .wasm at the same time as the module and starts the glue's init() as soon as the glue
   * is there, so the wasm compiles while the element module still arrives and evaluates (init()
   * runs once per page: the element's own call gets this instance). Such a page also holds its
   * first paint until the element is defined, so the header is not laid out on its own first and
   * the element's first frame is the result's. `entry` is the element module the page shows
   * (pkg/element/<entry>.js: calculator, queue or exercise), so no page loads another's code.
   */
  function loadElement(options) {
    var o = options || {};
    var hold = o.preload ? { blocking: "render" } : {};
    if (location.protocol === "file:") {
      add("script", Object.assign({ src: "pkg/dispute-calc.js" }, hold));
      return;
    }
    if (o.preload) {
      add("link", { rel: "modulepreload", href: "pkg/web/index.js" });
      add("link", { rel: "modulepreload", href: "pkg/web/dispute_calc.js" });
      add("link", { rel: "modulepreload", href: "pkg/text/index.js" });
      add("link", { rel: "preload", as: "fetch", type: "application/wasm", crossorigin: "", href: "pkg/web/dispute_calc_bg.wasm" });
    }
    add("script", Object.assign({ type: "module", src: "pkg/element/" + o.entry + ".js" }, hold));
    if (o.preload) {
      import("./pkg/web/index.js")
        .then(function (glue) {
          return glue.default();
        })
        .catch(function () {
          // The element reports a module that cannot start, in its own card.
        });
    }
  }

  // The words of the header every page has (the language switch, the pages' navigation).
  var SHELL_WORDS = {
    en: { language: "Language", pagesNav: "Pages" },
    "zh-CN": { language: "语言", pagesNav: "页面" },
  };

  /**
   * Sets every `data-i18n` text and `data-i18n-aria` label, the title and the switch. `words` are
   * the page's words in `locale`, or null when the page has none in it yet: then the English ones,
   * and the document's lang says English (the elements mark their own texts' languages).
   */
  function applyText(words, locale, english) {
    var lang = words ? locale : "en";
    var own = words || english;
    function word(key) {
      return key in own ? own[key] : SHELL_WORDS[lang][key];
    }
    document.documentElement.lang = lang;
    document.documentElement.setAttribute("data-locale", locale);
    document.querySelectorAll("[data-i18n]").forEach(function (n) {
      n.textContent = word(n.getAttribute("data-i18n"));
    });
    document.querySelectorAll("[data-i18n-aria]").forEach(function (n) {
      n.setAttribute("aria-label", word(n.getAttribute("data-i18n-aria")));
    });
    document.title = own.title;
    document.getElementById("lang").value = locale;
  }

  /** The locales the page's language list offers (its options' values). */
  function locales() {
    return [].map.call(document.getElementById("lang").options, function (o) {
      return o.value;
    });
  }

  /** One of the page's locales for a language tag ("de-AT" -> "de", "zh-TW" -> "zh-CN"), or null. */
  function pageLocale(value) {
    if (!value) return null;
    var tag = String(value).toLowerCase();
    var list = locales();
    for (var i = 0; i < list.length; i++) if (list[i].toLowerCase() === tag) return list[i];
    var language = tag.split(/[-_]/)[0];
    for (var j = 0; j < list.length; j++) if (list[j].toLowerCase().split("-")[0] === language) return list[j];
    return null;
  }

  /** Calls `change(locale)` with one of the page's locales whenever the reader picks a language. */
  function onLanguage(change) {
    document.getElementById("lang").addEventListener("change", function (e) {
      change(pageLocale(e.target.value) || "en");
    });
  }

  /** The browser's first language as one of the page's locales, else `en`. */
  function browserLocale() {
    var langs = navigator.languages && navigator.languages.length ? navigator.languages : [navigator.language || "en"];
    return pageLocale(langs[0]) || "en";
  }

  /** Runs `init` once the document is parsed. */
  function whenParsed(init) {
    if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", init);
    else init();
  }

  // The page's script tag says what it loads (`data-load`: the element entry, "calculator",
  // "queue" or "exercise"; `data-preload` when it computes at once), so the requests start here, before the page's own script has arrived.
  var tag = document.currentScript;
  var entry = tag && tag.getAttribute("data-load");
  if (entry) {
    loadElement({ entry: entry, preload: tag.hasAttribute("data-preload") });
  }

  return { applyText: applyText, onLanguage: onLanguage, browserLocale: browserLocale, pageLocale: pageLocale, whenParsed: whenParsed };
})();
