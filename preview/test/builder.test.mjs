// The builder in a real browser (production build, headless Chromium): an admin builds a new rule with
// the pickers, reads it in plain words, sees a condition error explained, dry-runs the rule over the
// sample records, saves it with a note and sees it deployed, in the rules table and in the change
// history with its metadata file; the same for a prompt; a save the preview's switch makes fail leaves
// the records as they were and says why; bad input is refused with its reason; an admin who may not
// deploy metadata is told which permission is missing. The local deployment ends 2 s after the save
// and the page polls every 2 s (builderStore.ts).
import assert from 'node:assert/strict';
import { after, test } from 'node:test';
import { axeViolations, click, launchBrowser, openPage, startPreview, waitFor } from './helpers.mjs';

const ROOT = 'c-adoption-builder';
const preview = await startPreview();
const browser = await launchBrowser(preview.url);
after(async () => {
    await browser.close();
    await preview.close();
});

async function choose(page, selector, value) {
    await click(page, `${selector} button`);
    await click(page, `${selector} lightning-base-combobox-item[data-value="${value}"]`);
}

async function fill(page, field, value) {
    await page.locator(`${ROOT} lightning-input.field-input[data-field="${field}"] input`).fill(value);
}

async function startNew(page, typeName, name, label) {
    await waitFor(page, `${ROOT} lightning-combobox.type-picker`);
    if (typeName !== 'Adoption_Rule__mdt') {
        await choose(page, `${ROOT} lightning-combobox.type-picker`, typeName);
    }
    await page.locator(`${ROOT} lightning-input.name-input input`).fill(name);
    await page.locator(`${ROOT} lightning-input.label-input input`).fill(label);
}

async function addClause(page, condition, field, operator, value, join) {
    const scope = page.locator(`${ROOT} .field-row[data-field="${condition}"] c-builder-condition`);
    await choose(page, `${ROOT} .field-row[data-field="${condition}"] lightning-combobox.field-picker`, field);
    await choose(page, `${ROOT} .field-row[data-field="${condition}"] lightning-combobox.operator-picker`, operator);
    if (value !== null) {
        const combobox = scope.locator('lightning-combobox.value-picker');
        if ((await combobox.count()) > 0) {
            await choose(page, `${ROOT} .field-row[data-field="${condition}"] lightning-combobox.value-picker`, value);
        } else {
            await scope.locator('lightning-input.value-input input').fill(value);
        }
    }
    if (join) {
        await choose(page, `${ROOT} .field-row[data-field="${condition}"] lightning-combobox.join-picker`, join);
    }
    await scope.locator('lightning-button.add-button button').click();
}

async function saveWithNote(page, note) {
    await page.locator(`${ROOT} lightning-textarea.note-input textarea`).fill(note);
    await click(page, `${ROOT} lightning-button.save-button button`);
}

async function waitForSaveMessage(page, pattern) {
    await page.waitForFunction(
        ([root, source]) => {
            const host = document.querySelector('[data-preview-region] ' + root) ?? document.querySelector(root);
            const text = host?.shadowRoot?.querySelector('.save-message')?.textContent ?? '';
            return new RegExp(source).test(text);
        },
        [ROOT, pattern.source],
        { timeout: 15000 }
    );
}

