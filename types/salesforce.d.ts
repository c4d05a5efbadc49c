// Platform modules that @salesforce/lightning-types does not declare. Apex methods are typed one by
// one in types/apex.d.ts, so every call and DTO is checked.
// This file is a script, not a module (no top-level import): in a module the wildcard declarations
// below would be augmentations, which TypeScript ignores, and no label import would resolve.
// toBeAccessible() on every component test is registered in config/jest/sa11y-setup.js.
/// <reference types="@salesforce/lightning-types" />
/// <reference types="@sa11y/jest" />

declare module '@salesforce/label/*' {
    const label: string;
    export default label;
}

declare module '@salesforce/resourceUrl/*' {
    const url: string;
    export default url;
}

declare module '@salesforce/schema/*' {
    const field: { fieldApiName: string; objectApiName: string };
    export default field;
}
