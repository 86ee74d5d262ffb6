import type { BadgeIcon } from '@growthkit/core';

/** 16×16 stroked paths of the milestone badges, drawn with the widgets' Icon like their other icons. */
export const BADGE_PATHS: Record<BadgeIcon, string> = {
  star: 'M8 2l1.8 3.8 4.2.5-3.1 2.9.8 4.1L8 11.3l-3.7 2 .8-4.1L2 6.3l4.2-.5z',
  flag: 'M4 14V2.5m0 .5h7.5l-1.5 3 1.5 3H4',
  bolt: 'M9 1.5L3.5 9H8l-1 5.5L12.5 7H8z',
  trophy: 'M5 2.5h6v4a3 3 0 01-6 0zm0 1H2.5a2.5 2.5 0 002.6 3M11 3.5h2.5a2.5 2.5 0 01-2.6 3M8 9.5v3m-2.5 1h5',
};
