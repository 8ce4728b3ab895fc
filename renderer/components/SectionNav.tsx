/** The app's main sections as a row of links; the current one is marked for screen readers too. */
export interface SectionLink<Id extends string> {
  id: Id;
  label: string;
}

interface SectionNavProps<Id extends string> {
  sections: readonly SectionLink<Id>[];
  current: Id;
  onSelect: (id: Id) => void;
}

export function SectionNav<Id extends string>({ sections, current, onSelect }: SectionNavProps<Id>) {
  return (
    <nav className="section-nav" aria-label="Sections">
      <ul>
        {sections.map((section) => (
          <li key={section.id}>
            <a
              href={`#${section.id}`}
              aria-current={section.id === current ? 'page' : undefined}
              onClick={(event) => {
                event.preventDefault();
                onSelect(section.id);
              }}
            >
              {section.label}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
