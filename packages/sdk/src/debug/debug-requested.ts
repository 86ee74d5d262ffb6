/** `?growthkit_debug=1` on any page of the host opens the panel without a code change. */
const DEBUG_PARAM = 'growthkit_debug';

/** Whether the panel is wanted: `init({ debug: true })`, or the page URL's `growthkit_debug` (not "0" or "false"). */
export function debugRequested(debug: boolean | undefined, search: string): boolean {
  const flag = new URLSearchParams(search).get(DEBUG_PARAM);
  return debug === true || (flag !== null && flag !== '0' && flag !== 'false');
}
