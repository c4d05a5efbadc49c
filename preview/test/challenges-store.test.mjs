// The challenges' local answers without a browser (preview/apex/challengesStore.ts): the store is
// bundled with the preview's own plugins (real labels, the sample data of SAMPLE_TODAY, the emitted
// c/adoptionCore) and a stand-in page whose user and permissions each test sets. Points are checked
// against the sample ledger filtered here by the documented rules (docs/challenges.md); standings
// are challengeStandings' own, whose cases are pinned elsewhere.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { readLabels } from '../data/metadata.mjs';
import { generateDemo } from '../data/generate.mjs';
import { loadChallengesStore } from './challenges-store-loader.mjs';
import { SAMPLE_TODAY } from './helpers.mjs';

const DAY_MS = 86_400_000;
const demo = await generateDemo({ today: SAMPLE_TODAY });
const labels = readLabels();
const { personas } = demo;
const page = { userId: personas.manager, userName: 'Maya Okafor', customPermissions: ['Adoption_Manage'] };

const store = await loadChallengesStore({ demo, labels, page });

function as(persona, customPermissions = []) {
    page.userId = personas[persona];
    page.customPermissions = customPermissions;
}

function label(name, ...values) {
    return values.reduce((text, value, index) => text.replace(`{${index}}`, String(value)), labels.get(name));
}

function userName(id) {
    return demo.users.find((user) => user.Id === id).Name;
}

/** Points per user from the ledger, by the documented matching: [start, end), rules OR categories. */
function ledgerPoints(userIds, { startsAt, endsAt, rules = [], categories = [] }) {
    const points = new Map(userIds.map((id) => [id, 0]));
    for (const entry of demo.ledger) {
        const at = Date.parse(entry.Occurred_At__c);
        const counts =
            (rules.length === 0 && categories.length === 0) ||
            rules.includes(entry.Rule_Name__c) ||
            categories.includes(entry.Category__c);
        if (points.has(entry.User__c) && at >= Date.parse(startsAt) && at < Date.parse(endsAt) && counts) {
            points.set(entry.User__c, points.get(entry.User__c) + entry.Points__c);
        }
    }
    return points;
}

/**
 * Runs a test with other settings (e.g. Exact Ranks, so that a caller who does not own a challenge
 * sees everyone's figures, or works council mode), then puts the shipped ones back.
 */
async function withSettings(changes, run) {
    const settings = globalThis.__challengesTestData.settings;
    const before = { ...settings };
    Object.assign(settings, changes);
    try {
        await run();
    } finally {
        for (const key of Object.keys(changes)) {
            settings[key] = before[key];
        }
    }
}

function draftInput(overrides = {}) {
    const today = Date.parse(`${SAMPLE_TODAY}T00:00:00Z`);
    return {
        name: 'Calls and pipeline',
        startsAt: new Date(today - 5 * DAY_MS).toISOString(),
        endsAt: new Date(today + 2 * DAY_MS).toISOString(),
        format: 'Individual',
        rules: ['Log_Call'],
        categories: ['Pipeline'],
        participants: 'Team',
        postToChatter: false,
        ...overrides
    };
}

test('the seeded challenges: a Live individual one this week, a Closed team one of last month', async () => {
    as('manager', ['Adoption_Manage']);
    const list = await store.listChallenges();
    assert.equal(list.canCreate, true);
    const [live, closed] = list.challenges;
    assert.deepEqual(
        list.challenges.map((challenge) => challenge.status),
        ['Live', 'Closed'],
        'newest start first'
    );
    assert.equal(live.format, 'Individual');
    assert.equal(live.target, 100);
    assert.ok(live.startsAt <= `${SAMPLE_TODAY}T00:00:00.000Z` && live.endsAt > `${SAMPLE_TODAY}T23:59:59.000Z`);
    assert.equal(closed.format, 'Team');
    assert.equal(closed.teamScoring, 'Average');
    assert.ok(closed.endsAt.slice(0, 10) <= `${SAMPLE_TODAY.slice(0, 7)}-01`, 'ended by the start of this month');
    assert.ok(closed.winners.length >= 1 && closed.closedAt, 'closed with winners');
    assert.ok(live.canManage && closed.canManage, 'the owner manages both');
    assert.ok(list.rules.some((rule) => rule.value === 'Log_Call'));
    assert.deepEqual(
        list.scopes.map((scope) => scope.value),
        ['Team', 'Org', 'Everyone', 'Group']
    );
});

