#!/usr/bin/env node
// Sample data for the local preview: a sales team of 25 over the last 90 days, with the people a
// manager and an admin actually meet (top performers, a newcomer, someone silent for three weeks, a
// manager who also sells, someone improving fast). Rows use the API names in docs/data-model.md so a
// local Apex answer reads them the way a selector reads the org.
//
// Deterministic: the same seed, day and metadata give the same data byte for byte, so screenshots
// and benchmarks compare like with like. Period keys, levels and ranks come from the component
// module adoptionCore (its emitted .js), the one meaning the package ships; rules, badges and
// settings come from the custom metadata records in force-app.
//
// CLI: node preview/data/generate.mjs [--users 1000] [--today 2026-11-20] [--seed text] [--out file]
// (more than 25 users gives the leaderboard benchmark variant: users and period scores, no ledger).
import { buildExperiments } from './experiments.mjs';
import { existsSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { REPO_ROOT, readCustomMetadata } from './metadata.mjs';
import { builderData } from './builder.mjs';
import { findBundle } from '../../scripts/checks/source.mjs';
import { standupTasks } from './standup.mjs';

export const DEFAULT_SEED = 'crm-adoption-preview';
export const WINDOW_DAYS = 90;

/**
 * Loads adoptionCore's emitted module. The bundle's main file re-exports its modules by relative,
 * extensionless imports (`./calendar`), as the platform resolves them and Node does not: rollup joins
 * them into one ES module, read as a data: URL because the repo's package.json has no "type": "module"
 * (Node would warn on every run when importing an ES module .js file).
 */
export async function loadCore(root = REPO_ROOT) {
    const folder = findBundle(root, 'adoptionCore');
    const file = folder && path.join(folder, 'adoptionCore.js');
    if (!file || !existsSync(file)) {
        throw new Error(
            `adoptionCore.js is missing from ${folder ? path.relative(root, folder) : 'force-app (no lwc/adoptionCore bundle)'}: run \`npm run build\` first (tsc emits it from adoptionCore.ts).`
        );
    }
    const { rollup } = await import('rollup');
    const bundle = await rollup({
        input: file,
        onwarn: (warning) => {
            throw new Error(String(warning.message));
        }
    });
    const { output } = await bundle.generate({ format: 'es' });
    await bundle.close();
    return import(`data:text/javascript;base64,${Buffer.from(output[0].code).toString('base64')}`);
}

// ---------------------------------------------------------------------------------------------
// Randomness and ids

/** A seeded generator (xmur3 hash into mulberry32): small, fast, and the same on every machine. */
export function seededRandom(seed) {
    let h = 1779033703 ^ seed.length;
    for (let i = 0; i < seed.length; i++) {
        h = Math.imul(h ^ seed.charCodeAt(i), 3432918353);
        h = (h << 13) | (h >>> 19);
    }
    let state = h >>> 0;
    const next = () => {
        state = (state + 0x6d2b79f5) >>> 0;
        let t = state;
        t = Math.imul(t ^ (t >>> 15), t | 1);
        t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
        return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
    return {
        next,
        int: (min, max) => min + Math.floor(next() * (max - min + 1)),
        pick: (list) => list[Math.floor(next() * list.length)],
        chance: (p) => next() < p,
        /** Knuth's method: fine for the small daily rates used here. */
        poisson(lambda) {
            if (lambda <= 0) {
                return 0;
            }
            const limit = Math.exp(-lambda);
            let k = 0;
            let p = next();
            while (p > limit) {
                k++;
                p *= next();
            }
            return k;
        },
        weighted(items, weightOf) {
            const total = items.reduce((sum, item) => sum + weightOf(item), 0);
            let roll = next() * total;
            for (const item of items) {
                roll -= weightOf(item);
                if (roll < 0) {
                    return item;
                }
            }
            return items[items.length - 1];
        }
    };
}

const BASE62 = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';
const SUFFIX = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ012345';

/** A valid 18-character Salesforce id (with its case-safe suffix), so components that check ids accept it. */
export function salesforceId(prefix, serial) {
    let body = '';
    for (let n = serial; body.length < 12; n = Math.floor(n / 62)) {
        body = BASE62[n % 62] + body;
    }
    const id15 = `${prefix}${body}`;
    let suffix = '';
    for (let chunk = 0; chunk < 3; chunk++) {
        let bits = 0;
        for (let i = 0; i < 5; i++) {
            const char = id15[chunk * 5 + i];
            if (char >= 'A' && char <= 'Z') {
                bits |= 1 << i;
            }
        }
        suffix += SUFFIX[bits];
    }
    return id15 + suffix;
}

function idMaker() {
    const counters = new Map();
    return (prefix) => {
        const serial = (counters.get(prefix) ?? 0) + 1;
        counters.set(prefix, serial);
        // Org-like ids: the pod and a fixed key prefix before the serial.
        return salesforceId(prefix, 0x5f000000 + serial);
    };
}

// ---------------------------------------------------------------------------------------------
// Calendar (UTC dates as 'YYYY-MM-DD'; the period math itself is adoptionCore's)

function toUtc(date) {
    const [y, m, d] = date.split('-').map(Number);
    return Date.UTC(y, m - 1, d);
}

export function addDays(date, days) {
    return new Date(toUtc(date) + days * 86400000).toISOString().slice(0, 10);
}

function daysBetween(from, to) {
    return Math.round((toUtc(to) - toUtc(from)) / 86400000);
}

const DAY_ABBREVIATIONS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];

function dayAbbreviation(date) {
    return DAY_ABBREVIATIONS[new Date(toUtc(date)).getUTCDay()];
}

function todayUtc() {
    return new Date().toISOString().slice(0, 10);
}

// ---------------------------------------------------------------------------------------------
// Configuration: the custom metadata records, or the documented defaults while they do not exist

const DEFAULT_SETTINGS = {
    DeveloperName: 'Default',
    MasterLabel: 'Default',
    Enabled__c: true,
    Week_Start_Day__c: 'Monday',
    Fiscal_Year_Start_Month__c: 1,
    Fiscal_Year_Based_On__c: 'Ending Month',
    Level_Thresholds__c: '0,100,250,500,1000,2000,4000,8000',
    Working_Days__c: 'Mon,Tue,Wed,Thu,Fri',
    Daily_Interruption_Budget__c: 3,
    Privacy_Mode__c: 'Exact Ranks',
    Team_Only_Boards__c: false,
    Post_To_Chatter__c: false,
    Retention_Days__c: 90,
    Stale_After_Days__c: 14,
    Key_Fields__c: 'Opportunity.NextStep,Opportunity.Amount,Opportunity.CloseDate,Contact.Email,Contact.Phone',
    Digest_Enabled__c: true,
    Digest_Day__c: 'Monday'
};

/** Used only while force-app has no Adoption_Rule records (say so in meta.sources). */
const FALLBACK_RULES = [
    ['Log_Call', 'Task', 'Create', 5, 20, false, 'Activity'],
    ['Log_Meeting', 'Event', 'Create', 10, 10, false, 'Activity'],
    ['Update_Next_Step', 'Opportunity', 'Update', 3, 10, false, 'Forecast'],
    ['Create_Opportunity', 'Opportunity', 'Create', 10, 10, false, 'Pipeline'],
    ['Close_Won', 'Opportunity', 'Update', 50, null, true, 'Pipeline'],
    ['Add_Complete_Contact', 'Contact', 'Create', 5, 20, false, 'Data Quality']
].map(([name, object, operation, points, cap, once, category]) => ({
    DeveloperName: name,
    MasterLabel: name.replace(/_/g, ' '),
    Active__c: true,
    Object__c: object,
    Operation__c: operation,
    Condition__c: null,
    Formula__c: null,
    Points__c: points,
    Daily_Cap__c: cap,
    Once_Per_Record__c: once,
    Credit_To__c: 'Owner',
    Category__c: category,
    Why_It_Matters__c: null
}));

/** Used only while force-app has no Adoption_Badge records. */
const FALLBACK_BADGES = [
    ['First_Call', 'First Action', 'All Time', 1, 'Log_Call', null, 'Bronze', 'utility:call'],
    ['Century_Week', 'Points In Period', 'Week', 100, null, null, 'Bronze', 'utility:ribbon'],
    ['Five_Day_Streak', 'Streak', 'Month', 5, null, null, 'Bronze', 'utility:trending'],
    ['Pipeline_Builder', 'Category Count', 'Month', 20, null, 'Pipeline', 'Silver', 'utility:opportunity'],
    ['Star_Of_The_Month', 'Points In Period', 'Month', 500, null, null, 'Gold', 'utility:favorite'],
    ['Power_User', 'Level Reached', 'All Time', 6, null, null, 'Platinum', 'utility:rating']
].map(([name, criteria, period, threshold, rule, category, tier, icon], index) => ({
    DeveloperName: name,
    MasterLabel: name.replace(/_/g, ' '),
    Active__c: true,
    Criteria_Type__c: criteria,
    Period__c: period,
    Threshold__c: threshold,
    Rule_Name__c: rule,
    Category__c: category,
    Tier__c: tier,
    Icon__c: icon,
    Description__c: null,
    Why_It_Matters__c: null,
    Sort_Order__c: (index + 1) * 10
}));

/** The package's configuration as the org would have it after deploy. */
export function readConfiguration(root = REPO_ROOT) {
    const rules = readCustomMetadata('Adoption_Rule', root);
    const badges = readCustomMetadata('Adoption_Badge', root);
    const prompts = readCustomMetadata('Adoption_Prompt', root);
    const quests = readCustomMetadata('Adoption_Quest', root);
    const questSteps = readCustomMetadata('Adoption_Quest_Step', root);
    const settings = readCustomMetadata('Adoption_Settings', root).find((record) => record.DeveloperName === 'Default');
    return {
        settings: { ...DEFAULT_SETTINGS, ...settings },
        rules: rules.length ? rules : FALLBACK_RULES,
        badges: (badges.length ? badges : FALLBACK_BADGES).sort(
            (a, b) => (a.Sort_Order__c ?? 0) - (b.Sort_Order__c ?? 0)
        ),
        prompts,
        quests,
        questSteps,
        sources: {
            settings: settings ? 'customMetadata' : 'defaults',
            rules: rules.length ? 'customMetadata' : 'fallback in preview/data/generate.mjs',
            badges: badges.length ? 'customMetadata' : 'fallback in preview/data/generate.mjs',
            prompts: prompts.length ? 'customMetadata' : 'none'
        }
    };
}

// ---------------------------------------------------------------------------------------------
// The team

// [first, last, title, team, profile, tenure days, persona]
// Profiles set the average scored actions per working day; the shape over the window comes from
// the special cases below (newcomer ramp, gone quiet, improving).
const TEAM = [
    ['Maya', 'Okafor', 'Regional Sales Manager', 'West', 'player-manager', 2200, 'manager'],
    ['Daniel', 'Brooks', 'Sales Manager', 'East', 'manager', 1900, 'eastManager'],
    ['Sam', 'Whitfield', 'Salesforce Administrator', null, 'admin', 1500, 'admin'],
    ['Priya', 'Raman', 'Account Executive', 'West', 'strong', 700, 'rep'],
    ['Lucas', 'Meyer', 'Senior Account Executive', 'West', 'top', 1600, 'topPerformer'],
    ['Aisha', 'Khan', 'Senior Account Executive', 'West', 'top', 1300, null],
    ['Tom', 'Becker', 'Account Executive', 'West', 'average', 900, null],
    ['Elena', 'Petrova', 'Account Executive', 'West', 'average', 520, null],
    ['Marcus', 'Lee', 'Sales Development Rep', 'West', 'strong', 410, null],
    ['Hannah', 'Schmidt', 'Account Executive', 'West', 'low', 1100, null],
    ['Jonas', 'Weber', 'Account Executive', 'West', 'average', 1000, 'inactive'],
    ['Sofia', 'Alvarez', 'Sales Development Rep', 'West', 'average', 300, null],
    ['Kenji', 'Tanaka', 'Account Executive', 'West', 'low', 650, null],
    ['Grace', 'Mensah', 'Sales Development Rep', 'West', 'newcomer', 12, 'newcomer'],
    ['Olivia', 'Martin', 'Senior Account Executive', 'East', 'top', 1800, null],
    ['Noah', 'Williams', 'Account Executive', 'East', 'average', 760, null],
    ['Fatima', 'Zahra', 'Account Executive', 'East', 'strong', 880, null],
    ['Liam', "O'Connor", 'Sales Development Rep', 'East', 'average', 350, null],
    ['Chloe', 'Dubois', 'Account Executive', 'East', 'low', 1250, null],
    ['Mateo', 'Rossi', 'Account Executive', 'East', 'average', 600, null],
    ['Isabella', 'Costa', 'Sales Development Rep', 'East', 'strong', 480, null],
    ['Ethan', 'Nguyen', 'Account Executive', 'East', 'improving', 540, 'mostImproved'],
    ['Zoe', 'Clarke', 'Account Executive', 'East', 'average', 980, null],
    ['Ravi', 'Patel', 'Senior Account Executive', 'East', 'strong', 1400, null],
    ['Anna', 'Kowalski', 'Sales Development Rep', 'East', 'low', 270, null]
];

// The sales director both managers report to (the leaders view, a director's digest). Built after
// the team without drawing from the seeded random, so every figure of the team above stays as it
// was before the director joined the sample: [first, last, title, profile, tenure days, persona].
const DIRECTOR = ['Rachel', 'Adeyemi', 'Sales Director', 'director', 2600, 'director'];

const DAILY_RATE = {
    top: 7,
    strong: 5,
    average: 3.5,
    low: 1.5,
    newcomer: 4,
    improving: 4.5,
    'player-manager': 4,
    manager: 0.6,
    director: 0.4,
    admin: 0
};

// Two recent hires stuck on the onboarding quest, for the pulse's "Getting started": [name, joined
// days ago, the quest step they are stuck on (its rule's actions are dropped), days quiet since].
// Their tenure above only sets their pace. Applied to their rows after each day's draws, so the
// rest of the sample stays the same. Sofia is past the quest's 30 days; Kenji has gone quiet.
const STUCK_NEWCOMERS = [
    ['Sofia Alvarez', 41, 2, 0],
    ['Kenji Tanaka', 20, 1, 9]
];

/** The package went in five months ago: all-time totals hold the two months before the window. */
const INSTALLED_DAYS_AGO = 150;

/** The expected scored actions on a day, `daysAgo` before today. */
function rateOn(profile, daysAgo, tenureDays) {
    if (daysAgo > tenureDays) {
        return 0;
    }
    switch (profile) {
        case 'newcomer':
            // Onboarding week is slow; by the second week the habit forms.
            return Math.min(DAILY_RATE.newcomer, 1.5 + (tenureDays - daysAgo) * 0.35);
        case 'improving':
            // From barely using the system to one of the better users over the quarter.
            return 0.8 + (DAILY_RATE.improving - 0.8) * (1 - daysAgo / WINDOW_DAYS);
        default:
            return DAILY_RATE[profile];
    }
}

function email(first, last) {
    return `${first}.${last}`.toLowerCase().replace(/[^a-z.]/g, '') + '@example.com';
}

// ---------------------------------------------------------------------------------------------
// Records for record pages

const ACCOUNTS = [
    ['Northwind Traders', 'Retail', 'Seattle'],
    ['Globex Logistics', 'Transportation', 'Chicago'],
    ['Initech Health', 'Healthcare', 'Austin'],
    ['Umbrella Foods', 'Food & Beverage', 'Denver'],
    ['Stark Renewables', 'Energy', 'Boston'],
    ['Wayne Freight', 'Transportation', 'Newark'],
    ['Hooli Cloud', 'Technology', 'San Jose'],
    ['Vandelay Imports', 'Manufacturing', 'New York']
];

// [name, account index, owner persona or index, stage, amount, close in days, forecast, next step, last activity days ago]
// Order matters: pages refer to records.Opportunity.0 and .1, the rep's Commit opportunities with no
// Next Step (the forecast-prompt case), and .3, the rep's stale one.
const OPPORTUNITIES = [
    ['Northwind: POS refresh', 0, 'rep', 'Negotiation/Review', 84000, 9, 'Commit', null, 3],
    ['Globex: fleet telematics', 1, 'rep', 'Proposal/Price Quote', 126000, 16, 'Commit', null, 6],
    ['Initech: patient portal', 2, 'rep', 'Qualification', 42000, 45, 'Pipeline', 'Discovery call with IT lead', 2],
    ['Umbrella: supplier analytics', 3, 'rep', 'Value Proposition', 58000, 30, 'Best Case', 'Send ROI model', 41],
    ['Hooli: data platform', 6, 'rep', 'Closed Won', 97000, -12, 'Closed', 'Kick-off booked', 12],
    ['Stark: grid monitoring', 4, 'topPerformer', 'Negotiation/Review', 210000, 12, 'Commit', 'Legal review of MSA', 1],
    [
        'Wayne: route planning',
        5,
        'topPerformer',
        'Proposal/Price Quote',
        74000,
        21,
        'Best Case',
        'Pricing call Tuesday',
        4
    ],
    [
        'Vandelay: import compliance',
        7,
        'manager',
        'Id. Decision Makers',
        51000,
        38,
        'Pipeline',
        'Map the buying group',
        8
    ],
    [
        'Globex: warehouse sensors',
        1,
        'inactive',
        'Perception Analysis',
        66000,
        5,
        'Commit',
        'Waiting on procurement',
        24
    ],
    ['Northwind: loyalty app', 0, 'newcomer', 'Prospecting', 18000, 60, 'Pipeline', 'Intro meeting', 2],
    [
        'Initech: claims automation',
        2,
        'mostImproved',
        'Proposal/Price Quote',
        88000,
        25,
        'Best Case',
        'Security questionnaire',
        3
    ],
    ['Hooli: edge caching', 6, 14, 'Negotiation/Review', 143000, 7, 'Commit', 'Final redlines', 1]
];

const CONTACTS = [
    ['Alex', 'Rivera', 'VP Operations', 0, true, true],
    ['Jordan', 'Blake', 'IT Director', 1, true, false],
    ['Morgan', 'Chen', 'Chief Medical Officer', 2, false, true],
    ['Taylor', 'Novak', 'Procurement Manager', 3, true, true],
    ['Casey', 'Adeyemi', 'Head of Energy Trading', 4, true, false],
    ['Riley', 'Johansson', 'Logistics Lead', 5, false, false],
    ['Jamie', 'Haddad', 'CTO', 6, true, true],
    ['Avery', 'Fischer', 'Compliance Officer', 7, true, true]
];

const LEADS = [
    ['Dana', 'Moretti', 'Bluebird Retail', 'Open - Not Contacted', 'Web', 'Warm', 1],
    ['Sasha', 'Ivanova', 'Pinecrest Clinics', 'Working - Contacted', 'Trade Show', 'Hot', 6],
    ['Kai', 'Nakamura', 'Orbit Freight', 'Open - Not Contacted', 'Partner Referral', 'Cold', 9],
    ['Lena', 'Hoffmann', 'Silverline Energy', 'Working - Contacted', 'Web', 'Warm', 15],
    ['Omar', 'Farouk', 'Crescent Foods', 'Closed - Not Converted', 'Purchased List', 'Cold', 40]
];

const PROBABILITY = {
    Prospecting: 10,
    Qualification: 10,
    'Needs Analysis': 20,
    'Value Proposition': 50,
    'Id. Decision Makers': 60,
    'Perception Analysis': 70,
    'Proposal/Price Quote': 75,
    'Negotiation/Review': 90,
    'Closed Won': 100
};

function buildRecords({ today, newId, users, personas }) {
    const userAt = (owner) => (typeof owner === 'number' ? users[owner].Id : personas[owner]);
    const stamp = (daysAgo) => `${addDays(today, -daysAgo)}T15:00:00.000Z`;
    const Account = ACCOUNTS.map(([name, industry, city], index) => ({
        Id: newId('001'),
        Name: name,
        Industry: industry,
        BillingCity: city,
        Type: 'Customer - Direct',
        Phone: `+1 555 01${String(index).padStart(2, '0')}`,
        OwnerId: users[3 + (index % 20)].Id,
        LastActivityDate: addDays(today, -(index + 2)),
        CreatedDate: stamp(400 + index * 20)
    }));
    const Opportunity = OPPORTUNITIES.map(
        ([name, account, owner, stage, amount, closeIn, forecast, nextStep, idle]) => ({
            Id: newId('006'),
            Name: name,
            AccountId: Account[account].Id,
            StageName: stage,
            Amount: amount,
            CloseDate: addDays(today, closeIn),
            Probability: PROBABILITY[stage] ?? 50,
            ForecastCategoryName: forecast,
            NextStep: nextStep,
            IsClosed: stage.startsWith('Closed'),
            IsWon: stage === 'Closed Won',
            Type: 'New Business',
            LeadSource: 'Web',
            OwnerId: userAt(owner),
            LastActivityDate: addDays(today, -idle),
            CreatedDate: stamp(idle + 30),
            LastModifiedDate: stamp(idle)
        })
    );
    const Contact = CONTACTS.map(([first, last, title, account, hasEmail, hasPhone], index) => ({
        Id: newId('003'),
        FirstName: first,
        LastName: last,
        Name: `${first} ${last}`,
        Title: title,
        AccountId: Account[account].Id,
        Email: hasEmail ? email(first, last) : null,
        Phone: hasPhone ? `+1 555 02${String(index).padStart(2, '0')}` : null,
        OwnerId:
            Opportunity.find((opportunity) => opportunity.AccountId === Account[account].Id)?.OwnerId ?? personas.rep,
        LastActivityDate: addDays(today, -(index * 3 + 1)),
        CreatedDate: stamp(200 + index)
    }));
    const Lead = LEADS.map(([first, last, company, status, source, rating, age], index) => ({
        Id: newId('00Q'),
        FirstName: first,
        LastName: last,
        Name: `${first} ${last}`,
        Company: company,
        Status: status,
        LeadSource: source,
        Rating: rating,
        Email: email(first, last),
        Phone: `+1 555 03${String(index).padStart(2, '0')}`,
        OwnerId: index < 2 ? personas.rep : personas.newcomer,
        IsConverted: false,
        CreatedDate: stamp(age),
        LastModifiedDate: stamp(Math.max(0, age - 1))
    }));
    return { Account, Opportunity, Contact, Lead };
}

// ---------------------------------------------------------------------------------------------
// Scoring: the ledger, period scores and badge awards the engine would have written

/** How often a rule fires relative to the others: cheap, everyday actions far more than wins. */
function ruleWeight(rule) {
    const base =
        { Task: 6, Event: 3, Opportunity: 2, Contact: 1.5, Lead: 1.5, Account: 1, Case: 0.3 }[rule.Object__c] ?? 1;
    return (base * 10) / Math.max(1, rule.Points__c ?? 1);
}

function periodContext(core, settings) {
    const weekStartDay = core.weekStartDayNumber(settings.Week_Start_Day__c);
    const fiscalStartMonth = Number(settings.Fiscal_Year_Start_Month__c) || 1;
    const namedByEnd = settings.Fiscal_Year_Based_On__c !== 'Starting Month';
    const keys = (date) => core.periodKeys(date, weekStartDay, fiscalStartMonth, namedByEnd);
    const start = (date, type) => core.periodStart(date, type, weekStartDay, fiscalStartMonth);
    return { keys, start };
}

/**
 * Working-day streaks: a working day with a scored action extends the streak, one without ends it,
 * other days neither extend nor break it. Today does not break a streak until it is over.
 */
function streaksByDay(activeDays, days, workingDays, today) {
    const result = new Map();
    let current = 0;
    for (const day of days) {
        if (workingDays.has(dayAbbreviation(day))) {
            if (activeDays.has(day)) {
                current++;
            } else if (day !== today) {
                current = 0;
            }
        }
        result.set(day, current);
    }
    return result;
}

function scoreTeam({ core, config, users, profiles, today, random, newId, records }) {
    const { settings, rules } = config;
    const activeRules = rules.filter((rule) => rule.Active__c !== false && (rule.Points__c ?? 0) > 0);
    const thresholds = core.parseThresholds(settings.Level_Thresholds__c);
    const workingDays = new Set(
        String(settings.Working_Days__c)
            .split(',')
            .map((day) => day.trim())
    );
    const periods = periodContext(core, settings);
    const first = addDays(today, -(WINDOW_DAYS - 1));
    const days = Array.from({ length: WINDOW_DAYS }, (_, index) => addDays(first, index));
    const recordPool = {
        Opportunity: records.Opportunity.map((record) => record.Id),
        Contact: records.Contact.map((record) => record.Id),
        Lead: records.Lead.map((record) => record.Id),
        Account: records.Account.map((record) => record.Id)
    };
    const recordPrefix = {
        Task: '00T',
        Event: '00U',
        Case: '500',
        Opportunity: '006',
        Contact: '003',
        Lead: '00Q',
        Account: '001'
    };

    const ledger = [];
    const perUser = new Map();
    for (const user of users) {
        const profile = profiles.get(user.Id);
        const entries = [];
        const scoredOnce = new Set();
        for (const day of days) {
            const daysAgo = daysBetween(day, today);
            const weekend = !workingDays.has(dayAbbreviation(day));
            let rate = rateOn(profile.kind, daysAgo, profile.tenureDays) * profile.pace;
            if (profile.silentForDays && daysAgo < profile.silentForDays) {
                rate = 0;
            }
            // Holidays and days out of the office end streaks, as they do in real teams.
            if (profile.vacation.includes(daysAgo) || random.chance(0.05)) {
                rate = 0;
            }
            if (weekend) {
                rate *= 0.08;
            }
            // Days differ: a day of meetings, a day of admin, a slow Friday.
            const actions = random.poisson(rate * (0.55 + random.next() * 0.9));
            const capCount = new Map();
            for (let n = 0; n < actions; n++) {
                const rule = random.weighted(activeRules, ruleWeight);
                const used = capCount.get(rule.DeveloperName) ?? 0;
                if (rule.Daily_Cap__c && used >= rule.Daily_Cap__c) {
                    continue;
                }
                const pool = recordPool[rule.Object__c];
                const recordId =
                    pool && random.chance(0.35) ? random.pick(pool) : newId(recordPrefix[rule.Object__c] ?? 'a0X');
                if (rule.Once_Per_Record__c) {
                    const once = `${rule.DeveloperName}|${recordId}`;
                    if (scoredOnce.has(once)) {
                        continue;
                    }
                    scoredOnce.add(once);
                }
                capCount.set(rule.DeveloperName, used + 1);
                const minute = random.int(13 * 60, 23 * 60 + 30);
                entries.push({
                    rule,
                    day,
                    recordId,
                    at: `${day}T${String(Math.floor(minute / 60)).padStart(2, '0')}:${String(minute % 60).padStart(2, '0')}:${String(random.int(0, 59)).padStart(2, '0')}.000Z`
                });
            }
        }
        entries.sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0));
        let rows = [];
        for (const entry of entries) {
            const row = {
                Id: newId('a01'),
                OwnerId: user.Id,
                User__c: user.Id,
                Rule_Name__c: entry.rule.DeveloperName,
                Points__c: entry.rule.Points__c,
                Category__c: entry.rule.Category__c,
                Record_Id__c: entry.recordId,
                Object__c: entry.rule.Object__c,
                Occurred_At__c: entry.at,
                Scored_On__c: entry.day,
                Entry_Type__c: 'Award',
                Idempotency_Key__c: `${entry.rule.DeveloperName}|${entry.recordId}|${user.Id}|${entry.at}`
            };
            rows.push(row);
            // Now and then a scored record is deleted again: the engine writes a reversal.
            if (random.chance(0.012)) {
                rows.push({
                    ...row,
                    Id: newId('a01'),
                    Points__c: -row.Points__c,
                    Occurred_At__c: row.Occurred_At__c.replace(
                        /T(\d\d)/,
                        (_, hour) => `T${String(Math.min(23, Number(hour) + 1)).padStart(2, '0')}`
                    ),
                    Entry_Type__c: 'Reversal',
                    Idempotency_Key__c: `${row.Idempotency_Key__c}|reversal`
                });
            }
        }
        if (profile.stuck) {
            rows = rows.filter((row) => keptWhileStuck(row, profile.stuck, config, today));
        }
        ledger.push(...rows);
        perUser.set(user.Id, rows);
    }

    const periodScores = [];
    const badgeAwards = [];
    for (const user of users) {
        const profile = profiles.get(user.Id);
        const rows = perUser.get(user.Id);
        const activeDays = new Set(rows.filter((row) => row.Points__c > 0).map((row) => row.Scored_On__c));
        const streaks = streaksByDay(activeDays, days, workingDays, today);
        const buckets = new Map();
        let cumulative = profile.priorPoints;
        const cumulativeByDay = new Map();
        const rowsByDay = new Map();
        for (const row of rows) {
            rowsByDay.set(row.Scored_On__c, [...(rowsByDay.get(row.Scored_On__c) ?? []), row]);
        }
        for (const day of days) {
            for (const row of rowsByDay.get(day) ?? []) {
                cumulative += row.Points__c;
            }
            cumulativeByDay.set(day, cumulative);
        }
        const bucketFor = (type, key, day) => {
            const id = `${type}|${key}`;
            if (!buckets.has(id)) {
                buckets.set(id, {
                    type,
                    key,
                    start: type === 'All Time' ? null : periods.start(day, type),
                    points: type === 'All Time' ? profile.priorPoints : 0,
                    actions: 0,
                    days: new Set(),
                    last: null,
                    categories: {},
                    rules: {},
                    bestStreak: 0,
                    lastDay: day
                });
            }
            return buckets.get(id);
        };
        if (profile.priorPoints > 0) {
            bucketFor('All Time', 'ALL', first);
        }
        for (const day of days) {
            const dayRows = rowsByDay.get(day) ?? [];
            if (dayRows.length === 0) {
                continue;
            }
            const keys = periods.keys(day);
            for (const [type, key] of Object.entries(keys)) {
                const bucket = bucketFor(type, key, day);
                for (const row of dayRows) {
                    bucket.points += row.Points__c;
                    bucket.actions += row.Points__c > 0 ? 1 : -1;
                    bucket.categories[row.Category__c] = (bucket.categories[row.Category__c] ?? 0) + row.Points__c;
                    bucket.rules[row.Rule_Name__c] =
                        (bucket.rules[row.Rule_Name__c] ?? 0) + (row.Points__c > 0 ? 1 : -1);
                }
                bucket.days.add(day);
                bucket.last = day;
                bucket.lastDay = day;
                bucket.bestStreak = Math.max(bucket.bestStreak, streaks.get(day));
            }
        }
        const allTime = buckets.get('All Time|ALL');
        if (allTime && profile.priorPoints > 0) {
            // Tenured people finished onboarding before the window (awardBadges says so): their
            // all-time counts hold at least what each quest step needed.
            for (const step of config.questSteps ?? []) {
                const rule = step.Rule_Name__c;
                allTime.rules[rule] = Math.max(allTime.rules[rule] ?? 0, Math.max(1, step.Count__c ?? 1));
            }
        }
        for (const bucket of buckets.values()) {
            const asOf = bucket.type === 'All Time' ? today : bucket.lastDay;
            const levelPoints = bucket.type === 'All Time' ? bucket.points : cumulativeByDay.get(bucket.lastDay);
            periodScores.push({
                Id: newId('a02'),
                OwnerId: user.Id,
                User__c: user.Id,
                Period_Type__c: bucket.type,
                Period_Key__c: bucket.key,
                Period_Start__c: bucket.start,
                Unique_Key__c: `${user.Id}|${bucket.key}`,
                Points__c: bucket.points,
                Actions__c: Math.max(0, bucket.actions),
                Active_Days__c: bucket.days.size,
                Last_Active_On__c: bucket.last,
                Category_Points__c: JSON.stringify(bucket.categories),
                Rule_Counts__c: JSON.stringify(bucket.rules),
                Current_Streak__c: streaks.get(asOf) ?? 0,
                Best_Streak__c: bucket.bestStreak,
                Level__c: core.levelFor(levelPoints, thresholds).level
            });
        }
        badgeAwards.push(
            ...awardBadges({
                core,
                config,
                user,
                profile,
                rows,
                days,
                streaks,
                cumulativeByDay,
                periods,
                thresholds,
                newId,
                first
            })
        );
    }
    return { ledger, periodScores, badgeAwards };
}

