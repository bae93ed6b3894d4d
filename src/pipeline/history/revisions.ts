/**
 * From the log of the data folders to each indicator's revisions and the site's releases: which commits touched
 * which indicator, which blobs are needed to say what changed (only those of the revisions kept), and then the
 * summaries and the CSV versions. Pure: the blobs are read by the caller (src/site/git-history.ts).
 */
import type { ChangeSummary, HistoryOptions, IndicatorHistory, Release, RepoHistory, Revision } from '../../schemas/history.ts';
import type { Commit, FileChange } from './git-output.ts';
import { readMetaVersion, summariseChange, type MetaVersion } from './summarise.ts';

/** The files an indicator is read from, relative to the repository root. */
export interface IndicatorFiles {
  id: string;
  /** The CSV, where the indicator has one of its own. */
  data?: string;
  /** Its metadata files (meta/ and indicator-config/). */
  meta: string[];
  /** Column names the data use for the unit. */
  unitColumns?: string[];
}

interface Touch { commit: Commit; data?: FileChange; meta: FileChange[] }

/** Which commits touched each indicator, newest first. */
function touches(commits: readonly Commit[], files: readonly IndicatorFiles[]): Map<string, Touch[]> {
  const owner = new Map<string, { id: string; kind: 'data' | 'meta' }[]>();
  const own = (path: string, id: string, kind: 'data' | 'meta') => owner.set(path, [...(owner.get(path) ?? []), { id, kind }]);
  for (const f of files) {
    if (f.data) own(f.data, f.id, 'data');
    for (const m of f.meta) own(m, f.id, 'meta');
  }
  const byId = new Map<string, Touch[]>();
  for (const commit of commits) {
    const mine = new Map<string, Touch>();
    for (const change of commit.changes) {
      for (const { id, kind } of owner.get(change.path) ?? []) {
        const touch = mine.get(id) ?? { commit, meta: [] };
        if (kind === 'data') touch.data = change;
        else touch.meta.push(change);
        mine.set(id, touch);
      }
    }
    for (const [id, touch] of mine) byId.set(id, [...(byId.get(id) ?? []), touch]);
  }
  return byId;
}

/** A change from the state before `from` to the state after `to` (the same file, over several commits). */
const span = (path: string, from: FileChange | undefined, to: FileChange | undefined): FileChange | undefined =>
  from || to ? { path, ...(from?.before ? { before: from.before } : {}), ...(to?.after ? { after: to.after } : {}) } : undefined;

export interface HistoryPlan {
  head: Commit;
  perIndicator: Map<string, { all: Touch[]; kept: Touch[] }>;
  releases: { date: string; tag?: string; changes: { id: string; data?: FileChange; meta: FileChange[] }[] }[];
  files: Map<string, IndicatorFiles>;
  keep: number;
}

/** What to show and which blobs that needs. */
export function planHistory(commits: readonly Commit[], files: readonly IndicatorFiles[], opts: HistoryOptions): { plan: HistoryPlan; blobs: Set<string> } | undefined {
  const head = commits[0];
  if (!head) return undefined;
  const byId = touches(commits, files);
  const perIndicator = new Map([...byId].map(([id, all]) => [id, { all, kept: all.slice(0, opts.keep) }]));
  // Releases: the days the data changed, newest first; each indicator's change spans the day's commits.
  const days: { date: string; tag?: string; touches: Map<string, Touch[]> }[] = [];
  for (const [id, all] of byId) {
    for (const touch of all) {
      let day = days.find((d) => d.date === touch.commit.date);
      if (!day) days.push((day = { date: touch.commit.date, touches: new Map() }));
      day.touches.set(id, [...(day.touches.get(id) ?? []), touch]);
    }
  }
  for (const c of commits) {
    const day = days.find((d) => d.date === c.date);
    if (day && !day.tag && c.tags[0]) day.tag = c.tags[0];
  }
  days.sort((a, b) => b.date.localeCompare(a.date));
  const releases = days.slice(0, opts.releases).map((day) => ({
    date: day.date,
    ...(day.tag ? { tag: day.tag } : {}),
    changes: [...day.touches].sort(([a], [b]) => a.localeCompare(b, 'en', { numeric: true })).map(([id, ts]) => {
      // Newest first: the oldest touch gives "before", the newest "after".
      const oldest = ts[ts.length - 1]!;
      const newest = ts[0]!;
      const metaPaths = [...new Set(ts.flatMap((t) => t.meta.map((m) => m.path)))];
      const first = (path: string) => [...ts].reverse().flatMap((t) => t.meta).find((m) => m.path === path);
      const last = (path: string) => ts.flatMap((t) => t.meta).find((m) => m.path === path);
      const dataPath = oldest.data?.path ?? newest.data?.path;
      const data = dataPath ? span(dataPath, [...ts].reverse().find((t) => t.data)?.data, ts.find((t) => t.data)?.data) : undefined;
      return { id, ...(data ? { data } : {}), meta: metaPaths.flatMap((p) => span(p, first(p), last(p)) ?? []) };
    }),
  }));
  const blobs = new Set<string>();
  const need = (c: FileChange | undefined) => { if (c?.before) blobs.add(c.before); if (c?.after) blobs.add(c.after); };
  for (const { kept } of perIndicator.values()) for (const t of kept) { need(t.data); t.meta.forEach(need); }
  for (const r of releases) for (const c of r.changes) { need(c.data); c.meta.forEach(need); }
  return { plan: { head, perIndicator, releases, files: new Map(files.map((f) => [f.id, f])), keep: opts.keep }, blobs };
}

