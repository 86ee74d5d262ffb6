/** 32-bit FNV-1a over UTF-16 code units (not UTF-8 bytes), which is what GrowthBook hashes. */
export function fnv1a32(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  return hash >>> 0;
}
