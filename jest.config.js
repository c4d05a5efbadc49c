const { jestConfig } = require('@salesforce/sfdx-lwc-jest/config');

module.exports = {
    ...jestConfig,
    setupFilesAfterEnv: [...(jestConfig.setupFilesAfterEnv || []), '<rootDir>/force-app/test/jest-sa11y-setup.js'],
    modulePathIgnorePatterns: ['<rootDir>/.localdevserver', '<rootDir>/preview/dist'],
    testPathIgnorePatterns: ['/node_modules/', '<rootDir>/scripts/'],
    collectCoverageFrom: ['force-app/main/default/lwc/**/*.ts', '!**/__tests__/**'],
    coverageThreshold: {
        global: { lines: 90, statements: 90, functions: 90, branches: 80 }
    }
};
