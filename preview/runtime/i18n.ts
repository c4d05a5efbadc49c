// The page's language, as the org gives each user theirs: `?lang=de` (or fr, es, ja) answers every
// @salesforce/label/c.* import from the shipped translations (the package's translations/ folder),
// sets @salesforce/i18n/lang and /locale, the <html lang>, and shows the custom metadata records'
// texts as RecordTexts does in Apex (the label's translation when its English is the record's text).
// Without the parameter, or with a language the package does not ship, the page is English.
import translations from 'preview:translations';
import type { DemoData, MetadataRecord } from '../data/types';

/** The languages a page can be shown in, with the locale a user of that language gets by default. */
export const LOCALES: Readonly<Record<string, string>> = {
    en: 'en-US',
    de: 'de-DE',
    fr: 'fr-FR',
    es: 'es-ES',
    ja: 'ja-JP'
};

function pageLanguage(): string {
    const asked = new URLSearchParams(globalThis.location?.search ?? '').get('lang') ?? 'en';
    return Object.prototype.hasOwnProperty.call(LOCALES, asked) ? asked : 'en';
}

/** The page's language: what @salesforce/i18n/lang answers. */
export const lang: string = pageLanguage();

/** The page's locale: what @salesforce/i18n/locale answers. */
export const locale: string = LOCALES[lang];

const english: Readonly<Record<string, string>> = translations.en ?? {};
const translated: Readonly<Record<string, string>> = translations[lang] ?? {};

/** A custom label in the page's language; its English value when it has no translation. */
export function label(name: string, englishValue: string): string {
    return lang === 'en' ? englishValue : (translated[name] ?? englishValue);
}

/**
 * A record text in the page's language, as RecordTexts.text does in Apex: the translation of the
 * label Adoption_<type>_<developerName>_<part> when that label's English is the record's text.
 */
export function recordText(
    type: string,
    developerName: string | null | undefined,
    part: string,
    text: string | null | undefined
): string | null | undefined {
    if (lang === 'en' || !text || !developerName) {
        return text;
    }
    const name = `Adoption_${type}_${developerName}_${part}`;
    return english[name] === text ? (translated[name] ?? text) : text;
}

/** The record texts RecordTexts translates: type -> [label part, field]. */
const RECORD_TEXTS: Readonly<Record<string, [string, [string, string][]]>> = {
    rules: [
        'Rule',
        [
            ['Name', 'MasterLabel'],
            ['Why', 'Why_It_Matters__c']
        ]
    ],
    badges: [
        'Badge',
        [
            ['Name', 'MasterLabel'],
            ['Description', 'Description__c'],
            ['Why', 'Why_It_Matters__c']
        ]
    ],
    prompts: [
        'Prompt',
        [
            ['Title', 'Title__c'],
            ['Message', 'Message__c'],
            ['Action', 'Action_Label__c']
        ]
    ],
    quests: [
        'Quest',
        [
            ['Name', 'MasterLabel'],
            ['Description', 'Description__c'],
            ['Why', 'Why_It_Matters__c']
        ]
    ],
    questSteps: ['QuestStep', [['Why', 'Why_It_Matters__c']]]
};

/**
 * The sample data's rules, badges, prompts and quests with their texts in the page's language, as
 * the Apex readers return them: every local answer then reads them as Apex would.
 */
export function translateRecords(data: DemoData): DemoData {
    if (lang === 'en') {
        return data;
    }
    for (const [key, [type, parts]] of Object.entries(RECORD_TEXTS)) {
        const records = (data as unknown as Record<string, MetadataRecord[] | undefined>)[key] ?? [];
        for (const record of records) {
            for (const [part, field] of parts) {
                const value = record[field];
                if (typeof value === 'string') {
                    (record as Record<string, unknown>)[field] = recordText(type, record.DeveloperName, part, value);
                }
            }
        }
    }
    return data;
}
