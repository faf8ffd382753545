/** Seed records: what the facts and the generator produce and `writeSeed` stores. */
import type {
  ActivityStatus,
  DacCriterion,
  EvaluationType,
  Modality,
  OrganisationRole,
  OverallRating,
  ParticipantRole,
  RelatedActivityType,
} from '@ssc/contract';

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
}

export interface SeedData {
  institutions: SeedInstitution[];
  projects: SeedProject[];
  evaluations: SeedEvaluation[];
}
