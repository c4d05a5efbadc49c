/**
 * The rep's news turned into what the card shows (pure functions, unit-tested directly): each
 * celebration in words from the labels, and one read's celebrations as one card.
 */
import type { CelebrationNews } from '@salesforce/apex/CelebrationsController.getNew';
import type { CelebrationDetail } from 'c/adoptionTypes';
import { formatLabel } from 'c/ldsUtils';
import {
    BADGE_EARNED,
    BADGE_REVOKED,
    BADGE_REVOKED_TITLE,
    BUNDLE,
    CHALLENGE_NEW,
    CHALLENGE_WON,
    LEVEL_UP,
    LEVEL_UP_TITLE,
    RECOGNITION,
    TIER_BRONZE,
    TIER_GOLD,
    TIER_PLATINUM,
    TIER_SILVER
} from './adoptionCelebrationLabels';

const TIER_LABELS: Readonly<Record<string, string>> = {
    Bronze: TIER_BRONZE,
    Silver: TIER_SILVER,
    Gold: TIER_GOLD,
    Platinum: TIER_PLATINUM
};

/** Kind of a challenge's celebrations (ChallengesService): won, or a new challenge announced. */
const CHALLENGE_KINDS: ReadonlyMap<string, { label: string; icon: string }> = new Map([
    ['challenge', { label: CHALLENGE_WON, icon: 'utility:rating' }],
    ['challengenew', { label: CHALLENGE_NEW, icon: 'utility:announcement' }]
]);

interface CelebrationLine {
    key: string;
    text: string;
}

export interface CelebrationView {
    key: string;
    title: string;
    tierText: string;
    icon: string;
    message: string;
    /** Several celebrations read at once, one line each; empty for a single one. */
    lines: CelebrationLine[];
    hasLines: boolean;
    announcement: string;
    cardClass: string;
}

/** One celebration in words, from this component's labels: the rep's language. */
export interface Worded {
    detail: CelebrationDetail;
    title: string;
    tierText: string;
    tier: string;
    icon: string;
    message: string;
    announcement: string;
}

function text(value: string | null | undefined): string {
    return typeof value === 'string' ? value.trim() : '';
}

/**
 * A level-up is told entirely from the labels. A badge's title and message are the badge's own
 * configured text. A challenge's are its name and prize, which its manager wrote; "You won {0}" and
 * "New challenge: {0}" come from the labels.
 */
export function worded(news: CelebrationNews): Worded {
    const kindName = text(news.kind).toLowerCase();
    const challenge = CHALLENGE_KINDS.get(kindName);
    if (challenge) {
        const title = formatLabel(challenge.label, text(news.title));
        const message = text(news.message);
        return {
            detail: { kind: 'Challenge', badgeName: '', level: null, title },
            title,
            tierText: '',
            tier: '',
            icon: text(news.icon) || challenge.icon,
            message,
            announcement: [title, message].filter(Boolean).join('. ')
        };
    }
    if (kindName === 'recognition') {
        // A colleague's or manager's thanks (RecognitionService): who, in the label; what they wrote.
        const title = formatLabel(RECOGNITION, text(news.title));
        const message = text(news.message);
        return {
            detail: { kind: 'Recognition', badgeName: '', level: null, title },
            title,
            tierText: '',
            tier: '',
            icon: text(news.icon) || 'utility:like',
            message,
            announcement: [title, message].filter(Boolean).join('. ')
        };
    }
    if (kindName === 'badgerevoked') {
        // Not a celebration but the rep's own news all the same: which badge, and why it went.
        const name = text(news.title) || text(news.badgeName);
        const title = formatLabel(BADGE_REVOKED_TITLE, name);
        const message = formatLabel(BADGE_REVOKED, name);
        return {
            detail: { kind: 'BadgeRevoked', badgeName: text(news.badgeName), level: null, title },
            title,
            tierText: '',
            tier: '',
            icon: 'utility:undo',
            message,
            announcement: `${title}. ${message}`
        };
    }
    const isLevel = kindName === 'level';
    const level = typeof news.level === 'number' && Number.isFinite(news.level) ? news.level : null;
    const tier = text(news.tier);
    const title = isLevel ? LEVEL_UP_TITLE : text(news.title) || text(news.badgeName);
    const message = isLevel ? formatLabel(LEVEL_UP, level) : text(news.message);
    const tierText = isLevel ? '' : (TIER_LABELS[tier] ?? tier);
    return {
        detail: { kind: isLevel ? 'Level' : 'Badge', badgeName: text(news.badgeName), level, title },
        title,
        tierText,
        tier: isLevel ? '' : tier,
        icon: text(news.icon) || (isLevel ? 'utility:ribbon' : 'utility:favorite'),
        message,
        announcement: isLevel
            ? message
            : [formatLabel(BADGE_EARNED, title), tierText, message].filter(Boolean).join('. ')
    };
}

function cardClassOf(tier: string): string {
    const tierClass = tier ? ` celebration_tier-${tier.toLowerCase().replace(/[^a-z0-9]+/g, '-')}` : '';
    return `celebration slds-box slds-theme_default${tierClass}`;
}

/** One read's celebrations as one card: itself when alone, "3 new celebrations" listing each when several. */
export function viewOf(items: Worded[], key: string): CelebrationView {
    if (items.length === 1) {
        const [only] = items;
        return {
            key,
            title: only.title,
            tierText: only.tierText,
            icon: only.icon,
            message: only.message,
            lines: [],
            hasLines: false,
            announcement: only.announcement,
            cardClass: cardClassOf(only.tierText ? only.tier : '')
        };
    }
    const title = formatLabel(BUNDLE, items.length);
    // A level's title says only "Level up!": its line says which level.
    const lines = items.map((item, index) => ({
        key: `${key}-${index}`,
        text: item.detail.kind === 'Level' ? item.message : item.title
    }));
    return {
        key,
        title,
        tierText: '',
        icon: 'utility:ribbon',
        message: '',
        lines,
        hasLines: true,
        announcement: `${title}: ${items.map((item) => item.announcement).join('; ')}`,
        cardClass: cardClassOf('')
    };
}
