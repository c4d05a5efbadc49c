// The fields a rule or prompt condition reads, for `doctor`, from the package's own condition parser
// (c/adoptionConditions, the TypeScript twin of Conditions.cls): the same grammar and the same error
// messages as the engine and the health page, not a second tokenizer. The build (scripts/org/build.mjs)
// lets Node resolve the component's `c/...` imports.
import { fieldsOf, parse } from 'c/adoptionConditions';

export interface ConditionFields {
    /** Field paths as written, in order of first use. */
    fields: string[];
    /** Why the condition cannot be read, e.g. "Text starting at position 12 has no closing quote." */
    error?: string;
}

/** The fields a condition reads; a blank condition reads none; a condition that does not parse, its error. */
export function conditionFields(condition: string | null | undefined): ConditionFields {
    try {
        return { fields: fieldsOf(parse(condition)) };
    } catch (error) {
        return { fields: [], error: error instanceof Error ? error.message : String(error) };
    }
}