function awardBadges({
    core,
    config,
    user,
    profile,
    rows,
    days,
    streaks,
    cumulativeByDay,
    periods,
    thresholds,
    newId,
    first
}) {
    const awards = [];
    const awarded = new Set();
    const award = (badge, day, at) => {
        const key = periods.keys(day)[badge.Period__c] ?? 'ALL';
        const unique = `${user.Id}|${badge.DeveloperName}|${key}`;
        if (awarded.has(unique)) {
            return;
        }
        awarded.add(unique);
        awards.push({
            Id: newId('a03'),
            OwnerId: user.Id,
            User__c: user.Id,
            Badge_Name__c: badge.DeveloperName,
            Tier__c: badge.Tier__c,
            Period_Key__c: key,
            Awarded_At__c: at ?? `${day}T23:00:00.000Z`,
            Unique_Key__c: unique
        });
    };
    // Tenured people earned the one-off badges before the window opened.
    const before = addDays(first, -Math.min(profile.tenureDays, 200) + 1);
    const counters = new Map();
    const bump = (id, by) => {
        const value = (counters.get(id) ?? 0) + by;
        counters.set(id, value);
        return value;
    };
    for (const badge of config.badges.filter((candidate) => candidate.Active__c !== false)) {
        const threshold = Number(badge.Threshold__c ?? 1);
        switch (badge.Criteria_Type__c) {
            case 'Level Reached':
                if (core.levelFor(profile.priorPoints, thresholds).level >= threshold) {
                    award(badge, before);
                } else {
                    const day = days.find(
                        (candidate) => core.levelFor(cumulativeByDay.get(candidate), thresholds).level >= threshold
                    );
                    if (day) {
                        award(badge, day);
                    }
                }
                break;
            case 'First Action':
                if (profile.priorPoints > 0) {
                    award(badge, before);
                } else {
                    const row = rows.find(
                        (candidate) => candidate.Rule_Name__c === badge.Rule_Name__c && candidate.Points__c > 0
                    );
                    if (row) {
                        award(badge, row.Scored_On__c, row.Occurred_At__c);
                    }
                }
                break;
            case 'Streak':
                for (const day of days) {
                    if (streaks.get(day) === threshold) {
                        award(badge, day);
                    }
                }
                break;
            default:
                for (const row of rows.filter((candidate) => candidate.Points__c > 0)) {
                    const key = periods.keys(row.Scored_On__c)[badge.Period__c] ?? 'ALL';
                    let value;
                    if (badge.Criteria_Type__c === 'Points In Period') {
                        value = bump(`${badge.DeveloperName}|${key}`, row.Points__c);
                    } else if (badge.Criteria_Type__c === 'Rule Count' && row.Rule_Name__c === badge.Rule_Name__c) {
                        value = bump(`${badge.DeveloperName}|${key}`, 1);
                    } else if (badge.Criteria_Type__c === 'Category Count' && row.Category__c === badge.Category__c) {
                        value = bump(`${badge.DeveloperName}|${key}`, 1);
                    }
                    if (value !== undefined && value >= threshold) {
                        award(badge, row.Scored_On__c, row.Occurred_At__c);
                    }
                }
        }
    }
    // Onboarding quests (BadgesService's quest section): the quest's badge once every step's rule
    // reaches its count, all time. Tenured people finished onboarding before the window opened.
    const badgesByName = new Map(
        config.badges.filter((badge) => badge.Active__c !== false).map((badge) => [badge.DeveloperName, badge])
    );
    for (const quest of (config.quests ?? []).filter((candidate) => candidate.Active__c === true)) {
        const badge = badgesByName.get(quest.Badge_Name__c);
        const steps = (config.questSteps ?? []).filter((step) => step.Quest__c === quest.DeveloperName);
        if (!badge || steps.length === 0) {
            continue;
        }
        if (profile.priorPoints > 0) {
            award(badge, before);
            continue;
        }
        const counts = new Map();
        for (const row of rows.filter((candidate) => candidate.Points__c > 0)) {
            counts.set(row.Rule_Name__c, (counts.get(row.Rule_Name__c) ?? 0) + 1);
            if (steps.every((step) => (counts.get(step.Rule_Name__c) ?? 0) >= Math.max(1, step.Count__c ?? 1))) {
                award(badge, row.Scored_On__c, row.Occurred_At__c);
                break;
            }
        }
    }
    return awards;
}

