import { useCallback, useEffect, useState, type FormEvent } from 'react';
import type { DocumentSummary } from '../../../shared/domain.ts';
import type { MeetingSummary } from '../../../shared/meetings.ts';
import { call } from '../../lib/api.ts';
import { PackBuilder } from '../pack-builder/PackBuilder.tsx';

interface MeetingsViewProps {
  documents: DocumentSummary[];
}

const EMPTY = { organisation: '', committee: '', title: '', startsAt: '', venue: '' };

/** The Meetings section: the meetings in the library, a form to add one, and the pack builder for the one chosen. */
export function MeetingsView({ documents }: MeetingsViewProps) {
  const [meetings, setMeetings] = useState<MeetingSummary[]>([]);
  const [openId, setOpenId] = useState<number | null>(null);
  const [form, setForm] = useState(EMPTY);
  const [error, setError] = useState<string | null>(null);

  const reload = useCallback(async () => {
    try {
      setMeetings(await call('meetings:list', {}));
    } catch (e) {
      setError((e as Error).message);
    }
  }, []);
  useEffect(() => void reload(), [reload]);

  async function create(event: FormEvent) {
    event.preventDefault();
    setError(null);
    try {
      const meeting = await call('meetings:create', form);
      setForm(EMPTY);
      await reload();
      setOpenId(meeting.id);
    } catch (e) {
      setError((e as Error).message);
    }
  }

  if (openId !== null) {
    return (
      <PackBuilder
        meetingId={openId}
        documents={documents}
        onBack={() => {
          setOpenId(null);
          void reload();
        }}
      />
    );
  }

  const field = (name: keyof typeof EMPTY, label: string, type = 'text') => (
    <label className="meeting-field">
      <span>{label}</span>
      <input type={type} value={form[name]} required={name !== 'venue'} onChange={(e) => setForm({ ...form, [name]: e.target.value })} />
    </label>
  );

  return (
    <section className="meetings" aria-labelledby="meetings-heading">
      <h2 id="meetings-heading">Meetings</h2>
      {error && (
        <p className="banner banner-error" role="alert">
          {error}
        </p>
      )}
      {meetings.length === 0 ? (
        <p>No meetings yet. Add one below to start a briefing pack.</p>
      ) : (
        <ul className="meeting-list">
          {meetings.map((m) => (
            <li key={m.id}>
              <button type="button" className="link-button" onClick={() => setOpenId(m.id)}>
                {m.committee}: {m.title}
              </button>{' '}
              <span className="muted">
                {m.startsAt.replace('T', ' ')} · {m.itemCount} item{m.itemCount === 1 ? '' : 's'}
                {m.latestEdition ? ` · pack edition ${m.latestEdition}` : ''}
              </span>
            </li>
          ))}
        </ul>
      )}
      <form className="meeting-form" onSubmit={(e) => void create(e)} aria-label="New meeting">
        <h3>New meeting</h3>
        {field('organisation', 'Organisation')}
        {field('committee', 'Committee')}
        {field('title', 'Meeting title')}
        {field('startsAt', 'Date and time', 'datetime-local')}
        {field('venue', 'Venue')}
        <button type="submit">Add meeting</button>
      </form>
    </section>
  );
}
