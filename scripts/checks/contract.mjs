// The Apex-to-TypeScript contract: for every `@salesforce/apex/Class.method` module the components
// declare (types/**/*.d.ts), the Apex method must exist and be @AuraEnabled, its parameters must be
// the TypeScript params' keys, and the DTO it returns must have, field by field and level by level,
// the properties the TypeScript type reads (name and kind: text, number, boolean, list, object).
// The preview's local answers are typed with the same TypeScript types, so tsc holds them to it too.
//
// Nulls: Aura leaves a property whose Apex value is null out of the JSON it sends, so the component
// reads `undefined`, never `null`. A DTO field is nullable when either side says so: its Apex
// declaration is `= null`, or it has no initializer and its doc comment says when it is null (the
// project's ApexDoc convention: "...; null when never"; "never null" does not count; a field
// initialized to a value, `= false`, is not read as nullable from its doc), or its TypeScript type admits
// `null`. A nullable field's TypeScript property must be optional (`name?: T | null`), and no
// component may compare it with `=== null` or `!== null` (an absent property is neither): use
// `== null`, `!= null` or `??`. What the check cannot see: an Apex field left null without a doc
// comment saying so (write one), or a nullable value copied into a local before it is compared.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { REPO_ROOT, listFiles } from './lib.mjs';

// ---------------------------------------------------------------------------------------------
// Apex: classes (inner ones too), their @AuraEnabled fields, and @AuraEnabled methods.

function stripComments(source) {
    // Keep line breaks so positions still map to lines.
    return source
        .replace(/\/\*[\s\S]*?\*\//g, (match) => match.replace(/[^\n]/g, ' '))
        .replace(/\/\/[^\n]*/g, (match) => ' '.repeat(match.length))
        .replace(/'(?:\\.|[^'\\])*'/g, (match) => `'${' '.repeat(Math.max(0, match.length - 2))}'`);
}

/** A doc comment that says when the value is null ("null when never"), not that it never is. */
const SAYS_NULL = /(?<!\b(?:never|not|non)[\s-])\bnull\b/i;

/**
 * The comments that document a declaration in the original source: the doc or line comments just
 * above `start`, and a line comment after `end` on the same line.
 */
function commentAround(raw, start, end) {
    let cursor = start;
    const parts = [];
    for (;;) {
        const before = raw.slice(0, cursor).trimEnd();
        if (before.endsWith('*/')) {
            const open = before.lastIndexOf('/*');
            parts.push(before.slice(open));
            cursor = open;
            continue;
        }
        const lineStart = before.lastIndexOf('\n') + 1;
        const line = before.slice(lineStart).trim();
        if (line.startsWith('//')) {
            parts.push(line);
            cursor = lineStart;
            continue;
        }
        break;
    }
    const rest = raw.slice(end, raw.indexOf('\n', end) === -1 ? raw.length : raw.indexOf('\n', end));
    const trailing = rest.indexOf('//');
    if (trailing !== -1) {
        parts.push(rest.slice(trailing));
    }
    return parts.join('\n');
}

function lineAt(text, index) {
    return text.slice(0, index).split('\n').length;
}

/** Every class in a file with its body range, qualified as Outer.Inner. */
function classRanges(text) {
    const ranges = [];
    for (const match of text.matchAll(/\bclass\s+(\w+)[^{;]*\{/gi)) {
        const open = match.index + match[0].length - 1;
        let depth = 0;
        let close = text.length;
        for (let i = open; i < text.length; i++) {
            if (text[i] === '{') {
                depth++;
            } else if (text[i] === '}' && --depth === 0) {
                close = i;
                break;
            }
        }
        ranges.push({ name: match[1], start: open, end: close });
    }
    for (const range of ranges) {
        const outer = ranges.filter((other) => other !== range && other.start < range.start && other.end > range.end);
        range.qualified = [...outer.sort((a, b) => a.start - b.start).map((other) => other.name), range.name].join('.');
    }
    return ranges;
}

function innermost(ranges, index) {
    return ranges.filter((range) => range.start < index && range.end > index).sort((a, b) => b.start - a.start)[0];
}

/** Parses every class under `root`: Map qualified name -> { file, fields: Map, methods: Map }. */
export function readApex(root) {
    const classes = new Map();
    for (const file of listFiles(path.join(root, 'force-app'), (name) => name.endsWith('.cls'))) {
        const raw = readFileSync(file, 'utf8');
        const text = stripComments(raw);
        const ranges = classRanges(text);
        for (const range of ranges) {
            classes.set(range.qualified, {
                file,
                line: lineAt(text, range.start),
                fields: new Map(),
                methods: new Map()
            });
        }
        const fieldPattern =
            /@AuraEnabled\b(?:\([^)]*\))?\s+public\s+(?!static\b)([\w.<>, ]+?)\s+(\w+)\s*(;|=[^;]*;|\{)/gi;
        for (const match of text.matchAll(fieldPattern)) {
            const owner = innermost(ranges, match.index);
            if (owner) {
                classes.get(owner.qualified).fields.set(match[2], {
                    type: match[1].replace(/\s+/g, ''),
                    line: lineAt(text, match.index),
                    nullable: /^=\s*null\s*;$/i.test(match[3])
                        ? 'it is initialized to null'
                        : match[3] === ';' &&
                            SAYS_NULL.test(commentAround(raw, match.index, match.index + match[0].length))
                          ? 'its doc comment says when it is null'
                          : undefined
                });
            }
        }
        const methodPattern =
            /@AuraEnabled\b(?:\([^)]*\))?\s+(?:public|global)\s+static\s+([\w.<>, ]+?)\s+(\w+)\s*\(([^)]*)\)/gi;
        for (const match of text.matchAll(methodPattern)) {
            const owner = innermost(ranges, match.index);
            if (owner) {
                const params = match[3]
                    .split(',')
                    .map((part) => part.trim().split(/\s+/).pop())
                    .filter(Boolean);
                classes.get(owner.qualified).methods.set(match[2], {
                    returns: match[1].replace(/\s+/g, ''),
                    params,
                    line: lineAt(text, match.index)
                });
            }
        }
    }
    return classes;
}

