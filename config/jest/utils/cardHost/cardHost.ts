// A parent for c-adoption-card's jest test (adoptionCard/__tests__): what a component puts in the
// card (its content and a header action), and what it hears from it (refresh). Test tooling, never deployed.
import { LightningElement, api } from 'lwc';

export default class CardHost extends LightningElement {
    @api refreshLabel = '';
    @api refreshing = false;
    @api loading = false;
    @api errors: unknown;
    @api errorMessage: string | undefined;
    refreshes = 0;

    @api
    get refreshCount(): number {
        return this.refreshes;
    }

    handleRefresh(): void {
        this.refreshes++;
    }
}
