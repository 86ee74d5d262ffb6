import { signal } from '@preact/signals';
import { h } from 'preact';
import { useMemo } from 'preact/hooks';

interface BannerStatusProps {
  /** what the banner says now: its label and the usage */
  text: string;
  /** the banner's level while it shows ("warn", "full"), else false: a change of it is news, a new amount is not */
  level: string | false;
}

/**
 * The banner's polite live region. Its words come a task after the news, into a region already on the page and empty:
 * a region inserted with its words is usually not read, and the banner never takes focus, so this is how its arrival
 * is heard. It speaks again only when the level changes, never for each new amount the host reports.
 */
export function BannerStatus({ text, level }: BannerStatusProps) {
  // made again only when the level changes: the words as they were at that news
  const said = useMemo(() => {
    const words = signal('');
    setTimeout(() => {
      if (level) words.value = text;
    });
    return words;
  }, [level]);
  return (
    <p class="sr" role="status">
      {said}
    </p>
  );
}
