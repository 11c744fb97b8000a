/** The appendices: the glossary and the role profiles, with role names as the organisation says them. */
import type { ContentEntry } from '../../content/course-tree';
import type { GlossaryTerm } from '../../content/schemas/glossary';
import type { Role } from '../../content/schemas/role';
import { esc } from './html';

export function glossaryHtml(terms: readonly GlossaryTerm[]): string {
  const names = new Map(terms.map((term) => [term.id, term.term]));
  const sorted = [...terms].sort((a, b) => a.term.localeCompare(b.term, 'en-GB'));
  return (
    `<section class="appendix glossary" role="doc-glossary" id="glossary"><h1>Appendix A: Glossary</h1>` +
    `<p>Plain-English definitions of the terms the lessons link to.</p><dl>` +
    sorted
      .map((term) => {
        const related = term.related.filter((id) => names.has(id));
        return (
          `<dt id="term-${esc(term.id)}">${esc(term.term)}</dt><dd><p>${esc(term.definition)}</p>` +
          (term.aka.length
            ? `<p><strong>Also called:</strong> ${esc(term.aka.join('; '))}.</p>`
            : '') +
          (term.example ? `<p><strong>Example:</strong> ${esc(term.example)}</p>` : '') +
          (related.length
            ? `<p><strong>See also:</strong> ${related.map((id) => `<a href="#term-${esc(id)}">${esc(names.get(id)!)}</a>`).join(', ')}.</p>`
            : '') +
          `</dd>`
        );
      })
      .join('') +
    `</dl></section>`
  );
}

export function rolesHtml(
  roles: readonly ContentEntry<Role>[],
  roleName: (id: string) => string,
): string {
  const known = new Set(roles.map(({ data }) => data.id));
  const list = (items: readonly string[]) =>
    `<ul>${items.map((item) => `<li>${esc(item)}</li>`).join('')}</ul>`;
  return (
    `<section class="appendix roles" role="doc-appendix" id="roles"><h1>Appendix B: Role profiles</h1>` +
    `<p>What each role owns, what it does not, and what it hands to whom.</p>` +
    roles
      .map(({ data: role }) => {
        const name = roleName(role.id);
        return (
          `<section class="role-profile" id="role-${esc(role.id)}"><h2>${esc(name)}</h2><p>${esc(role.summary)}</p>` +
          (role.alsoKnownAs.length
            ? `<p><strong>Also known as:</strong> ${esc(role.alsoKnownAs.join('; '))}.</p>`
            : '') +
          `<h3>Owns</h3>${list(role.owns)}<h3>Does not own</h3>${list(role.doesNotOwn)}` +
          `<h3>Hands on</h3><ul>${role.handsTo
            .map(
              (hand) =>
                `<li><strong>To ${known.has(hand.role) ? `<a href="#role-${esc(hand.role)}">${esc(roleName(hand.role))}</a>` : esc(hand.role)}:</strong> ${esc(hand.what)}</li>`,
            )
            .join('')}</ul>` +
          (role.signsOfTrouble.length
            ? `<h3>Signs of trouble</h3>${list(role.signsOfTrouble)}`
            : '') +
          `</section>`
        );
      })
      .join('') +
    `</section>`
  );
}
