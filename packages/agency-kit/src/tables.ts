/**
 * Row types of the tables every agency database has (see migrations/). They are written here,
 * narrower than the database can say (JSON columns' shapes, columns the application never writes),
 * and checked against `db.generated.ts`, kysely-codegen's reading of a freshly migrated database
 * (kept fresh by tables.test.ts): `TABLES_MATCH_MIGRATIONS` below does not compile while a table
 * or column is missing on either side, a select type differs, or the database requires a column
 * on insert that these types leave out.
 */
import type { ColumnType, Generated, InsertType, SelectType } from 'kysely';
import type { DB, JsonValue } from './db.generated.ts';

type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;

export interface InstitutionTable {
  id: string;
  name: string;
  sort_name: string;
  acronym: string | null;
  country_code: string | null;
  organisation_type: string;
  iati_identifier: string | null;
  created_at: Timestamp;
  updated_at: Timestamp;
  version: Generated<number>;
  created_by: string | null;
  updated_by: string | null;
}

export interface ProjectTable {
  id: string;
  iati_identifier: string;
  title: string;
  description: string | null;
  status: number;
  modality: string;
  collaboration_type: string | null;
  planned_start: string | null;
  planned_end: string | null;
  actual_start: string | null;
  actual_end: string | null;
  start_date: ColumnType<string | null, never, never>;
  end_date: ColumnType<string | null, never, never>;
  start_rank: ColumnType<number, never, never>;
  recipient_countries: string[];
  /** Recipient countries and participants' countries: what the `countries` filter matches. */
  countries: string[];
  /** Folded names and IATI identifiers of the participants: what the `participants` filter matches. */
  participant_keys: string[];
  sectors: string[];
  sdgs: number[];
  budget_amount: number | null;
  budget_currency: string | null;
  request_id: ColumnType<string | null, string | null | undefined, string | null>;
  results: ColumnType<ResultValue[], string | undefined, string>;
  reporting_interval_months: ColumnType<number, number | undefined, number>;
  last_report_end: ColumnType<string | null, string | null | undefined, string | null>;
  /** Elements of an imported IATI activity the graph does not model, as XML, in file order. */
  iati_extra: ColumnType<IatiExtra[], string | undefined, string>;
  /** The percentages an imported activity gave its recipient countries and DAC sectors, by code, as written. */
  iati_percentages: ColumnType<IatiPercentages, string | undefined, string>;
  /** The language of title and description (ISO 639-1). */
  language: ColumnType<string, string | undefined, string>;
  /** Title and description in other languages. */
  narratives: ColumnType<NarrativeValue[], string | undefined, string>;
  created_at: Timestamp;
  updated_at: Timestamp;
  version: Generated<number>;
  created_by: string | null;
  updated_by: string | null;
}

export interface ParticipantTable {
  project_id: string;
  position: number;
  role: string;
  organisation_role: number;
  name: string;
  country_code: string | null;
  institution_id: string | null;
  agency_code: string | null;
  /**
   * The name in other languages than the project's own (jsonb). Held as the list, also to be
   * written: insertParticipants and the import's bulk insert write it as JSON.
   */
  name_translations: TranslationValue[];
}

export interface RelationTable {
  project_id: string;
  related_id: string;
  type: number;
}

export interface EvaluationTable {
  id: string;
  project_id: string;
  type: string;
  date: string;
  date_rank: ColumnType<number, never, never>;
  evaluators: string[];
  overall_rating: string | null;
  findings: string | null;
  lessons: string | null;
  recommendations: string | null;
  report_url: string | null;
  overall_rating_justification: ColumnType<string | null, string | null | undefined, string | null>;
  status: ColumnType<string, string | undefined, string>;
  created_at: Timestamp;
  updated_at: Timestamp;
  version: Generated<number>;
  created_by: string | null;
  updated_by: string | null;
}

export interface RatingTable {
  evaluation_id: string;
  criterion: string;
  score: number;
  narrative: string | null;
}

export interface AuditTable {
  id: Generated<number>;
  at: ColumnType<Date, never, never>;
  actor_user: string | null;
  actor_agency: string | null;
  /** This subgraph's own id of the request. */
  request_id: string | null;
  /** The x-request-id the caller sent (printable ASCII, at most 100 characters), kept apart; null when absent or unfit. */
  client_request_id: ColumnType<string | null, string | null | undefined, never>;
  action: string;
  record_id: string;
  before: unknown;
  after: unknown;
}

export interface SignOffTable {
  evaluation_id: string;
  agency: string;
  user_id: string;
  at: ColumnType<Date, never, never>;
}

