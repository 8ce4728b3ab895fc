/**
 * The recommendations register: every recommendation in the library's reports, what was decided about
 * it and how it is being followed up. Types and labels shared by main and renderer.
 */

export const RECOMMENDATION_STATUSES = [
  'proposed',
  'agreed',
  'agreed-with-amendments',
  'deferred',
  'rejected',
  'noted',
  'withdrawn',
] as const;

export type RecommendationStatus = (typeof RECOMMENDATION_STATUSES)[number];

export const STATUS_LABELS: Readonly<Record<RecommendationStatus, string>> = {
  proposed: 'Proposed',
  agreed: 'Agreed',
  'agreed-with-amendments': 'Agreed with amendments',
  deferred: 'Deferred',
  rejected: 'Rejected',
  noted: 'Noted',
  withdrawn: 'Withdrawn',
};

/**
 * Statuses after which nothing more is expected, so a past due date no longer makes a recommendation
 * overdue. An agreed recommendation still has work to do; a rejected or withdrawn one does not.
 */
export const CLOSED_STATUSES: readonly RecommendationStatus[] = ['rejected', 'noted', 'withdrawn'];

/** Where a row came from: read out of the report, typed in by a person, or split off another row. */
export type RecommendationSource = 'extracted' | 'manual' | 'split';

/** The fields a person can change; null means "not recorded". Dates are ISO days. */
export interface RecommendationFields {
  text: string;
  status: RecommendationStatus;
  decision: string | null;
  decisionDate: string | null;
  owner: string | null;
  dueDate: string | null;
  response: string | null;
}

/** One row of the register. */
export interface RegisterEntry extends RecommendationFields {
  id: number;
  documentId: number;
  documentTitle: string;
  /** The report's date (usually its meeting's). */
  documentDate: string | null;
  committee: string | null;
  organisation: string | null;
  /** Its place among its report's recommendations, from 1. */
  number: number;
  pageIndex: number | null;
  source: RecommendationSource;
  /** The text exactly as the extractor read it; null for rows a person added. */
  originalText: string | null;
  updatedAt: string | null;
}

export type ChangeAction = 'add' | 'edit' | 'split' | 'merge' | 'undo';

/** One field of one recommendation as a change left it. `created` marks a row the change brought into being. */
export interface FieldChange {
  recommendationId: number;
  field: keyof RecommendationFields | 'mergedInto' | 'created';
  from: string | null;
  to: string | null;
}

/** One entry of the history: who did what, when. */
export interface RegisterChange {
  id: number;
  at: string;
  userName: string;
  action: ChangeAction;
  description: string;
  fields: FieldChange[];
  /** Set when a later undo reversed this change. */
  undone: boolean;
}

/** What the register view shows a filter for; every part is optional and all given parts must match. */
export interface RegisterFilter {
  committee?: string | null;
  organisation?: string | null;
  statuses?: RecommendationStatus[];
  /** Matches owners containing these letters, ignoring case. */
  owner?: string | null;
  overdueOnly?: boolean;
  /** Report dates, inclusive ISO days. */
  from?: string | null;
  to?: string | null;
}

export type RegisterSortKey = 'report' | 'date' | 'status' | 'owner' | 'dueDate' | 'committee';
export type RegisterSortDirection = 'ascending' | 'descending';

export interface RegisterSort {
  key: RegisterSortKey;
  direction: RegisterSortDirection;
}

export interface UserSettings {
  /** Written into the history of every change; asked for before the first one. */
  userName: string | null;
}

/** A file made from the register, ready to be saved. */
export interface RegisterExport {
  fileName: string;
  mimeType: string;
  data: Uint8Array;
}
