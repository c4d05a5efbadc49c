// Modules only the preview has. The platform modules the preview stands in for are typed as the
// package's components see them: by types/*.d.ts where declared there (an ambient declaration wins),
// else by the stand-in in preview/runtime, through the `paths` the build writes into
// preview/tsconfig.json.

declare module 'preview:demo' {
    import type { DemoData } from 'preview/data/types';
    const data: DemoData;
    export default data;
}

declare module 'preview:translations' {
    /** Custom labels by language ('en' and each shipped language): name -> value. */
    const translations: Record<string, Record<string, string>>;
    export default translations;
}

declare module 'preview:demo-bench' {
    import type { BenchmarkData } from 'preview/data/types';
    const data: BenchmarkData;
    export default data;
}

// previewShell's data: a preview-only "Apex" method answered by preview/apex/.
declare module '@salesforce/apex/PreviewDemoController.getTeamSummary' {
    import type { ApexMethod } from '@salesforce/apex';
    import type { TeamSummary } from 'preview/apex/PreviewDemoController.getTeamSummary';
    const getTeamSummary: ApexMethod<{ periodType: string }, TeamSummary>;
    export default getTeamSummary;
}
