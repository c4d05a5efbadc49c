// Local answer for `@salesforce/apex/AdminController.getHealth` (adminStore.ts says how). Admins only.
import type { HealthView } from '@salesforce/apex/AdminController.getHealth';
import { health, requireAdmin } from './adminStore';

export default async function getHealth(): Promise<HealthView> {
    requireAdmin();
    return health();
}
