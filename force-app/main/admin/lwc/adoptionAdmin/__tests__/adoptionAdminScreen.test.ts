// The admin page's DTO-to-screen functions, called directly: the tables, the followed job and the
// four schedules as their sections are handed them.
import type { HealthView } from '@salesforce/apex/AdminController.getHealth';
import type {
    DigestStatus,
    JobView,
    RetentionStatus,
    ScheduleStatus,
    SweepStatus
} from '@salesforce/apex/AdminController.getJob';
import { fixture as readFixture } from 'config/jest/utils/dom';
import { dateTimeText, healthScreen, jobScreen, managerAccessScreen, numberText } from '../adoptionAdminScreen';
import { closingSchedule, digestSchedule, retentionSchedule, sweepSchedule } from '../adoptionAdminSchedules';

function fixture<T>(name: string): T {
    return readFixture<T>(__dirname, name);
}

const HEALTH = fixture<HealthView>('getHealth');

describe('adoptionAdminScreen', () => {
    it('turns every tracked object into a row: its name as the row header, the trigger coloured by its state', () => {
        const screen = healthScreen(HEALTH);
        expect(screen.objects.rows.map((row) => [row.header, row.cells.map((cell) => cell.text)])).toEqual(
            (HEALTH.objects ?? []).map((object) => [
                object.objectName,
                [expect.any(String), numberText(object.activeRules), numberText(object.rulesWithProblems)]
            ])
        );
        const missing = screen.objects.rows.find((row) => row.cells[0].className === 'slds-text-color_error');
        expect(missing?.cells[0].text).toBe("Missing: the object's actions are not captured");
    });

    it('gives rules, badges and prompts one table each with the item name on the row and its status class', () => {
        const [rules, badges, prompts] = healthScreen(HEALTH).itemSections;
        expect([rules.key, badges.key, prompts.key]).toEqual(['rules', 'badges', 'prompts']);
        expect(rules.table.tableClass).toContain('rules-table');
        const broken = rules.table.rows.find((row) => row.cells[2].className === 'item-status slds-text-color_error');
        expect(broken?.name).toBeTruthy();
        expect(rules.table.rows.every((row) => row.className === 'item-row')).toBe(true);
    });

    it('says plainly when nothing needs attention, and writes the missing numbers and dates as a dash', () => {
        const screen = healthScreen({ ...HEALTH, problems: 0, uncappedRules: 0, eventGrants: [], errors: [] });
        expect(screen.problemsText).toBe('Every active rule, badge and prompt can run.');
        expect(screen.uncappedText).toBe('');
        expect(screen.grantsText).toBe('No permission set or profile grants Create on the package events.');
        expect(screen.hasErrors).toBe(false);
        expect(numberText(undefined)).toBe('—');
        expect(dateTimeText('not a date')).toBe('—');
    });

    it('follows a job: its heading, counters and results by rule, right-aligned', () => {
        const job = jobScreen(fixture<JobView>('jobCompleted'));
        expect(job.inProgress).toBe(false);
        expect(job.results.caption).toBeTruthy();
        expect(job.hasResults).toBe(job.results.rows.length > 0);
        expect(job.results.rows[0]?.cells.every((cell) => cell.className === 'slds-text-align_right')).toBe(true);
    });

    it('shows the digest state, its schedule and the email warning, and offers the right button', () => {
        const off = digestSchedule({ ...HEALTH.digest, emailOff: true } as DigestStatus);
        expect(off.lines.map((line) => line.className)).toEqual([
            'digest-state',
            'digest-schedule',
            'digest-email-off slds-text-color_error',
            'digest-note slds-text-body_small slds-text-color_weak'
        ]);
        expect([off.canSchedule, off.scheduled]).toEqual([true, false]);
        const on = digestSchedule(fixture<DigestStatus>('digestScheduled'));
        expect(on.lines[1].text).toMatch(/^Scheduled: next run .+, sent as /);
        expect([on.canSchedule, on.scheduled]).toEqual([false, true]);
        expect(
            digestSchedule({ ...HEALTH.digest, schedule: { ...HEALTH.digest.schedule, known: false } }).canSchedule
        ).toBe(false);
    });

    it('flags the purge in red while it does not run, and names the hourly closing schedule', () => {
        const purge = retentionSchedule(HEALTH.retention as RetentionStatus);
        expect(purge.lines[1].className).toBe('retention-schedule slds-text-color_error');
        expect(purge.scheduleButton.variant).toBe('brand');
        expect(retentionSchedule(fixture<RetentionStatus>('retentionScheduled')).lines[1].className).toBe(
            'retention-schedule'
        );
        const closing = closingSchedule(fixture<ScheduleStatus>('challengeClosingScheduled'));
        expect(closing.lines[0].text).toMatch(/^Scheduled hourly: next run /);
        expect(closing.unscheduleButton.className).toContain('closing-unschedule-button');
    });

    it('flags the deletion sweep in red while it does not run, and offers to run it now whatever its schedule', () => {
        const off = sweepSchedule(HEALTH.sweep);
        expect(off.kind).toBe('sweep');
        expect(off.lines.map((line) => [line.key, line.className])).toEqual([
            ['help', 'sweep-help slds-text-body_small'],
            ['schedule', 'sweep-schedule slds-text-color_error'],
            ['last', 'sweep-last slds-text-body_small slds-text-color_weak']
        ]);
        expect(off.lines[1].text).toBe(
            'Not scheduled: points of records deleted with their parent, or by a data load, are never taken back. Schedule the nightly sweep.'
        );
        expect(off.lines[2].text).toMatch(/^Last sweep .+: Read 240 ledger rows: took back the points of 3 deleted/);
        expect([off.canSchedule, off.scheduled, off.scheduleButton.variant]).toEqual([true, false, 'brand']);
        expect(off.runButton?.label).toBe('Run sweep now');

        const on = sweepSchedule(fixture<SweepStatus>('sweepScheduled'));
        expect(on.lines[1]).toMatchObject({ className: 'sweep-schedule' });
        expect(on.lines[1].text).toMatch(/^Scheduled nightly: next run .+, as Ada Admin\.$/);
        expect([on.canSchedule, on.scheduled]).toEqual([false, true]);
        expect(on.runButton?.className).toContain('sweep-run-button');

        const unknown = sweepSchedule({ schedule: { known: false, scheduled: false }, lastRunAt: null });
        expect(unknown.lines[1]).toEqual({
            key: 'schedule',
            className: 'sweep-schedule',
            text: 'The schedule cannot be read: this needs View Setup and Configuration.'
        });
        expect(unknown.lines[2].text).toBe('No sweep has run yet.');
        expect([unknown.canSchedule, unknown.scheduled]).toEqual([false, false]);
        // The other schedules cannot run now.
        expect(retentionSchedule(HEALTH.retention as RetentionStatus).runButton).toBeUndefined();
    });

    it('shows the works council access check only in that mode, red when a manager can open a row', () => {
        expect(healthScreen(HEALTH).managerAccess.show).toBe(false);
        expect(managerAccessScreen(undefined).show).toBe(false);
        const failed = managerAccessScreen(fixture<HealthView['managerAccess']>('managerAccessFailed'));
        expect([failed.show, failed.hasTable, failed.textClass]).toEqual([
            true,
            true,
            'access-text slds-text-color_error'
        ]);
        expect(failed.table.rows.map((row) => row.cells[0].className)).toEqual([
            'slds-text-color_error',
            'slds-text-color_error',
            'slds-text-color_success',
            undefined,
            undefined
        ]);
        const passed = managerAccessScreen({ applies: true, status: 'Passed', message: 'ok', objects: [] });
        expect([passed.textClass, passed.hasTable]).toEqual(['access-text slds-text-color_success', false]);
    });
});
