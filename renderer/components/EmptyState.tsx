import { useId, type ReactNode } from 'react';

/** A calm explanation of why a view has nothing to show, and what to do about it. */
export function EmptyState({ heading, children }: { heading: string; children: ReactNode }) {
  const headingId = useId();
  return (
    <section className="empty-state" aria-labelledby={headingId}>
      <h3 id={headingId}>{heading}</h3>
      {children}
    </section>
  );
}