test('an individual board: points from the ledger in the window, % of target, ties share a rank', () =>
    withSettings({ Privacy_Mode__c: 'Exact Ranks' }, individualBoard));

async function individualBoard() {
    as('rep');
    const { challenges } = await store.listChallenges();
    const live = challenges.find((challenge) => challenge.status === 'Live');
    const { challenge, board } = await store.viewChallenge(live.id);
    const expected = ledgerPoints(
        board.rows.map((row) => row.userId),
        live
    );
    assert.equal(board.challengeFormat, 'Individual');
    assert.equal(board.total, live.participantCount);
    for (const row of board.rows) {
        assert.equal(row.value, expected.get(row.userId), row.name);
        assert.equal(row.currentValue, expected.get(row.userId), 'a target of 100: % of target = points');
        assert.equal(row.rank, 1 + board.rows.filter((other) => other.value > row.value).length, row.name);
    }
    assert.equal(challenge.isParticipant, true);
    assert.equal(challenge.myPoints, expected.get(personas.rep));
    assert.equal(challenge.myProgress, Math.min(100, expected.get(personas.rep)));
    assert.equal(board.me.userId, personas.rep);
    assert.equal(challenge.canManage, false);
}

test('a team board ranks teams by points per member, and its winners are the teams ranked first', () =>
    withSettings({ Privacy_Mode__c: 'Exact Ranks' }, teamBoard));

async function teamBoard() {
    as('eastManager');
    const { challenges } = await store.listChallenges();
    assert.deepEqual(
        challenges.map((challenge) => challenge.status),
        ['Closed'],
        'not a participant of the West team sprint'
    );
    const closed = challenges[0];
    const { board } = await store.viewChallenge(closed.id);
    assert.equal(board.challengeFormat, 'Team');
    assert.equal(board.challengeScoring, 'Average');
    const byTeam = new Map();
    const points = ledgerPoints(
        demo.users.map((user) => user.Id),
        { ...closed, endsAt: closed.endsAt }
    );
    const leads = new Set(demo.users.map((user) => user.ManagerId).filter(Boolean));
    for (const user of demo.users) {
        const key = leads.has(user.Id) ? user.Id : (user.ManagerId ?? user.Id);
        const team = byTeam.get(key) ?? { points: 0, members: 0 };
        team.points += points.get(user.Id);
        team.members += 1;
        byTeam.set(key, team);
    }
    assert.equal(board.rows.length, byTeam.size);
    for (const row of board.rows) {
        const team = byTeam.get(row.userId);
        assert.equal(row.members, team.members, row.name);
        assert.equal(row.currentValue, team.points, row.name);
        assert.equal(row.value, Math.round((team.points / team.members) * 10) / 10, row.name);
    }
    const east = board.rows.find((row) => row.userId === personas.eastManager);
    assert.equal(east.isCurrentUser, true);
    assert.deepEqual(
        closed.winners,
        board.rows.filter((row) => row.rank === 1).map((row) => row.name)
    );
    assert.equal(closed.participantCount, demo.users.length);
}

test('with the shipped Rank Bands a rep sees their own figures and band, and nothing of anyone else', async () => {
    as('rep');
    const { challenges } = await store.listChallenges();
    const live = challenges.find((challenge) => challenge.status === 'Live');
    const { board } = await store.viewChallenge(live.id);
    assert.equal(board.showExactRanks, false);
    assert.equal(board.me.userId, personas.rep);
    assert.equal(board.me.value, ledgerPoints([personas.rep], live).get(personas.rep));
    for (const row of board.rows.filter((other) => !other.isCurrentUser)) {
        assert.equal(row.rank, null, row.name);
        assert.equal(row.rankBand, null, row.name);
        assert.equal(row.value, null, row.name);
    }
    const names = board.rows.map((row) => row.name.toLowerCase());
    assert.deepEqual(names, [...names].sort(), 'by name');
});