export interface ConfirmationTable {
  project_id: string;
  agency: string;
  user_id: string;
  at: ColumnType<Date, never, never>;
  comment: string | null;
}

export interface IdempotencyTable {
  agency: string;
  user_id: string;
  key: string;
  action: string;
  record_id: string;
  created_at: ColumnType<Date, never, never>;
}

export interface AgencyUserTable {
  user_id: string;
  roles: string[];
  active: boolean;
  updated_at: ColumnType<Date, Date | undefined, Date>;
  updated_by: string | null;
}

export interface SigningKeyTable {
  kid: string;
  jwk: ColumnType<Record<string, unknown>, string, string>;
  added_at: ColumnType<Date, never, never>;
  added_by: string | null;
  retired_at: ColumnType<Date | null, never, Date>;
}

/** A text of a record in another language than its own. */
export interface NarrativeValue {
  field: 'TITLE' | 'DESCRIPTION';
  lang: string;
  text: string;
}

/** A text in another language than its record's own (IATI's narrative with its xml:lang). */
export interface TranslationValue {
  lang: string;
  text: string;
}

/** The percentages an imported IATI activity gave its recipient countries and DAC sectors, by code, as written. */
export interface IatiPercentages {
  country?: Record<string, string>;
  sector?: Record<string, string>;
}

/** An element of an imported IATI activity the graph does not model. */
export interface IatiExtra {
  /** Its name, which places it in the activity's sequence. */
  element: string;
  xml: string;
}

export interface IndicatorValue {
  ref: string;
  title: string;
  /** The title in other languages (left out when none). */
  titleTranslations?: TranslationValue[];
  measure: string;
  ascending: boolean;
  baselineYear: number | null;
  baselineValue: number | null;
  targetValue: number | null;
}
export interface ResultValue {
  type: string;
  title: string;
  /** The title in other languages (left out when none). */
  titleTranslations?: TranslationValue[];
  indicators: IndicatorValue[];
}
export interface ProgressValue {
  indicatorRef: string;
  indicatorTitle: string;
  /** The indicator's title in other languages, as it was when the report was filed (left out when none). */
  indicatorTitleTranslations?: TranslationValue[];
  baselineValue: number | null;
  targetValue: number | null;
  actualValue: number;
  comment: string | null;
  /** The comment in other languages (left out when none). */
  commentTranslations?: TranslationValue[];
}
export interface ContactValue {
  name?: string | null;
  email?: string | null;
  phone?: string | null;
}

type Json<T> = ColumnType<T, string | undefined, string>;

export interface ProfileTable {
  singleton: ColumnType<boolean, boolean | undefined, never>;
  mandate: string | null;
  legal_instruments: Json<Record<string, unknown>[]>;
  coordination_mechanisms: Json<Record<string, unknown>[]>;
  focal_points: Json<Record<string, unknown>[]>;
  updated_at: ColumnType<Date | null, Date | undefined, Date>;
  updated_by: string | null;
  version: ColumnType<number, number | undefined, number>;
}

export interface RequestTable {
  id: string;
  title: string;
  description: string | null;
  sectors: string[];
  sdgs: number[];
  requester_name: string;
  requester_country: string;
  requester_agency: string | null;
  desired_modality: string | null;
  contact: ColumnType<ContactValue | null, string | null, string | null>;
  status: ColumnType<string, string | undefined, string>;
  decline_reason: string | null;
  project_id: string | null;
  submitted_at: ColumnType<Date, Date | string, never>;
  submitted_rank: ColumnType<number, number, never>;
  submitted_by: string;
  submitted_by_agency: string;
  updated_at: Timestamp;
  version: Generated<number>;
}

export interface TransitionTable {
  request_id: string;
  position: number;
  from_status: string | null;
  to_status: string;
  user_id: string;
  agency: string;
  at: ColumnType<Date, Date | string | undefined, never>;
  comment: string | null;
}

export interface ReportTable {
  id: string;
  project_id: string;
  period_start: string;
  period_end: string;
  side: string;
  agency: string;
  author: string;
  summary: string | null;
  progress: Json<ProgressValue[]>;
  issues: string | null;
  next_steps: string | null;
  created_at: ColumnType<Date, Date | string | undefined, never>;
}

export interface CommentTable {
  id: Generated<number>;
  report_id: string;
  agency: string;
  user_id: string;
  at: ColumnType<Date, Date | string | undefined, never>;
  text: string;
}

