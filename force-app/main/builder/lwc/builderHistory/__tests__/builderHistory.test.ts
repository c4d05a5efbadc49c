// The change history: who, when, which record, why, the deployment's outcome and what changed; and
// "Download as metadata", one file per changed record as it stands after its latest good change.
import { createElement } from 'lwc';
import BuilderHistory from 'c/builderHistory';
import type { ChangeView } from '@salesforce/apex/BuilderController.getChanges';
import type { TypeView } from '@salesforce/apex/BuilderController.getSetup';
import { all, flush, one, shadow, texts } from 'config/jest/utils/dom';

const TYPES: TypeView[] = [
    {
        apiName: 'Adoption_Rule__mdt',
        label: 'Adoption Rule',
        records: [],
        fields: [
            { apiName: 'Points__c', label: 'Points', kind: 'number', length: 0, options: [], role: 'plain' },
            {
                apiName: 'Condition__c',
                label: 'Condition',
                kind: 'longtext',
                length: 32768,
                options: [],
                role: 'condition'
            }
        ]
    }
];

const change = (id: string, status: string, extra: Partial<ChangeView> = {}): ChangeView => ({
    id,
    changedAt: '2026-12-01T10:00:00.000Z',
    changedBy: 'Ada Admin',
    typeName: 'Adoption_Rule__mdt',
    recordName: 'Log_Call',
    recordLabel: 'Log a call',
    note: 'Calls matter more',
    status,
    result: status === 'Failed' ? 'Deployment failed: bad value' : null,
    beforeJson: '{"Points__c":5,"Condition__c":"Subject IS NOT BLANK"}',
    afterJson: '{"Points__c":8,"Condition__c":"Subject IS NOT BLANK"}',
    ...extra
});

function create(changes: ChangeView[]): HTMLElement {
    const element = createElement('c-builder-history', { is: BuilderHistory }) as HTMLElement & {
        changes: ChangeView[];
        types: TypeView[];
    };
    element.changes = changes;
    element.types = TYPES;
    document.body.appendChild(element);
    return element;
}

describe('c-builder-history', () => {
    afterEach(() => {
        while (document.body.firstChild) {
            document.body.removeChild(document.body.firstChild);
        }
    });

    it('says when there is no change yet', async () => {
        const element = create([]);
        await flush();
        expect(one(element, '.history-none').textContent).toBe('No changes from the builder yet.');
        expect(shadow(element).querySelector('.file-link')).toBeNull();
        await expect(element).toBeAccessible();
    });

    it('shows each change with its outcome and what changed', async () => {
        const element = create([
            change('a2', 'Failed', { afterJson: '{"Points__c":0}' }),
            change('a1', 'Succeeded', { beforeJson: null, recordLabel: null })
        ]);
        await flush();
        expect(all(element, '.change-row')).toHaveLength(2);
        expect(texts(element, '.status')).toEqual(['Failed', 'Deployed']);
        expect(one(element, '.status').className).toContain('slds-text-color_error');
        expect(texts(element, '.change-result')[0]).toBe('Deployment failed: bad value');
        expect(texts(element, '.change-note')[0]).toBe('Calls matter more');
        expect(texts(element, '.change-line')).toEqual([
            'Points__c: 5 → 0',
            'Condition__c: — → Subject IS NOT BLANK',
            'Points__c: — → 8'
        ]);
        expect(texts(element, 'th[scope="row"]')[1]).toMatch(/^Log_Call \(Log_Call\)/);
        await expect(element).toBeAccessible();
    });

    it('offers one metadata file per changed record, from its latest change that did not fail', async () => {
        const element = create([
            change('a3', 'Failed', { afterJson: '{"Points__c":0}' }),
            change('a2', 'Queued'),
            change('a1', 'Succeeded', { afterJson: '{"Points__c":5}' }),
            change('b1', 'Succeeded', { typeName: 'Adoption_Other__mdt', recordName: 'Other' })
        ]);
        await flush();
        const links = all(element, '.file-link') as HTMLAnchorElement[];
        expect(links.map((link) => link.getAttribute('download'))).toEqual([
            'Adoption_Rule.Log_Call.md-meta.xml',
            'Adoption_Other.Other.md-meta.xml'
        ]);
        const xml = decodeURIComponent(
            links[0].getAttribute('href')!.replace('data:application/xml;charset=utf-8,', '')
        );
        expect(xml).toContain('<label>Log a call</label>');
        expect(xml).toContain('<value xsi:type="xsd:double">8</value>');
        expect(xml).toContain('<![CDATA[Subject IS NOT BLANK]]>');
    });
});
