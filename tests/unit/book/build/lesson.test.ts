import { describe, expect, it } from 'vitest';
import { lessonBodyFromPage } from '../../../../src/book/build/lesson';

const targets = { siteUrl: 'https://sideline.example', steps: new Set<string>() };

describe('a lesson in the book', () => {
  it('keeps a diagram as its caption and its description, open, without the picture the site draws', () => {
    const page = `<main><div class="prose lesson-body">
      <p>The diagram shows it.</p>
      <figure class="diagram" data-diagram="tolerance-bands">
        <svg class="diagram__picture" role="img" aria-labelledby="t"><title id="t">Bands</title><rect class="diagram__box"></rect></svg>
        <figcaption class="diagram__caption">Inside the band you decide.</figcaption>
        <details class="diagram__words"><summary>Describe this diagram</summary><ul><li>Step 1.</li><li>Step 2.</li></ul></details>
      </figure>
    </div></main>`;
    const html = lessonBodyFromPage(page, 'lesson', targets)!;
    expect(html).not.toContain('<svg');
    expect(html).not.toContain('<details');
    expect(html).not.toContain('Describe this diagram');
    expect(html).toContain(
      '<figcaption class="diagram__caption">Inside the band you decide.</figcaption>',
    );
    expect(html).toContain('<ul><li>Step 1.</li><li>Step 2.</li></ul>');
  });
});
