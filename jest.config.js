const { jestConfig } = require('@salesforce/sfdx-lwc-jest/config');

// Components are found wherever their lwc/ folder is inside the package (sfdx-lwc-jest resolves
// c/<name> from every `<package directory>/**/lwc`); the test tooling lives in config/jest/.
module.exports = {
    ...jestConfig,
    setupFilesAfterEnv: [...(jestConfig.setupFilesAfterEnv || []), '<rootDir>/config/jest/sa11y-setup.js'],
    // Custom labels answer with their real text (config/jest/labels.mjs writes one module each).
    globalSetup: '<rootDir>/config/jest/labels.mjs',
    // The 1,000-row leaderboard tests render and run axe on a whole board: on a 2-core machine shared
    // with other work one took over jest's default 5 s, and the axe run it left behind failed the tests
    // after it. Budgets are asserted by the browser tests, not by this timeout.
    testTimeout: 20000,
    // Platform modules and base components whose sfdx-lwc-jest stubs do not behave enough to test
    // against (config/jest/mocks/lightning/ says why for each).
    moduleNameMapper: {
        ...jestConfig.moduleNameMapper,
        '^@salesforce/label/c\\.(\\w+)$': '<rootDir>/.cache/jest-labels/$1.js',
        '^lightning/button$': '<rootDir>/config/jest/mocks/lightning/button/button',
        '^lightning/progressBar$': '<rootDir>/config/jest/mocks/lightning/progressBar/progressBar',
        '^lightning/navigation$': '<rootDir>/config/jest/mocks/lightning/navigation',
        // The shared test helpers, by one name from any depth (tsconfig resolves it through baseUrl).
        '^config/jest/(.*)$': '<rootDir>/config/jest/$1'
    },
    modulePathIgnorePatterns: ['<rootDir>/.localdevserver', '<rootDir>/preview/dist'],
    testPathIgnorePatterns: ['/node_modules/', '<rootDir>/scripts/'],
    collectCoverageFrom: ['force-app/**/lwc/**/*.ts', '!**/__tests__/**'],
    coverageThreshold: {
        global: { lines: 90, statements: 90, functions: 90, branches: 80 }
    }
};
