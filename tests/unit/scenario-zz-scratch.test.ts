import { it } from 'vitest';
import { checkScenario } from '../../src/lib/scenario-graph';
import { fixture } from '../fixtures/scenarios/load';
it('prints', () => {
  for (const f of ['sound','missing-target','unreachable-node','dead-end','cycle-no-exit','unreachable-ending','undeclared-variable','impossible-condition','ending-without-debrief']) {
    console.log(f, JSON.stringify(checkScenario(fixture(f), `x/${f}.yaml`), null, 1));
  }
});
