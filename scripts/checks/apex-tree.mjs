// Shared reading of Apex source for the checks that look inside the code (SOQL field properties,
// test personas): parse with @apexdevtools/apex-parser, walk the tree, and index every class's
// methods, constants and static SOQL so that a check can follow calls from one method to another.
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { listFiles } from './lib.mjs';

const require = createRequire(import.meta.url);
const parserModule = require('@apexdevtools/apex-parser');

/** The .cls files under force-app (triggers are left out: they hold one call each). */
export function classFiles(root) {
    return listFiles(path.join(root, 'force-app'), (name) => name.endsWith('.cls'));
}

/** The name of a tree node's kind, e.g. 'SoqlLiteral' for a SoqlLiteralContext. */
export function kind(node) {
    return node?.constructor?.name?.replace(/Context$/, '') ?? '';
}

/** Visits every node below `node` (depth first, source order); `visit` returning false skips a subtree. */
export function walk(node, visit) {
    if (!node || visit(node) === false || !node.children) {
        return;
    }
    for (const child of node.children) {
        walk(child, visit);
    }
}

/** Every node of one kind below `node`. */
export function findAll(node, name) {
    const found = [];
    walk(node, (child) => {
        if (kind(child) === name) {
            found.push(child);
        }
    });
    return found;
}

/** The first child of a kind, or undefined. */
export function child(node, name) {
    return node?.children?.find((candidate) => kind(candidate) === name);
}

/** The source text of a node, with its original spacing. */
export function textOf(source, node) {
    if (!node?.start) {
        return '';
    }
    const stop = node.stop ?? node.start;
    return source.slice(node.start.start, stop.stop + 1);
}

/** The line a node starts on (1-based). */
export function lineOf(node) {
    return node?.start?.line ?? node?.symbol?.line;
}

/** Parses a raw SOQL string; returns the Query node, or null when it does not parse. */
export function parseQuery(text) {
    let failed = false;
    class Quiet extends parserModule.ApexErrorListener {
        apexSyntaxError() {
            failed = true;
        }
    }
    const { parser } = parserModule.ApexParserFactory.createLexerAndParser(text, new Quiet());
    const tree = parser.query();
    return failed ? null : tree;
}

/** A parsed class file, with its classes (outer and inner) and their members. */
export function parseClassFile(file) {
    const source = readFileSync(file, 'utf8');
    const errors = [];
    class Collect extends parserModule.ApexErrorListener {
        apexSyntaxError(line, column, message) {
            errors.push({ line, message });
        }
    }
    const { parser } = parserModule.ApexParserFactory.createLexerAndParser(source, new Collect());
    const tree = parser.compilationUnit();
    const unit = { file, source, tree, errors, classes: [] };
    for (const declaration of findAll(tree, 'ClassDeclaration')) {
        unit.classes.push(describeClass(unit, declaration));
    }
    return unit;
}

/** The modifiers and annotations of a declaration ('istest', 'static', 'final', ...), lower case. */
function modifiersOf(declaration) {
    // TypeDeclaration or ClassBodyDeclaration -> Modifier* + (MemberDeclaration ->) the declaration
    let body = declaration?.parentCtx;
    if (kind(body) === 'MemberDeclaration') {
        body = body.parentCtx;
    }
    const names = [];
    for (const modifier of body?.children?.filter((node) => kind(node) === 'Modifier') ?? []) {
        const annotation = child(modifier, 'Annotation');
        if (annotation) {
            names.push(annotation.getText().replace(/^@/, '').replace(/\(.*$/s, '').toLowerCase());
        } else {
            names.push(modifier.getText().toLowerCase());
        }
    }
    return names;
}

function classPath(declaration) {
    const names = [];
    for (let node = declaration; node; node = node.parentCtx) {
        if (kind(node) === 'ClassDeclaration') {
            names.unshift(child(node, 'Id').getText());
        }
    }
    return names.join('.');
}

function describeClass(unit, declaration) {
    const name = classPath(declaration);
    const info = {
        name,
        simpleName: child(declaration, 'Id').getText(),
        declaration,
        modifiers: modifiersOf(declaration),
        methods: [],
        fields: new Map(),
        constants: new Map()
    };
    const body = child(declaration, 'ClassBody');
    for (const member of body?.children ?? []) {
        const memberDeclaration = child(member, 'MemberDeclaration');
        const node = memberDeclaration?.children?.[0];
        if (!node) {
            continue;
        }
        const modifiers = modifiersOf(node);
        switch (kind(node)) {
            case 'MethodDeclaration':
            case 'ConstructorDeclaration': {
                const methodName = kind(node) === 'ConstructorDeclaration' ? '<init>' : child(node, 'Id').getText();
                info.methods.push({
                    className: name,
                    name: methodName,
                    node,
                    modifiers,
                    isTest: modifiers.includes('istest') || modifiers.includes('testsetup'),
                    isTestSetup: modifiers.includes('testsetup'),
                    params: paramsOf(node),
                    line: lineOf(node)
                });
                break;
            }
            case 'FieldDeclaration': {
                const type = child(node, 'TypeRef')?.getText();
                for (const declarator of findAll(child(node, 'VariableDeclarators'), 'VariableDeclarator')) {
                    const fieldName = child(declarator, 'Id').getText();
                    const initializer = declarator.children.find((part) => kind(part).endsWith('Expression'));
                    info.fields.set(fieldName, { type, initializer, modifiers });
                    if (modifiers.includes('final') && initializer) {
                        info.constants.set(fieldName, { type, initializer });
                    }
                }
                break;
            }
            case 'PropertyDeclaration': {
                info.fields.set(child(node, 'Id')?.getText(), { type: child(node, 'TypeRef')?.getText(), modifiers });
                break;
            }
            default:
                break;
        }
    }
    return info;
}

function paramsOf(method) {
    const params = new Map();
    for (const parameter of findAll(child(method, 'FormalParameters'), 'FormalParameter')) {
        params.set(child(parameter, 'Id').getText(), child(parameter, 'TypeRef').getText());
    }
    return params;
}

/** Local variable name -> declared type, for every declaration inside a method (scopes merged). */
export function localTypes(method) {
    const types = new Map(method.params);
    for (const declaration of findAll(method.node, 'LocalVariableDeclaration')) {
        const type = child(declaration, 'TypeRef').getText();
        for (const declarator of findAll(child(declaration, 'VariableDeclarators'), 'VariableDeclarator')) {
            types.set(child(declarator, 'Id').getText(), type);
        }
    }
    for (const control of findAll(method.node, 'EnhancedForControl')) {
        types.set(child(control, 'Id').getText(), child(control, 'TypeRef').getText());
    }
    for (const clause of findAll(method.node, 'CatchClause')) {
        const id = child(clause, 'Id');
        if (id) {
            types.set(id.getText(), clause.children.find((part) => kind(part) === 'QualifiedName')?.getText());
        }
    }
    return types;
}

/** Every class file under `root`, parsed, with an index of classes by name (case-insensitive). */
export function loadProject(root) {
    const units = classFiles(root).map((file) => parseClassFile(file));
    const classes = new Map();
    for (const unit of units) {
        for (const info of unit.classes) {
            info.unit = unit;
            classes.set(info.name.toLowerCase(), info);
        }
    }
    return { root, units, classes };
}
