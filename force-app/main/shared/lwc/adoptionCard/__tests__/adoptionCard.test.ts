import { createElement } from 'lwc';
import AdoptionCard from 'c/adoptionCard';
import { deepAll, deepOne, flush, shadow } from 'config/jest/utils/dom';
import CardHost from 'config/jest/utils/cardHost/cardHost';

function createHost(props: Record<string, unknown> = {}): HTMLElement {
    const element = createElement('c-card-host', { is: CardHost });
    Object.assign(element, props);
    document.body.appendChild(element);
    return element;
}

describe('c-adoption-card', () => {
    afterEach(() => {
        while (document.body.firstChild) {
            document.body.removeChild(document.body.firstChild);
        }
    });

    it('shows the title, the icon, the content and the header action; no refresh button without its label', async () => {
        const element = createHost();
        await flush();
        const card = deepOne(element, 'lightning-card');
        expect(Reflect.get(card, 'title')).toBe('Team board');
        expect(Reflect.get(card, 'iconName')).toBe('utility:richtextnumberedlist');
        expect(deepOne(element, '.content').textContent).toBe('The board');
        expect(Reflect.get(deepOne(element, '.new-button'), 'label')).toBe('New');
        expect(deepAll(element, '.refresh-button')).toHaveLength(0);
        expect(deepAll(element, 'lightning-spinner')).toHaveLength(0);
        expect(deepAll(element, 'c-error-panel')).toHaveLength(0);
        await expect(element).toBeAccessible();
    });

    it('sends refresh to the parent, and disables the button while a refresh runs', async () => {
        const element = createHost({ refreshLabel: 'Refresh the board' });
        await flush();
        const button = deepOne<HTMLElement>(element, '.refresh-button');
        expect(button.querySelector('.slds-assistive-text')?.textContent).toBe('Refresh the board');
        expect(Reflect.get(button, 'title')).toBe('Refresh the board');
        expect(Reflect.get(button, 'disabled')).toBe(false);
        button.click();
        button.click();
        expect(Reflect.get(element, 'refreshCount')).toBe(2);
        Object.assign(element, { refreshing: true });
        await flush();
        expect(Reflect.get(deepOne(element, '.refresh-button'), 'disabled')).toBe(true);
        await expect(element).toBeAccessible();
    });

    it('shows a spinner with its alternative text after the content while loading', async () => {
        const element = createHost({ loading: true });
        await flush();
        const spinner = deepOne(element, '.loading lightning-spinner');
        expect(Reflect.get(spinner, 'alternativeText')).toBe('Loading');
        expect(deepOne(element, '.content')).toBeTruthy();
        await expect(element).toBeAccessible();
    });

    it('shows the error panel with the error and the parent message, instead of the spinner', async () => {
        const error = { body: { message: 'Insufficient access' }, status: 403 };
        const element = createHost({ loading: true, errors: error, errorMessage: 'Only admins see this page.' });
        await flush();
        const panel = deepOne(element, 'c-error-panel');
        expect(Reflect.get(panel, 'errors')).toEqual(error);
        expect(Reflect.get(panel, 'friendlyMessage')).toBe('Only admins see this page.');
        expect(deepAll(element, 'lightning-spinner')).toHaveLength(0);
        await expect(element).toBeAccessible();
    });

    it('says the content could not load when the parent gives no message', async () => {
        const element = createElement('c-adoption-card', { is: AdoptionCard });
        Object.assign(element, { heading: 'Progress', errors: new Error('boom') });
        document.body.appendChild(element);
        await flush();
        expect(Reflect.get(shadow(element).querySelector('c-error-panel') ?? {}, 'friendlyMessage')).toBe(
            "We couldn't load this right now. Try again in a moment."
        );
        await expect(element).toBeAccessible();
    });
});
