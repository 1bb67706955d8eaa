/** Who may do what, from least to most: each role can do everything the one before it can. */
export const ROLES = ['viewer', 'reviewer', 'lead'] as const;
export type Role = (typeof ROLES)[number];

export const ROLE_DUTIES: Record<Role, string> = {
  viewer: 'reads everything, writes nothing',
  reviewer: 'corrections, annotations, dismissals, layout, sync',
  lead: 'also article states reviewed/approved, glossary edits and imports, pair decisions, adding translations',
};

export function roleAllows(role: Role, required: Role): boolean {
  return ROLES.indexOf(role) >= ROLES.indexOf(required);
}

export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (ROLES as readonly string[]).includes(value);
}
