// CelebrationsController (Apex), in the shape of types/apex.d.ts: the import is callable (imperative)
// and a wire adapter. The DTO is the JSON of the Apex inner class CelebrationsController.Celebration:
// same names, same nullability (Apex leaves a null property out of the JSON, so every property it may
// leave null is optional here and is read with `??`). Datetimes travel as ISO 8601 strings.

declare module '@salesforce/apex/CelebrationsController.getNew' {
    import type { ApexMethod } from '@salesforce/apex';

    /** One of the running user's own celebrations (CelebrationsController.Celebration). */
    export interface CelebrationNews {
        /** The row's Id. */
        id: string;
        /** Badge, Level, Challenge (won) or ChallengeNew (announced); typed as string too: an unknown kind must not break the page. */
        kind: 'Badge' | 'Level' | 'Challenge' | 'ChallengeNew' | string;
        /** DeveloperName of the badge; null when not a badge. */
        badgeName?: string | null;
        /** The badge's label or the challenge's name; null for a level. */
        title?: string | null;
        /** Why the badge matters, or the challenge's prize; null when there is none. */
        message?: string | null;
        /** The badge's tier; null when not a badge or untiered. */
        tier?: string | null;
        /** SLDS icon name; null for the component's default. */
        icon?: string | null;
        /** The level reached; null when not a level. */
        level?: number | null;
        /** The challenge won or announced; null when not a challenge. */
        challengeId?: string | null;
        /** When it was stored. */
        createdAt: string;
    }

    /**
     * Not cacheable (it stamps what it returns as seen). The running user's unseen celebrations, oldest
     * first, at most 20; it takes no parameter: nobody can ask for another user's news.
     */
    const getNew: ApexMethod<Record<string, never>, CelebrationNews[]>;
    export default getNew;
}
