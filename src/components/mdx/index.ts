/** The components authors may use in lessons without importing them (see courses/README.md). */
import Callout from './Callout.astro';
import Example from './Example.astro';
import KeyPoints from './KeyPoints.astro';
import Raci from './Raci.astro';
import Reflect from './Reflect.astro';
import Role from './Role.astro';
import RoleCard from './RoleCard.astro';
import Term from './Term.astro';

export const authorComponents = { Callout, Example, KeyPoints, Raci, Reflect, Role, RoleCard, Term };
