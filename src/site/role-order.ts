const ORDER = ['sponsor', 'delivery-lead', 'pmo', 'team-member', 'assurance'];

/** Roles are listed from the top of the accountability chain down, then any others. */
export const ROLE_ORDER = (id: string): number => {
  const index = ORDER.indexOf(id);
  return index === -1 ? ORDER.length : index;
};

/** The role whose people assign learning and read reports: its pages link to the PMO tools. */
export const PMO_ROLE_ID = 'pmo';
