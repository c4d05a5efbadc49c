// The page being previewed: the build embeds its configuration (resolved persona, props, record)
// in the HTML, so platform modules such as @salesforce/user/Id can answer synchronously at import.

export interface PageComponent {
    /** The module specifier, e.g. 'c/adoptionLeaderboard'. */
    component: string;
    /** Where the component goes: 'main', 'sidebar', 'header' or 'utility'. */
    region: string;
    /** Public properties, already resolved ($ref values replaced by the build). */
    props: Record<string, unknown>;
}

export interface PageAction {
    label: string;
    /**
     * Stores a celebration for a user, as the engine would (Celebrations.deliver: a row owned by that
     * user), then reloads the page, whose celebration component reads its persona's own news on load.
     */
    celebrate?: { userId: string; celebrations: Record<string, unknown>[] };
    /** Shows a toast, for pages that demonstrate their own notices. */
    toast?: { title: string; message?: string; variant?: string };
}

export interface PageConfig {
    id: string;
    group: 'components' | 'personas';
    title: string;
    description: string;
    layout: 'single' | 'home' | 'record' | 'app';
    /** The persona whose user the page runs as, and that user's Id. */
    user: string;
    userId: string;
    userName: string;
    formFactor: 'Large' | 'Medium' | 'Small';
    /** Which sample set the page's Apex answers read: the team of 25, or the 1,000-user benchmark. */
    dataset: 'team' | 'benchmark';
    customPermissions: string[];
    userPermissions: string[];
    record?: { objectApiName: string; recordId: string; name: string; fields: Record<string, unknown> };
    components: PageComponent[];
    actions: PageAction[];
    banner: string;
}

function readPage(): PageConfig {
    const element = document.getElementById('preview-page');
    if (!element?.textContent) {
        throw new Error('This page has no #preview-page configuration: open it through the preview server.');
    }
    return JSON.parse(element.textContent) as PageConfig;
}

export const page: PageConfig = readPage();
