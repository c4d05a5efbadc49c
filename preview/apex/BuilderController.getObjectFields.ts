// Local answer for `@salesforce/apex/BuilderController.getObjectFields`: the readable fields of a
// tracked object, from the sample's catalog (preview/data/builder.mjs).
import type { ObjectField } from '@salesforce/apex/BuilderController.getObjectFields';
import { objectFields, requireAdmin } from './builderStore';

export default async function getObjectFields(params: { objectName: string }): Promise<ObjectField[]> {
    requireAdmin();
    return objectFields(params?.objectName);
}