/** A stuck newcomer's row is kept when scored since they joined, before they went quiet, and not for their step. */
function keptWhileStuck(row, stuck, config, today) {
    const quest = (config.quests ?? []).find((candidate) => candidate.Active__c === true);
    const step = (config.questSteps ?? []).find(
        (candidate) => candidate.Quest__c === quest?.DeveloperName && candidate.Step_Number__c === stuck.step
    );
    const daysAgo = daysBetween(row.Scored_On__c, today);
    return daysAgo < stuck.joinedDaysAgo && daysAgo >= stuck.quietDays && row.Rule_Name__c !== step?.Rule_Name__c;
}

// ---------------------------------------------------------------------------------------------
// Entry points

function buildTeam({ today, random, newId, pointsPerAction }) {
    const users = [];
    const profiles = new Map();
    const personas = {};
    const managers = {};
    for (const [firstName, lastName, title, team, kind, tenureDays, persona] of TEAM) {
        const id = newId('005');
        if (persona) {
            personas[persona] = id;
        }
        if (kind === 'player-manager' || kind === 'manager') {
            managers[team] = id;
        }
        users.push({
            Id: id,
            FirstName: firstName,
            LastName: lastName,
            Name: `${firstName} ${lastName}`,
            Alias: `${firstName.slice(0, 1)}${lastName.replace(/[^A-Za-z]/g, '').slice(0, 4)}`.toLowerCase(),
            Title: title,
            Department: team ? `Sales ${team}` : 'Business Systems',
            Email: email(firstName, lastName),
            IsActive: true,
            ManagerId: null,
            // Never a remote URL: the preview must not reach the network.
            SmallPhotoUrl: null,
            CreatedDate: `${addDays(today, -tenureDays)}T09:00:00.000Z`,
            LastLoginDate: `${addDays(today, persona === 'inactive' ? -20 : -random.int(0, 2))}T14:12:00.000Z`,
            team
        });
        profiles.set(id, {
            kind,
            tenureDays,
            persona,
            // People differ even within a profile.
            pace: 0.85 + random.next() * 0.3,
            silentForDays: persona === 'inactive' ? 21 : 0,
            vacation: vacationDays(random, kind),
            priorPoints: Math.round(
                DAILY_RATE[kind] *
                    pointsPerAction *
                    ((Math.max(0, Math.min(tenureDays, INSTALLED_DAYS_AGO) - WINDOW_DAYS) * 5) / 7) *
                    (0.7 + random.next() * 0.5)
            )
        });
    }
    const directorId = addDirector({ today, newId, users, profiles, personas, pointsPerAction });
    for (const user of users) {
        const kind = profiles.get(user.Id).kind;
        if (kind === 'player-manager' || kind === 'manager') {
            user.ManagerId = directorId;
        } else {
            user.ManagerId = kind === 'director' || !user.team ? null : managers[user.team];
        }
    }
    for (const [name, joinedDaysAgo, step, quietDays] of STUCK_NEWCOMERS) {
        const user = users.find((candidate) => candidate.Name === name);
        if (user) {
            user.CreatedDate = `${addDays(today, -joinedDaysAgo)}T09:00:00.000Z`;
            // Set after the draws above, which stay as they were for everyone else.
            Object.assign(profiles.get(user.Id), { priorPoints: 0, stuck: { joinedDaysAgo, step, quietDays } });
        }
    }
    return { users, profiles, personas };
}

