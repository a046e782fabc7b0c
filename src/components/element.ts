/**
 * The base of every custom element on the site (after GOV.UK Frontend's `Component`): markup
 * that is not what the element expects throws a named `ElementError` saying what was missing,
 * instead of failing silently. Elements enhance server-rendered HTML that already works without
 * JavaScript, so an error leaves the page readable.
 */
import { fill } from '../strings/fill';

export class ElementError extends Error {
  override name = 'ElementError';
  constructor(element: Element, what: string) {
    super(`<${element.localName}>: ${what}`);
  }
}

/** The first element matching `selector` inside `root`, or an ElementError naming both. */
export function required<T extends Element = HTMLElement>(root: Element, selector: string): T {
  const found = root.querySelector<T>(selector);
  if (!found) throw new ElementError(root, `expected an element matching "${selector}" inside it, found none.`);
  return found;
}

export abstract class BaseElement extends HTMLElement {
  #strings: Record<string, string> | undefined;

  /** The element's setup; runs once, when the element is connected. */
  protected abstract init(): void;

  #ready = false;
  connectedCallback(): void {
    if (this.#ready) return;
    this.#ready = true;
    this.init();
  }

  protected required<T extends Element = HTMLElement>(selector: string): T {
    return required<T>(this, selector);
  }

  /** A `data-*` attribute the server must have written. */
  protected data(name: string): string {
    const value = this.dataset[name];
    if (value === undefined) throw new ElementError(this, `expected a data-${name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)} attribute, found none.`);
    return value;
  }

  /** An interface phrase handed over in `data-strings` (see `stringsFor` in src/strings/sv.ts). */
  protected text(key: string, vars?: Record<string, string | number>): string {
    this.#strings ??= JSON.parse(this.data('strings')) as Record<string, string>;
    const phrase = this.#strings[key];
    if (phrase === undefined) throw new ElementError(this, `the phrase "${key}" is not in its data-strings.`);
    return fill(phrase, vars);
  }
}

/** Defines a custom element once (a module can be evaluated twice with view transitions or HMR). */
export function define(name: string, element: CustomElementConstructor): void {
  if (!customElements.get(name)) customElements.define(name, element);
}
