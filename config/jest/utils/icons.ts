// SLDS icon names the component tests hold a component to: lightning-icon and lightning-card render
// nothing for a name the icon sprite does not have (no error, just a blank square), so a wrong name
// is only seen by looking. The sprite the org serves is the SLDS release's; the project's
// @salesforce-ux/design-system package ships the same icons as one SVG file per icon.
import { existsSync, readFileSync } from 'fs';
import { join } from 'path';

const ICONS = join(__dirname, '..', '..', '..', 'node_modules', '@salesforce-ux', 'design-system', 'assets', 'icons');

/** sldsIconExists: whether `category:name` (utility:ribbon, standard:account, ...) is an SLDS icon. */
export function sldsIconExists(iconName: string): boolean {
    const [category, name] = iconName.split(':');
    return Boolean(category && name) && existsSync(join(ICONS, category, `${name}.svg`));
}

/** iconNamesInTemplate: every literal icon-name="category:name" of a component template. */
export function iconNamesInTemplate(templatePath: string): string[] {
    const html = readFileSync(templatePath, 'utf8');
    return Array.from(html.matchAll(/icon-name="([a-z]+:[\w-]+)"/g), (match) => match[1]);
}

/** missingIcons: the names among `iconNames` that SLDS does not ship. */
export function missingIcons(iconNames: string[]): string[] {
    return iconNames.filter((iconName) => !sldsIconExists(iconName));
}