/** The director (DIRECTOR): fixed values, no draw from the seeded random (see DIRECTOR). */
function addDirector({ today, newId, users, profiles, personas, pointsPerAction }) {
    const [firstName, lastName, title, kind, tenureDays, persona] = DIRECTOR;
    const id = newId('005');
    personas[persona] = id;
    users.push({
        Id: id,
        FirstName: firstName,
        LastName: lastName,
        Name: `${firstName} ${lastName}`,
        Alias: 'radey',
        Title: title,
        Department: 'Sales',
        Email: email(firstName, lastName),
        IsActive: true,
        ManagerId: null,
        SmallPhotoUrl: null,
        CreatedDate: `${addDays(today, -tenureDays)}T09:00:00.000Z`,
        LastLoginDate: `${addDays(today, -1)}T08:05:00.000Z`,
        team: null
    });
    profiles.set(id, {
        kind,
        tenureDays,
        persona,
        pace: 1,
        silentForDays: 0,
        vacation: [],
        priorPoints: Math.round(DAILY_RATE[kind] * pointsPerAction * (((INSTALLED_DAYS_AGO - WINDOW_DAYS) * 5) / 7))
    });
    return id;
}

/** Days ago of a week off for about half the team (never for the newcomer). */
function vacationDays(random, kind) {
    if (kind === 'newcomer' || kind === 'admin' || !random.chance(0.5)) {
        return [];
    }
    const start = random.int(5, WINDOW_DAYS - 10);
    return Array.from({ length: random.int(3, 7) }, (_, index) => start + index);
}