test('an admin builds a rule with the pickers, dry-runs it, saves it and sees it deployed and in the history', async () => {
    const page = await openPage(browser, 'adoption-builder');
    await startNew(page, 'Adoption_Rule__mdt', 'Deal_With_Next_Step', 'Open a deal with a next step');
    await choose(page, `${ROOT} lightning-combobox.field-input[data-field="Object__c"]`, 'Opportunity');
    await choose(page, `${ROOT} lightning-combobox.field-input[data-field="Operation__c"]`, 'Create');
    await choose(page, `${ROOT} lightning-combobox.field-input[data-field="Credit_To__c"]`, 'Owner');
    await fill(page, 'Points__c', '5');
    await fill(page, 'Daily_Cap__c', '2');
    await addClause(page, 'Condition__c', 'Amount', '>', '0', null);
    await addClause(page, 'Condition__c', 'NextStep', 'IS NOT BLANK', null, 'AND');
    const text = page.locator(
        `${ROOT} .field-row[data-field="Condition__c"] lightning-textarea.condition-text textarea`
    );
    assert.equal(await text.inputValue(), 'Amount > 0 AND NextStep IS NOT BLANK');
    assert.equal(
        await page.locator(`${ROOT} .field-row[data-field="Condition__c"] .condition-message`).innerText(),
        'The condition reads well.'
    );
    assert.equal(
        await page.locator(`${ROOT} .sentence`).innerText(),
        'Opportunity: a rep earns 5 points each time they create one, where Amount is above 0 and Next Step is filled in, at most 2 a day.'
    );

    // A condition error, explained as the admin types, blocks saving until it is fixed.
    await text.fill('Amount > 0 AND');
    assert.match(
        await page.locator(`${ROOT} .field-row[data-field="Condition__c"] .condition-message`).innerText(),
        /^Not yet: Expected a field name or NOT at position \d+, found the end of the condition\.$|^Not yet: .+position \d+/
    );
    await page
        .locator(`${ROOT} lightning-textarea.note-input textarea`)
        .fill('Deals with a next step are the ones that close');
    assert.equal(await page.locator(`${ROOT} lightning-button.save-button button`).isDisabled(), true);
    await text.fill('Amount > 0 AND NextStep IS NOT BLANK');
    assert.equal(await page.locator(`${ROOT} lightning-button.save-button button`).isDisabled(), false);

    await page.locator(`${ROOT} lightning-input.builder-days-input input`).fill('90');
    await click(page, `${ROOT} lightning-button.builder-dry-run-button button`);
    await page.waitForFunction(
        (root) =>
            /records replayed/.test(
                document.querySelector(root)?.shadowRoot?.querySelector('.dry-run-status')?.textContent ?? ''
            ),
        ROOT,
        { timeout: 15000 }
    );
    assert.match(
        await page.locator(`${ROOT} .dry-run-status`).innerText(),
        /^\d+ records replayed: \d+ people would have earned \d+ points\.$/
    );
    assert.ok((await page.locator(`${ROOT} tr.dry-run-row`).count()) >= 2, 'who would have earned what');

    await click(page, `${ROOT} lightning-button.save-button button`);
    await waitForSaveMessage(page, /^Deployed\. The change is in force\.$/);
    await page.locator(`${ROOT} details.records summary`).click();
    assert.ok(
        (await page.locator(`${ROOT} tr.record-row th`).allInnerTexts()).includes('Deal_With_Next_Step'),
        'in the rules table'
    );
    const row = page.locator(`${ROOT} c-builder-history tr.change-row`).first();
    assert.match(await row.locator('th').innerText(), /^Open a deal with a next step \(Deal_With_Next_Step\)/);
    assert.equal(await row.locator('td.change-note').innerText(), 'Deals with a next step are the ones that close');
    assert.equal(await row.locator('td.status').innerText(), 'Deployed');
    assert.equal(
        await page.locator(`${ROOT} c-builder-history a.file-link`).first().getAttribute('download'),
        'Adoption_Rule.Deal_With_Next_Step.md-meta.xml'
    );
    assert.equal(await page.locator(`${ROOT} lightning-input.name-input input`).isDisabled(), true, 'now edited');
    assert.deepEqual(await axeViolations(page), []);
    assert.deepEqual(page.problems, []);
    await page.close();
});

