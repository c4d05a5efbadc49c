/**
 * adoptionConditions: the condition language of rules and prompts (docs/data-model.md), the twin of
 * the Apex class `Conditions`. A condition is parsed once into a tree (cached), then evaluated in
 * memory against a record. Both sides run every case of the static resource
 * `AdoptionConditionCases` (staticresources/AdoptionConditionCases.json); change a meaning here, in
 * Conditions.cls and in the cases together.
 *
 * Meaning (as Conditions.cls):
 * - Keywords are case-insensitive; field names are matched ignoring case; text comparison is
 *   case-insensitive.
 * - A comparison (=, !=, <, >, <=, >=, CONTAINS) with a blank field (null, or only white space as
 *   Java counts it) is false.
 * - The literal is read as the field's kind: a number field compares numerically (a quoted number
 *   too), a date or date/time field by date (a date/time by its date in the user's time zone;
 *   'YYYY-MM-DD' text too), a checkbox with TRUE/FALSE (or 'true'/'false'). Anything else compares
 *   as text, a literal by its written form (5.50 stays '5.50', TODAY is 'YYYY-MM-DD'). CONTAINS
 *   always compares as text.
 * - CHANGED, CHANGED TO, BECAME FILLED, INCREASED and DECREASED need the old record: false without
 *   it. CHANGED compares numbers by value and anything else by its text, exactly; two blanks are no
 *   change.
 * - INCREASED (DECREASED) is true when the old and the new value are both filled and the new one
 *   orders after (before) the old one, read as the field's kind: a number by value, a date or
 *   date/time by its day, a checkbox FALSE before TRUE, anything else as text ignoring case.
 * - ISNEW is true on create only. A blank condition is always true.
 * - LENGTH(field) compares the number of characters of the field's text, leading and trailing white
 *   space left out, with a whole number ('LENGTH(Description) >= 20'); a blank field has length 0.
 *
 * Where Apex reads a field's kind from the SObject's schema, this side needs it told: pass `kinds`
 * (field path -> kind), built with `kindOfDataType` from a UI API `dataType` (getObjectInfo) or an
 * Apex `Schema.DisplayType` name. A field without a kind is read by its JavaScript type (number,
 * boolean, else text), which is what a UI API record holds for every kind except dates: a date
 * field without a kind compares as its 'YYYY-MM-DD' text, which orders exactly as the date does.
 *
 * Strings are walked one UTF-16 unit at a time and characters are classified as Java classifies
 * them (Apex String.isWhitespace, isAlpha, isNumeric), so positions in error messages match Apex.
 *
 * The bundle's modules: conditionTypes (the types and ConditionError), characters (Java's view of
 * characters, and dates), tokens, parser (the grammar and the cache), records (field kinds, UI API
 * records), values (a field's value read as its kind, and ordering) and evaluate. This file is the
 * bundle's public face: other components import c/adoptionConditions, never a module of it.
 */
export type {
    ConditionLiteral,
    ConditionNode,
    EvaluationContext,
    FieldKind,
    FieldKinds,
    PlainRecord,
    UiRecordLike
} from './conditionTypes';
export { ConditionError } from './conditionTypes';
export { fieldsOf, parse, parseCached } from './parser';
export { kindOfDataType, recordFromUi } from './records';
export { evaluate, matches } from './evaluate';
