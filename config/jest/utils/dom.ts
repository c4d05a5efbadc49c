// DOM helpers the component tests share (each bundle's __tests__, imported as 'config/jest/utils/dom'). Each test imports
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
export function oneIn<T extends Element = HTMLElement>(root: ParentNode | QueryRoot, selector: string): T {
    const found = (root as QueryRoot).querySelector<T>(selector);
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
export function textsIn(root: ParentNode | QueryRoot, selector: string, normalise: Normalise = collapsed): string[] {
    return Array.from((root as QueryRoot).querySelectorAll(selector)).map((node) => normalise(node.textContent ?? ''));
}

/** texts: the text of every match in a component's shadow root, cleaned by `normalise`. */
export function texts(element: HTMLElement, selector: string, normalise: Normalise = collapsed): string[] {
    return textsIn(shadow(element), selector, normalise);
}

/**
 * The shadow roots of a component and of every component it renders, its own first. A component's
 * shadow root holds what its template renders, including what it passes into a child's slot; a
 * child's own markup (c-adoption-card's spinner, a section child's list) sits in the child's root.
 */
function shadowRoots(element: HTMLElement): ShadowRoot[] {
    const roots: ShadowRoot[] = [];
    const visit = (root: ShadowRoot): void => {
        roots.push(root);
        for (const host of Array.from(root.querySelectorAll<HTMLElement>('*'))) {
            if (host.shadowRoot) {
                visit(host.shadowRoot);
            }
        }
    };
    visit(shadow(element));
    return roots;
}

/**
 * deepAll: every match in a component's shadow root and in those of the components it renders, as
 * a browser test's selector pierces them: a test of the parent keeps asserting what the page shows
 * when a section moves into a child component. Grouped by component, each in document order.
 */
export function deepAll<T extends Element = HTMLElement>(element: HTMLElement, selector: string): T[] {
    return shadowRoots(element).flatMap((root) => Array.from(root.querySelectorAll<T>(selector)));
}

/** deepOne: the first deepAll match, failing with the selector when nothing matches. */
export function deepOne<T extends Element = HTMLElement>(element: HTMLElement, selector: string): T {
    const found = deepAll<T>(element, selector)[0];
    if (!found) {
        throw new Error(`nothing matches ${selector}`);
    }
    return found;
}

/** deepTexts: the text of every deepAll match, cleaned by `normalise`. */
export function deepTexts(element: HTMLElement, selector: string, normalise: Normalise = collapsed): string[] {
    return deepAll(element, selector).map((node) => normalise(node.textContent ?? ''));
}

/** What the query helpers need of a root: a shadow root, or deepRoot's view over nested ones. */
export interface QueryRoot {
    querySelector<T extends Element = HTMLElement>(selector: string): T | null;
    querySelectorAll<T extends Element = HTMLElement>(selector: string): T[];
    /** The focused element, followed into the shadow roots of the components it is inside. */
    readonly activeElement: Element | null;
}

/**
 * deepRoot: a component's shadow root seen with its children's: queries reach into every component
 * it renders (deepAll), and activeElement is the element that really has focus, inside a child. A
 * parent's test written against shadow(element) keeps its assertions when a section moves into a
 * child component: `const root = deepRoot(element)`.
 */
export function deepRoot(element: HTMLElement): QueryRoot {
    const query = {
        querySelector<T extends Element = HTMLElement>(selector: string): T | null {
            return deepAll<T>(element, selector).at(0) ?? null;
        },
        querySelectorAll<T extends Element = HTMLElement>(selector: string): T[] {
            return deepAll<T>(element, selector);
        }
    };
    return {
        ...query,
        get activeElement(): Element | null {
            let active: Element | null = shadow(element).activeElement;
            while (active?.shadowRoot?.activeElement) {
                active = active.shadowRoot.activeElement;
            }
            return active;
        }
    };
}
