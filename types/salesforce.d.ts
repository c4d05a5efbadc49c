// Platform modules that @salesforce/lightning-types does not declare. Apex methods are typed one by
// one in types/apex.d.ts, so every call and DTO is checked.
import '@salesforce/lightning-types';

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
