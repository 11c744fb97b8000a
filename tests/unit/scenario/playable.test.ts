import { describe, expect, it } from 'vitest';
import { debriefOf, toPlayable } from '../../../src/scenario/playable';
import { courseScenarioFiles, fixture, loadScenario } from '../../fixtures/scenarios/load';

describe('what a scenario page carries before the end', () => {
  it('leaves out every judgement that would give the answers away, for every scenario', () => {
    for (const file of [...courseScenarioFiles(), 'tests/fixtures/scenarios/sound.yaml']) {
      const page = JSON.stringify(toPlayable(loadScenario(file)));
      expect(page, file).not.toMatch(/"(quality|why|requires|excludes)":/);
    }
  });

  it('keeps them, by node and choice, for the debrief', () => {
    expect(debriefOf(fixture('sound'))['crisis']).toEqual({
      'own-up': {
        quality: 'strong',
        why: 'This choice keeps the decision with the person who owns it.',
      },
      'blame-supplier': {
        quality: 'weak',
        why: 'Blaming the supplier hides who owns the overrun and nobody believes it.',
      },
    });
  });
});
