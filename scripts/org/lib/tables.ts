// Tables as CSV (RFC 4180, safe to open in a spreadsheet) and as Markdown.

export type Cell = string | number | boolean | null | undefined;

/** One CSV cell: quoted when needed; text that a spreadsheet would run as a formula is defused. */
export function csvCell(value: Cell): string {
    if (value === null || value === undefined) {
        return '';
    }
    if (typeof value === 'number' || typeof value === 'boolean') {
        return String(value);
    }
    const text = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
    return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** A CSV file: a header row, then one row per record, CRLF line ends. */
export function csv(header: readonly string[], rows: readonly (readonly Cell[])[]): string {
    return [header, ...rows].map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n';
}

function mdCell(value: Cell): string {
    if (value === null || value === undefined || value === '') {
        return '';
    }
    return String(value)
        .replace(/\|/g, '\\|')
        .replace(/[\r\n]+/g, ' ')
        .replace(/</g, '&lt;');
}

/** A Markdown table; `align` marks right-aligned (numeric) columns. */
export function markdownTable(
    header: readonly string[],
    rows: readonly (readonly Cell[])[],
    rightAligned: readonly number[] = []
): string {
    const lines = [
        `| ${header.map(mdCell).join(' | ')} |`,
        `| ${header.map((_, index) => (rightAligned.includes(index) ? '---:' : '---')).join(' | ')} |`,
        ...rows.map((row) => `| ${row.map(mdCell).join(' | ')} |`)
    ];
    return `${lines.join('\n')}\n`;
}

/** Markdown-safe inline text. */
export function mdText(value: Cell): string {
    return mdCell(value);
}

/** A signed change: '+20', '-5', '0'. */
export function signed(value: number): string {
    return value > 0 ? `+${value}` : String(value);
}

/** A file-name-safe slug: "Dan O'Neil" -> 'dan-o-neil'. */
export function slug(value: string): string {
    return (
        value
            .normalize('NFKD')
            .replace(/[\u0300-\u036f]/g, '')
            .toLowerCase()
            .replace(/[^a-z0-9]+/g, '-')
            .replace(/^-+|-+$/g, '')
            .slice(0, 40) || 'team'
    );
}
