import type { SiteSettings } from '../content/schemas/site';

export interface RoleLabelOptions {
  plural?: boolean;
  capital?: boolean;
}

/**
 * The name an organisation uses for a role. Lessons never hard-code "sponsor": a site setting can call
 * it "Senior Responsible Owner" everywhere at once.
 */
export function roleLabel(
  settings: SiteSettings,
  role: { id: string; title: string },
  { plural = false, capital = false }: RoleLabelOptions = {},
): string {
  const configured = settings.roleLabels[role.id];
  const singular = configured?.singular ?? role.title;
  const label = plural ? (configured?.plural ?? `${singular}s`) : singular;
  return capital ? label.charAt(0).toUpperCase() + label.slice(1) : label;
}
