/**
 * howPointsWork: the page every rep can read about the game they are in. Every active rule (what
 * earns points, how many, its limits, who gets the points, why it matters), every active badge (its
 * criterion in plain words), the levels, what is stored about the rep and for how long, and who can
 * see it under the current settings (normal or works council mode, rank bands, team-only boards).
 *
 * The server sends facts only (HowPointsWorkController, custom metadata, no SOQL); every sentence is
 * a custom label filled with ldsUtils.formatLabel. A rule's properties arrive as a list of facts, one
 * label per kind (FACT_LABELS): a new rule property is one more entry there. A kind the page does not
 * know yet is left out rather than shown raw.
 *
 * Once the content is on screen, renderedCallback marks the root `data-ready` for the preview's
 * browser test. Apex leaves null properties out of the JSON: optional values are read with `??`.
 */
import { LightningElement, wire } from 'lwc';
import getHowPointsWork from '@salesforce/apex/HowPointsWorkController.getHowPointsWork';
import type {
    BadgeInfo,
    HowPointsWork as Content,
    RuleFact,
    RuleInfo,
    StoredItem
} from '@salesforce/apex/HowPointsWorkController.getHowPointsWork';
import type { ApexWireResult } from 'c/adoptionTypes';
import { formatLabel, reduceErrors } from 'c/ldsUtils';
import TITLE from '@salesforce/label/c.Adoption_How_Title';
import INTRO from '@salesforce/label/c.Adoption_How_Intro';
import LOADING from '@salesforce/label/c.Adoption_Loading';
import LOAD_ERROR from '@salesforce/label/c.Adoption_Error_Load';
import RULES_TITLE from '@salesforce/label/c.Adoption_How_Rules_Title';
import RULES_NONE from '@salesforce/label/c.Adoption_How_Rules_None';
import WHEN_CREATE from '@salesforce/label/c.Adoption_How_When_Create';
import WHEN_UPDATE from '@salesforce/label/c.Adoption_How_When_Update';
import WHEN_DELETE from '@salesforce/label/c.Adoption_How_When_Delete';
import WHEN_UNDELETE from '@salesforce/label/c.Adoption_How_When_Undelete';
import FACT_POINTS from '@salesforce/label/c.Adoption_How_Fact_Points';
import FACT_POINTS_ONE from '@salesforce/label/c.Adoption_How_Fact_Points_One';
import FACT_POINTS_FORMULA from '@salesforce/label/c.Adoption_How_Fact_Points_Formula';
import FACT_DAILY_CAP from '@salesforce/label/c.Adoption_How_Fact_Daily_Cap';
import FACT_DAILY_CAP_ONE from '@salesforce/label/c.Adoption_How_Fact_Daily_Cap_One';
import FACT_NO_DAILY_CAP from '@salesforce/label/c.Adoption_How_Fact_No_Daily_Cap';
import FACT_ONCE_PER_RECORD from '@salesforce/label/c.Adoption_How_Fact_Once_Per_Record';
import FACT_CONDITION from '@salesforce/label/c.Adoption_How_Fact_Condition';
import FACT_CREDIT_OWNER from '@salesforce/label/c.Adoption_How_Fact_Credit_Owner';
import FACT_CREDIT_CREATOR from '@salesforce/label/c.Adoption_How_Fact_Credit_Creator';
import FACT_CREDIT_MODIFIER from '@salesforce/label/c.Adoption_How_Fact_Credit_Modifier';
import FACT_CATEGORY from '@salesforce/label/c.Adoption_How_Fact_Category';
import WHY from '@salesforce/label/c.Adoption_How_Why';
import BADGES_TITLE from '@salesforce/label/c.Adoption_How_Badges_Title';
import BADGES_NONE from '@salesforce/label/c.Adoption_How_Badges_None';
import BADGE_POINTS from '@salesforce/label/c.Adoption_How_Badge_Points';
import BADGE_POINTS_ALL_TIME from '@salesforce/label/c.Adoption_How_Badge_Points_All_Time';
import BADGE_RULE_COUNT from '@salesforce/label/c.Adoption_How_Badge_Rule_Count';
import BADGE_RULE_COUNT_ALL_TIME from '@salesforce/label/c.Adoption_How_Badge_Rule_Count_All_Time';
import BADGE_CATEGORY_COUNT from '@salesforce/label/c.Adoption_How_Badge_Category_Count';
import BADGE_CATEGORY_COUNT_ALL_TIME from '@salesforce/label/c.Adoption_How_Badge_Category_Count_All_Time';
import BADGE_STREAK from '@salesforce/label/c.Adoption_How_Badge_Streak';
import BADGE_FIRST_ACTION from '@salesforce/label/c.Adoption_How_Badge_First_Action';
import BADGE_FIRST_ANY from '@salesforce/label/c.Adoption_How_Badge_First_Any';
import BADGE_LEVEL from '@salesforce/label/c.Adoption_How_Badge_Level';
import BADGE_UNKNOWN from '@salesforce/label/c.Adoption_How_Badge_Unknown';
import BADGE_AGAIN from '@salesforce/label/c.Adoption_How_Badge_Again';
import BADGE_ONCE from '@salesforce/label/c.Adoption_How_Badge_Once';
import PERIOD_WEEK from '@salesforce/label/c.Adoption_How_Period_Week';
import PERIOD_MONTH from '@salesforce/label/c.Adoption_How_Period_Month';
import PERIOD_QUARTER from '@salesforce/label/c.Adoption_How_Period_Quarter';
import PERIOD_YEAR from '@salesforce/label/c.Adoption_How_Period_Year';
import LEVELS_TITLE from '@salesforce/label/c.Adoption_How_Levels_Title';
import LEVELS_INTRO from '@salesforce/label/c.Adoption_How_Levels_Intro';
import COL_LEVEL from '@salesforce/label/c.Adoption_How_Col_Level';
import COL_FROM from '@salesforce/label/c.Adoption_How_Col_From';
import LEVEL_POINTS from '@salesforce/label/c.Adoption_How_Level_Points';
import STORED_TITLE from '@salesforce/label/c.Adoption_How_Stored_Title';
import STORED_LEDGER from '@salesforce/label/c.Adoption_How_Stored_LedgerEntries';
import STORED_SCORES from '@salesforce/label/c.Adoption_How_Stored_PeriodScores';
import STORED_AWARDS from '@salesforce/label/c.Adoption_How_Stored_BadgeAwards';
import STORED_INTERACTIONS from '@salesforce/label/c.Adoption_How_Stored_PromptInteractions';
import STORED_PREFERENCES from '@salesforce/label/c.Adoption_How_Stored_Preferences';
import STORED_ERRORS from '@salesforce/label/c.Adoption_How_Stored_ErrorLogs';
import STORED_LOGINS from '@salesforce/label/c.Adoption_How_Stored_Logins';
import KEPT_DAYS from '@salesforce/label/c.Adoption_How_Kept_Days';
import KEPT_UNTIL_DELETED from '@salesforce/label/c.Adoption_How_Kept_Until_Deleted';
import KEPT_UNTIL_CHANGED from '@salesforce/label/c.Adoption_How_Kept_Until_Changed';
import KEPT_NOT_STORED from '@salesforce/label/c.Adoption_How_Kept_Not_Stored';
import WHO_TITLE from '@salesforce/label/c.Adoption_How_Who_Title';
import WHO_YOU from '@salesforce/label/c.Adoption_How_Who_You';
import WHO_BOARD_BANDS from '@salesforce/label/c.Adoption_How_Who_Board_Bands';
import WHO_BOARD_EXACT from '@salesforce/label/c.Adoption_How_Who_Board_Exact';
import WHO_TEAM_ONLY from '@salesforce/label/c.Adoption_How_Who_Team_Only';
import WHO_HIDE from '@salesforce/label/c.Adoption_How_Who_Hide';
import WHO_MANAGER from '@salesforce/label/c.Adoption_How_Who_Manager';
import WHO_DIGEST from '@salesforce/label/c.Adoption_How_Who_Digest';
import WHO_WORKS_COUNCIL from '@salesforce/label/c.Adoption_How_Who_Works_Council';
import WHO_WORKS_COUNCIL_HIERARCHY from '@salesforce/label/c.Adoption_How_Who_Works_Council_Hierarchy';
import WHO_CHATTER from '@salesforce/label/c.Adoption_How_Who_Chatter';
import WHO_REPORTS from '@salesforce/label/c.Adoption_How_Who_Reports';
import WHO_ADMINS from '@salesforce/label/c.Adoption_How_Who_Admins';
import TIER_BRONZE from '@salesforce/label/c.Adoption_Tier_Bronze';
import TIER_SILVER from '@salesforce/label/c.Adoption_Tier_Silver';
import TIER_GOLD from '@salesforce/label/c.Adoption_Tier_Gold';
import TIER_PLATINUM from '@salesforce/label/c.Adoption_Tier_Platinum';
import CATEGORY_ACTIVITY from '@salesforce/label/c.Adoption_Category_Activity';
import CATEGORY_PIPELINE from '@salesforce/label/c.Adoption_Category_Pipeline';
import CATEGORY_DATA_QUALITY from '@salesforce/label/c.Adoption_Category_Data_Quality';
import CATEGORY_FORECAST from '@salesforce/label/c.Adoption_Category_Forecast';
import CATEGORY_SERVICE from '@salesforce/label/c.Adoption_Category_Service';
import CATEGORY_COLLABORATION from '@salesforce/label/c.Adoption_Category_Collaboration';

