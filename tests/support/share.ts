import type { Page } from '@playwright/test';

/** The "Dela" control of a section, found by the section's numbered title in its accessible name. */
export const sectionShare = (page: Page, title: string) => page.locator('share-panel').filter({ has: page.getByText(`avsnittet ”${title}”`) });
