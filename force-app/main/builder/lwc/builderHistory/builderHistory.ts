/**
 * builderHistory: the builder's change history (who, when, which record, the note, the deployment's
 * status and result, and what changed, field by field) and "Download as metadata": the
 * `.md-meta.xml` file of each changed record as it stands after its latest change that did not fail,
 * to commit to the repository (c/builderModel metadataXml). Shows what c-adoption-builder hands it.
 */
import { LightningElement, api } from 'lwc';
import type { ChangeView } from '@salesforce/apex/BuilderController.getChanges';
import type { TypeView } from '@salesforce/apex/BuilderController.getSetup';
import { formatLabel } from 'c/ldsUtils';
import { LABELS, fileNameOf, metadataXml } from 'c/builderModel';

interface ChangeRow {
    key: string;
    changedAt: string;
    changedBy: string;
    record: string;
    note: string;
    // eslint-disable-next-line no-restricted-globals -- a property, not the window global the rule guards
    status: string;
    statusClass: string;
    result: string;
    lines: { key: string; text: string }[];
    hasLines: boolean;
}

interface FileLink {
    key: string;
    fileName: string;
    href: string;
}

function parsed(json: string | null | undefined): Record<string, unknown> {
    if (!json) {
        return {};
    }
    try {
        return JSON.parse(json) as Record<string, unknown>;
    } catch {
        return {};
    }
}

function shown(value: unknown): string {
    return value === null || value === undefined || value === '' ? '—' : String(value);
}

const STATUS_LABELS: Readonly<Record<string, string>> = {
    Queued: LABELS.statusQueued,
    Succeeded: LABELS.statusSucceeded,
    Failed: LABELS.statusFailed
};

export default class BuilderHistory extends LightningElement {
    labels = LABELS;

    /** The changes, newest first. */
    @api changes: ChangeView[] = [];
    /** The types, for their fields (the files' value types). */
    @api types: TypeView[] = [];

    get hasChanges(): boolean {
        return this.changes.length > 0;
    }

    get rows(): ChangeRow[] {
        return this.changes.map((change) => {
            const before = parsed(change.beforeJson);
            const after = parsed(change.afterJson);
            const lines = Object.keys(after)
                .filter((field) => shown(before[field]) !== shown(after[field]))
                .sort()
                .map((field) => ({
                    key: field,
                    text: formatLabel(LABELS.changeLine, field, shown(before[field]), shown(after[field]))
                }));
            return {
                key: change.id,
                changedAt: change.changedAt,
                changedBy: change.changedBy ?? '',
                record: `${change.recordLabel ?? change.recordName} (${change.recordName})`,
                note: change.note,
                status: STATUS_LABELS[change.status] ?? change.status,
                statusClass: change.status === 'Failed' ? 'status slds-text-color_error' : 'status',
                result: change.result ?? '',
                lines,
                hasLines: lines.length > 0
            };
        });
    }

    /** One file per changed record: its latest change that did not fail. */
    get files(): FileLink[] {
        const seen = new Set<string>();
        const links: FileLink[] = [];
        for (const change of this.changes) {
            const key = `${change.typeName}.${change.recordName}`;
            if (change.status === 'Failed' || seen.has(key)) {
                continue;
            }
            seen.add(key);
            const fields = this.types.find((type) => type.apiName === change.typeName)?.fields ?? [];
            const xml = metadataXml(
                {
                    typeName: change.typeName,
                    name: change.recordName,
                    label: change.recordLabel ?? change.recordName,
                    values: parsed(change.afterJson)
                },
                fields
            );
            links.push({
                key,
                fileName: fileNameOf(change.typeName, change.recordName),
                href: `data:application/xml;charset=utf-8,${encodeURIComponent(xml)}`
            });
        }
        return links;
    }

    get hasFiles(): boolean {
        return this.files.length > 0;
    }
}