const WHEN_LABELS: Readonly<Record<string, string>> = {
    Create: WHEN_CREATE,
    Update: WHEN_UPDATE,
    Delete: WHEN_DELETE,
    Undelete: WHEN_UNDELETE
};
const CREDIT_LABELS: Readonly<Record<string, string>> = {
    Owner: FACT_CREDIT_OWNER,
    Creator: FACT_CREDIT_CREATOR,
    Modifier: FACT_CREDIT_MODIFIER
};
const PERIOD_WORDS: Readonly<Record<string, string>> = {
    Week: PERIOD_WEEK,
    Month: PERIOD_MONTH,
    Quarter: PERIOD_QUARTER,
    Year: PERIOD_YEAR
};
const TIER_LABELS: Readonly<Record<string, string>> = {
    Bronze: TIER_BRONZE,
    Silver: TIER_SILVER,
    Gold: TIER_GOLD,
    Platinum: TIER_PLATINUM
};
const CATEGORY_LABELS: Readonly<Record<string, string>> = {
    Activity: CATEGORY_ACTIVITY,
    Pipeline: CATEGORY_PIPELINE,
    'Data Quality': CATEGORY_DATA_QUALITY,
    Forecast: CATEGORY_FORECAST,
    Service: CATEGORY_SERVICE,
    Collaboration: CATEGORY_COLLABORATION
};
const STORED_LABELS: Readonly<Record<string, string>> = {
    LedgerEntries: STORED_LEDGER,
    PeriodScores: STORED_SCORES,
    BadgeAwards: STORED_AWARDS,
    PromptInteractions: STORED_INTERACTIONS,
    Preferences: STORED_PREFERENCES,
    ErrorLogs: STORED_ERRORS,
    Logins: STORED_LOGINS
};

