import { describe, expect, test } from 'vitest';
import { speakerLine } from '../../../src/scenario/wording';

describe('speakerLine: "Speaker:" only before words the person says', () => {
  test.each([
    [
      'narration to the learner',
      'You have just become sponsor of a programme.',
      'Grace, new sponsor',
    ],
    ['narration about others', 'The board meets in ten days.', 'Grace, new sponsor'],
    ['narration with a quotation inside', 'She says: "This is yours."', 'Grace, new sponsor'],
    ['their own words', '"I need a decision by Friday."', 'Speaker: Grace, new sponsor'],
    [
      'their own words, curly quotes',
      '“I need a decision by Friday.”',
      'Speaker: Grace, new sponsor',
    ],
  ])('%s', (_, text, line) => {
    expect(speakerLine('Grace, new sponsor', text)).toBe(line);
  });
});