function resolveClass(classes, typeName, context) {
    if (classes.has(typeName)) {
        return classes.get(typeName);
    }
    // An inner class named from inside its outer class, or by its simple name.
    const outer = context?.split('.')[0];
    if (outer && classes.has(`${outer}.${typeName}`)) {
        return classes.get(`${outer}.${typeName}`);
    }
    const matches = [...classes.keys()].filter((name) => name.split('.').pop() === typeName.split('.').pop());
    return matches.length === 1 ? classes.get(matches[0]) : undefined;
}

const APEX_KINDS = {
    string: 'text',
    id: 'text',
    date: 'text',
    datetime: 'text',
    time: 'text',
    integer: 'number',
    long: 'number',
    decimal: 'number',
    double: 'number',
    boolean: 'boolean',
    object: 'any'
};

/** { kind: 'text'|'number'|'boolean'|'any'|'list'|'map'|'object', element?, className? } */
function apexKind(type) {
    const list = /^(?:List|Set)<(.+)>$/i.exec(type) ?? /^(.+)\[\]$/.exec(type);
    if (list) {
        return { kind: 'list', element: apexKind(list[1]) };
    }
    if (/^Map</i.test(type)) {
        return { kind: 'map' };
    }
    const primitive = APEX_KINDS[type.toLowerCase()];
    return primitive ? { kind: primitive } : { kind: 'object', className: type };
}

// ---------------------------------------------------------------------------------------------
// TypeScript: the declared Apex modules and the types they promise.

function tsKind(checker, type) {
    const parts = type.isUnion() ? type.types : [type];
    const kept = parts.filter((part) => !(part.flags & (ts.TypeFlags.Null | ts.TypeFlags.Undefined)));
    if (kept.length === 0) {
        return { kind: 'any' };
    }
    const first = kept[0];
    if (kept.every((part) => part.flags & (ts.TypeFlags.StringLike | ts.TypeFlags.EnumLike))) {
        return { kind: 'text' };
    }
    if (kept.every((part) => part.flags & ts.TypeFlags.NumberLike)) {
        return { kind: 'number' };
    }
    if (kept.every((part) => part.flags & ts.TypeFlags.BooleanLike)) {
        return { kind: 'boolean' };
    }
    if (first.flags & (ts.TypeFlags.Any | ts.TypeFlags.Unknown)) {
        return { kind: 'any' };
    }
    if (checker.isArrayType(first) || checker.isTupleType(first)) {
        return { kind: 'list', element: tsKind(checker, checker.getTypeArguments(first)[0]) };
    }
    if (checker.getIndexInfosOfType(first).length > 0 && first.getProperties().length === 0) {
        return { kind: 'map' };
    }
    return { kind: 'object', type: first };
}

