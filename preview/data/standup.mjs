// Sample open tasks for the daily stand-up (issue 18 part 4): a few due today, a few overdue and a few
// not due yet, for the rep and, by position, for the people of both teams. Built without drawing from
// the seeded random and with ids of their own (prefix 00T, serials from 0x5e000000), so adding them
// changes no other figure of the sample.
import { addDays, salesforceId } from './generate.mjs';

const REP_TASKS = [
    ['Send the ROI model to Umbrella', -2],
    ['Call Northwind about the POS pilot', 0],
    ['Book the Globex QBR', 0],
    ['Prepare the Initech demo', 3]
];

const TEAM_TASKS = [
    ['Follow up on the proposal', -1],
    ['Confirm the next meeting', 0],
    ['Update the close plan', 2]
];

/**
 * Open tasks: the rep's four (two due today, one two days overdue, one in three days); every second
 * other person one to three of TEAM_TASKS by their position (the inactive rep's overdue one included).
 * @param {{ today: string, users: { Id: string }[], personas: Record<string, string> }} sample
 * @returns {{ Id: string, Name: string, Subject: string, ActivityDate: string, OwnerId: string, IsClosed: boolean }[]}
 */
export function standupTasks({ today, users, personas }) {
    const tasks = [];
    const add = (subject, dueIn, ownerId) =>
        tasks.push({
            Id: salesforceId('00T', 0x5e000000 + tasks.length),
            Name: subject,
            Subject: subject,
            ActivityDate: addDays(today, dueIn),
            OwnerId: ownerId,
            IsClosed: false
        });
    for (const [subject, dueIn] of REP_TASKS) {
        add(subject, dueIn, personas.rep);
    }
    users.forEach((user, index) => {
        if (user.Id === personas.rep || index % 2 === 1) {
            return;
        }
        const count = 1 + (index % 3);
        for (let task = 0; task < count; task++) {
            const [subject, dueIn] = TEAM_TASKS[task];
            add(subject, dueIn, user.Id);
        }
    });
    return tasks;
}
