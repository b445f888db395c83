// Inline style values set through the CSSOM (style.setProperty) on every render, the first too.
// Lit's styleMap writes its first render as a style attribute, which a page CSP without
// 'unsafe-inline' for styles (the queue page's) refuses; the CSSOM is not subject to it.
import { noChange } from "lit";
import { Directive, directive } from "lit/directive.js";

class StyleProperties extends Directive {
  render() {
    return noChange;
  }

  update(part, [properties]) {
    const style = part.element.style;
    for (const [name, value] of Object.entries(properties)) {
      if (style.getPropertyValue(name) !== value) style.setProperty(name, value);
    }
    return noChange;
  }
}

/** `style=${styleProperties({ height: "10px", "--row": "40px" })}`: CSS property names, string values. */
export const styleProperties = directive(StyleProperties);
