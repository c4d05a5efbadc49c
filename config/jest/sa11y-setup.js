// Registers toBeAccessible() (axe rules, as lwc-recipes does) for every jest test.
const { registerSa11yMatcher } = require('@sa11y/jest');

registerSa11yMatcher();
