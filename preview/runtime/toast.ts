// `lightning/platformShowToastEvent` and the page's toast host. In the org the Lightning container
// catches the event and shows the toast; here the preview page does, with the same SLDS markup, so
// a test can read the toast and a screenshot shows it.

export interface ToastDetail {
    title?: string;
    message?: string;
    messageData?: (string | { url?: string; label?: string })[];
    variant?: 'info' | 'success' | 'warning' | 'error';
    mode?: 'dismissible' | 'pester' | 'sticky';
}

const EVENT_NAME = 'lightning__showtoast';
const DISMISS_AFTER_MS = 4800;
const ICONS: Record<string, string> = { info: 'info', success: 'success', warning: 'warning', error: 'error' };

export class ShowToastEvent extends CustomEvent<ToastDetail> {
    constructor(detail: ToastDetail = {}) {
        super(EVENT_NAME, { bubbles: true, composed: true, cancelable: true, detail });
    }
}

function text(tag: string, className: string, content: string): HTMLElement {
    const element = document.createElement(tag);
    element.className = className;
    element.textContent = content;
    return element;
}

function icon(name: string, className: string): SVGSVGElement {
    const svg = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
    svg.setAttribute('class', className);
    svg.setAttribute('aria-hidden', 'true');
    const use = document.createElementNS('http://www.w3.org/2000/svg', 'use');
    use.setAttribute('href', `/assets/icons/utility-sprite/svg/symbols.svg#${name}`);
    svg.appendChild(use);
    return svg;
}

/** Fills {0}, {1} from messageData the way the platform does (labels of links, or plain strings). */
function formatMessage(detail: ToastDetail): string {
    return (detail.message ?? '').replace(/\{(\d+)\}/g, (match, index: string) => {
        const item = detail.messageData?.[Number(index)];
        if (item === undefined) {
            return match;
        }
        return typeof item === 'string' ? item : (item.label ?? item.url ?? '');
    });
}

/** Shows a toast on the page; returns the toast element. */
export function showToast(detail: ToastDetail): HTMLElement {
    const host = document.getElementById('preview-toasts');
    if (!host) {
        throw new Error('No #preview-toasts element: the page template is missing it.');
    }
    const variant = detail.variant ?? 'info';
    const toast = document.createElement('div');
    toast.className = `slds-notify slds-notify_toast slds-theme_${variant}`;
    toast.setAttribute('role', 'status');
    toast.dataset.variant = variant;
    toast.append(text('span', 'slds-assistive-text', variant));
    const iconWrapper = document.createElement('span');
    iconWrapper.className = `slds-icon_container slds-icon-utility-${ICONS[variant] ?? 'info'} slds-m-right_small`;
    iconWrapper.append(icon(ICONS[variant] ?? 'info', 'slds-icon slds-icon_small'));
    toast.append(iconWrapper);
    const content = document.createElement('div');
    content.className = 'slds-notify__content';
    if (detail.title) {
        content.append(text('h2', 'slds-text-heading_small', detail.title));
    }
    const message = formatMessage(detail);
    if (message) {
        content.append(text('p', '', message));
    }
    toast.append(content);
    const close = document.createElement('button');
    close.type = 'button';
    close.className = 'slds-button slds-button_icon slds-button_icon-inverse slds-notify__close';
    close.title = 'Close';
    close.append(
        icon('close', 'slds-button__icon slds-button__icon_large'),
        text('span', 'slds-assistive-text', 'Close')
    );
    close.addEventListener('click', () => toast.remove());
    toast.append(close);
    host.append(toast);
    if (detail.mode !== 'sticky') {
        setTimeout(() => toast.remove(), DISMISS_AFTER_MS);
    }
    return toast;
}

/** Catches ShowToastEvent from any component on the page, as the Lightning container does. */
export function installToastHost(): void {
    document.addEventListener(EVENT_NAME, (event) => {
        showToast((event as CustomEvent<ToastDetail>).detail ?? {});
    });
}
