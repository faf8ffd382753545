/** Row types of the tables every agency database has (see migrations/). */
import type { ColumnType, Generated } from 'kysely';

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
  request_id: string | null;
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

export interface AgencyDatabase {
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