/** One sentence per fact kind; a kind missing here is not shown (a newer server, an older page). */
const FACT_LABELS: Readonly<Record<string, (value: string | null | undefined) => string>> = {
    Points: (value) => {
        if (value === 'formula') {
            return FACT_POINTS_FORMULA;
        }
        return Number(value) === 1 ? FACT_POINTS_ONE : formatLabel(FACT_POINTS, Number(value));
    },
    DailyCap: (value) => (Number(value) === 1 ? FACT_DAILY_CAP_ONE : formatLabel(FACT_DAILY_CAP, Number(value))),
    NoDailyCap: () => FACT_NO_DAILY_CAP,
    OncePerRecord: () => FACT_ONCE_PER_RECORD,
    Condition: () => FACT_CONDITION,
    CreditTo: (value) => CREDIT_LABELS[value ?? 'Owner'] ?? FACT_CREDIT_OWNER,
    Category: (value) => formatLabel(FACT_CATEGORY, categoryLabel(value))
};

interface Line {
    key: string;
    text: string;
}

interface RuleView {
    key: string;
    label: string;
    when: string;
    facts: Line[];
    why: string;
}

interface BadgeView {
    key: string;
    label: string;
    tier: string;
    icon: string;
    criterion: string;
    repeat: string;
    why: string;
}

