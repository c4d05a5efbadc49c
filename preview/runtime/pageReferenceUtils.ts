// `lightning/pageReferenceUtils`: the platform's encoding of default field values for a
// standard__objectPage 'new' page reference (state.defaultFieldValues).

type FieldValues = Record<string, string | number | boolean | null>;

export function encodeDefaultFieldValues(values: FieldValues): string {
    return Object.entries(values ?? {})
        .map(([field, value]) => `${field}=${encodeURIComponent(value === null ? '' : String(value))}`)
        .join(',');
}

export function decodeDefaultFieldValues(encoded: string): Record<string, string> {
    return Object.fromEntries(
        (encoded ?? '')
            .split(',')
            .filter(Boolean)
            .map((pair) => {
                const [field, value = ''] = pair.split('=');
                return [field, decodeURIComponent(value)];
            })
    );
}
