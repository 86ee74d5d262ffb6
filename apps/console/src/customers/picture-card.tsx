import { h, type ComponentChildren } from 'preact';

/** One titled part of a customer's picture, a region named by its title. */
export function PictureCard({ title, children }: { title: string; children: ComponentChildren }) {
  return (
    <section class="panel" aria-label={title}>
      <h2 class="panel-title">{title}</h2>
      {children}
    </section>
  );
}
