/**
 * c/builderModel: what the builder's components share and compute without a server: the custom
 * labels (builderLabels.ts), operators, clauses and condition checks and the dry run's warnings
 * (builderRules.ts), a draft in plain words (builderSentence.ts), and a record as its
 * `.md-meta.xml` file (builderXml.ts). Components import c/builderModel, never a module of it.
 */
export { LABELS } from './builderLabels';
export type { Clause, ConditionCheck, DryRunFlags, DryRunTotals } from './builderRules';
export {
    CONDITION_LIMIT,
    appendClause,
    checkCondition,
    clauseText,
    dryRunFlags,
    needsValue,
    operatorsFor
} from './builderRules';
export { conditionWords, draftSentence } from './builderSentence';
export type { MetadataRecordDraft } from './builderXml';
export { fileNameOf, metadataXml } from './builderXml';