/** The average points of a scored action, weighting each rule by how often it fires. */
function pointsPerAction(rules) {
    const active = rules.filter((rule) => rule.Active__c !== false && (rule.Points__c ?? 0) > 0);
    const weight = active.reduce((sum, rule) => sum + ruleWeight(rule), 0);
    return active.reduce((sum, rule) => sum + ruleWeight(rule) * rule.Points__c, 0) / weight;
}

/**
 * The sample data set: 25 people, 90 days of scored actions, scores, awards and a few CRM records.
 * @param {{ today?: string, seed?: string, root?: string }} options today is 'YYYY-MM-DD' (UTC)
 */
export async function generateDemo({ today = todayUtc(), seed = DEFAULT_SEED, root = REPO_ROOT } = {}) {
    const core = await loadCore(root);
    const config = readConfiguration(root);
    const random = seededRandom(`${seed}|${today}`);
    const newId = idMaker();
    const { users, profiles, personas } = buildTeam({
        today,
        random,
        newId,
        pointsPerAction: pointsPerAction(config.rules)
    });
    const records = buildRecords({ today, newId, users, personas });
    const scored = scoreTeam({ core, config, users, profiles, today, random, newId, records });
    const periods = periodContext(core, config.settings);
    return {
        meta: {
            seed,
            today,
            windowDays: WINDOW_DAYS,
            currentPeriods: periods.keys(today),
            sources: config.sources
        },
        settings: config.settings,
        rules: config.rules,
        badges: config.badges,
        prompts: config.prompts,
        quests: config.quests,
        questSteps: config.questSteps,
        builder: builderData(),
        personas,
        users: users.map(({ team, ...user }) => ({ ...user, Team: team })),
        ...scored,
        records,
        ...buildExperiments({ today, users, personas }),
        tasks: standupTasks({ today, users, personas }),
        errorLogs: [
            {
                Id: newId('a04'),
                Source__c: 'Configuration',
                Message__c: 'Rule Close_Case disabled: field Case.IsEscalated is not readable by the running user.',
                Detail__c: 'Condition: IsEscalated = FALSE',
                Rule_Name__c: 'Close_Case',
                Record_Id__c: null,
                Replay_Id__c: null,
                Occurred_At__c: `${addDays(today, -2)}T08:30:00.000Z`
            },
            {
                Id: newId('a04'),
                Source__c: 'Scoring',
                Message__c: 'Batch of 2,000 signals retried once after UNABLE_TO_LOCK_ROW; all scored on retry.',
                Detail__c: null,
                Rule_Name__c: null,
                Record_Id__c: null,
                Replay_Id__c: '88231',
                Occurred_At__c: `${addDays(today, -6)}T16:02:00.000Z`
            }
        ],
        jobs: [
            {
                Id: newId('a05'),
                Type__c: 'Dry Run',
                Status__c: 'Completed',
                Days__c: 30,
                Started_At__c: `${addDays(today, -1)}T10:00:00.000Z`,
                Finished_At__c: `${addDays(today, -1)}T10:03:12.000Z`,
                Records_Scanned__c: 18422,
                Actions_Found__c: 2311,
                Points_Found__c: 15870,
                Message__c: null
            }
        ]
    };
}

