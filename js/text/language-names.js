// A language's name through Intl.DisplayNames: the one source of the names the elements' language
// lists and the pages' language switch show (no catalogue carries them).

/** A language's name in its own language ("Русский", "Deutsch", "中文"). */
export function languageName(tag) {
  try {
    const name = new Intl.DisplayNames([tag], { type: "language" }).of(tag === "zh-CN" ? "zh" : tag);
    return name ? name.charAt(0).toLocaleUpperCase(tag) + name.slice(1) : tag;
  } catch {
    return tag;
  }
}

/** A language's name in another language ("Russian" in English), or null where Intl has none. */
export function languageNameIn(tag, locale) {
  try {
    return new Intl.DisplayNames([locale], { type: "language" }).of(tag === "zh-CN" ? "zh" : tag) || null;
  } catch {
    return null;
  }
}
