/**
 * A lightning/navigation that records what a component asked for (the lwc-recipes pattern):
 * getNavigateCalledWith() returns the last Navigate page reference, and GenerateUrl answers with
 * jestMockSetGenerateUrl's function (by default 'https://www.example.com', as the stub sfdx-lwc-jest
 * ships). Wired for every test in jest.config.js (moduleNameMapper).
 */
import { createTestWireAdapter } from '@salesforce/sfdx-lwc-jest';

interface PageReference {
    type: string;
    attributes?: Record<string, unknown>;
    state?: Record<string, unknown>;
}

export const CurrentPageReference = createTestWireAdapter(jest.fn());

const Navigate = Symbol('Navigate');
const GenerateUrl = Symbol('GenerateUrl');

let navigatedTo: PageReference | undefined;
let navigatedWithReplace: boolean | undefined;
let generateUrl: (pageReference: PageReference) => Promise<string> = () => Promise.resolve('https://www.example.com');

// A mixin's constructor takes any arguments: TypeScript requires `any[]` there.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Constructor = new (...args: any[]) => object;

function mixin<Base extends Constructor>(base: Base) {
    return class extends base {
        [Navigate](pageReference: PageReference, replace?: boolean): void {
            navigatedTo = pageReference;
            navigatedWithReplace = replace;
        }

        [GenerateUrl](pageReference: PageReference): Promise<string> {
            return generateUrl(pageReference);
        }
    };
}

export const NavigationMixin = Object.assign(mixin, { Navigate, GenerateUrl });

/** The last page reference passed to Navigate, and its replace flag. */
export function getNavigateCalledWith(): { pageReference: PageReference | undefined; replace: boolean | undefined } {
    return { pageReference: navigatedTo, replace: navigatedWithReplace };
}

/** How GenerateUrl answers from now on. */
export function jestMockSetGenerateUrl(answer: (pageReference: PageReference) => Promise<string>): void {
    generateUrl = answer;
}

/** Forgets the last navigation and restores the default GenerateUrl; for afterEach. */
export function jestMockResetNavigation(): void {
    navigatedTo = undefined;
    navigatedWithReplace = undefined;
    generateUrl = () => Promise.resolve('https://www.example.com');
}
