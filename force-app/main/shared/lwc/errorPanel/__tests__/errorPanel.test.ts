import { createElement } from 'lwc';
import ErrorPanel from 'c/errorPanel';
import { shadow } from 'config/jest/utils/dom';

const APEX_ERROR = { body: { message: 'List has no rows for assignment' }, status: 500, statusText: 'Server Error' };

function createPanel(props: Record<string, unknown>): HTMLElement {
    const element = createElement('c-error-panel', { is: ErrorPanel });
    Object.assign(element, props);
    document.body.appendChild(element);
    return element;
}

describe('c-error-panel', () => {
    afterEach(() => {
        while (document.body.firstChild) {
            document.body.removeChild(document.body.firstChild);
        }
    });

    it('shows the friendly message and hides the details until asked', async () => {
        const element = createPanel({ errors: APEX_ERROR, friendlyMessage: 'Could not load your progress.' });
        await Promise.resolve();
        const root = shadow(element);
        expect(root.querySelector('.friendly-message')?.textContent).toBe('Could not load your progress.');
        expect(root.querySelector('.error-details')).toBeNull();
        expect(root.querySelector('[role="alert"]')).not.toBeNull();
        await expect(element).toBeAccessible();
    });

    it('shows and hides the reduced messages with the toggle', async () => {
        const element = createPanel({ errors: [APEX_ERROR, APEX_ERROR] });
        await Promise.resolve();
        const root = shadow(element);
        const toggle = root.querySelector<HTMLElement>('.details-toggle');
        expect(Reflect.get(toggle ?? {}, 'ariaExpanded')).toBe('false');
        toggle?.click();
        await Promise.resolve();
        const items = root.querySelectorAll('.error-details li');
        expect(Array.from(items).map((item) => item.textContent)).toEqual([
            'List has no rows for assignment',
            'List has no rows for assignment'
        ]);
        expect(Reflect.get(toggle ?? {}, 'ariaExpanded')).toBe('true');
        await expect(element).toBeAccessible();
        toggle?.click();
        await Promise.resolve();
        expect(root.querySelector('.error-details')).toBeNull();
    });

    it('uses the load error label by default and offers no toggle without details', async () => {
        const element = createPanel({ errors: undefined });
        await Promise.resolve();
        const root = shadow(element);
        expect(root.querySelector('.friendly-message')?.textContent).toBe(
            "We couldn't load this right now. Try again in a moment."
        );
        expect(root.querySelector('.details-toggle')).toBeNull();
        expect(Reflect.get(element, 'errors')).toBeUndefined();
    });
});
