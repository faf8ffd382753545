/** Seed records: what the facts and the generator produce and `writeSeed` stores. */
import type {
  ActivityStatus,
  DacCriterion,
  EvaluationType,
  LEGAL_INSTRUMENT_KINDS,
  Modality,
  OrganisationRole,
  OverallRating,
  ParticipantRole,
  RelatedActivityType,
  RequestStatus,
} from '@ssc/contract';
import type { ContactValue, ProgressValue, ResultValue, TranslationValue } from '../tables.ts';

export interface SeedInstitution {
  id: string;
  name: string;
  acronym?: string;
  country?: string;
  /** IATI OrganisationType code. */
  organisationType: string;
  iatiIdentifier?: string;
}

export interface SeedParticipant {
  role: ParticipantRole;
  organisationRole: OrganisationRole;
  name: string;
  /** The name in other languages than English (the language of `name`). */
  nameTranslations?: readonly TranslationValue[];
  country?: string;
  institutionId?: string;
  agencyCode?: string;
}

export interface SeedProject {
  id: string;
  /** The local part of the IATI identifier (after the agency's organisation id). */
  iatiLocalId: string;
  title: string;
  description?: string;
  /** Title and description in other languages than English (the language of `title`). */
  narratives?: { field: 'TITLE' | 'DESCRIPTION'; lang: string; text: string }[];
  status: ActivityStatus;
  modality: Modality;
  /** IATI CollaborationType code. */
  collaborationType?: string;
  plannedStart?: string;
  plannedEnd?: string;
  actualStart?: string;
  actualEnd?: string;
  recipientCountries: string[];
  sectors: string[];
  sdgs: number[];
  budget?: { amount: number; currency: string };
  participants: SeedParticipant[];
  related?: { type: RelatedActivityType; id: string }[];
  /** Values of the agency's own columns. */
  extra?: Record<string, unknown>;
  /** IATI results and indicators that monitoring reports measure against. */
  results?: ResultValue[];
  /** Months between monitoring reports (default 6). */
  reportingIntervalMonths?: number;
  /** The request this project was converted from (a request of the same agency, status CONVERTED). */
  requestId?: string;
  /** Recipient agencies that confirmed their participation. */
  confirmations?: { agency: string; user: string; at: string; comment?: string }[];
}

export interface SeedEvaluation {
  id: string;
  projectId: string;
  type: EvaluationType;
  date: string;
  evaluators: string[];
  ratings: Partial<Record<DacCriterion, { score: 1 | 2 | 3; narrative?: string }>>;
  overallRating?: OverallRating;
  findings?: string;
  lessons?: string;
  recommendations?: string;
  reportUrl?: string;
  overallRatingJustification?: string;
  /** DRAFT evaluations are visible only to their evaluators; default FINAL. */
  status?: 'DRAFT' | 'FINAL';
  signOffs?: { agency: string; user: string; at: string }[];
}

/** A request for cooperation addressed to the agency. */
export interface SeedRequest {
  id: string;
  title: string;
  description?: string;
  sectors: string[];
  sdgs?: number[];
  requester: { name: string; country: string; agency?: string };
  desiredModality?: Modality;
  contact?: ContactValue;
  /** ISO instant. */
  submittedAt: string;
  submittedBy: string;
  submittedByAgency: string;
  /** Moves after the submission, oldest first; the last one is the request's status (SUBMITTED when none). */
  moves?: { to: RequestStatus; at: string; user: string; agency: string; comment?: string }[];
  /** Set when the last move is CONVERTED: the project (of this agency) made of it. */
  projectId?: string;
}

export interface SeedReport {
  id: string;
  projectId: string;
  periodStart: string;
  periodEnd: string;
  side: ParticipantRole;
  agency: string;
  author: string;
  summary?: string;
  progress: ProgressValue[];
  issues?: string;
  nextSteps?: string;
  createdAt: string;
  comments?: { agency: string; user: string; at: string; text: string }[];
}

/** An expert of the talent bank: fictional people only. */
export interface SeedExpert {
  id: string;
  name: string;
  nationality: string;
  sectors: string[];
  /** ISO 639-1. */
  languages: string[];
  expertiseSummary?: string;
  contact?: ContactValue;
  availability: { from: string; to: string }[];
  deployments?: { projectId: string; role: string; startDate: string; endDate: string }[];
}

export interface SeedLesson {
  id: string;
  title: string;
  summary: string;
  projectId?: string;
  evaluationId?: string;
  sectors?: string[];
  countries?: string[];
  createdAt: string;
  createdBy: string;
  /** Set for published lessons. */
  publishedAt?: string;
}

export interface SeedProfile {
  mandate?: string;
  legalInstruments: { kind: (typeof LEGAL_INSTRUMENT_KINDS)[number]; number?: string; year: number; title: string; scope?: string }[];
  coordinationMechanisms: { name: string; role: string; members: { name: string; country?: string }[] }[];
  focalPoints: { position: string; name?: string; area?: string; email?: string }[];
}

export interface SeedData {
  institutions: SeedInstitution[];
  projects: SeedProject[];
  evaluations: SeedEvaluation[];
  requests?: SeedRequest[];
  reports?: SeedReport[];
  experts?: SeedExpert[];
  lessons?: SeedLesson[];
  profile?: SeedProfile;
}
