import type { Stance } from '../analysis/index';

/** The theme icon of each stance, shared by hovers, pickers, views and the status bar. */
export const STANCE_ICON: Readonly<Record<Stance, string>> = { supportive: 'pass', critical: 'error', cautious: 'warning', neutral: 'circle-outline' };