/**
 * The leaderboard benchmark: `users` people with a score row for every current period (ties
 * included, as real boards have them), no ledger. Generated on demand; too large to commit.
 */
export async function generateBenchmark({
    users: count = 1000,
    today = todayUtc(),
    seed = DEFAULT_SEED,
    root = REPO_ROOT
} = {}) {
    const core = await loadCore(root);
    const config = readConfiguration(root);
    const random = seededRandom(`${seed}|bench|${count}|${today}`);
    const newId = idMaker();
    const periods = periodContext(core, config.settings);
    const keys = periods.keys(today);
    const thresholds = core.parseThresholds(config.settings.Level_Thresholds__c);
    const firstNames = TEAM.map((member) => member[0]);
    const lastNames = TEAM.map((member) => member[1]);
    const managerCount = Math.max(1, Math.round(count / 12));
    const users = [];
    const periodScores = [];
    for (let index = 0; index < count; index++) {
        const firstName = firstNames[index % firstNames.length];
        const lastName = lastNames[Math.floor(index / firstNames.length) % lastNames.length];
        const id = newId('005');
        users.push({
            Id: id,
            FirstName: firstName,
            LastName: lastName,
            Name: `${firstName} ${lastName} ${index + 1}`,
            Title: index < managerCount ? 'Sales Manager' : 'Account Executive',
            ManagerId: index < managerCount ? null : users[index % managerCount].Id,
            IsActive: true,
            SmallPhotoUrl: null
        });
        // A long tail: most people moderate, a few very high; rounding to 5 makes real ties.
        const weekly = Math.round((random.next() ** 2 * 400) / 5) * 5;
        const scale = { Week: 1, Month: 4.2, Quarter: 12.5, Year: 48, 'All Time': 60 };
        for (const [type, key] of Object.entries(keys)) {
            const points = Math.round(weekly * scale[type] * (0.8 + random.next() * 0.4));
            periodScores.push({
                Id: newId('a02'),
                User__c: id,
                Period_Type__c: type,
                Period_Key__c: key,
                Period_Start__c: type === 'All Time' ? null : periods.start(today, type),
                Unique_Key__c: `${id}|${key}`,
                Points__c: points,
                Actions__c: Math.round(points / 6),
                Active_Days__c: Math.min(type === 'Week' ? 5 : 60, Math.round(points / 40)),
                Last_Active_On__c: addDays(today, -random.int(0, 6)),
                Current_Streak__c: random.int(0, 15),
                Best_Streak__c: random.int(5, 30),
                Level__c: core.levelFor(points, thresholds).level
            });
        }
    }
    return { meta: { seed, today, users: count, currentPeriods: keys, sources: config.sources }, users, periodScores };
}

