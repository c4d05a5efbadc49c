// HowPointsWorkController (Apex), in the shape of types/apex.d.ts: the import is callable and a wire
// adapter. The DTOs are the JSON of HowPointsWorkService's inner classes (HowPointsWork, RuleInfo,
// RuleFact, BadgeInfo, LevelStep, StoredItem): same names. Apex leaves a null property out of the
// JSON, so every property Apex may leave null is optional here and read with `== null` or `??`.

declare module '@salesforce/apex/HowPointsWorkController.getHowPointsWork' {
    import type { ApexMethod } from '@salesforce/apex';

    /** HowPointsWorkService FACT_ kinds. */
    export type RuleFactKind =
        | 'Points'
        | 'DailyCap'
        | 'NoDailyCap'
        | 'OncePerRecord'
        | 'CreditTo'
        | 'Condition'
        | 'Category';

    /** One fact about a rule: the page's label for its kind, with value as {0}. */
    export interface RuleFact {
        /** Typed as string too: a kind the page does not know yet must not break it. */
        kind: RuleFactKind | string;
        value?: string | null;
    }

    /** An active rule (HowPointsWorkService.RuleInfo). */
    export interface RuleInfo {
        // eslint-disable-next-line no-restricted-globals -- a property, not the window global the rule guards
        name: string;
        label: string;
        objectLabel: string;
        /** Create, Update, Delete or Undelete. */
        operation: string;
        /** Absent when a formula calculates the points. */
        points?: number | null;
        category?: string | null;
        whyItMatters?: string | null;
        facts: RuleFact[];
    }

    /** An active badge (HowPointsWorkService.BadgeInfo). */
    export interface BadgeInfo {
        // eslint-disable-next-line no-restricted-globals -- a property, not the window global the rule guards
        name: string;
        label: string;
        tier?: string | null;
        icon?: string | null;
        /** Points In Period, Rule Count, Category Count, Streak, First Action, Level Reached. */
        criteriaType?: string | null;
        /** Week, Month, Quarter, Year or All Time. */
        period: string;
        threshold: number;
        ruleLabel?: string | null;
        category?: string | null;
        whyItMatters?: string | null;
    }

    /** One level (HowPointsWorkService.LevelStep). */
    export interface LevelStep {
        level: number;
        points: number;
    }

    /** Something stored or read about a rep (HowPointsWorkService.StoredItem). */
    export interface StoredItem {
        /** One of HowPointsWorkService.STORED. */
        kind: string;
        /** Absent when kept until deleted, or not stored. */
        keptDays?: number | null;
    }

    /** The page's content (HowPointsWorkService.HowPointsWork). */
    export interface HowPointsWork {
        rules: RuleInfo[];
        badges: BadgeInfo[];
        levels: LevelStep[];
        stored: StoredItem[];
        retentionDays?: number | null;
        worksCouncil: boolean;
        /** Works council mode: no manager above the reader can open their rows, so the page may promise it. */
        ownFiguresPrivate: boolean;
        minimumGroupSize?: number | null;
        rankBands: boolean;
        teamOnlyBoards: boolean;
        postToChatter: boolean;
        digestEnabled: boolean;
        /** The most points a rep can earn in one day across every rule; absent when turned off. */
        dailyPointsCap?: number | null;
    }

    /** Cacheable. Rules, badges, levels, what is stored and who can see it. */
    const getHowPointsWork: ApexMethod<Record<string, never>, HowPointsWork>;
    export default getHowPointsWork;
}
