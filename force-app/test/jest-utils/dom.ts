// DOM helpers the component tests share (force-app/main/default/lwc/*/__tests__). Each test imports
// what it needs; where a test needs other behaviour (more microtask turns, another text
// normalisation) it passes it as a parameter.
import { readFileSync } from 'fs';
import { join } from 'path';

/** How a text is cleaned before it is compared. */
export type Normalise = (text: string) => string;

/** trimmed: compares a node's text without the template's leading and trailing white space. */
export const trimmed: Normalise = (text) => text.trim();

/** collapsed: compares a node's text as it reads, white space runs as one space, trimmed. */
export const collapsed: Normalise = (text) => text.replace(/\s+/g, ' ').trim();

/** fixture: reads a test's recorded Apex/wire data, `<dir>/data/<name>.json` (pass __dirname). */
export function fixture<T>(dir: string, name: string): T {
    return JSON.parse(readFileSync(join(dir, 'data', `${name}.json`), 'utf8')) as T;
}

/** flush: lets wire adapters, renders and promise chains settle (`turns` microtask turns). */
export function flush(turns = 6): Promise<void> {
    let chain = Promise.resolve();
    for (let i = 0; i < turns; i++) {
        chain = chain.then(() => undefined);
    }
    return chain;
}

/** shadow: a component's shadow root, failing loudly instead of letting null spread. */
export function shadow(element: HTMLElement): ShadowRoot {
    if (!element.shadowRoot) {
        throw new Error('no shadow root');
    }
    return element.shadowRoot;
}

/** oneIn: the first match below `root`, failing with the selector when nothing matches. */
export function oneIn<T extends Element = HTMLElement>(root: ParentNode, selector: string): T {
    const found = root.querySelector<T>(selector);
    if (!found) {
        throw new Error(`nothing matches ${selector}`);
    }
    return found;
}

/** one: the first match in a component's shadow root, failing with the selector when nothing matches. */
export function one<T extends Element = HTMLElement>(element: HTMLElement, selector: string): T {
    return oneIn<T>(shadow(element), selector);
}

/** all: every match in a component's shadow root, as an array. */
export function all(element: HTMLElement, selector: string): HTMLElement[] {
    return Array.from(shadow(element).querySelectorAll<HTMLElement>(selector));
}

/** textsIn: the text of every match below `root`, cleaned by `normalise`, to compare lists at once. */
export function textsIn(root: ParentNode, selector: string, normalise: Normalise = collapsed): string[] {
    return Array.from(root.querySelectorAll(selector)).map((node) => normalise(node.textContent ?? ''));
}

/** texts: the text of every match in a component's shadow root, cleaned by `normalise`. */
export function texts(element: HTMLElement, selector: string, normalise: Normalise = collapsed): string[] {
    return textsIn(shadow(element), selector, normalise);
}