/** The declared Apex modules: [{ module, className, method, params: string[], result: ts.Type, file, line }]. */
function declaredApexModules(root, tsconfigPath) {
    const config = ts.getParsedCommandLineOfConfigFile(
        tsconfigPath,
        {},
        { ...ts.sys, onUnRecoverableConfigFileDiagnostic() {} }
    );
    const program = ts.createProgram({ rootNames: config.fileNames, options: config.options });
    const checker = program.getTypeChecker();
    const modules = [];
    for (const source of program.getSourceFiles()) {
        if (!source.isDeclarationFile || source.fileName.includes('node_modules')) {
            continue;
        }
        for (const statement of source.statements) {
            if (!ts.isModuleDeclaration(statement) || !ts.isStringLiteral(statement.name)) {
                continue;
            }
            const match = /^@salesforce\/apex\/(\w+)\.(\w+)$/.exec(statement.name.text);
            if (!match) {
                continue;
            }
            const symbol = checker.getSymbolAtLocation(statement.name);
            const exported =
                symbol && checker.getExportsOfModule(symbol).find((entry) => entry.escapedName === 'default');
            const type = exported && checker.getTypeOfSymbolAtLocation(exported, statement);
            const signature = type?.getCallSignatures()[0];
            const line = source.getLineAndCharacterOfPosition(statement.getStart()).line + 1;
            if (!signature) {
                modules.push({
                    module: statement.name.text,
                    className: match[1],
                    method: match[2],
                    file: source.fileName,
                    line,
                    problem: 'is not declared as a callable Apex method'
                });
                continue;
            }
            const paramType = signature.getParameters()[0]
                ? checker.getTypeOfSymbolAtLocation(signature.getParameters()[0], statement)
                : undefined;
            const params = paramType
                ? checker
                      .getNonNullableType(paramType)
                      .getProperties()
                      .map((property) => property.name)
                : [];
            const result = checker.getAwaitedType(signature.getReturnType()) ?? signature.getReturnType();
            modules.push({
                module: statement.name.text,
                className: match[1],
                method: match[2],
                params,
                result,
                file: source.fileName,
                line
            });
        }
    }
    return { modules, checker, program };
}

// ---------------------------------------------------------------------------------------------
// The comparison.

/** Where a TypeScript property is declared: { file, line }. */
function declarationSite(symbol) {
    const declaration = symbol.declarations?.[0];
    if (!declaration) {
        return undefined;
    }
    const source = declaration.getSourceFile();
    return { file: source.fileName, line: source.getLineAndCharacterOfPosition(declaration.getStart()).line + 1 };
}

function compare({ checker, classes, tsType, apexClassName, context, where, findings, seen, nullables, site }) {
    const apexClass = resolveClass(classes, apexClassName, context);
    if (!apexClass) {
        findings.push({ ...site, message: `${where}: Apex type ${apexClassName} not found` });
        return;
    }
    const key = `${apexClassName}|${checker.typeToString(tsType)}`;
    if (seen.has(key)) {
        return;
    }
    seen.add(key);
    const tsProperties = new Map(tsType.getProperties().map((property) => [property.name, property]));
    for (const [name, property] of tsProperties) {
        const field = apexClass.fields.get(name);
        if (!field) {
            findings.push({
                file: apexClass.file,
                line: apexClass.line,
                message: `${where}.${name}: the TypeScript type reads "${name}", but ${apexClassName} has no @AuraEnabled field of that name`
            });
            continue;
        }
        const declared = checker.getTypeOfSymbol(property);
        const tsSaysNull = (declared.isUnion() ? declared.types : [declared]).some(
            (part) => part.flags & ts.TypeFlags.Null
        );
        if (field.nullable || tsSaysNull) {
            for (const declaration of property.declarations ?? []) {
                nullables.add(declaration);
            }
            const once = property.declarations?.[0] ?? property;
            if (!(property.flags & ts.SymbolFlags.Optional) && !seen.has(once)) {
                seen.add(once);
                findings.push({
                    ...(declarationSite(property) ?? { file: apexClass.file, line: field.line }),
                    message: `${where}.${name}: may be null (${field.nullable ?? 'the TypeScript type admits null'}), and Aura leaves a null property out of the JSON: declare it optional ("${name}?:")`
                });
            }
        }
        const tsFieldKind = tsKind(checker, declared);
        const apexFieldKind = apexKind(field.type);
        compareKinds({
            checker,
            classes,
            tsFieldKind,
            apexFieldKind,
            context: apexClassName,
            where: `${where}.${name}`,
            findings,
            seen,
            nullables,
            site: { file: apexClass.file, line: field.line }
        });
    }
    for (const [name, field] of apexClass.fields) {
        if (!tsProperties.has(name)) {
            findings.push({
                file: apexClass.file,
                line: field.line,
                message: `${where}.${name}: ${apexClassName} sends "${name}", which the TypeScript type does not declare`
            });
        }
    }
}