test('works council mode: an individual board holds the caller alone, a team board the fixed teams of five or more', async () => {
    as('manager', ['Adoption_Manage']);
    const groupId = (await store.listChallenges()).groups[0]?.value;
    assert.ok(groupId, 'outside works council mode a manager is offered public groups');
    await withSettings({ Works_Council_Mode__c: true }, async () => {
        as('rep');
        const { challenges } = await store.listChallenges();
        const live = challenges.find((challenge) => challenge.status === 'Live');
        const closed = challenges.find((challenge) => challenge.status === 'Closed');
        const individual = (await store.viewChallenge(live.id)).board;
        assert.deepEqual(
            individual.rows.map((row) => [row.userId, row.rank]),
            [[personas.rep, null]]
        );
        const teams = (await store.viewChallenge(closed.id)).board;
        // Everyone with the same manager, the manager not among them (they have no manager: no team).
        const reportsOf = (managerId) => demo.users.filter((user) => user.IsActive && user.ManagerId === managerId);
        assert.deepEqual(
            teams.rows.map((row) => row.userId).sort(),
            [personas.manager, personas.eastManager].sort(),
            'the two sales teams, keyed by their managers'
        );
        for (const row of teams.rows) {
            assert.equal(row.members, reportsOf(row.userId).length, `${row.name}: the manager's reports only`);
            assert.ok(row.currentValue === null || row.currentValue === undefined, `${row.name}: no team sum`);
        }
        as('manager', ['Adoption_Manage']);
        await assert.rejects(store.saveChallenge(draftInput()), {
            message: labels.get('Adoption_Challenge_Error_Works_Council')
        });
        const team = { format: 'Team', teamBy: 'Manager', teamScoring: 'Average' };
        await assert.rejects(store.saveChallenge(draftInput({ ...team, teamBy: 'Role' })), {
            message: labels.get('Adoption_Challenge_Error_Works_Council_Team_By')
        });
        assert.deepEqual((await store.listChallenges()).groups, [], 'no public group is offered');
        await assert.rejects(store.saveChallenge(draftInput({ ...team, participants: 'Group', groupId })), {
            message: labels.get('Adoption_Challenge_Error_Works_Council_Group')
        });
        assert.equal((await store.saveChallenge(draftInput(team))).format, 'Team', 'teams by manager are saved');
    });
});

test('a challenge starts at most a week back, saved or launched', async () => {
    as('manager', ['Adoption_Manage']);
    const today = Date.parse(`${SAMPLE_TODAY}T00:00:00Z`);
    await assert.rejects(store.saveChallenge(draftInput({ startsAt: new Date(today - 30 * DAY_MS).toISOString() })), {
        message: label('Adoption_Challenge_Error_Start_Too_Early', 7)
    });
    const draft = await store.saveChallenge(draftInput({ startsAt: new Date(today - 6 * DAY_MS).toISOString() }));
    assert.equal(draft.status, 'Draft', 'six days back is fine');
});

test('a rep on a team below the minimum sees no figure of it; a bigger team keeps its average', () =>
    withSettings({ Privacy_Mode__c: 'Rank Bands' }, async () => {
        as('manager', ['Adoption_Manage']);
        const draft = await store.saveChallenge(
            draftInput({ format: 'Team', teamBy: 'Role', teamScoring: 'Average', target: 100 })
        );
        await store.launchChallenge(draft.id, false);
        const titles = new Map();
        for (const user of demo.users.filter((person) => person.IsActive && person.Team === 'West')) {
            titles.set(user.Title, [...(titles.get(user.Title) ?? []), user.Id]);
        }
        const small = [...titles.values()].find((ids) => ids.length < 5 && !ids.includes(personas.manager));
        const big = [...titles.values()].find((ids) => ids.length >= 5 && !ids.includes(personas.manager));
        assert.ok(small && big, 'the sample has a small role and a big one in the West team');
        for (const [ids, withheld] of [
            [small, true],
            [big, false]
        ]) {
            page.userId = ids[0];
            page.customPermissions = [];
            const { challenge, board } = await store.viewChallenge(draft.id);
            assert.equal(board.me.members, ids.length);
            assert.equal(board.me.value === null || board.me.value === undefined, withheld, `value of ${ids.length}`);
            assert.equal(challenge.myProgress === null || challenge.myProgress === undefined, withheld);
        }
    }));

