import lwcConfig from '@salesforce/eslint-config-lwc';
import globals from 'globals';
import js from '@eslint/js';

const LWC_TS = ['force-app/main/default/lwc/**/*.ts'];

export default [
    {
        ignores: [
            'node_modules/**',
            'coverage/**',
            'preview/dist/**',
            'test-results/**',
            // Emitted by tsc from the .ts beside it.
            'force-app/main/default/lwc/**/*.js',
            'scripts/checks/test/fixtures/**',
            '.sf/**',
            '.sfdx/**'
        ]
    },
    ...lwcConfig.configs.recommendedTs.map((config) => ({ ...config, files: LWC_TS })),
    {
        files: LWC_TS,
        rules: {
            // tsc resolves every name; this rule misreads TypeScript interfaces and type-only names.
            'no-undef': 'off',
            'no-unused-vars': 'off'
        }
    },
    {
        files: ['force-app/test/**/*.js', 'jest.config.js'],
        languageOptions: { globals: { ...globals.node, ...globals.jest }, sourceType: 'commonjs' },
        ...js.configs.recommended
    },
    {
        files: ['scripts/**/*.mjs', 'eslint.config.mjs'],
        languageOptions: { globals: { ...globals.node }, sourceType: 'module', ecmaVersion: 'latest' },
        rules: { ...js.configs.recommended.rules }
    }
];
