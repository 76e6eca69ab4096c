// A jsdom environment whose browser lives in another time zone than the machine running the tests: the test file
// names it with `@jest-environment-options {"timeZone": "America/Costa_Rica"}`. Node applies a change of TZ at
// once; the sandbox's copy of process.env cannot, so the zone is set here, outside it, and restored afterwards.
import { TestEnvironment } from 'jest-environment-jsdom';

export default class BrowserZoneEnvironment extends TestEnvironment {
  constructor(config, context) {
    super(config, context);
    this.timeZone = config.projectConfig.testEnvironmentOptions.timeZone;
  }

  async setup() {
    this.machineZone = process.env.TZ;
    if (this.timeZone) process.env.TZ = this.timeZone;
    await super.setup();
  }

  async teardown() {
    if (this.machineZone === undefined) delete process.env.TZ;
    else process.env.TZ = this.machineZone;
    await super.teardown();
  }
}