test('an admin builds a prompt and saves it', async () => {
    const page = await openPage(browser, 'adoption-builder');
    await startNew(page, 'Adoption_Prompt__mdt', 'Call_New_Lead', 'Call a new lead');
    await choose(page, `${ROOT} lightning-combobox.field-input[data-field="Object__c"]`, 'Lead');
    await fill(page, 'Title__c', 'Call this lead today');
    await page
        .locator(`${ROOT} lightning-textarea.field-input[data-field="Message__c"] textarea`)
        .fill('New leads called within a day convert twice as often.');
    await addClause(page, 'Condition__c', 'Status', '=', 'Open - Not Contacted', null);
    assert.equal(
        await page.locator(`${ROOT} .sentence`).innerText(),
        "Reps see “Call this lead today” on Lead records while Lead Status is 'Open - Not Contacted'."
    );
    assert.equal(await page.locator(`${ROOT} .dry-run`).count(), 0, 'dry runs are for rules');
    await saveWithNote(page, 'New leads go cold fast');
    await waitForSaveMessage(page, /^Deployed\. The change is in force\.$/);
    const row = page.locator(`${ROOT} c-builder-history tr.change-row`).first();
    assert.match(await row.locator('th').innerText(), /Call_New_Lead/);
    assert.equal(await row.locator('td.status').innerText(), 'Deployed');
    assert.deepEqual(page.problems, []);
    await page.close();
});

