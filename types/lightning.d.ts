// Platform modules that @salesforce/lightning-types does not declare, typed as far as this package
// uses them.

declare module 'lightning/navigation' {
    import type { LightningElement, WireAdapterConstructor } from 'lwc';

    /** Where to navigate: 'standard__recordPage' with { recordId, actionName: 'view' }, and so on. */
    export interface PageReference {
        type: string;
        attributes?: Record<string, unknown>;
        state?: Record<string, string | undefined>;
    }

    const Navigate: unique symbol;
    const GenerateUrl: unique symbol;

    /** What NavigationMixin adds to a component. */
    export interface NavigationMixinMethods {
        [Navigate](pageReference: PageReference, replace?: boolean): void;
        [GenerateUrl](pageReference: PageReference): Promise<string>;
    }

    // A mixin's constructor takes any arguments: TypeScript requires `any[]` there.
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    type MixinConstructor<T> = new (...args: any[]) => T;

    export const NavigationMixin: {
        <Base extends typeof LightningElement>(base: Base): Base & MixinConstructor<NavigationMixinMethods>;
        readonly Navigate: typeof Navigate;
        readonly GenerateUrl: typeof GenerateUrl;
    };

    export const CurrentPageReference: WireAdapterConstructor<Record<string, never>, PageReference>;
}
