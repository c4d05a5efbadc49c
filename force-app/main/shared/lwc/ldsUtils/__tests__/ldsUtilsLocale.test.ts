// formatLabel groups numbers for the user's Salesforce locale (@salesforce/i18n/locale), not the
// browser's: a German user reads 1.250, a French user 1 250, whatever language the browser speaks.
jest.mock('@salesforce/i18n/locale', () => ({ default: 'de-DE' }), { virtual: true });

import { formatLabel } from 'c/ldsUtils';

describe('c-lds-utils formatLabel in the user locale', () => {
    it('groups and separates numbers as the Salesforce locale says', () => {
        expect(formatLabel('{0} Punkte', 1250)).toBe('1.250 Punkte');
        expect(formatLabel('{0} %', 12.5)).toBe('12,5 %');
    });
});