interface Screen {
    rules: RuleView[];
    badges: BadgeView[];
    levels: { key: string; level: string; from: string }[];
    stored: { key: string; what: string; kept: string }[];
    who: Line[];
}

function categoryLabel(category: string | null | undefined): string {
    return category ? (CATEGORY_LABELS[category] ?? category) : '';
}

function factLines(rule: RuleInfo): Line[] {
    const lines: Line[] = [];
    (rule.facts ?? []).forEach((fact: RuleFact, index: number) => {
        const sentence = FACT_LABELS[fact.kind];
        if (sentence) {
            lines.push({ key: `${rule.name}-${index}`, text: sentence(fact.value) });
        }
    });
    return lines;
}

function ruleView(rule: RuleInfo): RuleView {
    const when = WHEN_LABELS[rule.operation];
    return {
        key: rule.name,
        label: rule.label,
        when: when ? formatLabel(when, rule.objectLabel) : rule.objectLabel,
        facts: factLines(rule),
        why: rule.whyItMatters ? formatLabel(WHY, rule.whyItMatters) : ''
    };
}

/** A badge's criterion in plain words: what, how much, over which period. */
function criterion(badge: BadgeInfo): string {
    const period = PERIOD_WORDS[badge.period];
    const threshold = badge.threshold ?? 1;
    switch (badge.criteriaType) {
        case 'Points In Period':
            return period
                ? formatLabel(BADGE_POINTS, threshold, period)
                : formatLabel(BADGE_POINTS_ALL_TIME, threshold);
        case 'Rule Count':
            return period
                ? formatLabel(BADGE_RULE_COUNT, badge.ruleLabel ?? '', threshold, period)
                : formatLabel(BADGE_RULE_COUNT_ALL_TIME, badge.ruleLabel ?? '', threshold);
        case 'Category Count':
            return period
                ? formatLabel(BADGE_CATEGORY_COUNT, threshold, categoryLabel(badge.category), period)
                : formatLabel(BADGE_CATEGORY_COUNT_ALL_TIME, threshold, categoryLabel(badge.category));
        case 'Streak':
            return formatLabel(BADGE_STREAK, threshold);
        case 'First Action':
            return badge.ruleLabel ? formatLabel(BADGE_FIRST_ACTION, badge.ruleLabel) : BADGE_FIRST_ANY;
        case 'Level Reached':
            return formatLabel(BADGE_LEVEL, threshold);
        default:
            return BADGE_UNKNOWN;
    }
}

function badgeView(badge: BadgeInfo): BadgeView {
    const period = PERIOD_WORDS[badge.period];
    return {
        key: badge.name,
        label: badge.label,
        tier: badge.tier ? (TIER_LABELS[badge.tier] ?? badge.tier) : '',
        icon: badge.icon ?? 'utility:ribbon',
        criterion: criterion(badge),
        repeat: period ? formatLabel(BADGE_AGAIN, period) : BADGE_ONCE,
        why: badge.whyItMatters ? formatLabel(WHY, badge.whyItMatters) : ''
    };
}

