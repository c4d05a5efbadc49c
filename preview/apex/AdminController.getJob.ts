// Local answer for `@salesforce/apex/AdminController.getJob`: a job started on this page, as it
// stands now (adminStore.ts moves it on with the clock). Admins only.
import type { GetJobParams, JobView } from '@salesforce/apex/AdminController.getJob';
import { jobNow, requireAdmin } from './adminStore';

export default async function getJob(params: GetJobParams): Promise<JobView | null> {
    requireAdmin();
    return params?.jobId ? jobNow(params.jobId) : null;
}
