// `lightning/navigation` stand-in. The preview has no Lightning router, so Navigate records the
// request and says where it would have gone (an info toast) instead of leaving the page; a test
// can read the requests from window.__preview.navigations.
import { page } from './context';
import { showToast } from './toast';

export interface PageReference {
    type: string;
    attributes?: Record<string, unknown>;
    state?: Record<string, unknown>;
}

const NAVIGATE = Symbol('Navigate');
const GENERATE_URL = Symbol('GenerateUrl');

/** Every navigation a component asked for, in order. */
export const navigations: PageReference[] = [];

function describe(pageReference: PageReference): string {
    const attributes = pageReference.attributes ?? {};
    const target =
        attributes.recordId ??
        attributes.objectApiName ??
        attributes.apiName ??
        attributes.url ??
        attributes.name ??
        '';
    const action = attributes.actionName ? ` (${String(attributes.actionName)})` : '';
    return `${pageReference.type}${target ? `: ${String(target)}` : ''}${action}`;
}

/** A stable, harmless URL for <a href>: the page itself with the reference in the hash. */
function urlFor(pageReference: PageReference): string {
    return `#navigate=${encodeURIComponent(JSON.stringify(pageReference))}`;
}

// A mixin's base constructor takes any arguments: TypeScript requires `any[]` there.
type Constructor<T = object> = abstract new (...args: any[]) => T;

interface NavigationMixinFunction {
    <Base extends Constructor>(base: Base): Base;
    readonly Navigate: typeof NAVIGATE;
    readonly GenerateUrl: typeof GENERATE_URL;
}

function mixin<Base extends Constructor>(base: Base): Base {
    abstract class Navigating extends base {
        [NAVIGATE](pageReference: PageReference, replace?: boolean): void {
            navigations.push(pageReference);
            console.info('[preview] navigation requested', pageReference, replace ? '(replace)' : '');
            showToast({
                title: 'Navigation (preview)',
                message: `In Salesforce this opens ${describe(pageReference)}.`,
                variant: 'info'
            });
        }

        [GENERATE_URL](pageReference: PageReference): Promise<string> {
            return Promise.resolve(urlFor(pageReference));
        }
    }
    return Navigating;
}

export const NavigationMixin: NavigationMixinFunction = Object.assign(mixin, {
    Navigate: NAVIGATE,
    GenerateUrl: GENERATE_URL
} as const);

type DataCallback = (value: PageReference) => void;

/** Wire adapter: the page reference of the page being previewed. */
export class CurrentPageReference {
    private readonly callback: DataCallback;

    constructor(callback: DataCallback) {
        this.callback = callback;
    }

    connect(): void {
        const record = page.record;
        this.callback(
            record
                ? {
                      type: 'standard__recordPage',
                      attributes: {
                          recordId: record.recordId,
                          objectApiName: record.objectApiName,
                          actionName: 'view'
                      },
                      state: {}
                  }
                : { type: 'standard__navItemPage', attributes: { apiName: page.id }, state: {} }
        );
    }

    update(): void {}

    disconnect(): void {}
}
