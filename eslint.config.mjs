import lwcConfig from '@salesforce/eslint-config-lwc';
import globals from 'globals';
import js from '@eslint/js';

// Preview-only components, and the helpers the component tests share, follow the components' rules.
// Components are matched in any lwc/ folder of force-app (feature folders: force-app/main/<feature>/lwc).
const LWC_TS = ['force-app/**/lwc/**/*.ts', 'preview/components/**/*.ts', 'config/jest/utils/**/*.ts'];
// The rest of the preview's TypeScript plays the platform (document-level DOM, timers), so the
// component rules do not apply: it gets the TypeScript parser and eslint's recommended rules.
const PREVIEW_TS = ['preview/**/*.ts'];
const NO_BIGINT = 'BigInt may be missing under Lightning Locker: use the exact whole-number helpers of c/adoptionCore.';
const tsParsing = lwcConfig.configs.recommendedTs.find((config) =>
    config.languageOptions?.parserOptions?.babelOptions?.parserOpts?.plugins?.includes('typescript')
).languageOptions;

// Delivery is per user (README, "Delivery to each rep"): a streaming subscription receives every
// user's events in every browser, so no component may import lightning/empApi. The LWC config's own
// restriction (@salesforce/lds) is kept: the rule is replaced, not merged, by a later config.
const lwcImportRestriction =
    lwcConfig.configs.recommendedTs.map((config) => config.rules?.['no-restricted-imports']).find(Boolean)?.[1] ?? {};
export const NO_BROADCAST_IMPORTS = {
    'no-restricted-imports': [
        'error',
        {
            ...lwcImportRestriction,
            paths: [
                ...(lwcImportRestriction.paths ?? []),
                {
                    name: 'lightning/empApi',
                    message:
                        "A streaming subscription hands every user's events to every browser: read the rep's own news through CelebrationsController.getNew instead."
                }
            ]
        }
    ]
};

export default [
    {
        ignores: [
            'node_modules/**',
            'coverage/**',
            // The org scripts' compiled output (scripts/org/build.mjs).
            '.cache/**',
            'preview/dist/**',
            'test-results/**',
            // Emitted by tsc from the .ts beside it.
            'force-app/**/lwc/**/*.js',
            'scripts/checks/test/fixtures/**',
            '.sf/**',
            '.sfdx/**'
        ]
    },
    {
        files: PREVIEW_TS,
        ignores: LWC_TS,
        languageOptions: { ...tsParsing, globals: { ...globals.browser } },
        rules: { ...js.configs.recommended.rules, 'no-redeclare': 'off' }
    },
    ...lwcConfig.configs.recommendedTs.map((config) => ({ ...config, files: LWC_TS })),
    {
        files: [...LWC_TS, ...PREVIEW_TS],
        rules: {
            // tsc resolves every name; this rule misreads TypeScript interfaces and type-only names.
            'no-undef': 'off',
            'no-unused-vars': 'off'
        }
    },
    { files: [...LWC_TS, ...PREVIEW_TS], rules: NO_BROADCAST_IMPORTS },
    {
        // Lightning Locker (orgs not yet on Lightning Web Security) does not promise the BigInt global
        // (salesforce/lwc issue 890): component code does exact arithmetic without it (c/adoptionCore).
        // Tests may use it, to prove the components do without.
        files: ['force-app/**/lwc/**/*.ts'],
        ignores: ['**/__tests__/**'],
        rules: {
            'no-restricted-syntax': [
                'error',
                { selector: 'Literal[bigint]', message: NO_BIGINT },
                {
                    selector:
                        "Identifier[name='BigInt']:not(MemberExpression > Identifier.property, Property > Identifier.key, TSPropertySignature > Identifier.key)",
                    message: NO_BIGINT
                },
                { selector: 'TSBigIntKeyword', message: NO_BIGINT }
            ]
        }
    },
    {
        files: ['config/jest/**/*.js', 'jest.config.js'],
        languageOptions: { globals: { ...globals.node, ...globals.jest }, sourceType: 'commonjs' },
        ...js.configs.recommended
    },
    {
        files: ['scripts/**/*.mjs', 'preview/**/*.mjs', 'config/jest/**/*.mjs', 'eslint.config.mjs'],
        languageOptions: { globals: { ...globals.node }, sourceType: 'module', ecmaVersion: 'latest' },
        rules: { ...js.configs.recommended.rules }
    },
    {
        // Browser tests hand functions to the page (page.evaluate, addInitScript): they run there.
        files: ['preview/test/**/*.mjs'],
        languageOptions: { globals: { ...globals.node, ...globals.browser } }
    },
    {
        // The org scripts (jsforce, sf CLI) run on Node; tsc (scripts/tsconfig.json, strict) resolves
        // every name, so no-undef and no-unused-vars are left to it.
        files: ['scripts/**/*.ts'],
        languageOptions: { ...tsParsing, globals: { ...globals.node } },
        rules: { ...js.configs.recommended.rules, 'no-undef': 'off', 'no-unused-vars': 'off', 'no-redeclare': 'off' }
    }
];
