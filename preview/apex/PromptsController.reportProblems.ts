// Local answer for `@salesforce/apex/PromptsController.reportProblems`: the starter prompts have no
// problems, so nothing is written (in the org, PromptsService.reportProblems logs each problem once).
import type { ReportProblemsParams } from '@salesforce/apex/PromptsController.reportProblems';

export default function reportProblems(_params: ReportProblemsParams): number {
    return 0;
}
