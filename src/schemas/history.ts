/**
 * What the data repository's git history says about each indicator: when it last changed, its recent
 * revisions in words, the earlier versions of its CSV, and the site's releases. Only a repository that is
 * the top of its own git work tree, with full history, has one (see src/site/git-history.ts).
 */

/** What one revision changed, counted; the words are made per language at render time (audiences/revisions/). */
export interface ChangeSummary {
  /** The indicator's first version in the history: how many values it brought, for which years. */
  created?: { values: number; years: string[] };
  /** The data file was deleted. */
  dataRemoved?: boolean;
  /** Values present before and after whose number changed. */
  valuesRevised: number;
  /** Values added in years that already had values (a new breakdown, a filled gap). */
  valuesAdded: number;
  /** Values removed from years that keep other values. */
  valuesRemoved: number;
  /** Values whose observation status changed (provisional → final) while the number stayed. */
  statusChanged: number;
  /** Years that had no value before and have some now; years that lost all their values. */
  yearsAdded: string[];
  yearsRemoved: string[];
  /** A unit renamed in the data's unit column, or the metadata's `computation_units` changed. */
  unitsRenamed: { from: string; to: string }[];
  /** Breakdown columns added or removed. */
  columnsAdded: string[];
  columnsRemoved: string[];
  /** Metadata fields added, changed or removed (keys; `body` for the page text), `computation_units` aside. */
  metadataChanged: string[];
}

/** One commit that changed an indicator's CSV or metadata. */
export interface Revision {
  /** Full commit hash, and the 7-character short one shown and used in file names. */
  hash: string;
  short: string;
  /** The commit date, `YYYY-MM-DD` as the committer's clock read it. */
  date: string;
  summary: ChangeSummary;
  /** The CSV as this revision left it, downloadable as `/downloads/versions/<id>/<file>`; absent when the CSV did not change. */
  version?: string;
}

export interface IndicatorHistory {
  /** Date of the latest commit that changed the indicator's CSV or metadata (`YYYY-MM-DD`). */
  lastUpdated: string;
  /** The latest revisions, newest first, at most `revisions.keep` of them. */
  revisions: Revision[];
  /** How many older revisions the history has beyond those listed. */
  earlier: number;
}

/** A release: the commits of one day (and the tag naming it, where one does). */
export interface Release {
  date: string;
  tag?: string;
  /** Each indicator changed that day, with what changed from the day before to the end of the day. */
  changes: { id: string; summary: ChangeSummary }[];
}

export interface RepoHistory {
  /** The commit the site is built from. */
  head: { hash: string; short: string; date: string };
  indicators: Map<string, IndicatorHistory>;
  /** Newest first, at most `revisions.releases` of them. */
  releases: Release[];
  /** CSV versions by indicator id and file name (`2024-06-10-1a2b3c4.csv`), as bytes. */
  versions: Map<string, Map<string, Uint8Array>>;
}

/** How much history to show (`revisions:` in sdg-portal.yml). */
export interface HistoryOptions {
  /** Revisions listed, and CSV versions kept, per indicator. */
  keep: number;
  /** Releases on the "What changed" page and in its feed. */
  releases: number;
}