test('a draft, a hidden test run, the announcement and one close', async () => {
    as('manager', ['Adoption_Manage']);
    const draft = await store.saveChallenge(draftInput());
    assert.equal(draft.status, 'Draft');
    assert.equal(draft.participantCount, 0);
    assert.equal((await store.viewChallenge(draft.id)).board, null);
    const edited = await store.saveChallenge(draftInput({ id: draft.id, name: 'Calls and pipeline, edited' }));
    assert.equal(edited.name, 'Calls and pipeline, edited');

    as('rep');
    await assert.rejects(store.viewChallenge(draft.id), { message: labels.get('Adoption_Challenge_Error_Not_Found') });

    as('manager', ['Adoption_Manage']);
    const hidden = await store.launchChallenge(draft.id, true);
    assert.equal(hidden.status, 'Hidden');
    assert.equal(hidden.announced, false);
    const { board } = await store.viewChallenge(draft.id);
    const expected = ledgerPoints(
        board.rows.map((row) => row.userId),
        hidden
    );
    for (const row of board.rows) {
        assert.equal(row.value, expected.get(row.userId), `${row.name}: Log_Call or Pipeline entries in the window`);
    }
    assert.ok([...expected.values()].some((value) => value > 0));
    await assert.rejects(store.saveChallenge(draftInput({ id: draft.id })), {
        message: labels.get('Adoption_Challenge_Error_Edit_Draft_Only')
    });
    await assert.rejects(store.launchChallenge(draft.id, false), {
        message: labels.get('Adoption_Challenge_Error_Launch_Draft_Only')
    });

    as('rep');
    assert.ok(!(await store.listChallenges()).challenges.some((challenge) => challenge.id === draft.id));

    as('manager', ['Adoption_Manage']);
    assert.equal((await store.announceChallenge(draft.id)).status, 'Live');
    assert.equal((await store.announceChallenge(draft.id)).status, 'Live', 'a Live one comes back as is');

    as('rep');
    assert.ok((await store.listChallenges()).challenges.some((challenge) => challenge.id === draft.id));
    await assert.rejects(store.closeChallenge(draft.id), {
        message: labels.get('Adoption_Challenge_Error_Not_Allowed')
    });

    as('manager', ['Adoption_Manage']);
    const closed = await store.closeChallenge(draft.id);
    assert.equal(closed.status, 'Closed');
    assert.ok(closed.closedAt);
    // Scoring stops at the close: the winners are counted up to then, not to the end.
    const atClose = ledgerPoints([...expected.keys()], { ...hidden, endsAt: closed.closedAt });
    const top = Math.max(...atClose.values());
    assert.deepEqual(
        [...closed.winners].sort(),
        [...atClose]
            .filter(([, value]) => value === top)
            .map(([id]) => userName(id))
            .sort()
    );
    assert.deepEqual(await store.closeChallenge(draft.id), closed, 'closing twice changes nothing');
    await assert.rejects(store.announceChallenge(draft.id), {
        message: labels.get('Adoption_Challenge_Error_Announce_Hidden_Only')
    });
});

test('saving refuses what the org refuses, with the same labels', async () => {
    as('manager', ['Adoption_Manage']);
    const refuse = (overrides, message) => assert.rejects(store.saveChallenge(draftInput(overrides)), { message });
    await refuse({ name: '  ' }, labels.get('Adoption_Challenge_Error_Name'));
    await refuse({ endsAt: draftInput().startsAt }, labels.get('Adoption_Challenge_Error_Dates'));
    await refuse({ format: 'Team', teamBy: 'Manager' }, labels.get('Adoption_Challenge_Error_Team'));
    await refuse(
        { format: 'Team', teamBy: 'Manager', teamScoring: 'PercentOfTarget', target: null },
        labels.get('Adoption_Challenge_Error_Target_Required')
    );
    await refuse({ rules: ['No_Such_Rule'] }, label('Adoption_Challenge_Error_Rule', 'No_Such_Rule'));
    await refuse({ participants: 'Group', groupId: null }, labels.get('Adoption_Challenge_Error_Group'));

    as('rep');
    const list = await store.listChallenges();
    assert.equal(list.canCreate, false);
    assert.deepEqual(list.scopes, []);
    await refuse({}, labels.get('Adoption_Challenge_Error_Create_Not_Allowed'));
});