export interface ExpertTable {
  id: string;
  name: string;
  sort_name: string;
  nationality: string;
  sectors: string[];
  languages: string[];
  expertise_summary: string | null;
  contact: ColumnType<ContactValue | null, string | null, string | null>;
  created_at: Timestamp;
  updated_at: Timestamp;
  version: Generated<number>;
  created_by: string | null;
  updated_by: string | null;
}

export interface AvailabilityTable {
  expert_id: string;
  available_from: string;
  available_to: string;
}

export interface DeploymentTable {
  id: Generated<number>;
  expert_id: string;
  project_id: string;
  role: string;
  start_date: string;
  end_date: string;
  created_at: ColumnType<Date, never, never>;
  created_by: string | null;
}

export interface LessonTable {
  id: string;
  title: string;
  summary: string;
  project_id: string | null;
  evaluation_id: string | null;
  sectors: string[];
  countries: string[];
  public: boolean;
  published_at: ColumnType<Date | null, Date | string | null | undefined, Date | null>;
  published_rank: ColumnType<number, number | undefined, number>;
  created_at: ColumnType<Date, Date | string | undefined, never>;
  created_by: string;
}

export interface AgencyDatabase {
  agency_profile: ProfileTable;
  cooperation_requests: RequestTable;
  request_transitions: TransitionTable;
  monitoring_reports: ReportTable;
  report_comments: CommentTable;
  experts: ExpertTable;
  expert_availability: AvailabilityTable;
  expert_deployments: DeploymentTable;
  lessons: LessonTable;
  agency_users: AgencyUserTable;
  signing_keys: SigningKeyTable;
  evaluation_signoffs: SignOffTable;
  project_confirmations: ConfirmationTable;
  idempotency_keys: IdempotencyTable;
  institutions: InstitutionTable;
  projects: ProjectTable;
  project_participants: ParticipantTable;
  project_relations: RelationTable;
  evaluations: EvaluationTable;
  evaluation_ratings: RatingTable;
  audit_log: AuditTable;
}

// ---------------------------------------------------------------- in step with the migrations

/**
 * Columns whose type here is narrower than PostgreSQL reports: generated ranks are never null
 * (the expression is), though a generated column is always reported nullable.
 */
type Narrowed = 'projects.start_rank' | 'evaluations.date_rank';

type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
type Nullable<T> = [null] extends [T] ? true : false;
/** kysely's `Insertable` leaves out columns whose insert type takes undefined or null. */
type RequiredOnInsert<T> = [undefined] extends [InsertType<T>] ? false : [null] extends [InsertType<T>] ? false : true;
type Insertable<T> = [InsertType<T>] extends [never] ? false : true;

type SelectDrift<K extends string, H, G> =
  Same<Exclude<SelectType<G>, null>, NonNullable<JsonValue>> extends true
    ? Same<Nullable<SelectType<H>>, Nullable<SelectType<G>>> extends true
      ? never
      : `${K}: JSON column whose nullability differs`
    : K extends Narrowed
      ? [SelectType<H>] extends [SelectType<G>]
        ? never
        : `${K}: not a narrowing of the database's type`
      : Same<SelectType<H>, SelectType<G>> extends true
        ? never
        : `${K}: select type differs from the database's`;

type InsertDrift<K extends string, H, G> =
  RequiredOnInsert<G> extends true
    ? RequiredOnInsert<H> extends true
      ? Insertable<H> extends true
        ? never
        : `${K}: required by the database but never inserted`
      : `${K}: required by the database but optional here`
    : never;

type TableDrift<T extends string, H, G> = {
  [C in keyof H | keyof G]: C extends string
    ? C extends keyof G
      ? C extends keyof H
        ? SelectDrift<`${T}.${C}`, H[C], G[C]> | InsertDrift<`${T}.${C}`, H[C], G[C]>
        : `${T}.${C}: column missing here`
      : `${T}.${C}: no such column in the migrations`
    : never;
}[keyof H | keyof G];

/** Every disagreement between these types and the migrated database, as `table.column: what`. */
type Drift = {
  [T in keyof DB | keyof AgencyDatabase]: T extends keyof DB
    ? T extends keyof AgencyDatabase
      ? TableDrift<T, AgencyDatabase[T], DB[T]>
      : `${T}: table missing here`
    : `${T & string}: no such table in the migrations`;
}[keyof DB | keyof AgencyDatabase];

/** Compiles only while `Drift` is empty; the compiler's message names each disagreement as a missing property. */
export const TABLES_MATCH_MIGRATIONS: { [K in Drift]: 'disagrees with the migrations' } = {};
