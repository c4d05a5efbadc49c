// The challenge stand-in (preview/apex/challengesStore.ts) answers the shared lifecycle cases
// (staticresources/AdoptionChallengeCases.json) as the org does: the Apex test
// ChallengeLifecycleCasesTest runs the same cases through ChallengesController, so what the preview
// lets each persona do to a challenge in each status is what the package lets them do.
//
// Each case gets a challenge of its own, brought to the case's state through the stand-in's own
// answers, as the owner (save, then launch hidden or live, then close), and checked to be in that
// state before the case runs. The actors are sample people whose reporting lines are the ones the
// cases describe (checked below), with the custom permissions of the permission set each actor holds,
// read from force-app. A refusal must carry the text of the label the case names; a success or a
// refusal must leave the challenge stored as the case says (read back through an admin's list).
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { REPO_ROOT, readLabels } from '../data/metadata.mjs';
import { generateDemo } from '../data/generate.mjs';
import { findFile } from '../../scripts/checks/source.mjs';
import { loadChallengesStore } from './challenges-store-loader.mjs';
import { SAMPLE_TODAY } from './helpers.mjs';

const DAY_MS = 86_400_000;
/** An Id of the stand-in's shape that no challenge has (state Missing). */
const MISSING_ID = 'a0C999999999999AAA';
/** The sample's people who play the cases' actors (their reporting lines are checked below). */
const ACTOR_PERSONAS = {
    owner: 'manager',
    otherManager: 'eastManager',
    admin: 'admin',
    participant: 'rep',
    nonParticipant: 'mostImproved'
};

const demo = await generateDemo({ today: SAMPLE_TODAY });
const labels = readLabels();
const { personas } = demo;
const page = { userId: personas.manager, userName: '', customPermissions: [] };
const store = await loadChallengesStore({ demo, labels, page });
const shared = JSON.parse(readFileSync(findFile(REPO_ROOT, 'staticresources', 'AdoptionChallengeCases.json'), 'utf8'));

/** The custom permissions a permission set of force-app enables. */
function customPermissionsOf(permissionSet) {
    const file = findFile(REPO_ROOT, 'permissionsets', `${permissionSet}.permissionset-meta.xml`);
    assert.ok(file, `no permission set ${permissionSet} in force-app`);
    const xml = readFileSync(file, 'utf8');
    return [...xml.matchAll(/<customPermissions>([\s\S]*?)<\/customPermissions>/g)]
        .filter(([, block]) => /<enabled>true<\/enabled>/.test(block))
        .map(([, block]) => /<name>([^<]+)<\/name>/.exec(block)[1]);
}

function as(actor) {
    const definition = shared.actors[actor];
    assert.ok(definition, `no actor ${actor} in AdoptionChallengeCases.json`);
    page.userId = personas[ACTOR_PERSONAS[actor]];
    page.customPermissions = customPermissionsOf(definition.permissionSet);
}

function userOf(actor) {
    return demo.users.find((user) => user.Id === personas[ACTOR_PERSONAS[actor]]);
}

function labelText(name) {
    const text = labels.get(name);
    assert.ok(text, `no custom label ${name}`);
    return text;
}

/** The case's form: the shared challenge, starting startsInDays after the stand-in's clock. */
function form(name, id) {
    const { challenge } = shared;
    const startsAt = store.now(globalThis.__challengesTestData) + challenge.startsInDays * DAY_MS;
    return {
        ...(id ? { id } : {}),
        name,
        startsAt: new Date(startsAt).toISOString(),
        endsAt: new Date(startsAt + challenge.lastsDays * DAY_MS).toISOString(),
        format: challenge.format,
        participants: challenge.participants,
        rules: [],
        categories: [],
        postToChatter: false
    };
}

/** Every stored challenge as an admin lists it (an admin sees every status). */
async function stored(id) {
    const caller = { ...page };
    as('admin');
    try {
        return (await store.listChallenges()).challenges.find((challenge) => challenge.id === id);
    } finally {
        Object.assign(page, caller);
    }
}

/** A challenge of the case's own in `from`, made by the owner through the stand-in's answers. */
async function challengeIn(from, name) {
    if (from === 'Missing') {
        assert.equal(await stored(MISSING_ID), undefined, 'the missing Id is no challenge');
        return MISSING_ID;
    }
    as('owner');
    const { id } = await store.saveChallenge(form(name));
    if (from === 'Hidden' || from === 'ClosedNeverAnnounced') {
        await store.launchChallenge(id, true);
    }
    if (from === 'Live' || from === 'ClosedAnnounced') {
        await store.launchChallenge(id, false);
    }
    if (from.startsWith('Closed')) {
        await store.closeChallenge(id);
    }
    const state = shared.states[from];
    const made = await stored(id);
    assert.deepEqual(
        { status: made.status, announced: made.announced },
        { status: state.status, announced: state.announced },
        `the case's challenge is ${from}`
    );
    assert.ok(made.participantCount === 0 || made.participantCount > 1, 'the owner and their reports take part');
    return id;
}

