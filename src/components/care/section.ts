import { ownSection } from '../../strategy/sections';
import { t } from '../../strings/sv';

/** The "Behöver du vård?" section, for the component's heading and for a page's table of contents. */
export const careSection = ownSection(t('care.title'));
