// Salesforce Code Analyzer (PMD and regex engines, used as libraries because the `sf code-analyzer`
// plugin does not install offline). Fails on severity 1 (Critical) and 2 (High); code-analyzer.yml
// raises the rules the design forbids outright (e.g. a query inside a loop) to High.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { REPO_ROOT, findJava } from './lib.mjs';

/** Runs the Recommended PMD and regex rules over `root`/force-app. */
export async function checkCodeAnalyzer({ root = REPO_ROOT, failAt = 2 } = {}) {
    const { problem } = findJava();
    if (problem) {
        return { findings: [{ file: 'java', message: problem }], summary: 'Java missing' };
    }
    const { CodeAnalyzer, CodeAnalyzerConfig, EventType, LogLevel } = await import('@salesforce/code-analyzer-core');
    const pmd = await import('@salesforce/code-analyzer-pmd-engine');
    const regex = await import('@salesforce/code-analyzer-regex-engine');
    const configFile = path.join(REPO_ROOT, 'code-analyzer.yml');
    // Ignore patterns resolve against `root`, so a fixture project is judged like the real one.
    const config = existsSync(configFile)
        ? CodeAnalyzerConfig.fromYamlString(readFileSync(configFile, 'utf8'), root)
        : CodeAnalyzerConfig.withDefaults();
    const analyzer = new CodeAnalyzer(config);
    const findings = [];
    // An engine that fails to start logs an error rather than throwing: surface it as a finding.
    analyzer.onEvent(EventType.LogEvent, (event) => {
        if (event.logLevel === LogLevel.Error) {
            findings.push({ file: 'code-analyzer', message: event.message });
        }
    });
    await analyzer.addEnginePlugin(pmd.createEnginePlugin());
    await analyzer.addEnginePlugin(regex.createEnginePlugin());
    const workspace = await analyzer.createWorkspace([path.join(root, 'force-app')]);
    const selection = await analyzer.selectRules(['pmd:Recommended', 'regex:Recommended'], { workspace });
    const results = await analyzer.run(selection, { workspace });
    let minor = 0;
    for (const violation of results.getViolations()) {
        const rule = violation.getRule();
        const severity = rule.getSeverityLevel();
        if (severity > failAt) {
            minor++;
            continue;
        }
        const location = violation.getCodeLocations()[violation.getPrimaryLocationIndex()];
        findings.push({
            file: location.getFile() ?? 'unknown',
            line: location.getStartLine(),
            col: location.getStartColumn(),
            message: `${rule.getEngineName()}:${rule.getName()} (severity ${severity}): ${violation.getMessage()}`
        });
    }
    return {
        findings,
        summary: `${selection.getCount()} rules; ${minor} finding(s) below severity ${failAt} not blocking`
    };
}
