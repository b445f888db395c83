// What the three pages' host scripts share: loading the elements the way the page's protocol
// allows, the language a page opens in, the language switch, and the pages' own words in the
// chosen language (from the catalogues locales/pages/<tag>.json, never written here). A classic
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

  // The pages' languages, each with its own name for itself (pkg/pages/locales.js, a classic
  // script the page loads before this one, written from the catalogues locales/pages/<tag>.json).
  var LANGUAGES = globalThis.DisputeCalcPageLocales || [{ tag: "en", name: "English" }];
  // The pages' words by locale: each pkg/pages/<tag>.js adds its locale's when it runs.
  var WORDS = globalThis.DisputeCalcPageWords || (globalThis.DisputeCalcPageWords = {});
  var waiting = {};
  // The last locale asked for: words that arrive after the reader picked another are not shown.
  var shown = null;

  /** One of the pages' locales for a language tag ("de-AT" -> "de", "zh-TW" -> "zh-CN"), or null. */
  function pageLocale(value) {
    if (!value) return null;
    var tag = String(value).toLowerCase();
    var list = LANGUAGES.map(function (l) {
      return l.tag;
    });
    for (var i = 0; i < list.length; i++) if (list[i].toLowerCase() === tag) return list[i];
    var language = tag.split(/[-_]/)[0];
    for (var j = 0; j < list.length; j++) if (list[j].toLowerCase().split("-")[0] === language) return list[j];
    return null;
  }

  /** The browser's first language as one of the pages' locales, else `en`. */
  function browserLocale() {
    var langs = navigator.languages && navigator.languages.length ? navigator.languages : [navigator.language || "en"];
    return pageLocale(langs[0]) || "en";
  }

  /**
   * The locale a page opens in: the link's `?lang=` (English when it names none of the pages'),
   * else the `locale` of the help page's `?input=`, else the browser's language.
   */
  function linkLocale() {
    var q = new URLSearchParams(location.search);
    if (q.has("lang")) return pageLocale(q.get("lang")) || "en";
    try {
      var input = JSON.parse(q.get("input"));
      var fromInput = input && pageLocale(input.locale);
      if (fromInput) return fromInput;
    } catch (e) {
      // The help page reports a link it cannot read.
    }
    return browserLocale();
  }

  /**
   * Calls `done(words)` with the pages' words in `locale`: at once when they are here, else once
   * pkg/pages/<locale>.js has run (a classic script, so it also loads from disk; added before the
   * page's load event, it holds that event). A locale whose file fails gets the English words.
   */
  function loadWords(locale, done, options) {
    if (WORDS[locale]) {
      done(WORDS[locale]);
      return;
    }
    if (!waiting[locale]) {
      waiting[locale] = [];
      var node = document.createElement("script");
      node.src = "pkg/pages/" + locale + ".js";
      node.async = false;
      if (options && options.holdPaint) node.setAttribute("blocking", "render");
      node.onload = node.onerror = function () {
        var callbacks = waiting[locale];
        delete waiting[locale];
        callbacks.forEach(function (callback) {
          if (WORDS[locale]) callback(WORDS[locale]);
          else if (locale !== "en") loadWords("en", callback);
        });
      };
      document.head.appendChild(node);
    }
    waiting[locale].push(done);
  }

  /**
   * Shows the page in `locale`: the document's lang, every `data-i18n` text and `data-i18n-aria`
   * label (ids of locales/pages), the title (`<page>.title`, page being "help", "queue" or
   * "exercises") and the switch. At once when the words are here, else when they arrive, unless
   * the reader asked for another locale in between.
   */
  function showWords(page, locale) {
    shown = locale;
    document.getElementById("lang").value = locale;
    loadWords(locale, function (words) {
      if (shown !== locale) return;
      document.documentElement.lang = locale;
      document.documentElement.setAttribute("data-locale", locale);
      document.querySelectorAll("[data-i18n]").forEach(function (n) {
        n.textContent = words[n.getAttribute("data-i18n")];
      });
      document.querySelectorAll("[data-i18n-aria]").forEach(function (n) {
        n.setAttribute("aria-label", words[n.getAttribute("data-i18n-aria")]);
      });
      document.title = words[page + ".title"];
    });
  }

  /** Fills the language switch: every locale of the pages, named in its own language. */
  function fillLanguages() {
    var select = document.getElementById("lang");
    if (!select || select.options.length) return;
    LANGUAGES.forEach(function (l) {
      var option = document.createElement("option");
      option.value = l.tag;
      option.lang = l.tag;
      option.textContent = l.name;
      select.appendChild(option);
    });
    select.value = shown || startLocale;
  }

  /** Calls `change(locale)` with one of the pages' locales whenever the reader picks a language. */
  function onLanguage(change) {
    document.getElementById("lang").addEventListener("change", function (e) {
      change(pageLocale(e.target.value) || "en");
    });
  }

  /** Runs `init` once the document is parsed. */
  function whenParsed(init) {
    if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", init);
    else init();
  }

  // The page's words start loading now, in the language the link or the browser asks for; they
  // hold the first paint and the load event until they are here. The switch is filled before the
  // page's own script runs (its parsed handler comes after this one).
  var startLocale = linkLocale();
  loadWords(startLocale, function () {}, { holdPaint: true });
  whenParsed(fillLanguages);

  // The page's script tag says what it loads (`data-load`: the element entry, "calculator",
  // "queue" or "exercise"; `data-preload` when it computes at once), so the requests start here, before the page's own script has arrived.
  var tag = document.currentScript;
  var entry = tag && tag.getAttribute("data-load");
  if (entry) {
    loadElement({ entry: entry, preload: tag.hasAttribute("data-preload") });
  }

  return {
    locale: startLocale,
    showWords: showWords,
    onLanguage: onLanguage,
    browserLocale: browserLocale,
    pageLocale: pageLocale,
    whenParsed: whenParsed,
  };
})();