function keptText(item: StoredItem): string {
    if (item.kind === 'Logins') {
        return KEPT_NOT_STORED;
    }
    if (item.kind === 'Preferences') {
        return KEPT_UNTIL_CHANGED;
    }
    return item.keptDays == null ? KEPT_UNTIL_DELETED : formatLabel(KEPT_DAYS, item.keptDays);
}

/** Who can see what, under the settings the server reported. */
function whoLines(content: Content): Line[] {
    const lines: string[] = [WHO_YOU];
    if (content.worksCouncil) {
        // "Nobody but you and the admins" only when the server checked that no manager above the reader
        // can open their rows (ManagerAccessCheck); otherwise what such managers may still see.
        const promise = content.ownFiguresPrivate ? WHO_WORKS_COUNCIL : WHO_WORKS_COUNCIL_HIERARCHY;
        lines.push(formatLabel(promise, content.minimumGroupSize ?? ''));
    } else {
        lines.push(content.rankBands ? WHO_BOARD_BANDS : WHO_BOARD_EXACT);
        lines.push(WHO_MANAGER);
        if (content.digestEnabled) {
            lines.push(WHO_DIGEST);
        }
    }
    if (content.teamOnlyBoards) {
        lines.push(WHO_TEAM_ONLY);
    }
    lines.push(WHO_HIDE);
    if (content.postToChatter) {
        lines.push(WHO_CHATTER);
    }
    lines.push(WHO_REPORTS, WHO_ADMINS);
    return lines.map((text, index) => ({ key: `who-${index}`, text }));
}

function screenOf(content: Content): Screen {
    return {
        rules: (content.rules ?? []).map(ruleView),
        badges: (content.badges ?? []).map(badgeView),
        levels: (content.levels ?? []).map((step) => ({
            key: String(step.level),
            level: String(step.level),
            from: formatLabel(LEVEL_POINTS, step.points)
        })),
        stored: (content.stored ?? [])
            .filter((item) => STORED_LABELS[item.kind] !== undefined)
            .map((item) => ({ key: item.kind, what: STORED_LABELS[item.kind], kept: keptText(item) })),
        who: whoLines(content)
    };
}

export default class HowPointsWork extends LightningElement {
    labels = {
        title: TITLE,
        intro: INTRO,
        loading: LOADING,
        rulesTitle: RULES_TITLE,
        rulesNone: RULES_NONE,
        badgesTitle: BADGES_TITLE,
        badgesNone: BADGES_NONE,
        levelsTitle: LEVELS_TITLE,
        levelsIntro: LEVELS_INTRO,
        colLevel: COL_LEVEL,
        colFrom: COL_FROM,
        storedTitle: STORED_TITLE,
        whoTitle: WHO_TITLE
    };

    screen?: Screen;
    error: unknown;
    errorMessage = LOAD_ERROR;

    @wire(getHowPointsWork)
    wireContent(result: ApexWireResult<Content>): void {
        if (result.data) {
            this.error = undefined;
            this.screen = screenOf(result.data);
        } else if (result.error) {
            this.error = result.error;
            this.errorMessage = reduceErrors(result.error)[0] ?? LOAD_ERROR;
            this.screen = undefined;
        }
    }

    get loading(): boolean {
        return !this.screen && !this.error;
    }

    get hasRules(): boolean {
        return (this.screen?.rules.length ?? 0) > 0;
    }

    get hasBadges(): boolean {
        return (this.screen?.badges.length ?? 0) > 0;
    }

    override renderedCallback(): void {
        const root = this.refs?.root;
        if (root && (this.screen || this.error) && !root.hasAttribute('data-ready')) {
            root.setAttribute('data-ready', 'true');
        }
    }
}
