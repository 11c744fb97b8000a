/**
 * Reading a statement's extensions by name. Extension IRIs sit under the activity base of whoever
 * recorded the statement, so a value is found by the name its IRI ends with. No imports: the import
 * checks read extensions too, and must not depend on building statements.
 */
export function readExtension(map: Record<string, unknown> | undefined, name: string): unknown {
  if (!map) return undefined;
  const ending = `/ext/${name}`;
  for (const key in map) if (key.endsWith(ending)) return map[key];
  return undefined;
}
