import { useId } from 'react';
import {
  RECOMMENDATION_STATUSES,
  STATUS_LABELS,
  type RecommendationStatus,
  type RegisterFilter,
} from '../../../shared/recommendations.ts';

interface RegisterFiltersProps {
  query: string;
  filter: RegisterFilter;
  committees: string[];
  organisations: string[];
  /** Rows per status under every filter but the status one, so each count says what choosing it shows. */
  counts: Record<RecommendationStatus, number>;
  onQueryChange: (query: string) => void;
  onFilterChange: (filter: RegisterFilter) => void;
}

export function RegisterFilters({ query, filter, committees, organisations, counts, onQueryChange, onFilterChange }: RegisterFiltersProps) {
  const id = useId();
  const statuses = filter.statuses ?? [];
  const update = (patch: Partial<RegisterFilter>) => onFilterChange({ ...filter, ...patch });
  const toggle = (status: RecommendationStatus) =>
    update({ statuses: statuses.includes(status) ? statuses.filter((s) => s !== status) : [...statuses, status] });

  return (
    <div className="register-filters">
      <div className="field register-search">
        <label htmlFor={`${id}-q`}>Search recommendations, decisions and responses</label>
        <input id={`${id}-q`} type="search" value={query} autoComplete="off" onChange={(e) => onQueryChange(e.target.value)} />
      </div>
      <div className="register-filter-row">
        <div className="field">
          <label htmlFor={`${id}-committee`}>Committee</label>
          <select id={`${id}-committee`} value={filter.committee ?? ''} onChange={(e) => update({ committee: e.target.value || null })}>
            <option value="">All committees</option>
            {committees.map((c) => (
              <option key={c}>{c}</option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${id}-organisation`}>Organisation</label>
          <select
            id={`${id}-organisation`}
            value={filter.organisation ?? ''}
            onChange={(e) => update({ organisation: e.target.value || null })}
          >
            <option value="">All organisations</option>
            {organisations.map((o) => (
              <option key={o}>{o}</option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${id}-owner`}>Owner</label>
          <input id={`${id}-owner`} value={filter.owner ?? ''} autoComplete="off" onChange={(e) => update({ owner: e.target.value })} />
        </div>
        <div className="field">
          <label htmlFor={`${id}-from`}>Reports from</label>
          <input id={`${id}-from`} type="date" value={filter.from ?? ''} onChange={(e) => update({ from: e.target.value || null })} />
        </div>
        <div className="field">
          <label htmlFor={`${id}-to`}>Reports to</label>
          <input id={`${id}-to`} type="date" value={filter.to ?? ''} onChange={(e) => update({ to: e.target.value || null })} />
        </div>
        <label className="choice register-overdue">
          <input type="checkbox" checked={filter.overdueOnly ?? false} onChange={(e) => update({ overdueOnly: e.target.checked })} />
          Overdue only
        </label>
      </div>
      <div className="status-counts" role="group" aria-label="Show only these statuses">
        {RECOMMENDATION_STATUSES.map((status) => (
          <button
            key={status}
            type="button"
            className={`status-count status-${status}`}
            aria-pressed={statuses.includes(status)}
            onClick={() => toggle(status)}
          >
            {STATUS_LABELS[status]} <span className="count">{counts[status]}</span>
          </button>
        ))}
      </div>
    </div>
  );
}