function parseArgs(argv) {
    const options = {};
    for (let index = 0; index < argv.length; index += 2) {
        const name = argv[index].replace(/^--/, '');
        if (!['users', 'today', 'seed', 'out'].includes(name) || argv[index + 1] === undefined) {
            throw new Error(
                `Usage: node preview/data/generate.mjs [--users N] [--today YYYY-MM-DD] [--seed text] [--out file]`
            );
        }
        options[name] = argv[index + 1];
    }
    return options;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
    try {
        const options = parseArgs(process.argv.slice(2));
        const users = options.users ? Number(options.users) : 25;
        const data =
            users > TEAM.length
                ? await generateBenchmark({ users, today: options.today, seed: options.seed })
                : await generateDemo({ today: options.today, seed: options.seed });
        const json = `${JSON.stringify(data, null, 2)}\n`;
        if (options.out) {
            writeFileSync(options.out, json);
            const counts = Object.entries(data)
                .filter(([, value]) => Array.isArray(value))
                .map(([name, value]) => `${value.length} ${name}`)
                .join(', ');
            process.stderr.write(`${options.out}: ${counts} (${(json.length / 1024).toFixed(0)} KB)\n`);
        } else {
            process.stdout.write(json);
        }
    } catch (error) {
        process.stderr.write(`${error.message}\n`);
        process.exitCode = 1;
    }
}