test('teams by role put the participants of one role together', () => {
    const users = demo.users.filter((user) => user.Team === 'West');
    const keys = store.teamsOf(users, 'Role', new Map(demo.users.map((user) => [user.Id, user]))).keyOf;
    const executives = users.filter((user) => user.Title === 'Account Executive');
    assert.ok(executives.length > 1);
    assert.equal(new Set(executives.map((user) => keys.get(user.Id))).size, 1);
    assert.notEqual(keys.get(personas.manager), keys.get(personas.rep));
});

test('a team is never named after a member who hides from boards, nor among the winners (security review 3, L3)', async () => {
    const usersById = new Map(demo.users.map((user) => [user.Id, user]));
    const lead = personas.manager;
    store.setHideFromBoards(lead, true);
    try {
        const teams = store.teamsOf(demo.users, 'Manager', usersById);
        assert.equal(teams.keyOf.get(lead), lead, 'the manager leads a team keyed by them');
        assert.equal(teams.nameOf.get(lead), labels.get('Adoption_Challenge_Team_Unnamed'), 'not named after them');
        assert.equal(teams.photoOf.get(lead), null, 'nor shown with their picture');
        assert.ok(teams.unnamed.has(lead), 'and never put among the winners');
        for (const name of teams.nameOf.values()) {
            assert.ok(!name.includes(userName(lead)), name);
        }
    } finally {
        store.setHideFromBoards(lead, false);
    }
});

test('a team by role whose participants all hide is not named after the role (confirmation review L-2)', async () => {
    const usersById = new Map(demo.users.map((user) => [user.Id, user]));
    const west = demo.users.filter((user) => user.Team === 'West');
    const lead = personas.manager;
    const titleOfLead = usersById.get(lead).Title;
    assert.equal(west.filter((user) => user.Title === titleOfLead).length, 1, 'the manager is alone in their role');
    store.setHideFromBoards(lead, true);
    store.setHideFromBoards(personas.rep, true);
    try {
        const teams = store.teamsOf(west, 'Role', usersById);
        const leadKey = teams.keyOf.get(lead);
        assert.equal(teams.nameOf.get(leadKey), labels.get('Adoption_Challenge_Team_Unnamed'), 'not the role name');
        assert.ok(teams.unnamed.has(leadKey), 'and never put among the winners');
        const repKey = teams.keyOf.get(personas.rep);
        assert.equal(
            teams.nameOf.get(repKey),
            usersById.get(personas.rep).Title,
            'a role with visible members keeps its name'
        );
        assert.ok(!teams.unnamed.has(repKey));
    } finally {
        store.setHideFromBoards(lead, false);
        store.setHideFromBoards(personas.rep, false);
    }
});

test('with exact ranks a team with a hidden member shows its rank but no figure to others (security review 3, L4)', () =>
    withSettings({ Privacy_Mode__c: 'Exact Ranks' }, async () => {
        as('eastManager');
        const closed = (await store.listChallenges()).challenges[0];
        const westRep = demo.users.find((user) => user.ManagerId === personas.manager).Id;
        store.setHideFromBoards(westRep, true);
        try {
            const { board } = await store.viewChallenge(closed.id);
            const west = board.rows.find((row) => row.userId === personas.manager);
            assert.equal(west.value, null, "no average: with the members' weekly points it gives the hidden rep's");
            assert.equal(west.currentValue, null, 'no sum');
            assert.equal(typeof west.rank, 'number', 'its rank stays');
            const east = board.rows.find((row) => row.userId === personas.eastManager);
            assert.equal(typeof east.currentValue, 'number', 'a team without a hidden member keeps its figures');
            as('manager');
            const owner = (await store.viewChallenge(closed.id)).board;
            assert.equal(
                typeof owner.rows.find((row) => row.userId === personas.manager).currentValue,
                'number',
                'the owner sees every figure'
            );
        } finally {
            store.setHideFromBoards(westRep, false);
        }
    }));
