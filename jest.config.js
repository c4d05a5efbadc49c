const { jestConfig } = require('@salesforce/sfdx-lwc-jest/config');

module.exports = {
    ...jestConfig,
    setupFilesAfterEnv: [...(jestConfig.setupFilesAfterEnv || []), '<rootDir>/force-app/test/jest-sa11y-setup.js'],
    // Custom labels answer with their real text (force-app/test/jest-labels.mjs writes one module each).
    globalSetup: '<rootDir>/force-app/test/jest-labels.mjs',
    // Platform modules and base components whose sfdx-lwc-jest stubs do not behave enough to test
    // against (force-app/test/jest-mocks/lightning/ says why for each).
    moduleNameMapper: {
        ...jestConfig.moduleNameMapper,
        '^@salesforce/label/c\\.(\\w+)$': '<rootDir>/.cache/jest-labels/$1.js',
        '^lightning/button$': '<rootDir>/force-app/test/jest-mocks/lightning/button/button',
        '^lightning/progressBar$': '<rootDir>/force-app/test/jest-mocks/lightning/progressBar/progressBar',
        '^lightning/navigation$': '<rootDir>/force-app/test/jest-mocks/lightning/navigation'
    },
    modulePathIgnorePatterns: ['<rootDir>/.localdevserver', '<rootDir>/preview/dist'],
    testPathIgnorePatterns: ['/node_modules/', '<rootDir>/scripts/'],
    collectCoverageFrom: ['force-app/main/default/lwc/**/*.ts', '!**/__tests__/**'],
    coverageThreshold: {
        global: { lines: 90, statements: 90, functions: 90, branches: 80 }
    }
};