/** What the actor gets, in the cases' terms. */
async function outcome(action, id, name) {
    try {
        switch (action) {
            case 'create':
                return state(await store.saveChallenge(form(name)));
            case 'save':
                return state(await store.saveChallenge(form(name, id)));
            case 'launchHidden':
                return state(await store.launchChallenge(id, true));
            case 'launchLive':
                return state(await store.launchChallenge(id, false));
            case 'announce':
                return state(await store.announceChallenge(id));
            case 'close':
                return state(await store.closeChallenge(id));
            case 'view': {
                const listed = (await store.listChallenges()).challenges.find((challenge) => challenge.id === id);
                return listed ? { visible: true, canManage: listed.canManage } : { visible: false };
            }
            case 'viewBoard': {
                const view = await store.viewChallenge(id);
                return { visible: true, canManage: view.challenge.canManage, board: view.board !== null };
            }
            default:
                throw new Error(`unknown action ${action} in AdoptionChallengeCases.json`);
        }
    } catch (error) {
        return { message: error.message };
    }
}

/** A refusal's message as the name of its label: the expected one when its text matches, else any. */
function refusal(message, expectedLabel) {
    if (expectedLabel && labels.get(expectedLabel) === message) {
        return { refused: expectedLabel };
    }
    return { refused: [...labels].find(([, text]) => text === message)?.[0] ?? message };
}

function state(summary) {
    return { status: summary.status, announced: summary.announced, id: summary.id };
}

test('the cases: every state, action and actor once, each decided by a rule the file explains', () => {
    const keys = shared.cases.map((c) => `${c.from}/${c.action}/${c.actor}`);
    assert.equal(new Set(keys).size, keys.length, 'no case twice');
    const states = Object.keys(shared.states).filter((from) => from !== 'None');
    const actions = Object.keys(shared.actions).filter((action) => action !== 'create');
    const actors = Object.keys(shared.actors);
    assert.equal(shared.cases.length, actors.length * (1 + states.length * actions.length));
    for (const c of shared.cases) {
        assert.ok(shared.rules[c.why], `${c.from}/${c.action}/${c.actor}: rule ${c.why} is explained`);
        if (c.expected.refused) {
            labelText(c.expected.refused);
        }
    }
});

test("the sample's people play the actors the cases describe", () => {
    assert.equal(userOf('participant').ManagerId, userOf('owner').Id, 'the participant reports to the owner');
    assert.equal(userOf('nonParticipant').ManagerId, userOf('otherManager').Id, 'the other rep, to the other manager');
    const admin = userOf('admin');
    assert.equal(admin.ManagerId, null, 'the admin has no manager');
    assert.ok(!demo.users.some((user) => user.ManagerId === admin.Id), 'and no reports');
    assert.deepEqual(customPermissionsOf(shared.actors.admin.permissionSet).sort(), [
        'Adoption_Administer',
        'Adoption_Manage'
    ]);
    assert.deepEqual(customPermissionsOf(shared.actors.owner.permissionSet), ['Adoption_Manage']);
    assert.deepEqual(customPermissionsOf(shared.actors.participant.permissionSet), []);
});

shared.cases.forEach((c, index) => {
    test(`${c.from}, ${c.action}, ${c.actor}: ${c.why}`, async () => {
        const name = `${shared.challenge.name} ${index}`;
        const id = c.from === 'None' ? null : await challengeIn(c.from, name);
        const before = id ? await stored(id) : undefined;
        as(c.actor);
        const { id: savedId, message, ...answer } = await outcome(c.action, id, name);
        assert.deepEqual(
            message === undefined ? answer : refusal(message, c.expected.refused),
            c.expected,
            'the answer'
        );
        if (c.expected.status) {
            const after = await stored(savedId);
            assert.deepEqual({ status: after?.status, announced: after?.announced }, c.expected, 'stored as answered');
        } else if (c.from === 'None') {
            as('admin');
            const named = (await store.listChallenges()).challenges.filter((challenge) => challenge.name === name);
            assert.deepEqual(named, [], 'nothing saved');
        } else if (before) {
            const after = await stored(id);
            assert.deepEqual(
                { status: after.status, announced: after.announced },
                { status: before.status, announced: before.announced },
                'unchanged'
            );
        }
    });
});
