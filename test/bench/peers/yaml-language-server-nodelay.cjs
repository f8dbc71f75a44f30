// yaml-language-server with its validation debounce set to 0 ms. The server validates 200 ms after the last
// change (`validationDelayMs`, a constant in yamlSettings.js, not a setting); this wrapper measures the work it
// does per edit without the wait, so the comparison with our server (no debounce) is about work, not timers.
// Usage: node yaml-language-server-nodelay.cjs --stdio
const { dirname, join } = require('node:path');

const base = dirname(require.resolve('yaml-language-server/package.json', { paths: [join(__dirname, '../../..')] }));
const settings = require(join(base, 'out/server/src/yamlSettings.js'));
const Original = settings.SettingsState;
settings.SettingsState = class extends Original {
  constructor(...args) {
    super(...args);
    this.validationDelayMs = 0;
  }
};
process.env.YAML_LANGUAGE_SERVER_VERSION = require(join(base, 'package.json')).version;
require(join(base, 'out/server/src/server.js'));