function compareKinds({
    checker,
    classes,
    tsFieldKind,
    apexFieldKind,
    context,
    where,
    findings,
    seen,
    nullables,
    site
}) {
    if (tsFieldKind.kind === 'any' || apexFieldKind.kind === 'any') {
        return;
    }
    if (tsFieldKind.kind !== apexFieldKind.kind) {
        findings.push({
            ...site,
            message: `${where}: TypeScript expects ${tsFieldKind.kind}, Apex sends ${apexFieldKind.kind}`
        });
        return;
    }
    if (tsFieldKind.kind === 'list') {
        compareKinds({
            checker,
            classes,
            tsFieldKind: tsFieldKind.element,
            apexFieldKind: apexFieldKind.element,
            context,
            where: `${where}[]`,
            findings,
            seen,
            nullables,
            site
        });
    } else if (tsFieldKind.kind === 'object') {
        compare({
            checker,
            classes,
            tsType: tsFieldKind.type,
            apexClassName: apexFieldKind.className,
            context,
            where,
            findings,
            seen,
            nullables,
            site
        });
    }
}

const STRICT_EQUALITY = new Set([ts.SyntaxKind.EqualsEqualsEqualsToken, ts.SyntaxKind.ExclamationEqualsEqualsToken]);

/**
 * `x.field === null` or `x.field !== null` in a component's source, where field is a nullable DTO
 * property: Aura leaves the null out, so the component sees undefined and the test goes the wrong way.
 */
function strictNullComparisons(program, checker, nullables) {
    const findings = [];
    const isNullableProperty = (node) => {
        const expression = ts.skipPartiallyEmittedExpressions(
            ts.isParenthesizedExpression(node) ? node.expression : node
        );
        if (!ts.isPropertyAccessExpression(expression) && !ts.isElementAccessExpression(expression)) {
            return undefined;
        }
        const symbol = checker.getSymbolAtLocation(
            ts.isPropertyAccessExpression(expression) ? expression.name : expression.argumentExpression
        );
        return symbol?.declarations?.some((declaration) => nullables.has(declaration)) ? expression : undefined;
    };
    for (const source of program.getSourceFiles()) {
        if (source.isDeclarationFile || source.fileName.includes('node_modules')) {
            continue;
        }
        const visit = (node) => {
            if (ts.isBinaryExpression(node) && STRICT_EQUALITY.has(node.operatorToken.kind)) {
                const sides = [
                    [node.left, node.right],
                    [node.right, node.left]
                ];
                for (const [value, other] of sides) {
                    const property = other.kind === ts.SyntaxKind.NullKeyword && isNullableProperty(value);
                    if (property) {
                        const { line } = source.getLineAndCharacterOfPosition(node.getStart());
                        findings.push({
                            file: source.fileName,
                            line: line + 1,
                            message: `${node.getText()}: Aura leaves a null ${property.getText()} out of the JSON, so the component reads undefined and ${node.operatorToken.getText()} null misreads it: use ${node.operatorToken.kind === ts.SyntaxKind.EqualsEqualsEqualsToken ? '==' : '!='} null or ??`
                        });
                    }
                }
            }
            ts.forEachChild(node, visit);
        };
        visit(source);
    }
    return findings;
}

/** Checks every declared Apex module under `root` against the Apex classes. */
export function checkContract({ root = REPO_ROOT, tsconfig = path.join(root, 'tsconfig.json') } = {}) {
    const classes = readApex(root);
    const { modules, checker, program } = declaredApexModules(root, tsconfig);
    const findings = [];
    const seen = new Set();
    const nullables = new Set();
    for (const entry of modules) {
        const site = { file: entry.file, line: entry.line };
        if (entry.problem) {
            findings.push({ ...site, message: `${entry.module} ${entry.problem}` });
            continue;
        }
        const controller = classes.get(entry.className);
        const method = controller?.methods.get(entry.method);
        if (!method) {
            findings.push({
                ...site,
                message: `${entry.module}: no @AuraEnabled method ${entry.method} in Apex class ${entry.className}`
            });
            continue;
        }
        const apexParams = [...method.params].sort();
        const tsParams = [...entry.params].sort();
        if (JSON.stringify(apexParams) !== JSON.stringify(tsParams)) {
            findings.push({
                file: controller.file,
                line: method.line,
                message: `${entry.module}: Apex parameters (${apexParams.join(', ') || 'none'}) differ from the TypeScript params (${tsParams.join(', ') || 'none'})`
            });
        }
        if (method.returns.toLowerCase() === 'void') {
            continue;
        }
        compareKinds({
            checker,
            classes,
            tsFieldKind: tsKind(checker, entry.result),
            apexFieldKind: apexKind(method.returns),
            context: entry.className,
            where: `${entry.className}.${entry.method}()`,
            findings,
            seen,
            nullables,
            site: { file: controller.file, line: method.line }
        });
    }
    findings.push(...strictNullComparisons(program, checker, nullables));
    return { findings, summary: `${modules.length} Apex method(s) and their DTOs compared` };
}
