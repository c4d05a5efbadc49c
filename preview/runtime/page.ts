// Mounts a preview page: the components its page file lists, each in its region, with their props,
// plus the page's actions (store a celebration as the engine would, show a toast) and the toast host. The build writes the
// page's HTML (banner, heading, regions) and one entry module per page that calls renderPage().
import { createElement, type LightningElement } from 'lwc';
import { arrivals } from './apex';
import { page, type PageConfig } from './context';
import { allRows, storeCelebration, type CelebrationRow } from '../apex/celebrationsStore';
import { navigations, type PageReference } from './navigation';
import { installToastHost, showToast, type ToastDetail } from './toast';
import { label, lang } from './i18n';

/** What tests and page scripts reach through window.__preview. */
export interface PreviewHandle {
    page: PageConfig;
    /** True once every component of the page is in the DOM. */
    mounted: boolean;
    /** Apex answers delivered so far: method and performance.now() at delivery. */
    arrivals: { method: string; at: number }[];
    navigations: PageReference[];
    /** The stored celebrations of every persona (the org's rows), and the engine's write. */
    celebrations(): CelebrationRow[];
    celebrate(userId: string, celebration: Partial<CelebrationRow>): CelebrationRow;
    showToast(detail: ToastDetail): HTMLElement;
}

declare global {
    interface Window {
        __preview: PreviewHandle;
    }
}

type ComponentConstructor = typeof LightningElement;

/** 'c/adoptionLeaderboard' -> 'c-adoption-leaderboard', the tag the platform gives it. */
export function tagName(specifier: string): string {
    const [namespace, name] = specifier.split('/');
    return `${namespace}-${name.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`)}`;
}

function renderActions(): void {
    const host = document.getElementById('preview-actions');
    if (!host || page.actions.length === 0) {
        return;
    }
    for (const action of page.actions) {
        const button = document.createElement('button');
        button.type = 'button';
        button.className = 'slds-button slds-button_neutral';
        button.textContent = action.label;
        button.addEventListener('click', () => {
            if (action.celebrate) {
                for (const celebration of action.celebrate.celebrations) {
                    storeCelebration(action.celebrate.userId, celebration as Partial<CelebrationRow>);
                }
                window.location.reload();
            }
            if (action.toast) {
                showToast(action.toast as ToastDetail);
            }
        });
        host.append(button);
    }
    host.hidden = false;
}

/**
 * The page in its language: <html lang> (screen readers, hyphenation, Japanese line breaking), the
 * sample-data banner, and the language switch, which reloads the page with ?lang=.
 */
function applyLanguage(): void {
    document.documentElement.lang = lang;
    const banner = document.querySelector('.preview-banner p');
    if (banner) {
        banner.textContent = label('Adoption_Sample_Data_Banner', banner.textContent ?? '');
    }
    const badge = document.querySelector('.preview-banner .slds-badge');
    if (badge) {
        badge.textContent = label('Adoption_Sample_Data', badge.textContent ?? '');
    }
    const select = document.getElementById('preview-language') as HTMLSelectElement | null;
    if (select) {
        select.value = lang;
        select.addEventListener('change', () => {
            const url = new URL(window.location.href);
            url.searchParams.set('lang', select.value);
            window.location.assign(url.toString());
        });
    }
}

/**
 * Mounts every component the page lists. `constructors` maps each specifier to its class; the
 * generated entry module imports them statically so the bundler compiles them.
 */
export function renderPage(constructors: Record<string, ComponentConstructor>): void {
    window.__preview = {
        page,
        mounted: false,
        arrivals,
        navigations,
        celebrations: allRows,
        celebrate: storeCelebration,
        showToast
    };
    applyLanguage();
    installToastHost();
    renderActions();
    for (const entry of page.components) {
        const region = document.getElementById(`preview-region-${entry.region}`);
        const constructor = constructors[entry.component];
        if (!region || !constructor) {
            throw new Error(`Page ${page.id}: cannot place ${entry.component} in region '${entry.region}'.`);
        }
        const element = createElement(tagName(entry.component), { is: constructor });
        Object.assign(element, entry.props);
        region.append(element);
        region.hidden = false;
    }
    performance.mark('preview:mounted');
    window.__preview.mounted = true;
}
