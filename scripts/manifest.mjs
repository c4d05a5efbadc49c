#!/usr/bin/env node
// `npm run manifest`: every deployable component of the package as `Type:Name`, sorted, one a line:
// what `sf project convert source` writes into package.xml. It is resolved by
// @salesforce/source-deploy-retrieve, the library the sf CLI deploys with, from the package
// directories of sfdx-project.json wherever the files sit inside them, with .forceignore applied.
// Child components count on their own lines (CustomField:Obj__c.Field__c, CustomLabel:Name), so a
// field or label lost in a move shows.
//
//   npm run manifest                       print the list
//   npm run manifest -- --out file         write it to a file
//   npm run manifest -- --compare file     exit 1 naming what differs from a saved list
//
// The feature-folder move (scripts/restructure/move.mjs) compares the list before and after itself.
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { compareManifests, manifest } from './checks/manifest.mjs';

async function main(args) {
    const option = (name) => {
        const index = args.indexOf(name);
        return index === -1 ? undefined : args[index + 1];
    };
    if (args.includes('--help')) {
        process.stdout.write(readFileSync(fileURLToPath(import.meta.url), 'utf8').split('\nimport ')[0]);
        return 0;
    }
    const lines = await manifest();
    const out = option('--out');
    const compare = option('--compare');
    if (compare) {
        const saved = readFileSync(compare, 'utf8').split('\n').filter(Boolean);
        const { missing, added } = compareManifests(saved, lines);
        for (const line of missing) {
            process.stdout.write(`missing: ${line}\n`);
        }
        for (const line of added) {
            process.stdout.write(`added: ${line}\n`);
        }
        process.stdout.write(
            `${lines.length} component(s) now, ${saved.length} in ${compare}: ${missing.length + added.length === 0 ? 'identical' : `${missing.length} missing, ${added.length} added`}\n`
        );
        return missing.length + added.length === 0 ? 0 : 1;
    }
    if (out) {
        writeFileSync(out, `${lines.join('\n')}\n`);
        process.stdout.write(`${lines.length} component(s) written to ${out}\n`);
    } else {
        process.stdout.write(`${lines.join('\n')}\n`);
    }
    return 0;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
    main(process.argv.slice(2)).then(
        (code) => {
            process.exitCode = code;
        },
        (error) => {
            process.stderr.write(`${error.name ?? 'Error'}: ${error.message}\n`);
            process.exitCode = 1;
        }
    );
}