test('a save the preview switch makes fail keeps the previous record and says why; bad input is refused', async () => {
    const page = await openPage(browser, 'adoption-builder');
    await startNew(page, 'Adoption_Rule__mdt', 'Zero_Cap', 'Zero cap');
    await choose(page, `${ROOT} lightning-combobox.field-input[data-field="Object__c"]`, 'Lead');
    await choose(page, `${ROOT} lightning-combobox.field-input[data-field="Operation__c"]`, 'Create');
    await fill(page, 'Points__c', '3');
    await fill(page, 'Daily_Cap__c', '0');
    await saveWithNote(page, 'Try a cap of 0');
    await waitForSaveMessage(page, /would never pay anything/);
    assert.match(await page.locator(`${ROOT} .save-message`).getAttribute('class'), /slds-text-color_error/);
    assert.equal(await page.locator(`${ROOT} c-builder-history tr.change-row`).count(), 0, 'nothing recorded');

    await fill(page, 'Daily_Cap__c', '4');
    await page.locator('#preview-actions input.fail-next-deploy').check();
    await click(page, `${ROOT} lightning-button.save-button button`);
    await waitForSaveMessage(page, /^The deployment failed, so the previous record stays in force: /);
    const row = page.locator(`${ROOT} c-builder-history tr.change-row`).first();
    assert.equal(await row.locator('td.status').innerText(), 'Failed');
    assert.match(await row.locator('td.change-result').innerText(), /the preview's switch made this deployment fail/);
    await page.locator(`${ROOT} details.records summary`).click();
    assert.ok(!(await page.locator(`${ROOT} tr.record-row th`).allInnerTexts()).includes('Zero_Cap'), 'not deployed');
    assert.equal(await page.locator(`${ROOT} c-builder-history a.file-link`).count(), 0, 'no file for a failed change');
    assert.equal(
        await page.locator('#preview-actions input.fail-next-deploy').isChecked(),
        false,
        'the switch is spent'
    );
    assert.deepEqual(page.problems, []);
    await page.close();
});

test('the preview answers as the Apex does: a name taken in another case is taken (review m8)', async () => {
    const page = await openPage(browser, 'adoption-builder');
    await startNew(page, 'Adoption_Rule__mdt', 'log_call', 'Lower case');
    await choose(page, `${ROOT} lightning-combobox.field-input[data-field="Object__c"]`, 'Task');
    await choose(page, `${ROOT} lightning-combobox.field-input[data-field="Operation__c"]`, 'Create');
    await fill(page, 'Points__c', '3');
    await saveWithNote(page, 'Same name, other case');
    await waitForSaveMessage(page, /^A record named log_call already exists\./);
    assert.equal(await page.locator(`${ROOT} c-builder-history tr.change-row`).count(), 0, 'nothing recorded');
    assert.deepEqual(page.problems, []);
    await page.close();
});

test('an admin who may not deploy metadata is told which permission is missing and cannot save', async () => {
    const page = await openPage(browser, 'adoption-builder-no-deploy');
    await waitFor(page, `${ROOT} .permission-missing`);
    assert.equal(
        (await page.locator(`${ROOT} .permission-missing`).innerText()).trim(),
        'Saving deploys metadata, which needs permissions you do not have: Customize Application, Modify Metadata Through Metadata API Functions. Ask your Salesforce admin, or download the record as metadata and deploy it with the sf CLI.'
    );
    await page.locator(`${ROOT} lightning-textarea.note-input textarea`).fill('A note');
    assert.equal(await page.locator(`${ROOT} lightning-button.save-button button`).isDisabled(), true);
    assert.deepEqual(await axeViolations(page), []);
    assert.deepEqual(page.problems, []);
    await page.close();
});

test('on the setup page an admin builds a prompt, then runs that prompt as an experiment without a reload', async () => {
    // The Adoption Setup page holds the builder and the effectiveness section (as the org's flexipage
    // does): the deployment's success makes the page re-read its prompts table and the prompts an
    // experiment can start on (adoptionAdmin.handleDeployed).
    const page = await openPage(browser, 'adoption-admin');
    const experiments = 'c-adoption-admin c-prompt-effectiveness c-prompt-experiments';
    await waitFor(page, `${experiments} .prompt-select`);
    const option = `${experiments} .prompt-select option[value="Call_New_Lead"]`;
    assert.equal(await page.locator(option).count(), 0, 'not a prompt yet');

    await startNew(page, 'Adoption_Prompt__mdt', 'Call_New_Lead', 'Call a new lead');
    await choose(page, `${ROOT} lightning-combobox.field-input[data-field="Object__c"]`, 'Lead');
    await fill(page, 'Title__c', 'Call this lead today');
    await page
        .locator(`${ROOT} lightning-textarea.field-input[data-field="Message__c"] textarea`)
        .fill('New leads called within a day convert twice as often.');
    // SLDS draws the checkbox over its hidden input: the admin clicks its label.
    const active = `${ROOT} lightning-input.field-input[data-field="Active__c"]`;
    await page.locator(`${active} label`).click();
    assert.equal(await page.locator(`${active} input`).isChecked(), true, 'the prompt is active');
    await addClause(page, 'Condition__c', 'Status', '=', 'Open - Not Contacted', null);
    await saveWithNote(page, 'Does a prompt make reps call new leads sooner? Run it as an experiment.');
    // The builder is inside the setup page's shadow root here: a locator reaches it, a page function would not.
    const message = page.locator(`${ROOT} .save-message`);
    await message.filter({ hasText: /^Deployed\./ }).waitFor({ timeout: 15000 });
    assert.equal(await message.innerText(), 'Deployed. The change is in force.');

    await page.locator(option).waitFor({ state: 'attached', timeout: 15000 });
    assert.equal((await page.locator(option).innerText()).trim(), 'Call this lead today (Lead)');
    assert.ok(
        (await page.locator('c-adoption-admin section.prompts tr[data-name="Call_New_Lead"]').count()) === 1,
        "in the setup page's prompts table"
    );

    await page.locator(`${experiments} .prompt-select`).selectOption('Call_New_Lead');
    await page.locator(`${experiments} .share-input`).fill('20');
    await page.locator(`${experiments} .share-input`).dispatchEvent('change');
    await click(page, `${experiments} .start`);
    const started = page.locator(`${experiments} article.experiment`, {
        has: page.locator('.experiment-title', { hasText: 'Call this lead today' })
    });
    await started.first().waitFor();
    assert.equal(await started.first().locator('.status').innerText(), 'Running');
    assert.equal(await started.first().locator('.holdout').innerText(), '20 % held out');
    assert.equal(
        await started.first().locator('.verdict').innerText(),
        'Not enough data yet: each group needs at least 30 qualifying records from at least 5 reps.'
    );
    // A prompt has start and end dates: their calendar buttons are exempt from target size (helpers.mjs).
    assert.deepEqual(await axeViolations(page, { datepickers: true }), []);
    assert.deepEqual(page.problems, []);
    await page.close();
});