/** Says what changed, from the blobs read. */
export function buildHistory(plan: HistoryPlan, blobs: ReadonlyMap<string, Uint8Array>): RepoHistory {
  const texts = new Map<string, string>();
  const csv = (id: string | undefined): string | undefined => {
    if (!id || !blobs.has(id)) return undefined;
    let text = texts.get(id);
    if (text === undefined) texts.set(id, (text = new TextDecoder().decode(blobs.get(id)!)));
    return text;
  };
  const metas = new Map<string, MetaVersion>();
  const meta = (path: string, id: string | undefined): MetaVersion | undefined => {
    if (!id || !blobs.has(id)) return undefined;
    let m = metas.get(id);
    if (!m) metas.set(id, (m = readMetaVersion(path, blobs.get(id)!)));
    return m;
  };
  // A first version is counted, not compared: its metadata need not be read.
  const NEW_META: MetaVersion = { fields: {}, body: '' };
  // A release of one commit says what that commit's revision says: each comparison is made once.
  const summaries = new Map<string, ChangeSummary>();
  const summarise = (indicator: string, data: FileChange | undefined, changes: FileChange[]): ChangeSummary => {
    const key = JSON.stringify([indicator, data?.before, data?.after, changes.map((m) => [m.path, m.before, m.after])]);
    let s = summaries.get(key);
    if (!s) summaries.set(key, (s = summariseOnce(indicator, data, changes)));
    return s;
  };
  const summariseOnce = (indicator: string, data: FileChange | undefined, changes: FileChange[]): ChangeSummary => summariseChange({
    ...(data ? { data: { ...(csv(data.before) !== undefined ? { before: csv(data.before)! } : {}), ...(csv(data.after) !== undefined ? { after: csv(data.after)! } : {}) } } : {}),
    meta: (!data?.before && changes.every((m) => !m.before))
      ? changes.map(() => ({ after: NEW_META }))
      : changes.map((m) => ({ ...(meta(m.path, m.before) ? { before: meta(m.path, m.before)! } : {}), ...(meta(m.path, m.after) ? { after: meta(m.path, m.after)! } : {}) })),
    ...(plan.files.get(indicator)?.unitColumns ? { unitColumns: plan.files.get(indicator)!.unitColumns! } : {}),
  });
  const indicators = new Map<string, IndicatorHistory>();
  const versions = new Map<string, Map<string, Uint8Array>>();
  for (const [id, { all, kept }] of plan.perIndicator) {
    const revisions: Revision[] = kept.map((t) => {
      const short = t.commit.hash.slice(0, 7);
      const file = t.data?.after && blobs.has(t.data.after) ? `${t.commit.date}-${short}.csv` : undefined;
      if (file) versions.set(id, (versions.get(id) ?? new Map()).set(file, blobs.get(t.data!.after!)!));
      return { hash: t.commit.hash, short, date: t.commit.date, summary: summarise(id, t.data, t.meta), ...(file ? { version: file } : {}) };
    });
    indicators.set(id, { lastUpdated: all[0]!.commit.date, revisions, earlier: all.length - kept.length });
  }
  const releases: Release[] = plan.releases.map((r) => ({
    date: r.date, ...(r.tag ? { tag: r.tag } : {}),
    changes: r.changes.map((c) => ({ id: c.id, summary: summarise(c.id, c.data, c.meta) })),
  }));
  const { head } = plan;
  return { head: { hash: head.hash, short: head.hash.slice(0, 7), date: head.date }, indicators, releases, versions };
}
