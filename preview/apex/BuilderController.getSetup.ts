// Local answer for `@salesforce/apex/BuilderController.getSetup` (builderStore.ts says what it does).
import type { SetupView } from '@salesforce/apex/BuilderController.getSetup';
import { requireAdmin, setup } from './builderStore';

export default async function getSetup(): Promise<SetupView> {
    requireAdmin();
    return setup();
}
