/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** IATI activity status (codes 1-6). */
export type ActivityStatus =
  | 'CANCELLED'
  | 'CLOSED'
  | 'FINALISATION'
  | 'IMPLEMENTATION'
  | 'PIPELINE'
  | 'SUSPENDED';

export type CooperationRequestFilter = {
  agencies?: Array<string> | null | undefined;
  /** Requesting countries (ISO 3166-1 alpha-2). */
  countries?: Array<string> | null | undefined;
  /** DAC 5-digit sector codes. */
  sectors?: Array<string> | null | undefined;
  statuses?: Array<RequestStatus> | null | undefined;
  submittedFrom?: string | null | undefined;
  submittedTo?: string | null | undefined;
  /** Words that must all appear in the title or description. */
  text?: string | null | undefined;
};

/** The six OECD DAC evaluation criteria. */
export type DacCriterion =
  | 'COHERENCE'
  | 'EFFECTIVENESS'
  | 'EFFICIENCY'
  | 'IMPACT'
  | 'RELEVANCE'
  | 'SUSTAINABILITY';

export type EvaluationFilter = {
  /** Agencies that hold the evaluation. */
  agencies?: Array<string> | null | undefined;
  /** Agencies named as evaluators. */
  evaluators?: Array<string> | null | undefined;
  from?: string | null | undefined;
  overallRatings?: Array<OverallRating> | null | undefined;
  projectIds?: Array<string | number> | null | undefined;
  to?: string | null | undefined;
  types?: Array<EvaluationType> | null | undefined;
};

export type EvaluationStatus =
  /** Visible only to its evaluating agencies until each has signed it off. */
  | 'DRAFT'
  | 'FINAL';

/** When, and by whom, an evaluation was made. */
export type EvaluationType =
  | 'EX_POST'
  | 'FINAL'
  | 'JOINT'
  | 'MID_TERM';

export type ExpertFilter = {
  agencies?: Array<string> | null | undefined;
  /** With availableTo: the expert has an availability window covering the whole range, and no deployment in it. */
  availableFrom?: string | null | undefined;
  availableTo?: string | null | undefined;
  /** Nationalities (ISO 3166-1 alpha-2). */
  countries?: Array<string> | null | undefined;
  /** Experts deployed to any of these projects (any agency's). */
  deployedTo?: Array<string | number> | null | undefined;
  /** ISO 639-1 codes, e.g. ["pt"]; an expert matches by any of them. */
  languages?: Array<string> | null | undefined;
  /** DAC 5-digit sector codes. */
  sectors?: Array<string> | null | undefined;
  /** Words in the name or expertise summary. */
  text?: string | null | undefined;
};

export type LessonFilter = {
  agencies?: Array<string> | null | undefined;
  countries?: Array<string> | null | undefined;
  projectIds?: Array<string | number> | null | undefined;
  sectors?: Array<string> | null | undefined;
  text?: string | null | undefined;
};

/** How a cooperation is arranged: bilateral South-South, triangular, or regional. */
export type Modality =
  | 'BILATERAL'
  | 'REGIONAL'
  | 'TRIANGULAR';

/** Overall rating, A (highly satisfactory) to D (unsatisfactory). */
export type OverallRating =
  | 'A'
  | 'B'
  | 'C'
  | 'D';

/** SSC role: PROVIDER is the (first) provider, FACILITATOR the second provider or pivotal partner, RECIPIENT the beneficiary partner. */
export type ParticipantRole =
  | 'FACILITATOR'
  | 'FUNDER'
  | 'PROVIDER'
  | 'RECIPIENT';

/** Filters of project lists: OR within a field, AND across fields. */
export type ProjectFilter = {
  /** Agency codes, e.g. ["ABC", "JICA"]. */
  agencies?: Array<string> | null | undefined;
  /** ISO 3166-1 alpha-2 codes; a project matches by a recipient country or a participant's country. */
  countries?: Array<string> | null | undefined;
  modalities?: Array<Modality> | null | undefined;
  /** true: only projects in implementation whose next monitoring report is past due; false: all others. */
  monitoringOverdue?: boolean | null | undefined;
  /** Participating institutions, by name or IATI organisation identifier (case and accents ignored). */
  participants?: Array<string> | null | undefined;
  /** SDG goal numbers 1-17. */
  sdgs?: Array<number> | null | undefined;
  /** DAC 5-digit sector codes. */
  sectors?: Array<string> | null | undefined;
  /** Only projects starting on or after this date. */
  startsFrom?: string | null | undefined;
  /** Only projects starting on or before this date. */
  startsTo?: string | null | undefined;
  statuses?: Array<ActivityStatus> | null | undefined;
  /** Words that must all appear in the title or description. */
  text?: string | null | undefined;
};

/** IATI related-activity type (codes 1-5). */
export type RelatedActivityType =
  | 'CHILD'
  | 'CO_FUNDED'
  | 'PARENT'
  | 'SIBLING'
  | 'THIRD_PARTY';

/** Where a request for cooperation stands. Moves: SUBMITTED to UNDER_APPRAISAL or DECLINED; UNDER_APPRAISAL to ACCEPTED or DECLINED; ACCEPTED to CONVERTED (by converting it into a project); SUBMITTED or UNDER_APPRAISAL to WITHDRAWN (by the requesting side). Any other move is refused with INVALID_TRANSITION. */
export type RequestStatus =
  | 'ACCEPTED'
  | 'CONVERTED'
  | 'DECLINED'
  | 'SUBMITTED'
  | 'UNDER_APPRAISAL'
  | 'WITHDRAWN';

export type ReferenceQueryVariables = Exact<{ [key: string]: never; }>;


export type ReferenceQuery = { agencies: Array<{ code: string, acronym: string, name: string }>, countries: Array<{ code: string, name: string, region: string | null }>, sectors: Array<{ code: string, name: string, category: string | null }>, sdgGoals: Array<{ goal: number, name: string }> };

export type CountryPageQueryVariables = Exact<{
  code: string;
  filter: ProjectFilter;
  requests: CooperationRequestFilter;
  lessons: LessonFilter;
}>;


export type CountryPageQuery = { country: { code: string, name: string, region: string | null, projects: { totalCount: number, nodes: Array<
        | { id: string, title: string, status: ActivityStatus, startDate: string | null, agency: { code: string, acronym: string } }
        | { id: string, title: string, status: ActivityStatus, startDate: string | null, agency: { code: string, acronym: string } }
        | { id: string, title: string, status: ActivityStatus, startDate: string | null, agency: { code: string, acronym: string } }
        | { id: string, title: string, status: ActivityStatus, startDate: string | null, agency: { code: string, acronym: string } }
        | { id: string, title: string, status: ActivityStatus, startDate: string | null, agency: { code: string, acronym: string } }
      > } } | null, projectStats: { count: number, budgetUsd: number, byAgency: Array<{ key: string, label: string, count: number, budgetUsd: number }>, bySector: Array<{ key: string, label: string, count: number, budgetUsd: number }> }, cooperationRequests: { totalCount: number, nodes: Array<
      | { id: string, title: string, status: RequestStatus, submittedAt: string, agency: { acronym: string } }
      | { id: string, title: string, status: RequestStatus, submittedAt: string, agency: { acronym: string } }
      | { id: string, title: string, status: RequestStatus, submittedAt: string, agency: { acronym: string } }
      | { id: string, title: string, status: RequestStatus, submittedAt: string, agency: { acronym: string } }
      | { id: string, title: string, status: RequestStatus, submittedAt: string, agency: { acronym: string } }
    > }, lessons: { nodes: Array<
      | { id: string, title: string, summary: string, agency: { acronym: string } }
      | { id: string, title: string, summary: string, agency: { acronym: string } }
      | { id: string, title: string, summary: string, agency: { acronym: string } }
      | { id: string, title: string, summary: string, agency: { acronym: string } }
      | { id: string, title: string, summary: string, agency: { acronym: string } }
    > } };

export type EvaluationsQueryVariables = Exact<{
  filter?: EvaluationFilter | null | undefined;
}>;


export type EvaluationsQuery = { evaluationStats: { count: number, byRating: Array<{ key: string, label: string, count: number, budgetUsd: number }>, criteria: Array<{ criterion: string, label: string, mean: number | null, count: number }>, byEvaluator: Array<{ key: string, label: string, count: number, budgetUsd: number }> }, evaluations: { totalCount: number, nodes: Array<
      | { id: string, type: EvaluationType, date: string, status: EvaluationStatus, overallRating: OverallRating | null, agency: { acronym: string }, evaluators: Array<{ acronym: string }>, ratings: Array<{ criterion: DacCriterion, score: number }>, project:
          | { id: string, title: string }
          | { id: string, title: string }
          | { id: string, title: string }
          | { id: string, title: string }
          | { id: string, title: string }
         | null }
      | { id: string, type: EvaluationType, date: string, status: EvaluationStatus, overallRating: OverallRating | null, agency: { acronym: string }, evaluators: Array<{ acronym: string }>, ratings: Array<{ criterion: DacCriterion, score: number }>, project:
          | { id: string, title: string }
          | { id: string, title: string }
          | { id: string, title: string }
          | { id: string, title: string }
          | { id: string, title: string }
         | null }
      | { id: string, type: EvaluationType, date: string, status: EvaluationStatus, overallRating: OverallRating | null, agency: { acronym: string }, evaluators: Array<{ acronym: string }>, ratings: Array<{ criterion: DacCriterion, score: number }>, project:
          | { id: string, title: string }
          | { id: string, title: string }
          | { id: string, title: string }
          | { id: string, title: string }
          | { id: string, title: string }
         | null }
      | { id: string, type: EvaluationType, date: string, status: EvaluationStatus, overallRating: OverallRating | null, agency: { acronym: string }, evaluators: Array<{ acronym: string }>, ratings: Array<{ criterion: DacCriterion, score: number }>, project:
          | { id: string, title: string }
          | { id: string, title: string }
          | { id: string, title: string }
          | { id: string, title: string }
          | { id: string, title: string }
         | null }
      | { id: string, type: EvaluationType, date: string, status: EvaluationStatus, overallRating: OverallRating | null, agency: { acronym: string }, evaluators: Array<{ acronym: string }>, ratings: Array<{ criterion: DacCriterion, score: number }>, project:
          | { id: string, title: string }
          | { id: string, title: string }
          | { id: string, title: string }
          | { id: string, title: string }
          | { id: string, title: string }
         | null }
    > } };

export type ExpertsQueryVariables = Exact<{
  filter?: ExpertFilter | null | undefined;
  after?: string | null | undefined;
}>;


export type ExpertsQuery = { experts: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<
      | { id: string, name: string, expertiseSummary: string | null, agency: { code: string, acronym: string }, nationality: { code: string, name: string }, sectors: Array<{ code: string, name: string }>, languages: Array<{ code: string, name: string }>, availability: Array<{ from: string, to: string }>, contact: { name: string | null, email: string | null } | null }
      | { id: string, name: string, expertiseSummary: string | null, agency: { code: string, acronym: string }, nationality: { code: string, name: string }, sectors: Array<{ code: string, name: string }>, languages: Array<{ code: string, name: string }>, availability: Array<{ from: string, to: string }>, contact: { name: string | null, email: string | null } | null }
      | { id: string, name: string, expertiseSummary: string | null, agency: { code: string, acronym: string }, nationality: { code: string, name: string }, sectors: Array<{ code: string, name: string }>, languages: Array<{ code: string, name: string }>, availability: Array<{ from: string, to: string }>, contact: { name: string | null, email: string | null } | null }
      | { id: string, name: string, expertiseSummary: string | null, agency: { code: string, acronym: string }, nationality: { code: string, name: string }, sectors: Array<{ code: string, name: string }>, languages: Array<{ code: string, name: string }>, availability: Array<{ from: string, to: string }>, contact: { name: string | null, email: string | null } | null }
      | { id: string, name: string, expertiseSummary: string | null, agency: { code: string, acronym: string }, nationality: { code: string, name: string }, sectors: Array<{ code: string, name: string }>, languages: Array<{ code: string, name: string }>, availability: Array<{ from: string, to: string }>, contact: { name: string | null, email: string | null } | null }
    > } };

export type ExplorerQueryVariables = Exact<{
  filter?: ProjectFilter | null | undefined;
  first: number;
  after?: string | null | undefined;
}>;


export type ExplorerQuery = { projects: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<
      | { id: string, title: string, status: ActivityStatus, modality: Modality, startDate: string | null, endDate: string | null, agency: { code: string, acronym: string }, recipientCountries: Array<{ code: string, name: string }>, sectors: Array<{ code: string, name: string }>, budget: { amount: number, currency: string } | null }
      | { id: string, title: string, status: ActivityStatus, modality: Modality, startDate: string | null, endDate: string | null, agency: { code: string, acronym: string }, recipientCountries: Array<{ code: string, name: string }>, sectors: Array<{ code: string, name: string }>, budget: { amount: number, currency: string } | null }
      | { id: string, title: string, status: ActivityStatus, modality: Modality, startDate: string | null, endDate: string | null, agency: { code: string, acronym: string }, recipientCountries: Array<{ code: string, name: string }>, sectors: Array<{ code: string, name: string }>, budget: { amount: number, currency: string } | null }
      | { id: string, title: string, status: ActivityStatus, modality: Modality, startDate: string | null, endDate: string | null, agency: { code: string, acronym: string }, recipientCountries: Array<{ code: string, name: string }>, sectors: Array<{ code: string, name: string }>, budget: { amount: number, currency: string } | null }
      | { id: string, title: string, status: ActivityStatus, modality: Modality, startDate: string | null, endDate: string | null, agency: { code: string, acronym: string }, recipientCountries: Array<{ code: string, name: string }>, sectors: Array<{ code: string, name: string }>, budget: { amount: number, currency: string } | null }
    > } };

export type ExplorerCsvQueryVariables = Exact<{
  filter?: ProjectFilter | null | undefined;
  first: number;
  after?: string | null | undefined;
}>;


export type ExplorerCsvQuery = { projects: { pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<
      | { id: string, iatiIdentifier: string, title: string, status: ActivityStatus, modality: Modality, startDate: string | null, endDate: string | null, agency: { code: string }, recipientCountries: Array<{ code: string }>, sectors: Array<{ code: string }>, sdgs: Array<{ goal: number }>, budget: { amount: number, currency: string } | null }
      | { id: string, iatiIdentifier: string, title: string, status: ActivityStatus, modality: Modality, startDate: string | null, endDate: string | null, agency: { code: string }, recipientCountries: Array<{ code: string }>, sectors: Array<{ code: string }>, sdgs: Array<{ goal: number }>, budget: { amount: number, currency: string } | null }
      | { id: string, iatiIdentifier: string, title: string, status: ActivityStatus, modality: Modality, startDate: string | null, endDate: string | null, agency: { code: string }, recipientCountries: Array<{ code: string }>, sectors: Array<{ code: string }>, sdgs: Array<{ goal: number }>, budget: { amount: number, currency: string } | null }
      | { id: string, iatiIdentifier: string, title: string, status: ActivityStatus, modality: Modality, startDate: string | null, endDate: string | null, agency: { code: string }, recipientCountries: Array<{ code: string }>, sectors: Array<{ code: string }>, sdgs: Array<{ goal: number }>, budget: { amount: number, currency: string } | null }
      | { id: string, iatiIdentifier: string, title: string, status: ActivityStatus, modality: Modality, startDate: string | null, endDate: string | null, agency: { code: string }, recipientCountries: Array<{ code: string }>, sectors: Array<{ code: string }>, sdgs: Array<{ goal: number }>, budget: { amount: number, currency: string } | null }
    > } };

export type OverviewQueryVariables = Exact<{ [key: string]: never; }>;


export type OverviewQuery = { projectStats: { count: number, budgetUsd: number, budgets: Array<{ currency: string, amount: number }>, byAgency: Array<{ key: string, label: string, count: number, budgetUsd: number }>, byCountry: Array<{ key: string, label: string, count: number, budgetUsd: number }>, bySector: Array<{ key: string, label: string, count: number, budgetUsd: number }>, bySdg: Array<{ key: string, label: string, count: number, budgetUsd: number }>, byStatus: Array<{ key: string, label: string, count: number, budgetUsd: number }>, byModality: Array<{ key: string, label: string, count: number, budgetUsd: number }>, byStartYear: Array<{ key: string, label: string, count: number, budgetUsd: number }>, flows: Array<{ count: number, budgetUsd: number, provider: { code: string, name: string }, recipient: { code: string, name: string } }> }, evaluationStats: { count: number }, requestStats: { count: number }, expertStats: { count: number } };

type ProjectRecord_AbcProject_Fragment = { id: string, iatiIdentifier: string, title: string, description: string | null, status: ActivityStatus, modality: Modality, startDate: string | null, endDate: string | null, agency: { code: string, acronym: string, name: string }, recipientCountries: Array<{ code: string, name: string }>, sectors: Array<{ code: string, name: string }>, sdgs: Array<{ goal: number, name: string }>, budget: { amount: number, currency: string } | null, participants: Array<{ role: ParticipantRole, name: string, country: { code: string, name: string } | null, agency: { code: string, acronym: string } | null }>, results: Array<{ title: string, type: { name: string }, indicators: Array<{ ref: string, title: string, baselineYear: number | null, baselineValue: number | null, targetValue: number | null }> }>, monitoring: { nextReportDue: string | null, overdue: boolean, reportCount: number }, monitoringReports: Array<{ id: string, periodStart: string, periodEnd: string, side: ParticipantRole, author: string, summary: string | null, issues: string | null, nextSteps: string | null, agency: { code: string, acronym: string }, progress: Array<{ indicatorRef: string, indicatorTitle: string, baselineValue: number | null, targetValue: number | null, actualValue: number }> }>, evaluations: { nodes: Array<
      | { id: string, type: EvaluationType, date: string, status: EvaluationStatus, overallRating: OverallRating | null, ruleRating: OverallRating | null, findings: string | null, agency: { code: string, acronym: string }, evaluators: Array<{ code: string, acronym: string }>, ratings: Array<{ criterion: DacCriterion, score: number, narrative: string | null }>, signOffs: Array<{ user: string, at: string, agency: { code: string, acronym: string } }> }
      | { id: string, type: EvaluationType, date: string, status: EvaluationStatus, overallRating: OverallRating | null, ruleRating: OverallRating | null, findings: string | null, agency: { code: string, acronym: string }, evaluators: Array<{ code: string, acronym: string }>, ratings: Array<{ criterion: DacCriterion, score: number, narrative: string | null }>, signOffs: Array<{ user: string, at: string, agency: { code: string, acronym: string } }> }
      | { id: string, type: EvaluationType, date: string, status: EvaluationStatus, overallRating: OverallRating | null, ruleRating: OverallRating | null, findings: string | null, agency: { code: string, acronym: string }, evaluators: Array<{ code: string, acronym: string }>, ratings: Array<{ criterion: DacCriterion, score: number, narrative: string | null }>, signOffs: Array<{ user: string, at: string, agency: { code: string, acronym: string } }> }
      | { id: string, type: EvaluationType, date: string, status: EvaluationStatus, overallRating: OverallRating | null, ruleRating: OverallRating | null, findings: string | null, agency: { code: string, acronym: string }, evaluators: Array<{ code: string, acronym: string }>, ratings: Array<{ criterion: DacCriterion, score: number, narrative: string | null }>, signOffs: Array<{ user: string, at: string, agency: { code: string, acronym: string } }> }
      | { id: string, type: EvaluationType, date: string, status: EvaluationStatus, overallRating: OverallRating | null, ruleRating: OverallRating | null, findings: string | null, agency: { code: string, acronym: string }, evaluators: Array<{ code: string, acronym: string }>, ratings: Array<{ criterion: DacCriterion, score: number, narrative: string | null }>, signOffs: Array<{ user: string, at: string, agency: { code: string, acronym: string } }> }
    > }, experts: { nodes: Array<
      | { id: string, name: string, agency: { code: string, acronym: string }, nationality: { code: string, name: string }, languages: Array<{ code: string, name: string }>, deployments: Array<{ role: string, startDate: string, endDate: string, project:
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
           | null }> }
      | { id: string, name: string, agency: { code: string, acronym: string }, nationality: { code: string, name: string }, languages: Array<{ code: string, name: string }>, deployments: Array<{ role: string, startDate: string, endDate: string, project:
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
           | null }> }
      | { id: string, name: string, agency: { code: string, acronym: string }, nationality: { code: string, name: string }, languages: Array<{ code: string, name: string }>, deployments: Array<{ role: string, startDate: string, endDate: string, project:
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
           | null }> }
      | { id: string, name: string, agency: { code: string, acronym: string }, nationality: { code: string, name: string }, languages: Array<{ code: string, name: string }>, deployments: Array<{ role: string, startDate: string, endDate: string, project:
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
           | null }> }
      | { id: string, name: string, agency: { code: string, acronym: string }, nationality: { code: string, name: string }, languages: Array<{ code: string, name: string }>, deployments: Array<{ role: string, startDate: string, endDate: string, project:
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
           | null }> }
    > }, lessons: { nodes: Array<
      | { id: string, title: string, summary: string, public: boolean, publishedAt: string | null, agency: { code: string, acronym: string } }
      | { id: string, title: string, summary: string, public: boolean, publishedAt: string | null, agency: { code: string, acronym: string } }
      | { id: string, title: string, summary: string, public: boolean, publishedAt: string | null, agency: { code: string, acronym: string } }
      | { id: string, title: string, summary: string, public: boolean, publishedAt: string | null, agency: { code: string, acronym: string } }
      | { id: string, title: string, summary: string, public: boolean, publishedAt: string | null, agency: { code: string, acronym: string } }
    > } };

type ProjectRecord_AmexcidProject_Fragment = { id: string, iatiIdentifier: string, title: string, description: string | null, status: ActivityStatus, modality: Modality, startDate: string | null, endDate: string | null, agency: { code: string, acronym: string, name: string }, recipientCountries: Array<{ code: string, name: string }>, sectors: Array<{ code: string, name: string }>, sdgs: Array<{ goal: number, name: string }>, budget: { amount: number, currency: string } | null, participants: Array<{ role: ParticipantRole, name: string, country: { code: string, name: string } | null, agency: { code: string, acronym: string } | null }>, results: Array<{ title: string, type: { name: string }, indicators: Array<{ ref: string, title: string, baselineYear: number | null, baselineValue: number | null, targetValue: number | null }> }>, monitoring: { nextReportDue: string | null, overdue: boolean, reportCount: number }, monitoringReports: Array<{ id: string, periodStart: string, periodEnd: string, side: ParticipantRole, author: string, summary: string | null, issues: string | null, nextSteps: string | null, agency: { code: string, acronym: string }, progress: Array<{ indicatorRef: string, indicatorTitle: string, baselineValue: number | null, targetValue: number | null, actualValue: number }> }>, evaluations: { nodes: Array<
      | { id: string, type: EvaluationType, date: string, status: EvaluationStatus, overallRating: OverallRating | null, ruleRating: OverallRating | null, findings: string | null, agency: { code: string, acronym: string }, evaluators: Array<{ code: string, acronym: string }>, ratings: Array<{ criterion: DacCriterion, score: number, narrative: string | null }>, signOffs: Array<{ user: string, at: string, agency: { code: string, acronym: string } }> }
      | { id: string, type: EvaluationType, date: string, status: EvaluationStatus, overallRating: OverallRating | null, ruleRating: OverallRating | null, findings: string | null, agency: { code: string, acronym: string }, evaluators: Array<{ code: string, acronym: string }>, ratings: Array<{ criterion: DacCriterion, score: number, narrative: string | null }>, signOffs: Array<{ user: string, at: string, agency: { code: string, acronym: string } }> }
      | { id: string, type: EvaluationType, date: string, status: EvaluationStatus, overallRating: OverallRating | null, ruleRating: OverallRating | null, findings: string | null, agency: { code: string, acronym: string }, evaluators: Array<{ code: string, acronym: string }>, ratings: Array<{ criterion: DacCriterion, score: number, narrative: string | null }>, signOffs: Array<{ user: string, at: string, agency: { code: string, acronym: string } }> }
      | { id: string, type: EvaluationType, date: string, status: EvaluationStatus, overallRating: OverallRating | null, ruleRating: OverallRating | null, findings: string | null, agency: { code: string, acronym: string }, evaluators: Array<{ code: string, acronym: string }>, ratings: Array<{ criterion: DacCriterion, score: number, narrative: string | null }>, signOffs: Array<{ user: string, at: string, agency: { code: string, acronym: string } }> }
      | { id: string, type: EvaluationType, date: string, status: EvaluationStatus, overallRating: OverallRating | null, ruleRating: OverallRating | null, findings: string | null, agency: { code: string, acronym: string }, evaluators: Array<{ code: string, acronym: string }>, ratings: Array<{ criterion: DacCriterion, score: number, narrative: string | null }>, signOffs: Array<{ user: string, at: string, agency: { code: string, acronym: string } }> }
    > }, experts: { nodes: Array<
      | { id: string, name: string, agency: { code: string, acronym: string }, nationality: { code: string, name: string }, languages: Array<{ code: string, name: string }>, deployments: Array<{ role: string, startDate: string, endDate: string, project:
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
           | null }> }
      | { id: string, name: string, agency: { code: string, acronym: string }, nationality: { code: string, name: string }, languages: Array<{ code: string, name: string }>, deployments: Array<{ role: string, startDate: string, endDate: string, project:
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
           | null }> }
      | { id: string, name: string, agency: { code: string, acronym: string }, nationality: { code: string, name: string }, languages: Array<{ code: string, name: string }>, deployments: Array<{ role: string, startDate: string, endDate: string, project:
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
           | null }> }
      | { id: string, name: string, agency: { code: string, acronym: string }, nationality: { code: string, name: string }, languages: Array<{ code: string, name: string }>, deployments: Array<{ role: string, startDate: string, endDate: string, project:
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
           | null }> }
      | { id: string, name: string, agency: { code: string, acronym: string }, nationality: { code: string, name: string }, languages: Array<{ code: string, name: string }>, deployments: Array<{ role: string, startDate: string, endDate: string, project:
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
           | null }> }
    > }, lessons: { nodes: Array<
      | { id: string, title: string, summary: string, public: boolean, publishedAt: string | null, agency: { code: string, acronym: string } }
      | { id: string, title: string, summary: string, public: boolean, publishedAt: string | null, agency: { code: string, acronym: string } }
      | { id: string, title: string, summary: string, public: boolean, publishedAt: string | null, agency: { code: string, acronym: string } }
      | { id: string, title: string, summary: string, public: boolean, publishedAt: string | null, agency: { code: string, acronym: string } }
      | { id: string, title: string, summary: string, public: boolean, publishedAt: string | null, agency: { code: string, acronym: string } }
    > } };

type ProjectRecord_IndonesiaProject_Fragment = { id: string, iatiIdentifier: string, title: string, description: string | null, status: ActivityStatus, modality: Modality, startDate: string | null, endDate: string | null, agency: { code: string, acronym: string, name: string }, recipientCountries: Array<{ code: string, name: string }>, sectors: Array<{ code: string, name: string }>, sdgs: Array<{ goal: number, name: string }>, budget: { amount: number, currency: string } | null, participants: Array<{ role: ParticipantRole, name: string, country: { code: string, name: string } | null, agency: { code: string, acronym: string } | null }>, results: Array<{ title: string, type: { name: string }, indicators: Array<{ ref: string, title: string, baselineYear: number | null, baselineValue: number | null, targetValue: number | null }> }>, monitoring: { nextReportDue: string | null, overdue: boolean, reportCount: number }, monitoringReports: Array<{ id: string, periodStart: string, periodEnd: string, side: ParticipantRole, author: string, summary: string | null, issues: string | null, nextSteps: string | null, agency: { code: string, acronym: string }, progress: Array<{ indicatorRef: string, indicatorTitle: string, baselineValue: number | null, targetValue: number | null, actualValue: number }> }>, evaluations: { nodes: Array<
      | { id: string, type: EvaluationType, date: string, status: EvaluationStatus, overallRating: OverallRating | null, ruleRating: OverallRating | null, findings: string | null, agency: { code: string, acronym: string }, evaluators: Array<{ code: string, acronym: string }>, ratings: Array<{ criterion: DacCriterion, score: number, narrative: string | null }>, signOffs: Array<{ user: string, at: string, agency: { code: string, acronym: string } }> }
      | { id: string, type: EvaluationType, date: string, status: EvaluationStatus, overallRating: OverallRating | null, ruleRating: OverallRating | null, findings: string | null, agency: { code: string, acronym: string }, evaluators: Array<{ code: string, acronym: string }>, ratings: Array<{ criterion: DacCriterion, score: number, narrative: string | null }>, signOffs: Array<{ user: string, at: string, agency: { code: string, acronym: string } }> }
      | { id: string, type: EvaluationType, date: string, status: EvaluationStatus, overallRating: OverallRating | null, ruleRating: OverallRating | null, findings: string | null, agency: { code: string, acronym: string }, evaluators: Array<{ code: string, acronym: string }>, ratings: Array<{ criterion: DacCriterion, score: number, narrative: string | null }>, signOffs: Array<{ user: string, at: string, agency: { code: string, acronym: string } }> }
      | { id: string, type: EvaluationType, date: string, status: EvaluationStatus, overallRating: OverallRating | null, ruleRating: OverallRating | null, findings: string | null, agency: { code: string, acronym: string }, evaluators: Array<{ code: string, acronym: string }>, ratings: Array<{ criterion: DacCriterion, score: number, narrative: string | null }>, signOffs: Array<{ user: string, at: string, agency: { code: string, acronym: string } }> }
      | { id: string, type: EvaluationType, date: string, status: EvaluationStatus, overallRating: OverallRating | null, ruleRating: OverallRating | null, findings: string | null, agency: { code: string, acronym: string }, evaluators: Array<{ code: string, acronym: string }>, ratings: Array<{ criterion: DacCriterion, score: number, narrative: string | null }>, signOffs: Array<{ user: string, at: string, agency: { code: string, acronym: string } }> }
    > }, experts: { nodes: Array<
      | { id: string, name: string, agency: { code: string, acronym: string }, nationality: { code: string, name: string }, languages: Array<{ code: string, name: string }>, deployments: Array<{ role: string, startDate: string, endDate: string, project:
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
           | null }> }
      | { id: string, name: string, agency: { code: string, acronym: string }, nationality: { code: string, name: string }, languages: Array<{ code: string, name: string }>, deployments: Array<{ role: string, startDate: string, endDate: string, project:
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
           | null }> }
      | { id: string, name: string, agency: { code: string, acronym: string }, nationality: { code: string, name: string }, languages: Array<{ code: string, name: string }>, deployments: Array<{ role: string, startDate: string, endDate: string, project:
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
           | null }> }
      | { id: string, name: string, agency: { code: string, acronym: string }, nationality: { code: string, name: string }, languages: Array<{ code: string, name: string }>, deployments: Array<{ role: string, startDate: string, endDate: string, project:
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
           | null }> }
      | { id: string, name: string, agency: { code: string, acronym: string }, nationality: { code: string, name: string }, languages: Array<{ code: string, name: string }>, deployments: Array<{ role: string, startDate: string, endDate: string, project:
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
           | null }> }
    > }, lessons: { nodes: Array<
      | { id: string, title: string, summary: string, public: boolean, publishedAt: string | null, agency: { code: string, acronym: string } }
      | { id: string, title: string, summary: string, public: boolean, publishedAt: string | null, agency: { code: string, acronym: string } }
      | { id: string, title: string, summary: string, public: boolean, publishedAt: string | null, agency: { code: string, acronym: string } }
      | { id: string, title: string, summary: string, public: boolean, publishedAt: string | null, agency: { code: string, acronym: string } }
      | { id: string, title: string, summary: string, public: boolean, publishedAt: string | null, agency: { code: string, acronym: string } }
    > } };

type ProjectRecord_JicaProject_Fragment = { id: string, iatiIdentifier: string, title: string, description: string | null, status: ActivityStatus, modality: Modality, startDate: string | null, endDate: string | null, agency: { code: string, acronym: string, name: string }, recipientCountries: Array<{ code: string, name: string }>, sectors: Array<{ code: string, name: string }>, sdgs: Array<{ goal: number, name: string }>, budget: { amount: number, currency: string } | null, participants: Array<{ role: ParticipantRole, name: string, country: { code: string, name: string } | null, agency: { code: string, acronym: string } | null }>, results: Array<{ title: string, type: { name: string }, indicators: Array<{ ref: string, title: string, baselineYear: number | null, baselineValue: number | null, targetValue: number | null }> }>, monitoring: { nextReportDue: string | null, overdue: boolean, reportCount: number }, monitoringReports: Array<{ id: string, periodStart: string, periodEnd: string, side: ParticipantRole, author: string, summary: string | null, issues: string | null, nextSteps: string | null, agency: { code: string, acronym: string }, progress: Array<{ indicatorRef: string, indicatorTitle: string, baselineValue: number | null, targetValue: number | null, actualValue: number }> }>, evaluations: { nodes: Array<
      | { id: string, type: EvaluationType, date: string, status: EvaluationStatus, overallRating: OverallRating | null, ruleRating: OverallRating | null, findings: string | null, agency: { code: string, acronym: string }, evaluators: Array<{ code: string, acronym: string }>, ratings: Array<{ criterion: DacCriterion, score: number, narrative: string | null }>, signOffs: Array<{ user: string, at: string, agency: { code: string, acronym: string } }> }
      | { id: string, type: EvaluationType, date: string, status: EvaluationStatus, overallRating: OverallRating | null, ruleRating: OverallRating | null, findings: string | null, agency: { code: string, acronym: string }, evaluators: Array<{ code: string, acronym: string }>, ratings: Array<{ criterion: DacCriterion, score: number, narrative: string | null }>, signOffs: Array<{ user: string, at: string, agency: { code: string, acronym: string } }> }
      | { id: string, type: EvaluationType, date: string, status: EvaluationStatus, overallRating: OverallRating | null, ruleRating: OverallRating | null, findings: string | null, agency: { code: string, acronym: string }, evaluators: Array<{ code: string, acronym: string }>, ratings: Array<{ criterion: DacCriterion, score: number, narrative: string | null }>, signOffs: Array<{ user: string, at: string, agency: { code: string, acronym: string } }> }
      | { id: string, type: EvaluationType, date: string, status: EvaluationStatus, overallRating: OverallRating | null, ruleRating: OverallRating | null, findings: string | null, agency: { code: string, acronym: string }, evaluators: Array<{ code: string, acronym: string }>, ratings: Array<{ criterion: DacCriterion, score: number, narrative: string | null }>, signOffs: Array<{ user: string, at: string, agency: { code: string, acronym: string } }> }
      | { id: string, type: EvaluationType, date: string, status: EvaluationStatus, overallRating: OverallRating | null, ruleRating: OverallRating | null, findings: string | null, agency: { code: string, acronym: string }, evaluators: Array<{ code: string, acronym: string }>, ratings: Array<{ criterion: DacCriterion, score: number, narrative: string | null }>, signOffs: Array<{ user: string, at: string, agency: { code: string, acronym: string } }> }
    > }, experts: { nodes: Array<
      | { id: string, name: string, agency: { code: string, acronym: string }, nationality: { code: string, name: string }, languages: Array<{ code: string, name: string }>, deployments: Array<{ role: string, startDate: string, endDate: string, project:
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
           | null }> }
      | { id: string, name: string, agency: { code: string, acronym: string }, nationality: { code: string, name: string }, languages: Array<{ code: string, name: string }>, deployments: Array<{ role: string, startDate: string, endDate: string, project:
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
           | null }> }
      | { id: string, name: string, agency: { code: string, acronym: string }, nationality: { code: string, name: string }, languages: Array<{ code: string, name: string }>, deployments: Array<{ role: string, startDate: string, endDate: string, project:
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
           | null }> }
      | { id: string, name: string, agency: { code: string, acronym: string }, nationality: { code: string, name: string }, languages: Array<{ code: string, name: string }>, deployments: Array<{ role: string, startDate: string, endDate: string, project:
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
           | null }> }
      | { id: string, name: string, agency: { code: string, acronym: string }, nationality: { code: string, name: string }, languages: Array<{ code: string, name: string }>, deployments: Array<{ role: string, startDate: string, endDate: string, project:
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
           | null }> }
    > }, lessons: { nodes: Array<
      | { id: string, title: string, summary: string, public: boolean, publishedAt: string | null, agency: { code: string, acronym: string } }
      | { id: string, title: string, summary: string, public: boolean, publishedAt: string | null, agency: { code: string, acronym: string } }
      | { id: string, title: string, summary: string, public: boolean, publishedAt: string | null, agency: { code: string, acronym: string } }
      | { id: string, title: string, summary: string, public: boolean, publishedAt: string | null, agency: { code: string, acronym: string } }
      | { id: string, title: string, summary: string, public: boolean, publishedAt: string | null, agency: { code: string, acronym: string } }
    > } };

type ProjectRecord_UnosscProject_Fragment = { id: string, iatiIdentifier: string, title: string, description: string | null, status: ActivityStatus, modality: Modality, startDate: string | null, endDate: string | null, agency: { code: string, acronym: string, name: string }, recipientCountries: Array<{ code: string, name: string }>, sectors: Array<{ code: string, name: string }>, sdgs: Array<{ goal: number, name: string }>, budget: { amount: number, currency: string } | null, participants: Array<{ role: ParticipantRole, name: string, country: { code: string, name: string } | null, agency: { code: string, acronym: string } | null }>, results: Array<{ title: string, type: { name: string }, indicators: Array<{ ref: string, title: string, baselineYear: number | null, baselineValue: number | null, targetValue: number | null }> }>, monitoring: { nextReportDue: string | null, overdue: boolean, reportCount: number }, monitoringReports: Array<{ id: string, periodStart: string, periodEnd: string, side: ParticipantRole, author: string, summary: string | null, issues: string | null, nextSteps: string | null, agency: { code: string, acronym: string }, progress: Array<{ indicatorRef: string, indicatorTitle: string, baselineValue: number | null, targetValue: number | null, actualValue: number }> }>, evaluations: { nodes: Array<
      | { id: string, type: EvaluationType, date: string, status: EvaluationStatus, overallRating: OverallRating | null, ruleRating: OverallRating | null, findings: string | null, agency: { code: string, acronym: string }, evaluators: Array<{ code: string, acronym: string }>, ratings: Array<{ criterion: DacCriterion, score: number, narrative: string | null }>, signOffs: Array<{ user: string, at: string, agency: { code: string, acronym: string } }> }
      | { id: string, type: EvaluationType, date: string, status: EvaluationStatus, overallRating: OverallRating | null, ruleRating: OverallRating | null, findings: string | null, agency: { code: string, acronym: string }, evaluators: Array<{ code: string, acronym: string }>, ratings: Array<{ criterion: DacCriterion, score: number, narrative: string | null }>, signOffs: Array<{ user: string, at: string, agency: { code: string, acronym: string } }> }
      | { id: string, type: EvaluationType, date: string, status: EvaluationStatus, overallRating: OverallRating | null, ruleRating: OverallRating | null, findings: string | null, agency: { code: string, acronym: string }, evaluators: Array<{ code: string, acronym: string }>, ratings: Array<{ criterion: DacCriterion, score: number, narrative: string | null }>, signOffs: Array<{ user: string, at: string, agency: { code: string, acronym: string } }> }
      | { id: string, type: EvaluationType, date: string, status: EvaluationStatus, overallRating: OverallRating | null, ruleRating: OverallRating | null, findings: string | null, agency: { code: string, acronym: string }, evaluators: Array<{ code: string, acronym: string }>, ratings: Array<{ criterion: DacCriterion, score: number, narrative: string | null }>, signOffs: Array<{ user: string, at: string, agency: { code: string, acronym: string } }> }
      | { id: string, type: EvaluationType, date: string, status: EvaluationStatus, overallRating: OverallRating | null, ruleRating: OverallRating | null, findings: string | null, agency: { code: string, acronym: string }, evaluators: Array<{ code: string, acronym: string }>, ratings: Array<{ criterion: DacCriterion, score: number, narrative: string | null }>, signOffs: Array<{ user: string, at: string, agency: { code: string, acronym: string } }> }
    > }, experts: { nodes: Array<
      | { id: string, name: string, agency: { code: string, acronym: string }, nationality: { code: string, name: string }, languages: Array<{ code: string, name: string }>, deployments: Array<{ role: string, startDate: string, endDate: string, project:
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
           | null }> }
      | { id: string, name: string, agency: { code: string, acronym: string }, nationality: { code: string, name: string }, languages: Array<{ code: string, name: string }>, deployments: Array<{ role: string, startDate: string, endDate: string, project:
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
           | null }> }
      | { id: string, name: string, agency: { code: string, acronym: string }, nationality: { code: string, name: string }, languages: Array<{ code: string, name: string }>, deployments: Array<{ role: string, startDate: string, endDate: string, project:
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
           | null }> }
      | { id: string, name: string, agency: { code: string, acronym: string }, nationality: { code: string, name: string }, languages: Array<{ code: string, name: string }>, deployments: Array<{ role: string, startDate: string, endDate: string, project:
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
           | null }> }
      | { id: string, name: string, agency: { code: string, acronym: string }, nationality: { code: string, name: string }, languages: Array<{ code: string, name: string }>, deployments: Array<{ role: string, startDate: string, endDate: string, project:
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
           | null }> }
    > }, lessons: { nodes: Array<
      | { id: string, title: string, summary: string, public: boolean, publishedAt: string | null, agency: { code: string, acronym: string } }
      | { id: string, title: string, summary: string, public: boolean, publishedAt: string | null, agency: { code: string, acronym: string } }
      | { id: string, title: string, summary: string, public: boolean, publishedAt: string | null, agency: { code: string, acronym: string } }
      | { id: string, title: string, summary: string, public: boolean, publishedAt: string | null, agency: { code: string, acronym: string } }
      | { id: string, title: string, summary: string, public: boolean, publishedAt: string | null, agency: { code: string, acronym: string } }
    > } };

export type ProjectRecordFragment =
  | ProjectRecord_AbcProject_Fragment
  | ProjectRecord_AmexcidProject_Fragment
  | ProjectRecord_IndonesiaProject_Fragment
  | ProjectRecord_JicaProject_Fragment
  | ProjectRecord_UnosscProject_Fragment
;

export type ProjectPageQueryVariables = Exact<{
  id: string | number;
}>;


export type ProjectPageQuery = { project:
    | { id: string, iatiIdentifier: string, title: string, description: string | null, status: ActivityStatus, modality: Modality, startDate: string | null, endDate: string | null, relatedProjects: Array<{ type: RelatedActivityType, project:
          | { id: string, iatiIdentifier: string, title: string, description: string | null, status: ActivityStatus, modality: Modality, startDate: string | null, endDate: string | null, agency: { code: string, acronym: string, name: string }, recipientCountries: Array<{ code: string, name: string }>, sectors: Array<{ code: string, name: string }>, sdgs: Array<{ goal: number, name: string }>, budget: { amount: number, currency: string } | null, participants: Array<{ role: ParticipantRole, name: string, country: { code: string, name: string } | null, agency: { code: string, acronym: string } | null }>, results: Array<{ title: string, type: { name: string }, indicators: Array<{ ref: string, title: string, baselineYear: number | null, baselineValue: number | null, targetValue: number | null }> }>, monitoring: { nextReportDue: string | null, overdue: boolean, reportCount: number }, monitoringReports: Array<{ id: string, periodStart: string, periodEnd: string, side: ParticipantRole, author: string, summary: string | null, issues: string | null, nextSteps: string | null, agency: { code: string, acronym: string }, progress: Array<{ indicatorRef: string, indicatorTitle: string, baselineValue: number | null, targetValue: number | null, actualValue: number }> }>, evaluations: { nodes: Array<
                | { id: string, type: EvaluationType, date: string, status: EvaluationStatus, overallRating: OverallRating | null, ruleRating: OverallRating | null, findings: string | null, agency: { code: string, acronym: string }, evaluators: Array<{ code: string, acronym: string }>, ratings: Array<{ criterion: DacCriterion, score: number, narrative: string | null }>, signOffs: Array<{ user: string, at: string, agency: { code: string, acronym: string } }> }
                | { id: string, type: EvaluationType, date: string, status: EvaluationStatus, overallRating: OverallRating | null, ruleRating: OverallRating | null, findings: string | null, agency: { code: string, acronym: string }, evaluators: Array<{ code: string, acronym: string }>, ratings: Array<{ criterion: DacCriterion, score: number, narrative: string | null }>, signOffs: Array<{ user: string, at: string, agency: { code: string, acronym: string } }> }
                | { id: string, type: EvaluationType, date: string, status: EvaluationStatus, overallRating: OverallRating | null, ruleRating: OverallRating | null, findings: string | null, agency: { code: string, acronym: string }, evaluators: Array<{ code: string, acronym: string }>, ratings: Array<{ criterion: DacCriterion, score: number, narrative: string | null }>, signOffs: Array<{ user: string, at: string, agency: { code: string, acronym: string } }> }
                | { id: string, type: EvaluationType, date: string, status: EvaluationStatus, overallRating: OverallRating | null, ruleRating: OverallRating | null, findings: string | null, agency: { code: string, acronym: string }, evaluators: Array<{ code: string, acronym: string }>, ratings: Array<{ criterion: DacCriterion, score: number, narrative: string | null }>, signOffs: Array<{ user: string, at: string, agency: { code: string, acronym: string } }> }
                | { id: string, type: EvaluationType, date: string, status: EvaluationStatus, overallRating: OverallRating | null, ruleRating: OverallRating | null, findings: string | null, agency: { code: string, acronym: string }, evaluators: Array<{ code: string, acronym: string }>, ratings: Array<{ criterion: DacCriterion, score: number, narrative: string | null }>, signOffs: Array<{ user: string, at: string, agency: { code: string, acronym: string } }> }
              > }, experts: { nodes: Array<
                | { id: string, name: string, agency: { code: string, acronym: string }, nationality: { code: string, name: string }, languages: Array<{ code: string, name: string }>, deployments: Array<{ role: string, startDate: string, endDate: string, project:
                      | { id: string }
                      | { id: string }
                      | { id: string }
                      | { id: string }
                      | { id: string }
                     | null }> }
                | { id: string, name: string, agency: { code: string, acronym: string }, nationality: { code: string, name: string }, languages: Array<{ code: string, name: string }>, deployments: Array<{ role: string, startDate: string, endDate: string, project:
                      | { id: string }
                      | { id: string }
                      | { id: string }
                      | { id: string }
                      | { id: string }
                     | null }> }
                | { id: string, name: string, agency: { code: string, acronym: string }, nationality: { code: string, name: string }, languages: Array<{ code: string, name: string }>, deployments: Array<{ role: string, startDate: string, endDate: string, project:
                      | { id: string }
                      | { id: string }
                      | { id: string }
                      | { id: string }
                      | { id: string }
                     | null }> }
                | { id: string, name: string, agency: { code: string, acronym: string }, nationality: { code: string, name: string }, languages: Array<{ code: string, name: string }>, deployments: Array<{ role: string, startDate: string, endDate: string, project:
                      | { id: string }
                      | { id: string }
                      | { id: string }
                      | { id: string }
                      | { id: string }
                     | null }> }
                | { id: string, name: string, agency: { code: string, acronym: string }, nationality: { code: string, name: string }, languages: Array<{ code: string, name: string }>, deployments: Array<{ role: string, startDate: string, endDate: string, project:
                      | { id: string }
                      | { id: string }
                      | { id: string }
                      | { id: string }
                      | { id: string }
                     | null }> }
              > }, lessons: { nodes: Array<
                | { id: string, title: string, summary: string, public: boolean, publishedAt: string | null, agency: { code: string, acronym: string } }
                | { id: string, title: string, summary: string, public: boolean, publishedAt: string | null, agency: { code: string, acronym: string } }
                | { id: string, title: string, summary: string, public: boolean, publishedAt: string | null, agency: { code: string, acronym: string } }
                | { id: string, title: string, summary: string, public: boolean, publishedAt: string | null, agency: { code: string, acronym: string } }
                | { id: string, title: string, summary: string, public: boolean, publishedAt: string | null, agency: { code: string, acronym: string } }
              > } }
          | { id: string, iatiIdentifier: string, title: string, description: string | null, status: ActivityStatus, modality: Modality, startDate: string | null, endDate: string | null, agency: { code: string, acronym: string, name: string }, recipientCountries: Array<{ code: string, name: string }>, sectors: Array<{ code: string, name: string }>, sdgs: Array<{ goal: number, name: string }>, budget: { amount: number, currency: string } | null, participants: Array<{ role: ParticipantRole, name: string, country: { code: string, name: string } | null, agency: { code: string, acronym: string } | null }>, results: Array<{ title: string, type: { name: string }, indicators: Array<{ ref: string, title: string, baselineYear: number | null, baselineValue: number | null, targetValue: number | null }> }>, monitoring: { nextReportDue: string | null, overdue: boolean, reportCount: number }, monitoringReports: Array<{ id: string, periodStart: string, periodEnd: string, side: ParticipantRole, author: string, summary: string | null, issues: string | null, nextSteps: string | null, agency: { code: string, acronym: string }, progress: Array<{ indicatorRef: string, indicatorTitle: string, baselineValue: number | null, targetValue: number | null, actualValue: number }> }>, evaluations: { nodes: Array<
                | { id: string, type: EvaluationType, date: string, status: EvaluationStatus, overallRating: OverallRating | null, ruleRating: OverallRating | null, findings: string | null, agency: { code: string, acronym: string }, evaluators: Array<{ code: string, acronym: string }>, ratings: Array<{ criterion: DacCriterion, score: number, narrative: string | null }>, signOffs: Array<{ user: string, at: string, agency: { code: string, acronym: string } }> }
                | { id: string, type: EvaluationType, date: string, status: EvaluationStatus, overallRating: OverallRating | null, ruleRating: OverallRating | null, findings: string | null, agency: { code: string, acronym: string }, evaluators: Array<{ code: string, acronym: string }>, ratings: Array<{ criterion: DacCriterion, score: number, narrative: string | null }>, signOffs: Array<{ user: string, at: string, agency: { code: string, acronym: string } }> }
                | { id: string, type: EvaluationType, date: string, status: EvaluationStatus, overallRating: OverallRating | null, ruleRating: OverallRating | null, findings: string | null, agency: { code: string, acronym: string }, evaluators: Array<{ code: string, acronym: string }>, ratings: Array<{ criterion: DacCriterion, score: number, narrative: string | null }>, signOffs: Array<{ user: string, at: string, agency: { code: string, acronym: string } }> }
                | { id: string, type: EvaluationType, date: string, status: EvaluationStatus, overallRating: OverallRating | null, ruleRating: OverallRating | null, findings: string | null, agency: { code: string, acronym: string }, evaluators: Array<{ code: string, acronym: string }>, ratings: Array<{ criterion: DacCriterion, score: number, narrative: string | null }>, signOffs: Array<{ user: string, at: string, agency: { code: string, acronym: string } }> }
                | { id: string, type: EvaluationType, date: string, status: EvaluationStatus, overallRating: OverallRating | null, ruleRating: OverallRating | null, findings: string | null, agency: { code: string, acronym: string }, evaluators: Array<{ code: string, acronym: string }>, ratings: Array<{ criterion: DacCriterion, score: number, narrative: string | null }>, signOffs: Array<{ user: string, at: string, agency: { code: string, acronym: string } }> }
              > }, experts: { nodes: Array<
                | { id: string, name: string, agency: { code: string, acronym: string }, nationality: { code: string, name: string }, languages: Array<{ code: string, name: string }>, deployments: Array<{ role: string, startDate: string, endDate: string, project:
                      | { id: string }
                      | { id: string }
                      | { id: string }
                      | { id: string }
                      | { id: string }
                     | null }> }
                | { id: string, name: string, agency: { code: string, acronym: string }, nationality: { code: string, name: string }, languages: Array<{ code: string, name: string }>, deployments: Array<{ role: string, startDate: string, endDate: string, project:
                      | { id: string }
                      | { id: string }
                      | { id: string }
                      | { id: string }
                      | { id: string }
                     | null }> }
                | { id: string, name: string, agency: { code: string, acronym: string }, nationality: { code: string, name: string }, languages: Array<{ code: string, name: string }>, deployments: Array<{ role: string, startDate: string, endDate: string, project:
                      | { id: string }
                      | { id: string }
                      | { id: string }
                      | { id: string }
                      | { id: string }
                     | null }> }
                | { id: string, name: string, agency: { code: string, acronym: string }, nationality: { code: string, name: string }, languages: Array<{ code: string, name: string }>, deployments: Array<{ role: string, startDate: string, endDate: string, project:
                      | { id: string }
                      | { id: string }
                      | { id: string }
                      | { id: string }
                      | { id: string }
                     | null }> }
                | { id: string, name: string, agency: { code: string, acronym: string }, nationality: { code: string, name: string }, languages: Array<{ code: string, name: string }>, deployments: Array<{ role: string, startDate: string, endDate: string, project:
                      | { id: string }
                      | { id: string }
                      | { id: string }
                      | { id: string }
                      | { id: string }
                     | null }> }
              > }, lessons: { nodes: Array<
                | { id: string, title: string, summary: string, public: boolean, publishedAt: string | null, agency: { code: string, acronym: string } }
                | { id: string, title: string, summary: string, public: boolean, publishedAt: string | null, agency: { code: string, acronym: string } }
                | { id: string, title: string, summary: string, public: boolean, publishedAt: string | null, agency: { code: string, acronym: string } }
                | { id: string, title: string, summary: string, public: boolean, publishedAt: string | null, agency: { code: string, acronym: string } }
                | { id: string, title: string, summary: string, public: boolean, publishedAt: string | null, agency: { code: string, acronym: string } }
              > } }
          | { id: string, iatiIdentifier: string, title: string, description: string | null, status: ActivityStatus, modality: Modality, startDate: string | null, endDate: string | null, agency: { code: string, acronym: string, name: string }, recipientCountries: Array<{ code: string, name: string }>, sectors: Array<{ code: string, name: string }>, sdgs: Array<{ goal: number, name: string }>, budget: { amount: number, currency: string } | null, participants: Array<{ role: ParticipantRole, name: string, country: { code: string, name: string } | null, agency: { code: string, acronym: string } | null }>, results: Array<{ title: string, type: { name: string }, indicators: Array<{ ref: string, title: string, baselineYear: number | null, baselineValue: number | null, targetValue: number | null }> }>, monitoring: { nextReportDue: string | null, overdue: boolean, reportCount: number }, monitoringReports: Array<{ id: string, periodStart: string, periodEnd: string, side: ParticipantRole, author: string, summary: string | null, issues: string | null, nextSteps: string | null, agency: { code: string, acronym: string }, progress: Array<{ indicatorRef: string, indicatorTitle: string, baselineValue: number | null, targetValue: number | null, actualValue: number }> }>, evaluations: { nodes: Array<
                | { id: string, type: EvaluationType, date: string, status: EvaluationStatus, overallRating: OverallRating | null, ruleRating: OverallRating | null, findings: string | null, agency: { code: string, acronym: string }, evaluators: Array<{ code: string, acronym: string }>, ratings: Array<{ criterion: DacCriterion, score: number, narrative: string | null }>, signOffs: Array<{ user: string, at: string, agency: { code: string, acronym: string } }> }
                | { id: string, type: EvaluationType, date: string, status: EvaluationStatus, overallRating: OverallRating | null, ruleRating: OverallRating | null, findings: string | null, agency: { code: string, acronym: string }, evaluators: Array<{ code: string, acronym: string }>, ratings: Array<{ criterion: DacCriterion, score: number, narrative: string | null }>, signOffs: Array<{ user: string, at: string, agency: { code: string, acronym: string } }> }
                | { id: string, type: EvaluationType, date: string, status: EvaluationStatus, overallRating: OverallRating | null, ruleRating: OverallRating | null, findings: string | null, agency: { code: string, acronym: string }, evaluators: Array<{ code: string, acronym: string }>, ratings: Array<{ criterion: DacCriterion, score: number, narrative: string | null }>, signOffs: Array<{ user: string, at: string, agency: { code: string, acronym: string } }> }
                | { id: string, type: EvaluationType, date: string, status: EvaluationStatus, overallRating: OverallRating | null, ruleRating: OverallRating | null, findings: string | null, agency: { code: string, acronym: string }, evaluators: Array<{ code: string, acronym: string }>, ratings: Array<{ criterion: DacCriterion, score: number, narrative: string | null }>, signOffs: Array<{ user: string, at: string, agency: { code: string, acronym: string } }> }
                | { id: string, type: EvaluationType, date: string, status: EvaluationStatus, overallRating: OverallRating | null, ruleRating: OverallRating | null, findings: string | null, agency: { code: string, acronym: string }, evaluators: Array<{ code: string, acronym: string }>, ratings: Array<{ criterion: DacCriterion, score: number, narrative: string | null }>, signOffs: Array<{ user: string, at: string, agency: { code: string, acronym: string } }> }
              > }, experts: { nodes: Array<
                | { id: string, name: string, agency: { code: string, acronym: string }, nationality: { code: string, name: string }, languages: Array<{ code: string, name: string }>, deployments: Array<{ role: string, startDate: string, endDate: string, project:
                      | { id: string }
                      | { id: string }
                      | { id: string }
                      | { id: string }
                      | { id: string }
                     | null }> }
                | { id: string, name: string, agency: { code: string, acronym: string }, nationality: { code: string, name: string }, languages: Array<{ code: string, name: string }>, deployments: Array<{ role: string, startDate: string, endDate: string, project:
                      | { id: string }
                      | { id: string }
                      | { id: string }
                      | { id: string }
                      | { id: string }
                     | null }> }
                | { id: string, name: string, agency: { code: string, acronym: string }, nationality: { code: string, name: string }, languages: Array<{ code: string, name: string }>, deployments: Array<{ role: string, startDate: string, endDate: string, project:
                      | { id: string }
                      | { id: string }
                      | { id: string }
                      | { id: string }
                      | { id: string }
                     | null }> }
                | { id: string, name: string, agency: { code: string, acronym: string }, nationality: { code: string, name: string }, languages: Array<{ code: string, name: string }>, deployments: Array<{ role: string, startDate: string, endDate: string, project:
                      | { id: string }
                      | { id: string }
                      | { id: string }
                      | { id: string }
                      | { id: string }
                     | null }> }
                | { id: string, name: string, agency: { code: string, acronym: string }, nationality: { code: string, name: string }, languages: Array<{ code: string, name: string }>, deployments: Array<{ role: string, startDate: string, endDate: string, project:
                      | { id: string }
                      | { id: string }
                      | { id: string }
                      | { id: string }
                      | { id: string }
                     | null }> }
              > }, lessons: { nodes: Array<
                | { id: string, title: string, summary: string, public: boolean, publishedAt: string | null, agency: { code: string, acronym: string } }
                | { id: string, title: string, summary: string, public: boolean, publishedAt: string | null, agency: { code: string, acronym: string } }
                | { id: string, title: string, summary: string, public: boolean, publishedAt: string | null, agency: { code: string, acronym: string } }
                | { id: string, title: string, summary: string, public: boolean, publishedAt: string | null, agency: { code: string, acronym: string } }
                | { id: string, title: string, summary: string, public: boolean, publishedAt: string | null, agency: { code: string, acronym: string } }
              > } }
          | { id: string, iatiIdentifier: string, title: string, description: string | null, status: ActivityStatus, modality: Modality, startDate: string | null, endDate: string | null, agency: { code: string, acronym: string, name: string }, recipientCountries: Array<{ code: string, name: string }>, sectors: Array<{ code: string, name: string }>, sdgs: Array<{ goal: number, name: string }>, budget: { amount: number, currency: string } | null, participants: Array<{ role: ParticipantRole, name: string, country: { code: string, name: string } | null, agency: { code: string, acronym: string } | null }>, results: Array<{ title: string, type: { name: string }, indicators: Array<{ ref: string, title: string, baselineYear: number | null, baselineValue: number | null, targetValue: number | null }> }>, monitoring: { nextReportDue: string | null, overdue: boolean, reportCount: number }, monitoringReports: Array<{ id: string, periodStart: string, periodEnd: string, side: ParticipantRole, author: string, summary: string | null, issues: string | null, nextSteps: string | null, agency: { code: string, acronym: string }, progress: Array<{ indicatorRef: string, indicatorTitle: string, baselineValue: number | null, targetValue: number | null, actualValue: number }> }>, evaluations: { nodes: Array<
                | { id: string, type: EvaluationType, date: string, status: EvaluationStatus, overallRating: OverallRating | null, ruleRating: OverallRating | null, findings: string | null, agency: { code: string, acronym: string }, evaluators: Array<{ code: string, acronym: string }>, ratings: Array<{ criterion: DacCriterion, score: number, narrative: string | null }>, signOffs: Array<{ user: string, at: string, agency: { code: string, acronym: string } }> }
                | { id: string, type: EvaluationType, date: string, status: EvaluationStatus, overallRating: OverallRating | null, ruleRating: OverallRating | null, findings: string | null, agency: { code: string, acronym: string }, evaluators: Array<{ code: string, acronym: string }>, ratings: Array<{ criterion: DacCriterion, score: number, narrative: string | null }>, signOffs: Array<{ user: string, at: string, agency: { code: string, acronym: string } }> }
                | { id: string, type: EvaluationType, date: string, status: EvaluationStatus, overallRating: OverallRating | null, ruleRating: OverallRating | null, findings: string | null, agency: { code: string, acronym: string }, evaluators: Array<{ code: string, acronym: string }>, ratings: Array<{ criterion: DacCriterion, score: number, narrative: string | null }>, signOffs: Array<{ user: string, at: string, agency: { code: string, acronym: string } }> }
                | { id: string, type: EvaluationType, date: string, status: EvaluationStatus, overallRating: OverallRating | null, ruleRating: OverallRating | null, findings: string | null, agency: { code: string, acronym: string }, evaluators: Array<{ code: string, acronym: string }>, ratings: Array<{ criterion: DacCriterion, score: number, narrative: string | null }>, signOffs: Array<{ user: string, at: string, agency: { code: string, acronym: string } }> }
                | { id: string, type: EvaluationType, date: string, status: EvaluationStatus, overallRating: OverallRating | null, ruleRating: OverallRating | null, findings: string | null, agency: { code: string, acronym: string }, evaluators: Array<{ code: string, acronym: string }>, ratings: Array<{ criterion: DacCriterion, score: number, narrative: string | null }>, signOffs: Array<{ user: string, at: string, agency: { code: string, acronym: string } }> }
              > }, experts: { nodes: Array<
                | { id: string, name: string, agency: { code: string, acronym: string }, nationality: { code: string, name: string }, languages: Array<{ code: string, name: string }>, deployments: Array<{ role: string, startDate: string, endDate: string, project:
                      | { id: string }
                      | { id: string }
                      | { id: string }
                      | { id: string }
                      | { id: string }
                     | null }> }
                | { id: string, name: string, agency: { code: string, acronym: string }, nationality: { code: string, name: string }, languages: Array<{ code: string, name: string }>, deployments: Array<{ role: string, startDate: string, endDate: string, project:
                      | { id: string }
                      | { id: string }
                      | { id: string }
                      | { id: string }
                      | { id: string }
                     | null }> }
                | { id: string, name: string, agency: { code: string, acronym: string }, nationality: { code: string, name: string }, languages: Array<{ code: string, name: string }>, deployments: Array<{ role: string, startDate: string, endDate: string, project:
                      | { id: string }
                      | { id: string }
                      | { id: string }
                      | { id: string }
                      | { id: string }
                     | null }> }
                | { id: string, name: string, agency: { code: string, acronym: string }, nationality: { code: string, name: string }, languages: Array<{ code: string, name: string }>, deployments: Array<{ role: string, startDate: string, endDate: string, project:
                      | { id: string }
                      | { id: string }
                      | { id: string }
                      | { id: string }
                      | { id: string }
                     | null }> }
                | { id: string, name: string, agency: { code: string, acronym: string }, nationality: { code: string, name: string }, languages: Array<{ code: string, name: string }>, deployments: Array<{ role: string, startDate: string, endDate: string, project:
                      | { id: string }
                      | { id: string }
                      | { id: string }
                      | { id: string }
                      | { id: string }
                     | null }> }
              > }, lessons: { nodes: Array<
                | { id: string, title: string, summary: string, public: boolean, publishedAt: string | null, agency: { code: string, acronym: string } }
                | { id: string, title: string, summary: string, public: boolean, publishedAt: string | null, agency: { code: string, acronym: string } }
                | { id: string, title: string, summary: string, public: boolean, publishedAt: string | null, agency: { code: string, acronym: string } }
                | { id: string, title: string, summary: string, public: boolean, publishedAt: string | null, agency: { code: string, acronym: string } }
                | { id: string, title: string, summary: string, public: boolean, publishedAt: string | null, agency: { code: string, acronym: string } }
              > } }
          | { id: string, iatiIdentifier: string, title: string, description: string | null, status: ActivityStatus, modality: Modality, startDate: string | null, endDate: string | null, agency: { code: string, acronym: string, name: string }, recipientCountries: Array<{ code: string, name: string }>, sectors: Array<{ code: string, name: string }>, sdgs: Array<{ goal: number, name: string }>, budget: { amount: number, currency: string } | null, participants: Array<{ role: ParticipantRole, name: string, country: { code: string, name: string } | null, agency: { code: string, acronym: string } | null }>, results: Array<{ title: string, type: { name: string }, indicators: Array<{ ref: string, title: string, baselineYear: number | null, baselineValue: number | null, targetValue: number | null }> }>, monitoring: { nextReportDue: string | null, overdue: boolean, reportCount: number }, monitoringReports: Array<{ id: string, periodStart: string, periodEnd: string, side: ParticipantRole, author: string, summary: string | null, issues: string | null, nextSteps: string | null, agency: { code: string, acronym: string }, progress: Array<{ indicatorRef: string, indicatorTitle: string, baselineValue: number | null, targetValue: number | null, actualValue: number }> }>, evaluations: { nodes: Array<
                | { id: string, type: EvaluationType, date: string, status: EvaluationStatus, overallRating: OverallRating | null, ruleRating: OverallRating | null, findings: string | null, agency: { code: string, acronym: string }, evaluators: Array<{ code: string, acronym: string }>, ratings: Array<{ criterion: DacCriterion, score: number, narrative: string | null }>, signOffs: Array<{ user: string, at: string, agency: { code: string, acronym: string } }> }
                | { id: string, type: EvaluationType, date: string, status: EvaluationStatus, overallRating: OverallRating | null, ruleRating: OverallRating | null, findings: string | null, agency: { code: string, acronym: string }, evaluators: Array<{ code: string, acronym: string }>, ratings: Array<{ criterion: DacCriterion, score: number, narrative: string | null }>, signOffs: Array<{ user: string, at: string, agency: { code: string, acronym: string } }> }
                | { id: string, type: EvaluationType, date: string, status: EvaluationStatus, overallRating: OverallRating | null, ruleRating: OverallRating | null, findings: string | null, agency: { code: string, acronym: string }, evaluators: Array<{ code: string, acronym: string }>, ratings: Array<{ criterion: DacCriterion, score: number, narrative: string | null }>, signOffs: Array<{ user: string, at: string, agency: { code: string, acronym: string } }> }
                | { id: string, type: EvaluationType, date: string, status: EvaluationStatus, overallRating: OverallRating | null, ruleRating: OverallRating | null, findings: string | null, agency: { code: string, acronym: string }, evaluators: Array<{ code: string, acronym: string }>, ratings: Array<{ criterion: DacCriterion, score: number, narrative: string | null }>, signOffs: Array<{ user: string, at: string, agency: { code: string, acronym: string } }> }
                | { id: string, type: EvaluationType, date: string, status: EvaluationStatus, overallRating: OverallRating | null, ruleRating: OverallRating | null, findings: string | null, agency: { code: string, acronym: string }, evaluators: Array<{ code: string, acronym: string }>, ratings: Array<{ criterion: DacCriterion, score: number, narrative: string | null }>, signOffs: Array<{ user: string, at: string, agency: { code: string, acronym: string } }> }
              > }, experts: { nodes: Array<
                | { id: string, name: string, agency: { code: string, acronym: string }, nationality: { code: string, name: string }, languages: Array<{ code: string, name: string }>, deployments: Array<{ role: string, startDate: string, endDate: string, project:
                      | { id: string }
                      | { id: string }
                      | { id: string }
                      | { id: string }
                      | { id: string }
                     | null }> }
                | { id: string, name: string, agency: { code: string, acronym: string }, nationality: { code: string, name: string }, languages: Array<{ code: string, name: string }>, deployments: Array<{ role: string, startDate: string, endDate: string, project:
                      | { id: string }
                      | { id: string }
                      | { id: string }
                      | { id: string }
                      | { id: string }
                     | null }> }
                | { id: string, name: string, agency: { code: string, acronym: string }, nationality: { code: string, name: string }, languages: Array<{ code: string, name: string }>, deployments: Array<{ role: string, startDate: string, endDate: string, project:
                      | { id: string }
                      | { id: string }
                      | { id: string }
                      | { id: string }
                      | { id: string }
                     | null }> }
                | { id: string, name: string, agency: { code: string, acronym: string }, nationality: { code: string, name: string }, languages: Array<{ code: string, name: string }>, deployments: Array<{ role: string, startDate: string, endDate: string, project:
                      | { id: string }
                      | { id: string }
                      | { id: string }
                      | { id: string }
                      | { id: string }
                     | null }> }
                | { id: string, name: string, agency: { code: string, acronym: string }, nationality: { code: string, name: string }, languages: Array<{ code: string, name: string }>, deployments: Array<{ role: string, startDate: string, endDate: string, project:
                      | { id: string }
                      | { id: string }
                      | { id: string }
                      | { id: string }
                      | { id: string }
                     | null }> }
              > }, lessons: { nodes: Array<
                | { id: string, title: string, summary: string, public: boolean, publishedAt: string | null, agency: { code: string, acronym: string } }
                | { id: string, title: string, summary: string, public: boolean, publishedAt: string | null, agency: { code: string, acronym: string } }
                | { id: string, title: string, summary: string, public: boolean, publishedAt: string | null, agency: { code: string, acronym: string } }
                | { id: string, title: string, summary: string, public: boolean, publishedAt: string | null, agency: { code: string, acronym: string } }
                | { id: string, title: string, summary: string, public: boolean, publishedAt: string | null, agency: { code: string, acronym: string } }
              > } }
         | null }>, agency: { code: string, acronym: string, name: string }, recipientCountries: Array<{ code: string, name: string }>, sectors: Array<{ code: string, name: string }>, sdgs: Array<{ goal: number, name: string }>, budget: { amount: number, currency: string } | null, participants: Array<{ role: ParticipantRole, name: string, country: { code: string, name: string } | null, agency: { code: string, acronym: string } | null }>, results: Array<{ title: string, type: { name: string }, indicators: Array<{ ref: string, title: string, baselineYear: number | null, baselineValue: number | null, targetValue: number | null }> }>, monitoring: { nextReportDue: string | null, overdue: boolean, reportCount: number }, monitoringReports: Array<{ id: string, periodStart: string, periodEnd: string, side: ParticipantRole, author: string, summary: string | null, issues: string | null, nextSteps: string | null, agency: { code: string, acronym: string }, progress: Array<{ indicatorRef: string, indicatorTitle: string, baselineValue: number | null, targetValue: number | null, actualValue: number }> }>, evaluations: { nodes: Array<
          | { id: string, type: EvaluationType, date: string, status: EvaluationStatus, overallRating: OverallRating | null, ruleRating: OverallRating | null, findings: string | null, agency: { code: string, acronym: string }, evaluators: Array<{ code: string, acronym: string }>, ratings: Array<{ criterion: DacCriterion, score: number, narrative: string | null }>, signOffs: Array<{ user: string, at: string, agency: { code: string, acronym: string } }> }
          | { id: string, type: EvaluationType, date: string, status: EvaluationStatus, overallRating: OverallRating | null, ruleRating: OverallRating | null, findings: string | null, agency: { code: string, acronym: string }, evaluators: Array<{ code: string, acronym: string }>, ratings: Array<{ criterion: DacCriterion, score: number, narrative: string | null }>, signOffs: Array<{ user: string, at: string, agency: { code: string, acronym: string } }> }
          | { id: string, type: EvaluationType, date: string, status: EvaluationStatus, overallRating: OverallRating | null, ruleRating: OverallRating | null, findings: string | null, agency: { code: string, acronym: string }, evaluators: Array<{ code: string, acronym: string }>, ratings: Array<{ criterion: DacCriterion, score: number, narrative: string | null }>, signOffs: Array<{ user: string, at: string, agency: { code: string, acronym: string } }> }
          | { id: string, type: EvaluationType, date: string, status: EvaluationStatus, overallRating: OverallRating | null, ruleRating: OverallRating | null, findings: string | null, agency: { code: string, acronym: string }, evaluators: Array<{ code: string, acronym: string }>, ratings: Array<{ criterion: DacCriterion, score: number, narrative: string | null }>, signOffs: Array<{ user: string, at: string, agency: { code: string, acronym: string } }> }
          | { id: string, type: EvaluationType, date: string, status: EvaluationStatus, overallRating: OverallRating | null, ruleRating: OverallRating | null, findings: string | null, agency: { code: string, acronym: string }, evaluators: Array<{ code: string, acronym: string }>, ratings: Array<{ criterion: DacCriterion, score: number, narrative: string | null }>, signOffs: Array<{ user: string, at: string, agency: { code: string, acronym: string } }> }
        > }, experts: { nodes: Array<
          | { id: string, name: string, agency: { code: string, acronym: string }, nationality: { code: string, name: string }, languages: Array<{ code: string, name: string }>, deployments: Array<{ role: string, startDate: string, endDate: string, project:
                | { id: string }
                | { id: string }
                | { id: string }
                | { id: string }
                | { id: string }
               | null }> }
          | { id: string, name: string, agency: { code: string, acronym: string }, nationality: { code: string, name: string }, languages: Array<{ code: string, name: string }>, deployments: Array<{ role: string, startDate: string, endDate: string, project:
                | { id: string }
                | { id: string }
                | { id: string }
                | { id: string }
                | { id: string }
               | null }> }
          | { id: string, name: string, agency: { code: string, acronym: string }, nationality: { code: string, name: string }, languages: Array<{ code: string, name: string }>, deployments: Array<{ role: string, startDate: string, endDate: string, project:
                | { id: string }
                | { id: string }
                | { id: string }
                | { id: string }
                | { id: string }
               | null }> }
          | { id: string, name: string, agency: { code: string, acronym: string }, nationality: { code: string, name: string }, languages: Array<{ code: string, name: string }>, deployments: Array<{ role: string, startDate: string, endDate: string, project:
                | { id: string }
                | { id: string }
                | { id: string }
                | { id: string }
                | { id: string }
               | null }> }
          | { id: string, name: string, agency: { code: string, acronym: string }, nationality: { code: string, name: string }, languages: Array<{ code: string, name: string }>, deployments: Array<{ role: string, startDate: string, endDate: string, project:
                | { id: string }
                | { id: string }
                | { id: string }
                | { id: string }
                | { id: string }
               | null }> }
        > }, lessons: { nodes: Array<
          | { id: string, title: string, summary: string, public: boolean, publishedAt: string | null, agency: { code: string, acronym: string } }
          | { id: string, title: string, summary: string, public: boolean, publishedAt: string | null, agency: { code: string, acronym: string } }
          | { id: string, title: string, summary: string, public: boolean, publishedAt: string | null, agency: { code: string, acronym: string } }
          | { id: string, title: string, summary: string, public: boolean, publishedAt: string | null, agency: { code: string, acronym: string } }
          | { id: string, title: string, summary: string, public: boolean, publishedAt: string | null, agency: { code: string, acronym: string } }
        > } }
    | { id: string, iatiIdentifier: string, title: string, description: string | null, status: ActivityStatus, modality: Modality, startDate: string | null, endDate: string | null, relatedProjects: Array<{ type: RelatedActivityType, project:
          | { id: string, iatiIdentifier: string, title: string, description: string | null, status: ActivityStatus, modality: Modality, startDate: string | null, endDate: string | null, agency: { code: string, acronym: string, name: string }, recipientCountries: Array<{ code: string, name: string }>, sectors: Array<{ code: string, name: string }>, sdgs: Array<{ goal: number, name: string }>, budget: { amount: number, currency: string } | null, participants: Array<{ role: ParticipantRole, name: string, country: { code: string, name: string } | null, agency: { code: string, acronym: string } | null }>, results: Array<{ title: string, type: { name: string }, indicators: Array<{ ref: string, title: string, baselineYear: number | null, baselineValue: number | null, targetValue: number | null }> }>, monitoring: { nextReportDue: string | null, overdue: boolean, reportCount: number }, monitoringReports: Array<{ id: string, periodStart: string, periodEnd: string, side: ParticipantRole, author: string, summary: string | null, issues: string | null, nextSteps: string | null, agency: { code: string, acronym: string }, progress: Array<{ indicatorRef: string, indicatorTitle: string, baselineValue: number | null, targetValue: number | null, actualValue: number }> }>, evaluations: { nodes: Array<
                | { id: string, type: EvaluationType, date: string, status: EvaluationStatus, overallRating: OverallRating | null, ruleRating: OverallRating | null, findings: string | null, agency: { code: string, acronym: string }, evaluators: Array<{ code: string, acronym: string }>, ratings: Array<{ criterion: DacCriterion, score: number, narrative: string | null }>, signOffs: Array<{ user: string, at: string, agency: { code: string, acronym: string } }> }
                | { id: string, type: EvaluationType, date: string, status: EvaluationStatus, overallRating: OverallRating | null, ruleRating: OverallRating | null, findings: string | null, agency: { code: string, acronym: string }, evaluators: Array<{ code: string, acronym: string }>, ratings: Array<{ criterion: DacCriterion, score: number, narrative: string | null }>, signOffs: Array<{ user: string, at: string, agency: { code: string, acronym: string } }> }
                | { id: string, type: EvaluationType, date: string, status: EvaluationStatus, overallRating: OverallRating | null, ruleRating: OverallRating | null, findings: string | null, agency: { code: string, acronym: string }, evaluators: Array<{ code: string, acronym: string }>, ratings: Array<{ criterion: DacCriterion, score: number, narrative: string | null }>, signOffs: Array<{ user: string, at: string, agency: { code: string, acronym: string } }> }
                | { id: string, type: EvaluationType, date: string, status: EvaluationStatus, overallRating: OverallRating | null, ruleRating: OverallRating | null, findings: string | null, agency: { code: string, acronym: string }, evaluators: Array<{ code: string, acronym: string }>, ratings: Array<{ criterion: DacCriterion, score: number, narrative: string | null }>, signOffs: Array<{ user: string, at: string, agency: { code: string, acronym: string } }> }
                | { id: string, type: EvaluationType, date: string, status: EvaluationStatus, overallRating: OverallRating | null, ruleRating: OverallRating | null, findings: string | null, agency: { code: string, acronym: string }, evaluators: Array<{ code: string, acronym: string }>, ratings: Array<{ criterion: DacCriterion, score: number, narrative: string | null }>, signOffs: Array<{ user: string, at: string, agency: { code: string, acronym: string } }> }
              > }, experts: { nodes: Array<
                | { id: string, name: string, agency: { code: string, acronym: string }, nationality: { code: string, name: string }, languages: Array<{ code: string, name: string }>, deployments: Array<{ role: string, startDate: string, endDate: string, project:
                      | { id: string }
                      | { id: string }
                      | { id: string }
                      | { id: string }
                      | { id: string }
                     | null }> }
                | { id: string, name: string, agency: { code: string, acronym: string }, nationality: { code: string, name: string }, languages: Array<{ code: string, name: string }>, deployments: Array<{ role: string, startDate: string, endDate: string, project:
                      | { id: string }
                      | { id: string }
                      | { id: string }
                      | { id: string }
                      | { id: string }
                     | null }> }
                | { id: string, name: string, agency: { code: string, acronym: string }, nationality: { code: string, name: string }, languages: Array<{ code: string, name: string }>, deployments: Array<{ role: string, startDate: string, endDate: string, project:
                      | { id: string }
                      | { id: string }
                      | { id: string }
                      | { id: string }
                      | { id: string }
                     | null }> }
                | { id: string, name: string, agency: { code: string, acronym: string }, nationality: { code: string, name: string }, languages: Array<{ code: string, name: string }>, deployments: Array<{ role: string, startDate: string, endDate: string, project:
                      | { id: string }
                      | { id: string }
                      | { id: string }
                      | { id: string }
                      | { id: string }
                     | null }> }
                | { id: string, name: string, agency: { code: string, acronym: string }, nationality: { code: string, name: string }, languages: Array<{ code: string, name: string }>, deployments: Array<{ role: string, startDate: string, endDate: string, project:
                      | { id: string }
                      | { id: string }
                      | { id: string }
                      | { id: string }
                      | { id: string }
                     | null }> }
              > }, lessons: { nodes: Array<
                | { id: string, title: string, summary: string, public: boolean, publishedAt: string | null, agency: { code: string, acronym: string } }
                | { id: string, title: string, summary: string, public: boolean, publishedAt: string | null, agency: { code: string, acronym: string } }
                | { id: string, title: string, summary: string, public: boolean, publishedAt: string | null, agency: { code: string, acronym: string } }
                | { id: string, title: string, summary: string, public: boolean, publishedAt: string | null, agency: { code: string, acronym: string } }
                | { id: string, title: string, summary: string, public: boolean, publishedAt: string | null, agency: { code: string, acronym: string } }
              > } }
          | { id: string, iatiIdentifier: string, title: string, description: string | null, status: ActivityStatus, modality: Modality, startDate: string | null, endDate: string | null, agency: { code: string, acronym: string, name: string }, recipientCountries: Array<{ code: string, name: string }>, sectors: Array<{ code: string, name: string }>, sdgs: Array<{ goal: number, name: string }>, budget: { amount: number, currency: string } | null, participants: Array<{ role: ParticipantRole, name: string, country: { code: string, name: string } | null, agency: { code: string, acronym: string } | null }>, results: Array<{ title: string, type: { name: string }, indicators: Array<{ ref: string, title: string, baselineYear: number | null, baselineValue: number | null, targetValue: number | null }> }>, monitoring: { nextReportDue: string | null, overdue: boolean, reportCount: number }, monitoringReports: Array<{ id: string, periodStart: string, periodEnd: string, side: ParticipantRole, author: string, summary: string | null, issues: string | null, nextSteps: string | null, agency: { code: string, acronym: string }, progress: Array<{ indicatorRef: string, indicatorTitle: string, baselineValue: number | null, targetValue: number | null, actualValue: number }> }>, evaluations: { nodes: Array<
                | { id: string, type: EvaluationType, date: string, status: EvaluationStatus, overallRating: OverallRating | null, ruleRating: OverallRating | null, findings: string | null, agency: { code: string, acronym: string }, evaluators: Array<{ code: string, acronym: string }>, ratings: Array<{ criterion: DacCriterion, score: number, narrative: string | null }>, signOffs: Array<{ user: string, at: string, agency: { code: string, acronym: string } }> }
                | { id: string, type: EvaluationType, date: string, status: EvaluationStatus, overallRating: OverallRating | null, ruleRating: OverallRating | null, findings: string | null, agency: { code: string, acronym: string }, evaluators: Array<{ code: string, acronym: string }>, ratings: Array<{ criterion: DacCriterion, score: number, narrative: string | null }>, signOffs: Array<{ user: string, at: string, agency: { code: string, acronym: string } }> }
                | { id: string, type: EvaluationType, date: string, status: EvaluationStatus, overallRating: OverallRating | null, ruleRating: OverallRating | null, findings: string | null, agency: { code: string, acronym: string }, evaluators: Array<{ code: string, acronym: string }>, ratings: Array<{ criterion: DacCriterion, score: number, narrative: string | null }>, signOffs: Array<{ user: string, at: string, agency: { code: string, acronym: string } }> }
                | { id: string, type: EvaluationType, date: string, status: EvaluationStatus, overallRating: OverallRating | null, ruleRating: OverallRating | null, findings: string | null, agency: { code: string, acronym: string }, evaluators: Array<{ code: string, acronym: string }>, ratings: Array<{ criterion: DacCriterion, score: number, narrative: string | null }>, signOffs: Array<{ user: string, at: string, agency: { code: string, acronym: string } }> }
                | { id: string, type: EvaluationType, date: string, status: EvaluationStatus, overallRating: OverallRating | null, ruleRating: OverallRating | null, findings: string | null, agency: { code: string, acronym: string }, evaluators: Array<{ code: string, acronym: string }>, ratings: Array<{ criterion: DacCriterion, score: number, narrative: string | null }>, signOffs: Array<{ user: string, at: string, agency: { code: string, acronym: string } }> }
              > }, experts: { nodes: Array<
                | { id: string, name: string, agency: { code: string, acronym: string }, nationality: { code: string, name: string }, languages: Array<{ code: string, name: string }>, deployments: Array<{ role: string, startDate: string, endDate: string, project:
                      | { id: string }
                      | { id: string }
                      | { id: string }
                      | { id: string }
                      | { id: string }
                     | null }> }
                | { id: string, name: string, agency: { code: string, acronym: string }, nationality: { code: string, name: string }, languages: Array<{ code: string, name: string }>, deployments: Array<{ role: string, startDate: string, endDate: string, project:
                      | { id: string }
                      | { id: string }
                      | { id: string }
                      | { id: string }
                      | { id: string }
                     | null }> }
                | { id: string, name: string, agency: { code: string, acronym: string }, nationality: { code: string, name: string }, languages: Array<{ code: string, name: string }>, deployments: Array<{ role: string, startDate: string, endDate: string, project:
                      | { id: string }
                      | { id: string }
                      | { id: string }
                      | { id: string }
                      | { id: string }
                     | null }> }
                | { id: string, name: string, agency: { code: string, acronym: string }, nationality: { code: string, name: string }, languages: Array<{ code: string, name: string }>, deployments: Array<{ role: string, startDate: string, endDate: string, project:
                      | { id: string }
                      | { id: string }
                      | { id: string }
                      | { id: string }
                      | { id: string }
                     | null }> }
                | { id: string, name: string, agency: { code: string, acronym: string }, nationality: { code: string, name: string }, languages: Array<{ code: string, name: string }>, deployments: Array<{ role: string, startDate: string, endDate: string, project:
                      | { id: string }
                      | { id: string }
                      | { id: string }
                      | { id: string }
                      | { id: string }
                     | null }> }
              > }, lessons: { nodes: Array<
                | { id: string, title: string, summary: string, public: boolean, publishedAt: string | null, agency: { code: string, acronym: string } }
                | { id: string, title: string, summary: string, public: boolean, publishedAt: string | null, agency: { code: string, acronym: string } }
                | { id: string, title: string, summary: string, public: boolean, publishedAt: string | null, agency: { code: string, acronym: string } }
                | { id: string, title: string, summary: string, public: boolean, publishedAt: string | null, agency: { code: string, acronym: string } }
                | { id: string, title: string, summary: string, public: boolean, publishedAt: string | null, agency: { code: string, acronym: string } }
              > } }
          | { id: string, iatiIdentifier: string, title: string, description: string | null, status: ActivityStatus, modality: Modality, startDate: string | null, endDate: string | null, agency: { code: string, acronym: string, name: string }, recipientCountries: Array<{ code: string, name: string }>, sectors: Array<{ code: string, name: string }>, sdgs: Array<{ goal: number, name: string }>, budget: { amount: number, currency: string } | null, participants: Array<{ role: ParticipantRole, name: string, country: { code: string, name: string } | null, agency: { code: string, acronym: string } | null }>, results: Array<{ title: string, type: { name: string }, indicators: Array<{ ref: string, title: string, baselineYear: number | null, baselineValue: number | null, targetValue: number | null }> }>, monitoring: { nextReportDue: string | null, overdue: boolean, reportCount: number }, monitoringReports: Array<{ id: string, periodStart: string, periodEnd: string, side: ParticipantRole, author: string, summary: string | null, issues: string | null, nextSteps: string | null, agency: { code: string, acronym: string }, progress: Array<{ indicatorRef: string, indicatorTitle: string, baselineValue: number | null, targetValue: number | null, actualValue: number }> }>, evaluations: { nodes: Array<
                | { id: string, type: EvaluationType, date: string, status: EvaluationStatus, overallRating: OverallRating | null, ruleRating: OverallRating | null, findings: string | null, agency: { code: string, acronym: string }, evaluators: Array<{ code: string, acronym: string }>, ratings: Array<{ criterion: DacCriterion, score: number, narrative: string | null }>, signOffs: Array<{ user: string, at: string, agency: { code: string, acronym: string } }> }
                | { id: string, type: EvaluationType, date: string, status: EvaluationStatus, overallRating: OverallRating | null, ruleRating: OverallRating | null, findings: string | null, agency: { code: string, acronym: string }, evaluators: Array<{ code: string, acronym: string }>, ratings: Array<{ criterion: DacCriterion, score: number, narrative: string | null }>, signOffs: Array<{ user: string, at: string, agency: { code: string, acronym: string } }> }
                | { id: string, type: EvaluationType, date: string, status: EvaluationStatus, overallRating: OverallRating | null, ruleRating: OverallRating | null, findings: string | null, agency: { code: string, acronym: string }, evaluators: Array<{ code: string, acronym: string }>, ratings: Array<{ criterion: DacCriterion, score: number, narrative: string | null }>, signOffs: Array<{ user: string, at: string, agency: { code: string, acronym: string } }> }
                | { id: string, type: EvaluationType, date: string, status: EvaluationStatus, overallRating: OverallRating | null, ruleRating: OverallRating | null, findings: string | null, agency: { code: string, acronym: string }, evaluators: Array<{ code: string, acronym: string }>, ratings: Array<{ criterion: DacCriterion, score: number, narrative: string | null }>, signOffs: Array<{ user: string, at: string, agency: { code: string, acronym: string } }> }
                | { id: string, type: EvaluationType, date: string, status: EvaluationStatus, overallRating: OverallRating | null, ruleRating: OverallRating | null, findings: string | null, agency: { code: string, acronym: string }, evaluators: Array<{ code: string, acronym: string }>, ratings: Array<{ criterion: DacCriterion, score: number, narrative: string | null }>, signOffs: Array<{ user: string, at: string, agency: { code: string, acronym: string } }> }
              > }, experts: { nodes: Array<
                | { id: string, name: string, agency: { code: string, acronym: string }, nationality: { code: string, name: string }, languages: Array<{ code: string, name: string }>, deployments: Array<{ role: string, startDate: string, endDate: string, project:
                      | { id: string }
                      | { id: string }
                      | { id: string }
                      | { id: string }
                      | { id: string }
                     | null }> }
                | { id: string, name: string, agency: { code: string, acronym: string }, nationality: { code: string, name: string }, languages: Array<{ code: string, name: string }>, deployments: Array<{ role: string, startDate: string, endDate: string, project:
                      | { id: string }
                      | { id: string }
                      | { id: string }
                      | { id: string }
                      | { id: string }
                     | null }> }
                | { id: string, name: string, agency: { code: string, acronym: string }, nationality: { code: string, name: string }, languages: Array<{ code: string, name: string }>, deployments: Array<{ role: string, startDate: string, endDate: string, project:
                      | { id: string }
                      | { id: string }
                      | { id: string }
                      | { id: string }
                      | { id: string }
                     | null }> }
                | { id: string, name: string, agency: { code: string, acronym: string }, nationality: { code: string, name: string }, languages: Array<{ code: string, name: string }>, deployments: Array<{ role: string, startDate: string, endDate: string, project:
                      | { id: string }
                      | { id: string }
                      | { id: string }
                      | { id: string }
                      | { id: string }
                     | null }> }
                | { id: string, name: string, agency: { code: string, acronym: string }, nationality: { code: string, name: string }, languages: Array<{ code: string, name: string }>, deployments: Array<{ role: string, startDate: string, endDate: string, project:
                      | { id: string }
                      | { id: string }
                      | { id: string }
                      | { id: string }
                      | { id: string }
                     | null }> }
              > }, lessons: { nodes: Array<
                | { id: string, title: string, summary: string, public: boolean, publishedAt: string | null, agency: { code: string, acronym: string } }
                | { id: string, title: string, summary: string, public: boolean, publishedAt: string | null, agency: { code: string, acronym: string } }
                | { id: string, title: string, summary: string, public: boolean, publishedAt: string | null, agency: { code: string, acronym: string } }
                | { id: string, title: string, summary: string, public: boolean, publishedAt: string | null, agency: { code: string, acronym: string } }
                | { id: string, title: string, summary: string, public: boolean, publishedAt: string | null, agency: { code: string, acronym: string } }
              > } }
          | { id: string, iatiIdentifier: string, title: string, description: string | null, status: ActivityStatus, modality: Modality, startDate: string | null, endDate: string | null, agency: { code: string, acronym: string, name: string }, recipientCountries: Array<{ code: string, name: string }>, sectors: Array<{ code: string, name: string }>, sdgs: Array<{ goal: number, name: string }>, budget: { amount: number, currency: string } | null, participants: Array<{ role: ParticipantRole, name: string, country: { code: string, name: string } | null, agency: { code: string, acronym: string } | null }>, results: Array<{ title: string, type: { name: string }, indicators: Array<{ ref: string, title: string, baselineYear: number | null, baselineValue: number | null, targetValue: number | null }> }>, monitoring: { nextReportDue: string | null, overdue: boolean, reportCount: number }, monitoringReports: Array<{ id: string, periodStart: string, periodEnd: string, side: ParticipantRole, author: string, summary: string | null, issues: string | null, nextSteps: string | null, agency: { code: string, acronym: string }, progress: Array<{ indicatorRef: string, indicatorTitle: string, baselineValue: number | null, targetValue: number | null, actualValue: number }> }>, evaluations: { nodes: Array<
                | { id: string, type: EvaluationType, date: string, status: EvaluationStatus, overallRating: OverallRating | null, ruleRating: OverallRating | null, findings: string | null, agency: { code: string, acronym: string }, evaluators: Array<{ code: string, acronym: string }>, ratings: Array<{ criterion: DacCriterion, score: number, narrative: string | null }>, signOffs: Array<{ user: string, at: string, agency: { code: string, acronym: string } }> }
                | { id: string, type: EvaluationType, date: string, status: EvaluationStatus, overallRating: OverallRating | null, ruleRating: OverallRating | null, findings: string | null, agency: { code: string, acronym: string }, evaluators: Array<{ code: string, acronym: string }>, ratings: Array<{ criterion: DacCriterion, score: number, narrative: string | null }>, signOffs: Array<{ user: string, at: string, agency: { code: string, acronym: string } }> }
                | { id: string, type: EvaluationType, date: string, status: EvaluationStatus, overallRating: OverallRating | null, ruleRating: OverallRating | null, findings: string | null, agency: { code: string, acronym: string }, evaluators: Array<{ code: string, acronym: string }>, ratings: Array<{ criterion: DacCriterion, score: number, narrative: string | null }>, signOffs: Array<{ user: string, at: string, agency: { code: string, acronym: string } }> }
                | { id: string, type: EvaluationType, date: string, status: EvaluationStatus, overallRating: OverallRating | null, ruleRating: OverallRating | null, findings: string | null, agency: { code: string, acronym: string }, evaluators: Array<{ code: string, acronym: string }>, ratings: Array<{ criterion: DacCriterion, score: number, narrative: string | null }>, signOffs: Array<{ user: string, at: string, agency: { code: string, acronym: string } }> }
                | { id: string, type: EvaluationType, date: string, status: EvaluationStatus, overallRating: OverallRating | null, ruleRating: OverallRating | null, findings: string | null, agency: { code: string, acronym: string }, evaluators: Array<{ code: string, acronym: string }>, ratings: Array<{ criterion: DacCriterion, score: number, narrative: string | null }>, signOffs: Array<{ user: string, at: string, agency: { code: string, acronym: string } }> }
              > }, experts: { nodes: Array<
                | { id: string, name: string, agency: { code: string, acronym: string }, nationality: { code: string, name: string }, languages: Array<{ code: string, name: string }>, deployments: Array<{ role: string, startDate: string, endDate: string, project:
                      | { id: string }
                      | { id: string }
                      | { id: string }
                      | { id: string }
                      | { id: string }
                     | null }> }
                | { id: string, name: string, agency: { code: string, acronym: string }, nationality: { code: string, name: string }, languages: Array<{ code: string, name: string }>, deployments: Array<{ role: string, startDate: string, endDate: string, project:
                      | { id: string }
                      | { id: string }
                      | { id: string }
                      | { id: string }
                      | { id: string }
                     | null }> }
                | { id: string, name: string, agency: { code: string, acronym: string }, nationality: { code: string, name: string }, languages: Array<{ code: string, name: string }>, deployments: Array<{ role: string, startDate: string, endDate: string, project:
                      | { id: string }
                      | { id: string }
                      | { id: string }
                      | { id: string }
                      | { id: string }
                     | null }> }
                | { id: string, name: string, agency: { code: string, acronym: string }, nationality: { code: string, name: string }, languages: Array<{ code: string, name: string }>, deployments: Array<{ role: string, startDate: string, endDate: string, project:
                      | { id: string }
                      | { id: string }
                      | { id: string }
                      | { id: string }
                      | { id: string }
                     | null }> }
                | { id: string, name: string, agency: { code: string, acronym: string }, nationality: { code: string, name: string }, languages: Array<{ code: string, name: string }>, deployments: Array<{ role: string, startDate: string, endDate: string, project:
                      | { id: string }
                      | { id: string }
                      | { id: string }
                      | { id: string }
                      | { id: string }
                     | null }> }
              > }, lessons: { nodes: Array<
                | { id: string, title: string, summary: string, public: boolean, publishedAt: string | null, agency: { code: string, acronym: string } }
                | { id: string, title: string, summary: string, public: boolean, publishedAt: string | null, agency: { code: string, acronym: string } }
                | { id: string, title: string, summary: string, public: boolean, publishedAt: string | null, agency: { code: string, acronym: string } }
                | { id: string, title: string, summary: string, public: boolean, publishedAt: string | null, agency: { code: string, acronym: string } }
                | { id: string, title: string, summary: string, public: boolean, publishedAt: string | null, agency: { code: string, acronym: string } }
              > } }
          | { id: string, iatiIdentifier: string, title: string, description: string | null, status: ActivityStatus, modality: Modality, startDate: string | null, endDate: string | null, agency: { code: string, acronym: string, name: string }, recipientCountries: Array<{ code: string, name: string }>, sectors: Array<{ code: string, name: string }>, sdgs: Array<{ goal: number, name: string }>, budget: { amount: number, currency: string } | null, participants: Array<{ role: ParticipantRole, name: string, country: { code: string, name: string } | null, agency: { code: string, acronym: string } | null }>, results: Array<{ title: string, type: { name: string }, indicators: Array<{ ref: string, title: string, baselineYear: number | null, baselineValue: number | null, targetValue: number | null }> }>, monitoring: { nextReportDue: string | null, overdue: boolean, reportCount: number }, monitoringReports: Array<{ id: string, periodStart: string, periodEnd: string, side: ParticipantRole, author: string, summary: string | null, issues: string | null, nextSteps: string | null, agency: { code: string, acronym: string }, progress: Array<{ indicatorRef: string, indicatorTitle: string, baselineValue: number | null, targetValue: number | null, actualValue: number }> }>, evaluations: { nodes: Array<
                | { id: string, type: EvaluationType, date: string, status: EvaluationStatus, overallRating: OverallRating | null, ruleRating: OverallRating | null, findings: string | null, agency: { code: string, acronym: string }, evaluators: Array<{ code: string, acronym: string }>, ratings: Array<{ criterion: DacCriterion, score: number, narrative: string | null }>, signOffs: Array<{ user: string, at: string, agency: { code: string, acronym: string } }> }
                | { id: string, type: EvaluationType, date: string, status: EvaluationStatus, overallRating: OverallRating | null, ruleRating: OverallRating | null, findings: string | null, agency: { code: string, acronym: string }, evaluators: Array<{ code: string, acronym: string }>, ratings: Array<{ criterion: DacCriterion, score: number, narrative: string | null }>, signOffs: Array<{ user: string, at: string, agency: { code: string, acronym: string } }> }
                | { id: string, type: EvaluationType, date: string, status: EvaluationStatus, overallRating: OverallRating | null, ruleRating: OverallRating | null, findings: string | null, agency: { code: string, acronym: string }, evaluators: Array<{ code: string, acronym: string }>, ratings: Array<{ criterion: DacCriterion, score: number, narrative: string | null }>, signOffs: Array<{ user: string, at: string, agency: { code: string, acronym: string } }> }
                | { id: string, type: EvaluationType, date: string, status: EvaluationStatus, overallRating: OverallRating | null, ruleRating: OverallRating | null, findings: string | null, agency: { code: string, acronym: string }, evaluators: Array<{ code: string, acronym: string }>, ratings: Array<{ criterion: DacCriterion, score: number, narrative: string | null }>, signOffs: Array<{ user: string, at: string, agency: { code: string, acronym: string } }> }
                | { id: string, type: EvaluationType, date: string, status: EvaluationStatus, overallRating: OverallRating | null, ruleRating: OverallRating | null, findings: string | null, agency: { code: string, acronym: string }, evaluators: Array<{ code: string, acronym: string }>, ratings: Array<{ criterion: DacCriterion, score: number, narrative: string | null }>, signOffs: Array<{ user: string, at: string, agency: { code: string, acronym: string } }> }
              > }, experts: { nodes: Array<
                | { id: string, name: string, agency: { code: string, acronym: string }, nationality: { code: string, name: string }, languages: Array<{ code: string, name: string }>, deployments: Array<{ role: string, startDate: string, endDate: string, project:
                      | { id: string }
                      | { id: string }
                      | { id: string }
                      | { id: string }
                      | { id: string }
                     | null }> }
                | { id: string, name: string, agency: { code: string, acronym: string }, nationality: { code: string, name: string }, languages: Array<{ code: string, name: string }>, deployments: Array<{ role: string, startDate: string, endDate: string, project:
                      | { id: string }
                      | { id: string }
                      | { id: string }
                      | { id: string }
                      | { id: string }
                     | null }> }
                | { id: string, name: string, agency: { code: string, acronym: string }, nationality: { code: string, name: string }, languages: Array<{ code: string, name: string }>, deployments: Array<{ role: string, startDate: string, endDate: string, project:
                      | { id: string }
                      | { id: string }
                      | { id: string }
                      | { id: string }
                      | { id: string }
                     | null }> }
                | { id: string, name: string, agency: { code: string, acronym: string }, nationality: { code: string, name: string }, languages: Array<{ code: string, name: string }>, deployments: Array<{ role: string, startDate: string, endDate: string, project:
                      | { id: string }
                      | { id: string }
                      | { id: string }
                      | { id: string }
                      | { id: string }
                     | null }> }
                | { id: string, name: string, agency: { code: string, acronym: string }, nationality: { code: string, name: string }, languages: Array<{ code: string, name: string }>, deployments: Array<{ role: string, startDate: string, endDate: string, project:
                      | { id: string }
                      | { id: string }
                      | { id: string }
                      | { id: string }
                      | { id: string }
                     | null }> }
              > }, lessons: { nodes: Array<
                | { id: string, title: string, summary: string, public: boolean, publishedAt: string | null, agency: { code: string, acronym: string } }
                | { id: string, title: string, summary: string, public: boolean, publishedAt: string | null, agency: { code: string, acronym: string } }
                | { id: string, title: string, summary: string, public: boolean, publishedAt: string | null, agency: { code: string, acronym: string } }
                | { id: string, title: string, summary: string, public: boolean, publishedAt: string | null, agency: { code: string, acronym: string } }
                | { id: string, title: string, summary: string, public: boolean, publishedAt: string | null, agency: { code: string, acronym: string } }
              > } }
         | null }>, agency: { code: string, acronym: string, name: string }, recipientCountries: Array<{ code: string, name: string }>, sectors: Array<{ code: string, name: string }>, sdgs: Array<{ goal: number, name: string }>, budget: { amount: number, currency: string } | null, participants: Array<{ role: ParticipantRole, name: string, country: { code: string, name: string } | null, agency: { code: string, acronym: string } | null }>, results: Array<{ title: string, type: { name: string }, indicators: Array<{ ref: string, title: string, baselineYear: number | null, baselineValue: number | null, targetValue: number | null }> }>, monitoring: { nextReportDue: string | null, overdue: boolean, reportCount: number }, monitoringReports: Array<{ id: string, periodStart: string, periodEnd: string, side: ParticipantRole, author: string, summary: string | null, issues: string | null, nextSteps: string | null, agency: { code: string, acronym: string }, progress: Array<{ indicatorRef: string, indicatorTitle: string, baselineValue: number | null, targetValue: number | null, actualValue: number }> }>, evaluations: { nodes: Array<
          | { id: string, type: EvaluationType, date: string, status: EvaluationStatus, overallRating: OverallRating | null, ruleRating: OverallRating | null, findings: string | null, agency: { code: string, acronym: string }, evaluators: Array<{ code: string, acronym: string }>, ratings: Array<{ criterion: DacCriterion, score: number, narrative: string | null }>, signOffs: Array<{ user: string, at: string, agency: { code: string, acronym: string } }> }
          | { id: string, type: EvaluationType, date: string, status: EvaluationStatus, overallRating: OverallRating | null, ruleRating: OverallRating | null, findings: string | null, agency: { code: string, acronym: string }, evaluators: Array<{ code: string, acronym: string }>, ratings: Array<{ criterion: DacCriterion, score: number, narrative: string | null }>, signOffs: Array<{ user: string, at: string, agency: { code: string, acronym: string } }> }
          | { id: string, type: EvaluationType, date: string, status: EvaluationStatus, overallRating: OverallRating | null, ruleRating: OverallRating | null, findings: string | null, agency: { code: string, acronym: string }, evaluators: Array<{ code: string, acronym: string }>, ratings: Array<{ criterion: DacCriterion, score: number, narrative: string | null }>, signOffs: Array<{ user: string, at: string, agency: { code: string, acronym: string } }> }
          | { id: string, type: EvaluationType, date: string, status: EvaluationStatus, overallRating: OverallRating | null, ruleRating: OverallRating | null, findings: string | null, agency: { code: string, acronym: string }, evaluators: Array<{ code: string, acronym: string }>, ratings: Array<{ criterion: DacCriterion, score: number, narrative: string | null }>, signOffs: Array<{ user: string, at: string, agency: { code: string, acronym: string } }> }
          | { id: string, type: EvaluationType, date: string, status: EvaluationStatus, overallRating: OverallRating | null, ruleRating: OverallRating | null, findings: string | null, agency: { code: string, acronym: string }, evaluators: Array<{ code: string, acronym: string }>, ratings: Array<{ criterion: DacCriterion, score: number, narrative: string | null }>, signOffs: Array<{ user: string, at: string, agency: { code: string, acronym: string } }> }
        > }, experts: { nodes: Array<
          | { id: string, name: string, agency: { code: string, acronym: string }, nationality: { code: string, name: string }, languages: Array<{ code: string, name: string }>, deployments: Array<{ role: string, startDate: string, endDate: string, project:
                | { id: string }
                | { id: string }
                | { id: string }
                | { id: string }
                | { id: string }
               | null }> }
          | { id: string, name: string, agency: { code: string, acronym: string }, nationality: { code: string, name: string }, languages: Array<{ code: string, name: string }>, deployments: Array<{ role: string, startDate: string, endDate: string, project:
                | { id: string }
                | { id: string }
                | { id: string }
                | { id: string }
                | { id: string }
               | null }> }
          | { id: string, name: string, agency: { code: string, acronym: string }, nationality: { code: string, name: string }, languages: Array<{ code: string, name: string }>, deployments: Array<{ role: string, startDate: string, endDate: string, project:
                | { id: string }
                | { id: string }
                | { id: string }
                | { id: string }
                | { id: string }
               | null }> }
          | { id: string, name: string, agency: { code: string, acronym: string }, nationality: { code: string, name: string }, languages: Array<{ code: string, name: string }>, deployments: Array<{ role: string, startDate: string, endDate: string, project:
                | { id: string }
                | { id: string }
                | { id: string }
                | { id: string }
                | { id: string }
               | null }> }
          | { id: string, name: string, agency: { code: string, acronym: string }, nationality: { code: string, name: string }, languages: Array<{ code: string, name: string }>, deployments: Array<{ role: string, startDate: string, endDate: string, project:
                | { id: string }
                | { id: string }
                | { id: string }
                | { id: string }
                | { id: string }
               | null }> }
        > }, lessons: { nodes: Array<
          | { id: string, title: string, summary: string, public: boolean, publishedAt: string | null, agency: { code: string, acronym: string } }
          | { id: string, title: string, summary: string, public: boolean, publishedAt: string | null, agency: { code: string, acronym: string } }
          | { id: string, title: string, summary: string, public: boolean, publishedAt: string | null, agency: { code: string, acronym: string } }
          | { id: string, title: string, summary: string, public: boolean, publishedAt: string | null, agency: { code: string, acronym: string } }
          | { id: string, title: string, summary: string, public: boolean, publishedAt: string | null, agency: { code: string, acronym: string } }
        > } }
    | { id: string, iatiIdentifier: string, title: string, description: string | null, status: ActivityStatus, modality: Modality, startDate: string | null, endDate: string | null, relatedProjects: Array<{ type: RelatedActivityType, project:
          | { id: string, iatiIdentifier: string, title: string, description: string | null, status: ActivityStatus, modality: Modality, startDate: string | null, endDate: string | null, agency: { code: string, acronym: string, name: string }, recipientCountries: Array<{ code: string, name: string }>, sectors: Array<{ code: string, name: string }>, sdgs: Array<{ goal: number, name: string }>, budget: { amount: number, currency: string } | null, participants: Array<{ role: ParticipantRole, name: string, country: { code: string, name: string } | null, agency: { code: string, acronym: string } | null }>, results: Array<{ title: string, type: { name: string }, indicators: Array<{ ref: string, title: string, baselineYear: number | null, baselineValue: number | null, targetValue: number | null }> }>, monitoring: { nextReportDue: string | null, overdue: boolean, reportCount: number }, monitoringReports: Array<{ id: string, periodStart: string, periodEnd: string, side: ParticipantRole, author: string, summary: string | null, issues: string | null, nextSteps: string | null, agency: { code: string, acronym: string }, progress: Array<{ indicatorRef: string, indicatorTitle: string, baselineValue: number | null, targetValue: number | null, actualValue: number }> }>, evaluations: { nodes: Array<
                | { id: string, type: EvaluationType, date: string, status: EvaluationStatus, overallRating: OverallRating | null, ruleRating: OverallRating | null, findings: string | null, agency: { code: string, acronym: string }, evaluators: Array<{ code: string, acronym: string }>, ratings: Array<{ criterion: DacCriterion, score: number, narrative: string | null }>, signOffs: Array<{ user: string, at: string, agency: { code: string, acronym: string } }> }
                | { id: string, type: EvaluationType, date: string, status: EvaluationStatus, overallRating: OverallRating | null, ruleRating: OverallRating | null, findings: string | null, agency: { code: string, acronym: string }, evaluators: Array<{ code: string, acronym: string }>, ratings: Array<{ criterion: DacCriterion, score: number, narrative: string | null }>, signOffs: Array<{ user: string, at: string, agency: { code: string, acronym: string } }> }
                | { id: string, type: EvaluationType, date: string, status: EvaluationStatus, overallRating: OverallRating | null, ruleRating: OverallRating | null, findings: string | null, agency: { code: string, acronym: string }, evaluators: Array<{ code: string, acronym: string }>, ratings: Array<{ criterion: DacCriterion, score: number, narrative: string | null }>, signOffs: Array<{ user: string, at: string, agency: { code: string, acronym: string } }> }
                | { id: string, type: EvaluationType, date: string, status: EvaluationStatus, overallRating: OverallRating | null, ruleRating: OverallRating | null, findings: string | null, agency: { code: string, acronym: string }, evaluators: Array<{ code: string, acronym: string }>, ratings: Array<{ criterion: DacCriterion, score: number, narrative: string | null }>, signOffs: Array<{ user: string, at: string, agency: { code: string, acronym: string } }> }
                | { id: string, type: EvaluationType, date: string, status: EvaluationStatus, overallRating: OverallRating | null, ruleRating: OverallRating | null, findings: string | null, agency: { code: string, acronym: string }, evaluators: Array<{ code: string, acronym: string }>, ratings: Array<{ criterion: DacCriterion, score: number, narrative: string | null }>, signOffs: Array<{ user: string, at: string, agency: { code: string, acronym: string } }> }
              > }, experts: { nodes: Array<
                | { id: string, name: string, agency: { code: string, acronym: string }, nationality: { code: string, name: string }, languages: Array<{ code: string, name: string }>, deployments: Array<{ role: string, startDate: string, endDate: string, project:
                      | { id: string }
                      | { id: string }
                      | { id: string }
                      | { id: string }
                      | { id: string }
                     | null }> }
                | { id: string, name: string, agency: { code: string, acronym: string }, nationality: { code: string, name: string }, languages: Array<{ code: string, name: string }>, deployments: Array<{ role: string, startDate: string, endDate: string, project:
                      | { id: string }
                      | { id: string }
                      | { id: string }
                      | { id: string }
                      | { id: string }
                     | null }> }
                | { id: string, name: string, agency: { code: string, acronym: string }, nationality: { code: string, name: string }, languages: Array<{ code: string, name: string }>, deployments: Array<{ role: string, startDate: string, endDate: string, project:
                      | { id: string }
                      | { id: string }
                      | { id: string }
                      | { id: string }
                      | { id: string }
                     | null }> }
                | { id: string, name: string, agency: { code: string, acronym: string }, nationality: { code: string, name: string }, languages: Array<{ code: string, name: string }>, deployments: Array<{ role: string, startDate: string, endDate: string, project:
                      | { id: string }
                      | { id: string }
                      | { id: string }
                      | { id: string }
                      | { id: string }
                     | null }> }
                | { id: string, name: string, agency: { code: string, acronym: string }, nationality: { code: string, name: string }, languages: Array<{ code: string, name: string }>, deployments: Array<{ role: string, startDate: string, endDate: string, project:
                      | { id: string }
                      | { id: string }
                      | { id: string }
                      | { id: string }
                      | { id: string }
                     | null }> }
              > }, lessons: { nodes: Array<
                | { id: string, title: string, summary: string, public: boolean, publishedAt: string | null, agency: { code: string, acronym: string } }
                | { id: string, title: string, summary: string, public: boolean, publishedAt: string | null, agency: { code: string, acronym: string } }
                | { id: string, title: string, summary: string, public: boolean, publishedAt: string | null, agency: { code: string, acronym: string } }
                | { id: string, title: string, summary: string, public: boolean, publishedAt: string | null, agency: { code: string, acronym: string } }
                | { id: string, title: string, summary: string, public: boolean, publishedAt: string | null, agency: { code: string, acronym: string } }
              > } }
          | { id: string, iatiIdentifier: string, title: string, description: string | null, status: ActivityStatus, modality: Modality, startDate: string | null, endDate: string | null, agency: { code: string, acronym: string, name: string }, recipientCountries: Array<{ code: string, name: string }>, sectors: Array<{ code: string, name: string }>, sdgs: Array<{ goal: number, name: string }>, budget: { amount: number, currency: string } | null, participants: Array<{ role: ParticipantRole, name: string, country: { code: string, name: string } | null, agency: { code: string, acronym: string } | null }>, results: Array<{ title: string, type: { name: string }, indicators: Array<{ ref: string, title: string, baselineYear: number | null, baselineValue: number | null, targetValue: number | null }> }>, monitoring: { nextReportDue: string | null, overdue: boolean, reportCount: number }, monitoringReports: Array<{ id: string, periodStart: string, periodEnd: string, side: ParticipantRole, author: string, summary: string | null, issues: string | null, nextSteps: string | null, agency: { code: string, acronym: string }, progress: Array<{ indicatorRef: string, indicatorTitle: string, baselineValue: number | null, targetValue: number | null, actualValue: number }> }>, evaluations: { nodes: Array<
                | { id: string, type: EvaluationType, date: string, status: EvaluationStatus, overallRating: OverallRating | null, ruleRating: OverallRating | null, findings: string | null, agency: { code: string, acronym: string }, evaluators: Array<{ code: string, acronym: string }>, ratings: Array<{ criterion: DacCriterion, score: number, narrative: string | null }>, signOffs: Array<{ user: string, at: string, agency: { code: string, acronym: string } }> }
                | { id: string, type: EvaluationType, date: string, status: EvaluationStatus, overallRating: OverallRating | null, ruleRating: OverallRating | null, findings: string | null, agency: { code: string, acronym: string }, evaluators: Array<{ code: string, acronym: string }>, ratings: Array<{ criterion: DacCriterion, score: number, narrative: string | null }>, signOffs: Array<{ user: string, at: string, agency: { code: string, acronym: string } }> }
                | { id: string, type: EvaluationType, date: string, status: EvaluationStatus, overallRating: OverallRating | null, ruleRating: OverallRating | null, findings: string | null, agency: { code: string, acronym: string }, evaluators: Array<{ code: string, acronym: string }>, ratings: Array<{ criterion: DacCriterion, score: number, narrative: string | null }>, signOffs: Array<{ user: string, at: string, agency: { code: string, acronym: string } }> }
                | { id: string, type: EvaluationType, date: string, status: EvaluationStatus, overallRating: OverallRating | null, ruleRating: OverallRating | null, findings: string | null, agency: { code: string, acronym: string }, evaluators: Array<{ code: string, acronym: string }>, ratings: Array<{ criterion: DacCriterion, score: number, narrative: string | null }>, signOffs: Array<{ user: string, at: string, agency: { code: string, acronym: string } }> }
                | { id: string, type: EvaluationType, date: string, status: EvaluationStatus, overallRating: OverallRating | null, ruleRating: OverallRating | null, findings: string | null, agency: { code: string, acronym: string }, evaluators: Array<{ code: string, acronym: string }>, ratings: Array<{ criterion: DacCriterion, score: number, narrative: string | null }>, signOffs: Array<{ user: string, at: string, agency: { code: string, acronym: string } }> }
              > }, experts: { nodes: Array<
                | { id: string, name: string, agency: { code: string, acronym: string }, nationality: { code: string, name: string }, languages: Array<{ code: string, name: string }>, deployments: Array<{ role: string, startDate: string, endDate: string, project:
                      | { id: string }
                      | { id: string }
                      | { id: string }
                      | { id: string }
                      | { id: string }
                     | null }> }
                | { id: string, name: string, agency: { code: string, acronym: string }, nationality: { code: string, name: string }, languages: Array<{ code: string, name: string }>, deployments: Array<{ role: string, startDate: string, endDate: string, project:
                      | { id: string }
                      | { id: string }
                      | { id: string }
                      | { id: string }
                      | { id: string }
                     | null }> }
                | { id: string, name: string, agency: { code: string, acronym: string }, nationality: { code: string, name: string }, languages: Array<{ code: string, name: string }>, deployments: Array<{ role: string, startDate: string, endDate: string, project:
                      | { id: string }
                      | { id: string }
                      | { id: string }
                      | { id: string }
                      | { id: string }
                     | null }> }
                | { id: string, name: string, agency: { code: string, acronym: string }, nationality: { code: string, name: string }, languages: Array<{ code: string, name: string }>, deployments: Array<{ role: string, startDate: string, endDate: string, project:
                      | { id: string }
                      | { id: string }
                      | { id: string }
                      | { id: string }
                      | { id: string }
                     | null }> }
                | { id: string, name: string, agency: { code: string, acronym: string }, nationality: { code: string, name: string }, languages: Array<{ code: string, name: string }>, deployments: Array<{ role: string, startDate: string, endDate: string, project:
                      | { id: string }
                      | { id: string }
                      | { id: string }
                      | { id: string }
                      | { id: string }
                     | null }> }
              > }, lessons: { nodes: Array<
                | { id: string, title: string, summary: string, public: boolean, publishedAt: string | null, agency: { code: string, acronym: string } }
                | { id: string, title: string, summary: string, public: boolean, publishedAt: string | null, agency: { code: string, acronym: string } }
                | { id: string, title: string, summary: string, public: boolean, publishedAt: string | null, agency: { code: string, acronym: string } }
                | { id: string, title: string, summary: string, public: boolean, publishedAt: string | null, agency: { code: string, acronym: string } }
                | { id: string, title: string, summary: string, public: boolean, publishedAt: string | null, agency: { code: string, acronym: string } }
              > } }
          | { id: string, iatiIdentifier: string, title: string, description: string | null, status: ActivityStatus, modality: Modality, startDate: string | null, endDate: string | null, agency: { code: string, acronym: string, name: string }, recipientCountries: Array<{ code: string, name: string }>, sectors: Array<{ code: string, name: string }>, sdgs: Array<{ goal: number, name: string }>, budget: { amount: number, currency: string } | null, participants: Array<{ role: ParticipantRole, name: string, country: { code: string, name: string } | null, agency: { code: string, acronym: string } | null }>, results: Array<{ title: string, type: { name: string }, indicators: Array<{ ref: string, title: string, baselineYear: number | null, baselineValue: number | null, targetValue: number | null }> }>, monitoring: { nextReportDue: string | null, overdue: boolean, reportCount: number }, monitoringReports: Array<{ id: string, periodStart: string, periodEnd: string, side: ParticipantRole, author: string, summary: string | null, issues: string | null, nextSteps: string | null, agency: { code: string, acronym: string }, progress: Array<{ indicatorRef: string, indicatorTitle: string, baselineValue: number | null, targetValue: number | null, actualValue: number }> }>, evaluations: { nodes: Array<
                | { id: string, type: EvaluationType, date: string, status: EvaluationStatus, overallRating: OverallRating | null, ruleRating: OverallRating | null, findings: string | null, agency: { code: string, acronym: string }, evaluators: Array<{ code: string, acronym: string }>, ratings: Array<{ criterion: DacCriterion, score: number, narrative: string | null }>, signOffs: Array<{ user: string, at: string, agency: { code: string, acronym: string } }> }
                | { id: string, type: EvaluationType, date: string, status: EvaluationStatus, overallRating: OverallRating | null, ruleRating: OverallRating | null, findings: string | null, agency: { code: string, acronym: string }, evaluators: Array<{ code: string, acronym: string }>, ratings: Array<{ criterion: DacCriterion, score: number, narrative: string | null }>, signOffs: Array<{ user: string, at: string, agency: { code: string, acronym: string } }> }
                | { id: string, type: EvaluationType, date: string, status: EvaluationStatus, overallRating: OverallRating | null, ruleRating: OverallRating | null, findings: string | null, agency: { code: string, acronym: string }, evaluators: Array<{ code: string, acronym: string }>, ratings: Array<{ criterion: DacCriterion, score: number, narrative: string | null }>, signOffs: Array<{ user: string, at: string, agency: { code: string, acronym: string } }> }
                | { id: string, type: EvaluationType, date: string, status: EvaluationStatus, overallRating: OverallRating | null, ruleRating: OverallRating | null, findings: string | null, agency: { code: string, acronym: string }, evaluators: Array<{ code: string, acronym: string }>, ratings: Array<{ criterion: DacCriterion, score: number, narrative: string | null }>, signOffs: Array<{ user: string, at: string, agency: { code: string, acronym: string } }> }
                | { id: string, type: EvaluationType, date: string, status: EvaluationStatus, overallRating: OverallRating | null, ruleRating: OverallRating | null, findings: string | null, agency: { code: string, acronym: string }, evaluators: Array<{ code: string, acronym: string }>, ratings: Array<{ criterion: DacCriterion, score: number, narrative: string | null }>, signOffs: Array<{ user: string, at: string, agency: { code: string, acronym: string } }> }
              > }, experts: { nodes: Array<
                | { id: string, name: string, agency: { code: string, acronym: string }, nationality: { code: string, name: string }, languages: Array<{ code: string, name: string }>, deployments: Array<{ role: string, startDate: string, endDate: string, project:
                      | { id: string }
                      | { id: string }
                      | { id: string }
                      | { id: string }
                      | { id: string }
                     | null }> }
                | { id: string, name: string, agency: { code: string, acronym: string }, nationality: { code: string, name: string }, languages: Array<{ code: string, name: string }>, deployments: Array<{ role: string, startDate: string, endDate: string, project:
                      | { id: string }
                      | { id: string }
                      | { id: string }
                      | { id: string }
                      | { id: string }
                     | null }> }
                | { id: string, name: string, agency: { code: string, acronym: string }, nationality: { code: string, name: string }, languages: Array<{ code: string, name: string }>, deployments: Array<{ role: string, startDate: string, endDate: string, project:
                      | { id: string }
                      | { id: string }
                      | { id: string }
                      | { id: string }
                      | { id: string }
                     | null }> }
                | { id: string, name: string, agency: { code: string, acronym: string }, nationality: { code: string, name: string }, languages: Array<{ code: string, name: string }>, deployments: Array<{ role: string, startDate: string, endDate: string, project:
                      | { id: string }
                      | { id: string }
                      | { id: string }
                      | { id: string }
                      | { id: string }
                     | null }> }
                | { id: string, name: string, agency: { code: string, acronym: string }, nationality: { code: string, name: string }, languages: Array<{ code: string, name: string }>, deployments: Array<{ role: string, startDate: string, endDate: string, project:
                      | { id: string }
                      | { id: string }
                      | { id: string }
                      | { id: string }
                      | { id: string }
                     | null }> }
              > }, lessons: { nodes: Array<
                | { id: string, title: string, summary: string, public: boolean, publishedAt: string | null, agency: { code: string, acronym: string } }
                | { id: string, title: string, summary: string, public: boolean, publishedAt: string | null, agency: { code: string, acronym: string } }
                | { id: string, title: string, summary: string, public: boolean, publishedAt: string | null, agency: { code: string, acronym: string } }
                | { id: string, title: string, summary: string, public: boolean, publishedAt: string | null, agency: { code: string, acronym: string } }
                | { id: string, title: string, summary: string, public: boolean, publishedAt: string | null, agency: { code: string, acronym: string } }
              > } }
          | { id: string, iatiIdentifier: string, title: string, description: string | null, status: ActivityStatus, modality: Modality, startDate: string | null, endDate: string | null, agency: { code: string, acronym: string, name: string }, recipientCountries: Array<{ code: string, name: string }>, sectors: Array<{ code: string, name: string }>, sdgs: Array<{ goal: number, name: string }>, budget: { amount: number, currency: string } | null, participants: Array<{ role: ParticipantRole, name: string, country: { code: string, name: string } | null, agency: { code: string, acronym: string } | null }>, results: Array<{ title: string, type: { name: string }, indicators: Array<{ ref: string, title: string, baselineYear: number | null, baselineValue: number | null, targetValue: number | null }> }>, monitoring: { nextReportDue: string | null, overdue: boolean, reportCount: number }, monitoringReports: Array<{ id: string, periodStart: string, periodEnd: string, side: ParticipantRole, author: string, summary: string | null, issues: string | null, nextSteps: string | null, agency: { code: string, acronym: string }, progress: Array<{ indicatorRef: string, indicatorTitle: string, baselineValue: number | null, targetValue: number | null, actualValue: number }> }>, evaluations: { nodes: Array<
                | { id: string, type: EvaluationType, date: string, status: EvaluationStatus, overallRating: OverallRating | null, ruleRating: OverallRating | null, findings: string | null, agency: { code: string, acronym: string }, evaluators: Array<{ code: string, acronym: string }>, ratings: Array<{ criterion: DacCriterion, score: number, narrative: string | null }>, signOffs: Array<{ user: string, at: string, agency: { code: string, acronym: string } }> }
                | { id: string, type: EvaluationType, date: string, status: EvaluationStatus, overallRating: OverallRating | null, ruleRating: OverallRating | null, findings: string | null, agency: { code: string, acronym: string }, evaluators: Array<{ code: string, acronym: string }>, ratings: Array<{ criterion: DacCriterion, score: number, narrative: string | null }>, signOffs: Array<{ user: string, at: string, agency: { code: string, acronym: string } }> }
                | { id: string, type: EvaluationType, date: string, status: EvaluationStatus, overallRating: OverallRating | null, ruleRating: OverallRating | null, findings: string | null, agency: { code: string, acronym: string }, evaluators: Array<{ code: string, acronym: string }>, ratings: Array<{ criterion: DacCriterion, score: number, narrative: string | null }>, signOffs: Array<{ user: string, at: string, agency: { code: string, acronym: string } }> }
                | { id: string, type: EvaluationType, date: string, status: EvaluationStatus, overallRating: OverallRating | null, ruleRating: OverallRating | null, findings: string | null, agency: { code: string, acronym: string }, evaluators: Array<{ code: string, acronym: string }>, ratings: Array<{ criterion: DacCriterion, score: number, narrative: string | null }>, signOffs: Array<{ user: string, at: string, agency: { code: string, acronym: string } }> }
                | { id: string, type: EvaluationType, date: string, status: EvaluationStatus, overallRating: OverallRating | null, ruleRating: OverallRating | null, findings: string | null, agency: { code: string, acronym: string }, evaluators: Array<{ code: string, acronym: string }>, ratings: Array<{ criterion: DacCriterion, score: number, narrative: string | null }>, signOffs: Array<{ user: string, at: string, agency: { code: string, acronym: string } }> }
              > }, experts: { nodes: Array<
                | { id: string, name: string, agency: { code: string, acronym: string }, nationality: { code: string, name: string }, languages: Array<{ code: string, name: string }>, deployments: Array<{ role: string, startDate: string, endDate: string, project:
                      | { id: string }
                      | { id: string }
                      | { id: string }
                      | { id: string }
                      | { id: string }
                     | null }> }
                | { id: string, name: string, agency: { code: string, acronym: string }, nationality: { code: string, name: string }, languages: Array<{ code: string, name: string }>, deployments: Array<{ role: string, startDate: string, endDate: string, project:
                      | { id: string }
                      | { id: string }
                      | { id: string }
                      | { id: string }
                      | { id: string }
                     | null }> }
                | { id: string, name: string, agency: { code: string, acronym: string }, nationality: { code: string, name: string }, languages: Array<{ code: string, name: string }>, deployments: Array<{ role: string, startDate: string, endDate: string, project:
                      | { id: string }
                      | { id: string }
                      | { id: string }
                      | { id: string }
                      | { id: string }
                     | null }> }
                | { id: string, name: string, agency: { code: string, acronym: string }, nationality: { code: string, name: string }, languages: Array<{ code: string, name: string }>, deployments: Array<{ role: string, startDate: string, endDate: string, project:
                      | { id: string }
                      | { id: string }
                      | { id: string }
                      | { id: string }
                      | { id: string }
                     | null }> }
                | { id: string, name: string, agency: { code: string, acronym: string }, nationality: { code: string, name: string }, languages: Array<{ code: string, name: string }>, deployments: Array<{ role: string, startDate: string, endDate: string, project:
                      | { id: string }
                      | { id: string }
                      | { id: string }
                      | { id: string }
                      | { id: string }
                     | null }> }
              > }, lessons: { nodes: Array<
                | { id: string, title: string, summary: string, public: boolean, publishedAt: string | null, agency: { code: string, acronym: string } }
                | { id: string, title: string, summary: string, public: boolean, publishedAt: string | null, agency: { code: string, acronym: string } }
                | { id: string, title: string, summary: string, public: boolean, publishedAt: string | null, agency: { code: string, acronym: string } }
                | { id: string, title: string, summary: string, public: boolean, publishedAt: string | null, agency: { code: string, acronym: string } }
                | { id: string, title: string, summary: string, public: boolean, publishedAt: string | null, agency: { code: string, acronym: string } }
              > } }
          | { id: string, iatiIdentifier: string, title: string, description: string | null, status: ActivityStatus, modality: Modality, startDate: string | null, endDate: string | null, agency: { code: string, acronym: string, name: string }, recipientCountries: Array<{ code: string, name: string }>, sectors: Array<{ code: string, name: string }>, sdgs: Array<{ goal: number, name: string }>, budget: { amount: number, currency: string } | null, participants: Array<{ role: ParticipantRole, name: string, country: { code: string, name: string } | null, agency: { code: string, acronym: string } | null }>, results: Array<{ title: string, type: { name: string }, indicators: Array<{ ref: string, title: string, baselineYear: number | null, baselineValue: number | null, targetValue: number | null }> }>, monitoring: { nextReportDue: string | null, overdue: boolean, reportCount: number }, monitoringReports: Array<{ id: string, periodStart: string, periodEnd: string, side: ParticipantRole, author: string, summary: string | null, issues: string | null, nextSteps: string | null, agency: { code: string, acronym: string }, progress: Array<{ indicatorRef: string, indicatorTitle: string, baselineValue: number | null, targetValue: number | null, actualValue: number }> }>, evaluations: { nodes: Array<
                | { id: string, type: EvaluationType, date: string, status: EvaluationStatus, overallRating: OverallRating | null, ruleRating: OverallRating | null, findings: string | null, agency: { code: string, acronym: string }, evaluators: Array<{ code: string, acronym: string }>, ratings: Array<{ criterion: DacCriterion, score: number, narrative: string | null }>, signOffs: Array<{ user: string, at: string, agency: { code: string, acronym: string } }> }
                | { id: string, type: EvaluationType, date: string, status: EvaluationStatus, overallRating: OverallRating | null, ruleRating: OverallRating | null, findings: string | null, agency: { code: string, acronym: string }, evaluators: Array<{ code: string, acronym: string }>, ratings: Array<{ criterion: DacCriterion, score: number, narrative: string | null }>, signOffs: Array<{ user: string, at: string, agency: { code: string, acronym: string } }> }
                | { id: string, type: EvaluationType, date: string, status: EvaluationStatus, overallRating: OverallRating | null, ruleRating: OverallRating | null, findings: string | null, agency: { code: string, acronym: string }, evaluators: Array<{ code: string, acronym: string }>, ratings: Array<{ criterion: DacCriterion, score: number, narrative: string | null }>, signOffs: Array<{ user: string, at: string, agency: { code: string, acronym: string } }> }
                | { id: string, type: EvaluationType, date: string, status: EvaluationStatus, overallRating: OverallRating | null, ruleRating: OverallRating | null, findings: string | null, agency: { code: string, acronym: string }, evaluators: Array<{ code: string, acronym: string }>, ratings: Array<{ criterion: DacCriterion, score: number, narrative: string | null }>, signOffs: Array<{ user: string, at: string, agency: { code: string, acronym: string } }> }
                | { id: string, type: EvaluationType, date: string, status: EvaluationStatus, overallRating: OverallRating | null, ruleRating: OverallRating | null, findings: string | null, agency: { code: string, acronym: string }, evaluators: Array<{ code: string, acronym: string }>, ratings: Array<{ criterion: DacCriterion, score: number, narrative: string | null }>, signOffs: Array<{ user: string, at: string, agency: { code: string, acronym: string } }> }
              > }, experts: { nodes: Array<
                | { id: string, name: string, agency: { code: string, acronym: string }, nationality: { code: string, name: string }, languages: Array<{ code: string, name: string }>, deployments: Array<{ role: string, startDate: string, endDate: string, project:
                      | { id: string }
                      | { id: string }
                      | { id: string }
                      | { id: string }
                      | { id: string }
                     | null }> }
                | { id: string, name: string, agency: { code: string, acronym: string }, nationality: { code: string, name: string }, languages: Array<{ code: string, name: string }>, deployments: Array<{ role: string, startDate: string, endDate: string, project:
                      | { id: string }
                      | { id: string }
                      | { id: string }
                      | { id: string }
                      | { id: string }
                     | null }> }
                | { id: string, name: string, agency: { code: string, acronym: string }, nationality: { code: string, name: string }, languages: Array<{ code: string, name: string }>, deployments: Array<{ role: string, startDate: string, endDate: string, project:
                      | { id: string }
                      | { id: string }
                      | { id: string }
                      | { id: string }
                      | { id: string }
                     | null }> }
                | { id: string, name: string, agency: { code: string, acronym: string }, nationality: { code: string, name: string }, languages: Array<{ code: string, name: string }>, deployments: Array<{ role: string, startDate: string, endDate: string, project:
                      | { id: string }
                      | { id: string }
                      | { id: string }
                      | { id: string }
                      | { id: string }
                     | null }> }
                | { id: string, name: string, agency: { code: string, acronym: string }, nationality: { code: string, name: string }, languages: Array<{ code: string, name: string }>, deployments: Array<{ role: string, startDate: string, endDate: string, project:
                      | { id: string }
                      | { id: string }
                      | { id: string }
                      | { id: string }
                      | { id: string }
                     | null }> }
              > }, lessons: { nodes: Array<
                | { id: string, title: string, summary: string, public: boolean, publishedAt: string | null, agency: { code: string, acronym: string } }
                | { id: string, title: string, summary: string, public: boolean, publishedAt: string | null, agency: { code: string, acronym: string } }
                | { id: string, title: string, summary: string, public: boolean, publishedAt: string | null, agency: { code: string, acronym: string } }
                | { id: string, title: string, summary: string, public: boolean, publishedAt: string | null, agency: { code: string, acronym: string } }
                | { id: string, title: string, summary: string, public: boolean, publishedAt: string | null, agency: { code: string, acronym: string } }
              > } }
         | null }>, agency: { code: string, acronym: string, name: string }, recipientCountries: Array<{ code: string, name: string }>, sectors: Array<{ code: string, name: string }>, sdgs: Array<{ goal: number, name: string }>, budget: { amount: number, currency: string } | null, participants: Array<{ role: ParticipantRole, name: string, country: { code: string, name: string } | null, agency: { code: string, acronym: string } | null }>, results: Array<{ title: string, type: { name: string }, indicators: Array<{ ref: string, title: string, baselineYear: number | null, baselineValue: number | null, targetValue: number | null }> }>, monitoring: { nextReportDue: string | null, overdue: boolean, reportCount: number }, monitoringReports: Array<{ id: string, periodStart: string, periodEnd: string, side: ParticipantRole, author: string, summary: string | null, issues: string | null, nextSteps: string | null, agency: { code: string, acronym: string }, progress: Array<{ indicatorRef: string, indicatorTitle: string, baselineValue: number | null, targetValue: number | null, actualValue: number }> }>, evaluations: { nodes: Array<
          | { id: string, type: EvaluationType, date: string, status: EvaluationStatus, overallRating: OverallRating | null, ruleRating: OverallRating | null, findings: string | null, agency: { code: string, acronym: string }, evaluators: Array<{ code: string, acronym: string }>, ratings: Array<{ criterion: DacCriterion, score: number, narrative: string | null }>, signOffs: Array<{ user: string, at: string, agency: { code: string, acronym: string } }> }
          | { id: string, type: EvaluationType, date: string, status: EvaluationStatus, overallRating: OverallRating | null, ruleRating: OverallRating | null, findings: string | null, agency: { code: string, acronym: string }, evaluators: Array<{ code: string, acronym: string }>, ratings: Array<{ criterion: DacCriterion, score: number, narrative: string | null }>, signOffs: Array<{ user: string, at: string, agency: { code: string, acronym: string } }> }
          | { id: string, type: EvaluationType, date: string, status: EvaluationStatus, overallRating: OverallRating | null, ruleRating: OverallRating | null, findings: string | null, agency: { code: string, acronym: string }, evaluators: Array<{ code: string, acronym: string }>, ratings: Array<{ criterion: DacCriterion, score: number, narrative: string | null }>, signOffs: Array<{ user: string, at: string, agency: { code: string, acronym: string } }> }
          | { id: string, type: EvaluationType, date: string, status: EvaluationStatus, overallRating: OverallRating | null, ruleRating: OverallRating | null, findings: string | null, agency: { code: string, acronym: string }, evaluators: Array<{ code: string, acronym: string }>, ratings: Array<{ criterion: DacCriterion, score: number, narrative: string | null }>, signOffs: Array<{ user: string, at: string, agency: { code: string, acronym: string } }> }
          | { id: string, type: EvaluationType, date: string, status: EvaluationStatus, overallRating: OverallRating | null, ruleRating: OverallRating | null, findings: string | null, agency: { code: string, acronym: string }, evaluators: Array<{ code: string, acronym: string }>, ratings: Array<{ criterion: DacCriterion, score: number, narrative: string | null }>, signOffs: Array<{ user: string, at: string, agency: { code: string, acronym: string } }> }
        > }, experts: { nodes: Array<
          | { id: string, name: string, agency: { code: string, acronym: string }, nationality: { code: string, name: string }, languages: Array<{ code: string, name: string }>, deployments: Array<{ role: string, startDate: string, endDate: string, project:
                | { id: string }
                | { id: string }
                | { id: string }
                | { id: string }
                | { id: string }
               | null }> }
          | { id: string, name: string, agency: { code: string, acronym: string }, nationality: { code: string, name: string }, languages: Array<{ code: string, name: string }>, deployments: Array<{ role: string, startDate: string, endDate: string, project:
                | { id: string }
                | { id: string }
                | { id: string }
                | { id: string }
                | { id: string }
               | null }> }
          | { id: string, name: string, agency: { code: string, acronym: string }, nationality: { code: string, name: string }, languages: Array<{ code: string, name: string }>, deployments: Array<{ role: string, startDate: string, endDate: string, project:
                | { id: string }
                | { id: string }
                | { id: string }
                | { id: string }
                | { id: string }
               | null }> }
          | { id: string, name: string, agency: { code: string, acronym: string }, nationality: { code: string, name: string }, languages: Array<{ code: string, name: string }>, deployments: Array<{ role: string, startDate: string, endDate: string, project:
                | { id: string }
                | { id: string }
                | { id: string }
                | { id: string }
                | { id: string }
               | null }> }
          | { id: string, name: string, agency: { code: string, acronym: string }, nationality: { code: string, name: string }, languages: Array<{ code: string, name: string }>, deployments: Array<{ role: string, startDate: string, endDate: string, project:
                | { id: string }
                | { id: string }
                | { id: string }
                | { id: string }
                | { id: string }
               | null }> }
        > }, lessons: { nodes: Array<
          | { id: string, title: string, summary: string, public: boolean, publishedAt: string | null, agency: { code: string, acronym: string } }
          | { id: string, title: string, summary: string, public: boolean, publishedAt: string | null, agency: { code: string, acronym: string } }
          | { id: string, title: string, summary: string, public: boolean, publishedAt: string | null, agency: { code: string, acronym: string } }
          | { id: string, title: string, summary: string, public: boolean, publishedAt: string | null, agency: { code: string, acronym: string } }
          | { id: string, title: string, summary: string, public: boolean, publishedAt: string | null, agency: { code: string, acronym: string } }
        > } }
    | { id: string, iatiIdentifier: string, title: string, description: string | null, status: ActivityStatus, modality: Modality, startDate: string | null, endDate: string | null, relatedProjects: Array<{ type: RelatedActivityType, project:
          | { id: string, iatiIdentifier: string, title: string, description: string | null, status: ActivityStatus, modality: Modality, startDate: string | null, endDate: string | null, agency: { code: string, acronym: string, name: string }, recipientCountries: Array<{ code: string, name: string }>, sectors: Array<{ code: string, name: string }>, sdgs: Array<{ goal: number, name: string }>, budget: { amount: number, currency: string } | null, participants: Array<{ role: ParticipantRole, name: string, country: { code: string, name: string } | null, agency: { code: string, acronym: string } | null }>, results: Array<{ title: string, type: { name: string }, indicators: Array<{ ref: string, title: string, baselineYear: number | null, baselineValue: number | null, targetValue: number | null }> }>, monitoring: { nextReportDue: string | null, overdue: boolean, reportCount: number }, monitoringReports: Array<{ id: string, periodStart: string, periodEnd: string, side: ParticipantRole, author: string, summary: string | null, issues: string | null, nextSteps: string | null, agency: { code: string, acronym: string }, progress: Array<{ indicatorRef: string, indicatorTitle: string, baselineValue: number | null, targetValue: number | null, actualValue: number }> }>, evaluations: { nodes: Array<
                | { id: string, type: EvaluationType, date: string, status: EvaluationStatus, overallRating: OverallRating | null, ruleRating: OverallRating | null, findings: string | null, agency: { code: string, acronym: string }, evaluators: Array<{ code: string, acronym: string }>, ratings: Array<{ criterion: DacCriterion, score: number, narrative: string | null }>, signOffs: Array<{ user: string, at: string, agency: { code: string, acronym: string } }> }
                | { id: string, type: EvaluationType, date: string, status: EvaluationStatus, overallRating: OverallRating | null, ruleRating: OverallRating | null, findings: string | null, agency: { code: string, acronym: string }, evaluators: Array<{ code: string, acronym: string }>, ratings: Array<{ criterion: DacCriterion, score: number, narrative: string | null }>, signOffs: Array<{ user: string, at: string, agency: { code: string, acronym: string } }> }
                | { id: string, type: EvaluationType, date: string, status: EvaluationStatus, overallRating: OverallRating | null, ruleRating: OverallRating | null, findings: string | null, agency: { code: string, acronym: string }, evaluators: Array<{ code: string, acronym: string }>, ratings: Array<{ criterion: DacCriterion, score: number, narrative: string | null }>, signOffs: Array<{ user: string, at: string, agency: { code: string, acronym: string } }> }
                | { id: string, type: EvaluationType, date: string, status: EvaluationStatus, overallRating: OverallRating | null, ruleRating: OverallRating | null, findings: string | null, agency: { code: string, acronym: string }, evaluators: Array<{ code: string, acronym: string }>, ratings: Array<{ criterion: DacCriterion, score: number, narrative: string | null }>, signOffs: Array<{ user: string, at: string, agency: { code: string, acronym: string } }> }
                | { id: string, type: EvaluationType, date: string, status: EvaluationStatus, overallRating: OverallRating | null, ruleRating: OverallRating | null, findings: string | null, agency: { code: string, acronym: string }, evaluators: Array<{ code: string, acronym: string }>, ratings: Array<{ criterion: DacCriterion, score: number, narrative: string | null }>, signOffs: Array<{ user: string, at: string, agency: { code: string, acronym: string } }> }
              > }, experts: { nodes: Array<
                | { id: string, name: string, agency: { code: string, acronym: string }, nationality: { code: string, name: string }, languages: Array<{ code: string, name: string }>, deployments: Array<{ role: string, startDate: string, endDate: string, project:
                      | { id: string }
                      | { id: string }
                      | { id: string }
                      | { id: string }
                      | { id: string }
                     | null }> }
                | { id: string, name: string, agency: { code: string, acronym: string }, nationality: { code: string, name: string }, languages: Array<{ code: string, name: string }>, deployments: Array<{ role: string, startDate: string, endDate: string, project:
                      | { id: string }
                      | { id: string }
                      | { id: string }
                      | { id: string }
                      | { id: string }
                     | null }> }
                | { id: string, name: string, agency: { code: string, acronym: string }, nationality: { code: string, name: string }, languages: Array<{ code: string, name: string }>, deployments: Array<{ role: string, startDate: string, endDate: string, project:
                      | { id: string }
                      | { id: string }
                      | { id: string }
                      | { id: string }
                      | { id: string }
                     | null }> }
                | { id: string, name: string, agency: { code: string, acronym: string }, nationality: { code: string, name: string }, languages: Array<{ code: string, name: string }>, deployments: Array<{ role: string, startDate: string, endDate: string, project:
                      | { id: string }
                      | { id: string }
                      | { id: string }
                      | { id: string }
                      | { id: string }
                     | null }> }
                | { id: string, name: string, agency: { code: string, acronym: string }, nationality: { code: string, name: string }, languages: Array<{ code: string, name: string }>, deployments: Array<{ role: string, startDate: string, endDate: string, project:
                      | { id: string }
                      | { id: string }
                      | { id: string }
                      | { id: string }
                      | { id: string }
                     | null }> }
              > }, lessons: { nodes: Array<
                | { id: string, title: string, summary: string, public: boolean, publishedAt: string | null, agency: { code: string, acronym: string } }
                | { id: string, title: string, summary: string, public: boolean, publishedAt: string | null, agency: { code: string, acronym: string } }
                | { id: string, title: string, summary: string, public: boolean, publishedAt: string | null, agency: { code: string, acronym: string } }
                | { id: string, title: string, summary: string, public: boolean, publishedAt: string | null, agency: { code: string, acronym: string } }
                | { id: string, title: string, summary: string, public: boolean, publishedAt: string | null, agency: { code: string, acronym: string } }
              > } }
          | { id: string, iatiIdentifier: string, title: string, description: string | null, status: ActivityStatus, modality: Modality, startDate: string | null, endDate: string | null, agency: { code: string, acronym: string, name: string }, recipientCountries: Array<{ code: string, name: string }>, sectors: Array<{ code: string, name: string }>, sdgs: Array<{ goal: number, name: string }>, budget: { amount: number, currency: string } | null, participants: Array<{ role: ParticipantRole, name: string, country: { code: string, name: string } | null, agency: { code: string, acronym: string } | null }>, results: Array<{ title: string, type: { name: string }, indicators: Array<{ ref: string, title: string, baselineYear: number | null, baselineValue: number | null, targetValue: number | null }> }>, monitoring: { nextReportDue: string | null, overdue: boolean, reportCount: number }, monitoringReports: Array<{ id: string, periodStart: string, periodEnd: string, side: ParticipantRole, author: string, summary: string | null, issues: string | null, nextSteps: string | null, agency: { code: string, acronym: string }, progress: Array<{ indicatorRef: string, indicatorTitle: string, baselineValue: number | null, targetValue: number | null, actualValue: number }> }>, evaluations: { nodes: Array<
                | { id: string, type: EvaluationType, date: string, status: EvaluationStatus, overallRating: OverallRating | null, ruleRating: OverallRating | null, findings: string | null, agency: { code: string, acronym: string }, evaluators: Array<{ code: string, acronym: string }>, ratings: Array<{ criterion: DacCriterion, score: number, narrative: string | null }>, signOffs: Array<{ user: string, at: string, agency: { code: string, acronym: string } }> }
                | { id: string, type: EvaluationType, date: string, status: EvaluationStatus, overallRating: OverallRating | null, ruleRating: OverallRating | null, findings: string | null, agency: { code: string, acronym: string }, evaluators: Array<{ code: string, acronym: string }>, ratings: Array<{ criterion: DacCriterion, score: number, narrative: string | null }>, signOffs: Array<{ user: string, at: string, agency: { code: string, acronym: string } }> }
                | { id: string, type: EvaluationType, date: string, status: EvaluationStatus, overallRating: OverallRating | null, ruleRating: OverallRating | null, findings: string | null, agency: { code: string, acronym: string }, evaluators: Array<{ code: string, acronym: string }>, ratings: Array<{ criterion: DacCriterion, score: number, narrative: string | null }>, signOffs: Array<{ user: string, at: string, agency: { code: string, acronym: string } }> }
                | { id: string, type: EvaluationType, date: string, status: EvaluationStatus, overallRating: OverallRating | null, ruleRating: OverallRating | null, findings: string | null, agency: { code: string, acronym: string }, evaluators: Array<{ code: string, acronym: string }>, ratings: Array<{ criterion: DacCriterion, score: number, narrative: string | null }>, signOffs: Array<{ user: string, at: string, agency: { code: string, acronym: string } }> }
                | { id: string, type: EvaluationType, date: string, status: EvaluationStatus, overallRating: OverallRating | null, ruleRating: OverallRating | null, findings: string | null, agency: { code: string, acronym: string }, evaluators: Array<{ code: string, acronym: string }>, ratings: Array<{ criterion: DacCriterion, score: number, narrative: string | null }>, signOffs: Array<{ user: string, at: string, agency: { code: string, acronym: string } }> }
              > }, experts: { nodes: Array<
                | { id: string, name: string, agency: { code: string, acronym: string }, nationality: { code: string, name: string }, languages: Array<{ code: string, name: string }>, deployments: Array<{ role: string, startDate: string, endDate: string, project:
                      | { id: string }
                      | { id: string }
                      | { id: string }
                      | { id: string }
                      | { id: string }
                     | null }> }
                | { id: string, name: string, agency: { code: string, acronym: string }, nationality: { code: string, name: string }, languages: Array<{ code: string, name: string }>, deployments: Array<{ role: string, startDate: string, endDate: string, project:
                      | { id: string }
                      | { id: string }
                      | { id: string }
                      | { id: string }
                      | { id: string }
                     | null }> }
                | { id: string, name: string, agency: { code: string, acronym: string }, nationality: { code: string, name: string }, languages: Array<{ code: string, name: string }>, deployments: Array<{ role: string, startDate: string, endDate: string, project:
                      | { id: string }
                      | { id: string }
                      | { id: string }
                      | { id: string }
                      | { id: string }
                     | null }> }
                | { id: string, name: string, agency: { code: string, acronym: string }, nationality: { code: string, name: string }, languages: Array<{ code: string, name: string }>, deployments: Array<{ role: string, startDate: string, endDate: string, project:
                      | { id: string }
                      | { id: string }
                      | { id: string }
                      | { id: string }
                      | { id: string }
                     | null }> }
                | { id: string, name: string, agency: { code: string, acronym: string }, nationality: { code: string, name: string }, languages: Array<{ code: string, name: string }>, deployments: Array<{ role: string, startDate: string, endDate: string, project:
                      | { id: string }
                      | { id: string }
                      | { id: string }
                      | { id: string }
                      | { id: string }
                     | null }> }
              > }, lessons: { nodes: Array<
                | { id: string, title: string, summary: string, public: boolean, publishedAt: string | null, agency: { code: string, acronym: string } }
                | { id: string, title: string, summary: string, public: boolean, publishedAt: string | null, agency: { code: string, acronym: string } }
                | { id: string, title: string, summary: string, public: boolean, publishedAt: string | null, agency: { code: string, acronym: string } }
                | { id: string, title: string, summary: string, public: boolean, publishedAt: string | null, agency: { code: string, acronym: string } }
                | { id: string, title: string, summary: string, public: boolean, publishedAt: string | null, agency: { code: string, acronym: string } }
              > } }
          | { id: string, iatiIdentifier: string, title: string, description: string | null, status: ActivityStatus, modality: Modality, startDate: string | null, endDate: string | null, agency: { code: string, acronym: string, name: string }, recipientCountries: Array<{ code: string, name: string }>, sectors: Array<{ code: string, name: string }>, sdgs: Array<{ goal: number, name: string }>, budget: { amount: number, currency: string } | null, participants: Array<{ role: ParticipantRole, name: string, country: { code: string, name: string } | null, agency: { code: string, acronym: string } | null }>, results: Array<{ title: string, type: { name: string }, indicators: Array<{ ref: string, title: string, baselineYear: number | null, baselineValue: number | null, targetValue: number | null }> }>, monitoring: { nextReportDue: string | null, overdue: boolean, reportCount: number }, monitoringReports: Array<{ id: string, periodStart: string, periodEnd: string, side: ParticipantRole, author: string, summary: string | null, issues: string | null, nextSteps: string | null, agency: { code: string, acronym: string }, progress: Array<{ indicatorRef: string, indicatorTitle: string, baselineValue: number | null, targetValue: number | null, actualValue: number }> }>, evaluations: { nodes: Array<
                | { id: string, type: EvaluationType, date: string, status: EvaluationStatus, overallRating: OverallRating | null, ruleRating: OverallRating | null, findings: string | null, agency: { code: string, acronym: string }, evaluators: Array<{ code: string, acronym: string }>, ratings: Array<{ criterion: DacCriterion, score: number, narrative: string | null }>, signOffs: Array<{ user: string, at: string, agency: { code: string, acronym: string } }> }
                | { id: string, type: EvaluationType, date: string, status: EvaluationStatus, overallRating: OverallRating | null, ruleRating: OverallRating | null, findings: string | null, agency: { code: string, acronym: string }, evaluators: Array<{ code: string, acronym: string }>, ratings: Array<{ criterion: DacCriterion, score: number, narrative: string | null }>, signOffs: Array<{ user: string, at: string, agency: { code: string, acronym: string } }> }
                | { id: string, type: EvaluationType, date: string, status: EvaluationStatus, overallRating: OverallRating | null, ruleRating: OverallRating | null, findings: string | null, agency: { code: string, acronym: string }, evaluators: Array<{ code: string, acronym: string }>, ratings: Array<{ criterion: DacCriterion, score: number, narrative: string | null }>, signOffs: Array<{ user: string, at: string, agency: { code: string, acronym: string } }> }
                | { id: string, type: EvaluationType, date: string, status: EvaluationStatus, overallRating: OverallRating | null, ruleRating: OverallRating | null, findings: string | null, agency: { code: string, acronym: string }, evaluators: Array<{ code: string, acronym: string }>, ratings: Array<{ criterion: DacCriterion, score: number, narrative: string | null }>, signOffs: Array<{ user: string, at: string, agency: { code: string, acronym: string } }> }
                | { id: string, type: EvaluationType, date: string, status: EvaluationStatus, overallRating: OverallRating | null, ruleRating: OverallRating | null, findings: string | null, agency: { code: string, acronym: string }, evaluators: Array<{ code: string, acronym: string }>, ratings: Array<{ criterion: DacCriterion, score: number, narrative: string | null }>, signOffs: Array<{ user: string, at: string, agency: { code: string, acronym: string } }> }
              > }, experts: { nodes: Array<
                | { id: string, name: string, agency: { code: string, acronym: string }, nationality: { code: string, name: string }, languages: Array<{ code: string, name: string }>, deployments: Array<{ role: string, startDate: string, endDate: string, project:
                      | { id: string }
                      | { id: string }
                      | { id: string }
                      | { id: string }
                      | { id: string }
                     | null }> }
                | { id: string, name: string, agency: { code: string, acronym: string }, nationality: { code: string, name: string }, languages: Array<{ code: string, name: string }>, deployments: Array<{ role: string, startDate: string, endDate: string, project:
                      | { id: string }
                      | { id: string }
                      | { id: string }
                      | { id: string }
                      | { id: string }
                     | null }> }
                | { id: string, name: string, agency: { code: string, acronym: string }, nationality: { code: string, name: string }, languages: Array<{ code: string, name: string }>, deployments: Array<{ role: string, startDate: string, endDate: string, project:
                      | { id: string }
                      | { id: string }
                      | { id: string }
                      | { id: string }
                      | { id: string }
                     | null }> }
                | { id: string, name: string, agency: { code: string, acronym: string }, nationality: { code: string, name: string }, languages: Array<{ code: string, name: string }>, deployments: Array<{ role: string, startDate: string, endDate: string, project:
                      | { id: string }
                      | { id: string }
                      | { id: string }
                      | { id: string }
                      | { id: string }
                     | null }> }
                | { id: string, name: string, agency: { code: string, acronym: string }, nationality: { code: string, name: string }, languages: Array<{ code: string, name: string }>, deployments: Array<{ role: string, startDate: string, endDate: string, project:
                      | { id: string }
                      | { id: string }
                      | { id: string }
                      | { id: string }
                      | { id: string }
                     | null }> }
              > }, lessons: { nodes: Array<
                | { id: string, title: string, summary: string, public: boolean, publishedAt: string | null, agency: { code: string, acronym: string } }
                | { id: string, title: string, summary: string, public: boolean, publishedAt: string | null, agency: { code: string, acronym: string } }
                | { id: string, title: string, summary: string, public: boolean, publishedAt: string | null, agency: { code: string, acronym: string } }
                | { id: string, title: string, summary: string, public: boolean, publishedAt: string | null, agency: { code: string, acronym: string } }
                | { id: string, title: string, summary: string, public: boolean, publishedAt: string | null, agency: { code: string, acronym: string } }
              > } }
          | { id: string, iatiIdentifier: string, title: string, description: string | null, status: ActivityStatus, modality: Modality, startDate: string | null, endDate: string | null, agency: { code: string, acronym: string, name: string }, recipientCountries: Array<{ code: string, name: string }>, sectors: Array<{ code: string, name: string }>, sdgs: Array<{ goal: number, name: string }>, budget: { amount: number, currency: string } | null, participants: Array<{ role: ParticipantRole, name: string, country: { code: string, name: string } | null, agency: { code: string, acronym: string } | null }>, results: Array<{ title: string, type: { name: string }, indicators: Array<{ ref: string, title: string, baselineYear: number | null, baselineValue: number | null, targetValue: number | null }> }>, monitoring: { nextReportDue: string | null, overdue: boolean, reportCount: number }, monitoringReports: Array<{ id: string, periodStart: string, periodEnd: string, side: ParticipantRole, author: string, summary: string | null, issues: string | null, nextSteps: string | null, agency: { code: string, acronym: string }, progress: Array<{ indicatorRef: string, indicatorTitle: string, baselineValue: number | null, targetValue: number | null, actualValue: number }> }>, evaluations: { nodes: Array<
                | { id: string, type: EvaluationType, date: string, status: EvaluationStatus, overallRating: OverallRating | null, ruleRating: OverallRating | null, findings: string | null, agency: { code: string, acronym: string }, evaluators: Array<{ code: string, acronym: string }>, ratings: Array<{ criterion: DacCriterion, score: number, narrative: string | null }>, signOffs: Array<{ user: string, at: string, agency: { code: string, acronym: string } }> }
                | { id: string, type: EvaluationType, date: string, status: EvaluationStatus, overallRating: OverallRating | null, ruleRating: OverallRating | null, findings: string | null, agency: { code: string, acronym: string }, evaluators: Array<{ code: string, acronym: string }>, ratings: Array<{ criterion: DacCriterion, score: number, narrative: string | null }>, signOffs: Array<{ user: string, at: string, agency: { code: string, acronym: string } }> }
                | { id: string, type: EvaluationType, date: string, status: EvaluationStatus, overallRating: OverallRating | null, ruleRating: OverallRating | null, findings: string | null, agency: { code: string, acronym: string }, evaluators: Array<{ code: string, acronym: string }>, ratings: Array<{ criterion: DacCriterion, score: number, narrative: string | null }>, signOffs: Array<{ user: string, at: string, agency: { code: string, acronym: string } }> }
                | { id: string, type: EvaluationType, date: string, status: EvaluationStatus, overallRating: OverallRating | null, ruleRating: OverallRating | null, findings: string | null, agency: { code: string, acronym: string }, evaluators: Array<{ code: string, acronym: string }>, ratings: Array<{ criterion: DacCriterion, score: number, narrative: string | null }>, signOffs: Array<{ user: string, at: string, agency: { code: string, acronym: string } }> }
                | { id: string, type: EvaluationType, date: string, status: EvaluationStatus, overallRating: OverallRating | null, ruleRating: OverallRating | null, findings: string | null, agency: { code: string, acronym: string }, evaluators: Array<{ code: string, acronym: string }>, ratings: Array<{ criterion: DacCriterion, score: number, narrative: string | null }>, signOffs: Array<{ user: string, at: string, agency: { code: string, acronym: string } }> }
              > }, experts: { nodes: Array<
                | { id: string, name: string, agency: { code: string, acronym: string }, nationality: { code: string, name: string }, languages: Array<{ code: string, name: string }>, deployments: Array<{ role: string, startDate: string, endDate: string, project:
                      | { id: string }
                      | { id: string }
                      | { id: string }
                      | { id: string }
                      | { id: string }
                     | null }> }
                | { id: string, name: string, agency: { code: string, acronym: string }, nationality: { code: string, name: string }, languages: Array<{ code: string, name: string }>, deployments: Array<{ role: string, startDate: string, endDate: string, project:
                      | { id: string }
                      | { id: string }
                      | { id: string }
                      | { id: string }
                      | { id: string }
                     | null }> }
                | { id: string, name: string, agency: { code: string, acronym: string }, nationality: { code: string, name: string }, languages: Array<{ code: string, name: string }>, deployments: Array<{ role: string, startDate: string, endDate: string, project:
                      | { id: string }
                      | { id: string }
                      | { id: string }
                      | { id: string }
                      | { id: string }
                     | null }> }
                | { id: string, name: string, agency: { code: string, acronym: string }, nationality: { code: string, name: string }, languages: Array<{ code: string, name: string }>, deployments: Array<{ role: string, startDate: string, endDate: string, project:
                      | { id: string }
                      | { id: string }
                      | { id: string }
                      | { id: string }
                      | { id: string }
                     | null }> }
                | { id: string, name: string, agency: { code: string, acronym: string }, nationality: { code: string, name: string }, languages: Array<{ code: string, name: string }>, deployments: Array<{ role: string, startDate: string, endDate: string, project:
                      | { id: string }
                      | { id: string }
                      | { id: string }
                      | { id: string }
                      | { id: string }
                     | null }> }
              > }, lessons: { nodes: Array<
                | { id: string, title: string, summary: string, public: boolean, publishedAt: string | null, agency: { code: string, acronym: string } }
                | { id: string, title: string, summary: string, public: boolean, publishedAt: string | null, agency: { code: string, acronym: string } }
                | { id: string, title: string, summary: string, public: boolean, publishedAt: string | null, agency: { code: string, acronym: string } }
                | { id: string, title: string, summary: string, public: boolean, publishedAt: string | null, agency: { code: string, acronym: string } }
                | { id: string, title: string, summary: string, public: boolean, publishedAt: string | null, agency: { code: string, acronym: string } }
              > } }
          | { id: string, iatiIdentifier: string, title: string, description: string | null, status: ActivityStatus, modality: Modality, startDate: string | null, endDate: string | null, agency: { code: string, acronym: string, name: string }, recipientCountries: Array<{ code: string, name: string }>, sectors: Array<{ code: string, name: string }>, sdgs: Array<{ goal: number, name: string }>, budget: { amount: number, currency: string } | null, participants: Array<{ role: ParticipantRole, name: string, country: { code: string, name: string } | null, agency: { code: string, acronym: string } | null }>, results: Array<{ title: string, type: { name: string }, indicators: Array<{ ref: string, title: string, baselineYear: number | null, baselineValue: number | null, targetValue: number | null }> }>, monitoring: { nextReportDue: string | null, overdue: boolean, reportCount: number }, monitoringReports: Array<{ id: string, periodStart: string, periodEnd: string, side: ParticipantRole, author: string, summary: string | null, issues: string | null, nextSteps: string | null, agency: { code: string, acronym: string }, progress: Array<{ indicatorRef: string, indicatorTitle: string, baselineValue: number | null, targetValue: number | null, actualValue: number }> }>, evaluations: { nodes: Array<
                | { id: string, type: EvaluationType, date: string, status: EvaluationStatus, overallRating: OverallRating | null, ruleRating: OverallRating | null, findings: string | null, agency: { code: string, acronym: string }, evaluators: Array<{ code: string, acronym: string }>, ratings: Array<{ criterion: DacCriterion, score: number, narrative: string | null }>, signOffs: Array<{ user: string, at: string, agency: { code: string, acronym: string } }> }
                | { id: string, type: EvaluationType, date: string, status: EvaluationStatus, overallRating: OverallRating | null, ruleRating: OverallRating | null, findings: string | null, agency: { code: string, acronym: string }, evaluators: Array<{ code: string, acronym: string }>, ratings: Array<{ criterion: DacCriterion, score: number, narrative: string | null }>, signOffs: Array<{ user: string, at: string, agency: { code: string, acronym: string } }> }
                | { id: string, type: EvaluationType, date: string, status: EvaluationStatus, overallRating: OverallRating | null, ruleRating: OverallRating | null, findings: string | null, agency: { code: string, acronym: string }, evaluators: Array<{ code: string, acronym: string }>, ratings: Array<{ criterion: DacCriterion, score: number, narrative: string | null }>, signOffs: Array<{ user: string, at: string, agency: { code: string, acronym: string } }> }
                | { id: string, type: EvaluationType, date: string, status: EvaluationStatus, overallRating: OverallRating | null, ruleRating: OverallRating | null, findings: string | null, agency: { code: string, acronym: string }, evaluators: Array<{ code: string, acronym: string }>, ratings: Array<{ criterion: DacCriterion, score: number, narrative: string | null }>, signOffs: Array<{ user: string, at: string, agency: { code: string, acronym: string } }> }
                | { id: string, type: EvaluationType, date: string, status: EvaluationStatus, overallRating: OverallRating | null, ruleRating: OverallRating | null, findings: string | null, agency: { code: string, acronym: string }, evaluators: Array<{ code: string, acronym: string }>, ratings: Array<{ criterion: DacCriterion, score: number, narrative: string | null }>, signOffs: Array<{ user: string, at: string, agency: { code: string, acronym: string } }> }
              > }, experts: { nodes: Array<
                | { id: string, name: string, agency: { code: string, acronym: string }, nationality: { code: string, name: string }, languages: Array<{ code: string, name: string }>, deployments: Array<{ role: string, startDate: string, endDate: string, project:
                      | { id: string }
                      | { id: string }
                      | { id: string }
                      | { id: string }
                      | { id: string }
                     | null }> }
                | { id: string, name: string, agency: { code: string, acronym: string }, nationality: { code: string, name: string }, languages: Array<{ code: string, name: string }>, deployments: Array<{ role: string, startDate: string, endDate: string, project:
                      | { id: string }
                      | { id: string }
                      | { id: string }
                      | { id: string }
                      | { id: string }
                     | null }> }
                | { id: string, name: string, agency: { code: string, acronym: string }, nationality: { code: string, name: string }, languages: Array<{ code: string, name: string }>, deployments: Array<{ role: string, startDate: string, endDate: string, project:
                      | { id: string }
                      | { id: string }
                      | { id: string }
                      | { id: string }
                      | { id: string }
                     | null }> }
                | { id: string, name: string, agency: { code: string, acronym: string }, nationality: { code: string, name: string }, languages: Array<{ code: string, name: string }>, deployments: Array<{ role: string, startDate: string, endDate: string, project:
                      | { id: string }
                      | { id: string }
                      | { id: string }
                      | { id: string }
                      | { id: string }
                     | null }> }
                | { id: string, name: string, agency: { code: string, acronym: string }, nationality: { code: string, name: string }, languages: Array<{ code: string, name: string }>, deployments: Array<{ role: string, startDate: string, endDate: string, project:
                      | { id: string }
                      | { id: string }
                      | { id: string }
                      | { id: string }
                      | { id: string }
                     | null }> }
              > }, lessons: { nodes: Array<
                | { id: string, title: string, summary: string, public: boolean, publishedAt: string | null, agency: { code: string, acronym: string } }
                | { id: string, title: string, summary: string, public: boolean, publishedAt: string | null, agency: { code: string, acronym: string } }
                | { id: string, title: string, summary: string, public: boolean, publishedAt: string | null, agency: { code: string, acronym: string } }
                | { id: string, title: string, summary: string, public: boolean, publishedAt: string | null, agency: { code: string, acronym: string } }
                | { id: string, title: string, summary: string, public: boolean, publishedAt: string | null, agency: { code: string, acronym: string } }
              > } }
         | null }>, agency: { code: string, acronym: string, name: string }, recipientCountries: Array<{ code: string, name: string }>, sectors: Array<{ code: string, name: string }>, sdgs: Array<{ goal: number, name: string }>, budget: { amount: number, currency: string } | null, participants: Array<{ role: ParticipantRole, name: string, country: { code: string, name: string } | null, agency: { code: string, acronym: string } | null }>, results: Array<{ title: string, type: { name: string }, indicators: Array<{ ref: string, title: string, baselineYear: number | null, baselineValue: number | null, targetValue: number | null }> }>, monitoring: { nextReportDue: string | null, overdue: boolean, reportCount: number }, monitoringReports: Array<{ id: string, periodStart: string, periodEnd: string, side: ParticipantRole, author: string, summary: string | null, issues: string | null, nextSteps: string | null, agency: { code: string, acronym: string }, progress: Array<{ indicatorRef: string, indicatorTitle: string, baselineValue: number | null, targetValue: number | null, actualValue: number }> }>, evaluations: { nodes: Array<
          | { id: string, type: EvaluationType, date: string, status: EvaluationStatus, overallRating: OverallRating | null, ruleRating: OverallRating | null, findings: string | null, agency: { code: string, acronym: string }, evaluators: Array<{ code: string, acronym: string }>, ratings: Array<{ criterion: DacCriterion, score: number, narrative: string | null }>, signOffs: Array<{ user: string, at: string, agency: { code: string, acronym: string } }> }
          | { id: string, type: EvaluationType, date: string, status: EvaluationStatus, overallRating: OverallRating | null, ruleRating: OverallRating | null, findings: string | null, agency: { code: string, acronym: string }, evaluators: Array<{ code: string, acronym: string }>, ratings: Array<{ criterion: DacCriterion, score: number, narrative: string | null }>, signOffs: Array<{ user: string, at: string, agency: { code: string, acronym: string } }> }
          | { id: string, type: EvaluationType, date: string, status: EvaluationStatus, overallRating: OverallRating | null, ruleRating: OverallRating | null, findings: string | null, agency: { code: string, acronym: string }, evaluators: Array<{ code: string, acronym: string }>, ratings: Array<{ criterion: DacCriterion, score: number, narrative: string | null }>, signOffs: Array<{ user: string, at: string, agency: { code: string, acronym: string } }> }
          | { id: string, type: EvaluationType, date: string, status: EvaluationStatus, overallRating: OverallRating | null, ruleRating: OverallRating | null, findings: string | null, agency: { code: string, acronym: string }, evaluators: Array<{ code: string, acronym: string }>, ratings: Array<{ criterion: DacCriterion, score: number, narrative: string | null }>, signOffs: Array<{ user: string, at: string, agency: { code: string, acronym: string } }> }
          | { id: string, type: EvaluationType, date: string, status: EvaluationStatus, overallRating: OverallRating | null, ruleRating: OverallRating | null, findings: string | null, agency: { code: string, acronym: string }, evaluators: Array<{ code: string, acronym: string }>, ratings: Array<{ criterion: DacCriterion, score: number, narrative: string | null }>, signOffs: Array<{ user: string, at: string, agency: { code: string, acronym: string } }> }
        > }, experts: { nodes: Array<
          | { id: string, name: string, agency: { code: string, acronym: string }, nationality: { code: string, name: string }, languages: Array<{ code: string, name: string }>, deployments: Array<{ role: string, startDate: string, endDate: string, project:
                | { id: string }
                | { id: string }
                | { id: string }
                | { id: string }
                | { id: string }
               | null }> }
          | { id: string, name: string, agency: { code: string, acronym: string }, nationality: { code: string, name: string }, languages: Array<{ code: string, name: string }>, deployments: Array<{ role: string, startDate: string, endDate: string, project:
                | { id: string }
                | { id: string }
                | { id: string }
                | { id: string }
                | { id: string }
               | null }> }
          | { id: string, name: string, agency: { code: string, acronym: string }, nationality: { code: string, name: string }, languages: Array<{ code: string, name: string }>, deployments: Array<{ role: string, startDate: string, endDate: string, project:
                | { id: string }
                | { id: string }
                | { id: string }
                | { id: string }
                | { id: string }
               | null }> }
          | { id: string, name: string, agency: { code: string, acronym: string }, nationality: { code: string, name: string }, languages: Array<{ code: string, name: string }>, deployments: Array<{ role: string, startDate: string, endDate: string, project:
                | { id: string }
                | { id: string }
                | { id: string }
                | { id: string }
                | { id: string }
               | null }> }
          | { id: string, name: string, agency: { code: string, acronym: string }, nationality: { code: string, name: string }, languages: Array<{ code: string, name: string }>, deployments: Array<{ role: string, startDate: string, endDate: string, project:
                | { id: string }
                | { id: string }
                | { id: string }
                | { id: string }
                | { id: string }
               | null }> }
        > }, lessons: { nodes: Array<
          | { id: string, title: string, summary: string, public: boolean, publishedAt: string | null, agency: { code: string, acronym: string } }
          | { id: string, title: string, summary: string, public: boolean, publishedAt: string | null, agency: { code: string, acronym: string } }
          | { id: string, title: string, summary: string, public: boolean, publishedAt: string | null, agency: { code: string, acronym: string } }
          | { id: string, title: string, summary: string, public: boolean, publishedAt: string | null, agency: { code: string, acronym: string } }
          | { id: string, title: string, summary: string, public: boolean, publishedAt: string | null, agency: { code: string, acronym: string } }
        > } }
    | { id: string, iatiIdentifier: string, title: string, description: string | null, status: ActivityStatus, modality: Modality, startDate: string | null, endDate: string | null, relatedProjects: Array<{ type: RelatedActivityType, project:
          | { id: string, iatiIdentifier: string, title: string, description: string | null, status: ActivityStatus, modality: Modality, startDate: string | null, endDate: string | null, agency: { code: string, acronym: string, name: string }, recipientCountries: Array<{ code: string, name: string }>, sectors: Array<{ code: string, name: string }>, sdgs: Array<{ goal: number, name: string }>, budget: { amount: number, currency: string } | null, participants: Array<{ role: ParticipantRole, name: string, country: { code: string, name: string } | null, agency: { code: string, acronym: string } | null }>, results: Array<{ title: string, type: { name: string }, indicators: Array<{ ref: string, title: string, baselineYear: number | null, baselineValue: number | null, targetValue: number | null }> }>, monitoring: { nextReportDue: string | null, overdue: boolean, reportCount: number }, monitoringReports: Array<{ id: string, periodStart: string, periodEnd: string, side: ParticipantRole, author: string, summary: string | null, issues: string | null, nextSteps: string | null, agency: { code: string, acronym: string }, progress: Array<{ indicatorRef: string, indicatorTitle: string, baselineValue: number | null, targetValue: number | null, actualValue: number }> }>, evaluations: { nodes: Array<
                | { id: string, type: EvaluationType, date: string, status: EvaluationStatus, overallRating: OverallRating | null, ruleRating: OverallRating | null, findings: string | null, agency: { code: string, acronym: string }, evaluators: Array<{ code: string, acronym: string }>, ratings: Array<{ criterion: DacCriterion, score: number, narrative: string | null }>, signOffs: Array<{ user: string, at: string, agency: { code: string, acronym: string } }> }
                | { id: string, type: EvaluationType, date: string, status: EvaluationStatus, overallRating: OverallRating | null, ruleRating: OverallRating | null, findings: string | null, agency: { code: string, acronym: string }, evaluators: Array<{ code: string, acronym: string }>, ratings: Array<{ criterion: DacCriterion, score: number, narrative: string | null }>, signOffs: Array<{ user: string, at: string, agency: { code: string, acronym: string } }> }
                | { id: string, type: EvaluationType, date: string, status: EvaluationStatus, overallRating: OverallRating | null, ruleRating: OverallRating | null, findings: string | null, agency: { code: string, acronym: string }, evaluators: Array<{ code: string, acronym: string }>, ratings: Array<{ criterion: DacCriterion, score: number, narrative: string | null }>, signOffs: Array<{ user: string, at: string, agency: { code: string, acronym: string } }> }
                | { id: string, type: EvaluationType, date: string, status: EvaluationStatus, overallRating: OverallRating | null, ruleRating: OverallRating | null, findings: string | null, agency: { code: string, acronym: string }, evaluators: Array<{ code: string, acronym: string }>, ratings: Array<{ criterion: DacCriterion, score: number, narrative: string | null }>, signOffs: Array<{ user: string, at: string, agency: { code: string, acronym: string } }> }
                | { id: string, type: EvaluationType, date: string, status: EvaluationStatus, overallRating: OverallRating | null, ruleRating: OverallRating | null, findings: string | null, agency: { code: string, acronym: string }, evaluators: Array<{ code: string, acronym: string }>, ratings: Array<{ criterion: DacCriterion, score: number, narrative: string | null }>, signOffs: Array<{ user: string, at: string, agency: { code: string, acronym: string } }> }
              > }, experts: { nodes: Array<
                | { id: string, name: string, agency: { code: string, acronym: string }, nationality: { code: string, name: string }, languages: Array<{ code: string, name: string }>, deployments: Array<{ role: string, startDate: string, endDate: string, project:
                      | { id: string }
                      | { id: string }
                      | { id: string }
                      | { id: string }
                      | { id: string }
                     | null }> }
                | { id: string, name: string, agency: { code: string, acronym: string }, nationality: { code: string, name: string }, languages: Array<{ code: string, name: string }>, deployments: Array<{ role: string, startDate: string, endDate: string, project:
                      | { id: string }
                      | { id: string }
                      | { id: string }
                      | { id: string }
                      | { id: string }
                     | null }> }
                | { id: string, name: string, agency: { code: string, acronym: string }, nationality: { code: string, name: string }, languages: Array<{ code: string, name: string }>, deployments: Array<{ role: string, startDate: string, endDate: string, project:
                      | { id: string }
                      | { id: string }
                      | { id: string }
                      | { id: string }
                      | { id: string }
                     | null }> }
                | { id: string, name: string, agency: { code: string, acronym: string }, nationality: { code: string, name: string }, languages: Array<{ code: string, name: string }>, deployments: Array<{ role: string, startDate: string, endDate: string, project:
                      | { id: string }
                      | { id: string }
                      | { id: string }
                      | { id: string }
                      | { id: string }
                     | null }> }
                | { id: string, name: string, agency: { code: string, acronym: string }, nationality: { code: string, name: string }, languages: Array<{ code: string, name: string }>, deployments: Array<{ role: string, startDate: string, endDate: string, project:
                      | { id: string }
                      | { id: string }
                      | { id: string }
                      | { id: string }
                      | { id: string }
                     | null }> }
              > }, lessons: { nodes: Array<
                | { id: string, title: string, summary: string, public: boolean, publishedAt: string | null, agency: { code: string, acronym: string } }
                | { id: string, title: string, summary: string, public: boolean, publishedAt: string | null, agency: { code: string, acronym: string } }
                | { id: string, title: string, summary: string, public: boolean, publishedAt: string | null, agency: { code: string, acronym: string } }
                | { id: string, title: string, summary: string, public: boolean, publishedAt: string | null, agency: { code: string, acronym: string } }
                | { id: string, title: string, summary: string, public: boolean, publishedAt: string | null, agency: { code: string, acronym: string } }
              > } }
          | { id: string, iatiIdentifier: string, title: string, description: string | null, status: ActivityStatus, modality: Modality, startDate: string | null, endDate: string | null, agency: { code: string, acronym: string, name: string }, recipientCountries: Array<{ code: string, name: string }>, sectors: Array<{ code: string, name: string }>, sdgs: Array<{ goal: number, name: string }>, budget: { amount: number, currency: string } | null, participants: Array<{ role: ParticipantRole, name: string, country: { code: string, name: string } | null, agency: { code: string, acronym: string } | null }>, results: Array<{ title: string, type: { name: string }, indicators: Array<{ ref: string, title: string, baselineYear: number | null, baselineValue: number | null, targetValue: number | null }> }>, monitoring: { nextReportDue: string | null, overdue: boolean, reportCount: number }, monitoringReports: Array<{ id: string, periodStart: string, periodEnd: string, side: ParticipantRole, author: string, summary: string | null, issues: string | null, nextSteps: string | null, agency: { code: string, acronym: string }, progress: Array<{ indicatorRef: string, indicatorTitle: string, baselineValue: number | null, targetValue: number | null, actualValue: number }> }>, evaluations: { nodes: Array<
                | { id: string, type: EvaluationType, date: string, status: EvaluationStatus, overallRating: OverallRating | null, ruleRating: OverallRating | null, findings: string | null, agency: { code: string, acronym: string }, evaluators: Array<{ code: string, acronym: string }>, ratings: Array<{ criterion: DacCriterion, score: number, narrative: string | null }>, signOffs: Array<{ user: string, at: string, agency: { code: string, acronym: string } }> }
                | { id: string, type: EvaluationType, date: string, status: EvaluationStatus, overallRating: OverallRating | null, ruleRating: OverallRating | null, findings: string | null, agency: { code: string, acronym: string }, evaluators: Array<{ code: string, acronym: string }>, ratings: Array<{ criterion: DacCriterion, score: number, narrative: string | null }>, signOffs: Array<{ user: string, at: string, agency: { code: string, acronym: string } }> }
                | { id: string, type: EvaluationType, date: string, status: EvaluationStatus, overallRating: OverallRating | null, ruleRating: OverallRating | null, findings: string | null, agency: { code: string, acronym: string }, evaluators: Array<{ code: string, acronym: string }>, ratings: Array<{ criterion: DacCriterion, score: number, narrative: string | null }>, signOffs: Array<{ user: string, at: string, agency: { code: string, acronym: string } }> }
                | { id: string, type: EvaluationType, date: string, status: EvaluationStatus, overallRating: OverallRating | null, ruleRating: OverallRating | null, findings: string | null, agency: { code: string, acronym: string }, evaluators: Array<{ code: string, acronym: string }>, ratings: Array<{ criterion: DacCriterion, score: number, narrative: string | null }>, signOffs: Array<{ user: string, at: string, agency: { code: string, acronym: string } }> }
                | { id: string, type: EvaluationType, date: string, status: EvaluationStatus, overallRating: OverallRating | null, ruleRating: OverallRating | null, findings: string | null, agency: { code: string, acronym: string }, evaluators: Array<{ code: string, acronym: string }>, ratings: Array<{ criterion: DacCriterion, score: number, narrative: string | null }>, signOffs: Array<{ user: string, at: string, agency: { code: string, acronym: string } }> }
              > }, experts: { nodes: Array<
                | { id: string, name: string, agency: { code: string, acronym: string }, nationality: { code: string, name: string }, languages: Array<{ code: string, name: string }>, deployments: Array<{ role: string, startDate: string, endDate: string, project:
                      | { id: string }
                      | { id: string }
                      | { id: string }
                      | { id: string }
                      | { id: string }
                     | null }> }
                | { id: string, name: string, agency: { code: string, acronym: string }, nationality: { code: string, name: string }, languages: Array<{ code: string, name: string }>, deployments: Array<{ role: string, startDate: string, endDate: string, project:
                      | { id: string }
                      | { id: string }
                      | { id: string }
                      | { id: string }
                      | { id: string }
                     | null }> }
                | { id: string, name: string, agency: { code: string, acronym: string }, nationality: { code: string, name: string }, languages: Array<{ code: string, name: string }>, deployments: Array<{ role: string, startDate: string, endDate: string, project:
                      | { id: string }
                      | { id: string }
                      | { id: string }
                      | { id: string }
                      | { id: string }
                     | null }> }
                | { id: string, name: string, agency: { code: string, acronym: string }, nationality: { code: string, name: string }, languages: Array<{ code: string, name: string }>, deployments: Array<{ role: string, startDate: string, endDate: string, project:
                      | { id: string }
                      | { id: string }
                      | { id: string }
                      | { id: string }
                      | { id: string }
                     | null }> }
                | { id: string, name: string, agency: { code: string, acronym: string }, nationality: { code: string, name: string }, languages: Array<{ code: string, name: string }>, deployments: Array<{ role: string, startDate: string, endDate: string, project:
                      | { id: string }
                      | { id: string }
                      | { id: string }
                      | { id: string }
                      | { id: string }
                     | null }> }
              > }, lessons: { nodes: Array<
                | { id: string, title: string, summary: string, public: boolean, publishedAt: string | null, agency: { code: string, acronym: string } }
                | { id: string, title: string, summary: string, public: boolean, publishedAt: string | null, agency: { code: string, acronym: string } }
                | { id: string, title: string, summary: string, public: boolean, publishedAt: string | null, agency: { code: string, acronym: string } }
                | { id: string, title: string, summary: string, public: boolean, publishedAt: string | null, agency: { code: string, acronym: string } }
                | { id: string, title: string, summary: string, public: boolean, publishedAt: string | null, agency: { code: string, acronym: string } }
              > } }
          | { id: string, iatiIdentifier: string, title: string, description: string | null, status: ActivityStatus, modality: Modality, startDate: string | null, endDate: string | null, agency: { code: string, acronym: string, name: string }, recipientCountries: Array<{ code: string, name: string }>, sectors: Array<{ code: string, name: string }>, sdgs: Array<{ goal: number, name: string }>, budget: { amount: number, currency: string } | null, participants: Array<{ role: ParticipantRole, name: string, country: { code: string, name: string } | null, agency: { code: string, acronym: string } | null }>, results: Array<{ title: string, type: { name: string }, indicators: Array<{ ref: string, title: string, baselineYear: number | null, baselineValue: number | null, targetValue: number | null }> }>, monitoring: { nextReportDue: string | null, overdue: boolean, reportCount: number }, monitoringReports: Array<{ id: string, periodStart: string, periodEnd: string, side: ParticipantRole, author: string, summary: string | null, issues: string | null, nextSteps: string | null, agency: { code: string, acronym: string }, progress: Array<{ indicatorRef: string, indicatorTitle: string, baselineValue: number | null, targetValue: number | null, actualValue: number }> }>, evaluations: { nodes: Array<
                | { id: string, type: EvaluationType, date: string, status: EvaluationStatus, overallRating: OverallRating | null, ruleRating: OverallRating | null, findings: string | null, agency: { code: string, acronym: string }, evaluators: Array<{ code: string, acronym: string }>, ratings: Array<{ criterion: DacCriterion, score: number, narrative: string | null }>, signOffs: Array<{ user: string, at: string, agency: { code: string, acronym: string } }> }
                | { id: string, type: EvaluationType, date: string, status: EvaluationStatus, overallRating: OverallRating | null, ruleRating: OverallRating | null, findings: string | null, agency: { code: string, acronym: string }, evaluators: Array<{ code: string, acronym: string }>, ratings: Array<{ criterion: DacCriterion, score: number, narrative: string | null }>, signOffs: Array<{ user: string, at: string, agency: { code: string, acronym: string } }> }
                | { id: string, type: EvaluationType, date: string, status: EvaluationStatus, overallRating: OverallRating | null, ruleRating: OverallRating | null, findings: string | null, agency: { code: string, acronym: string }, evaluators: Array<{ code: string, acronym: string }>, ratings: Array<{ criterion: DacCriterion, score: number, narrative: string | null }>, signOffs: Array<{ user: string, at: string, agency: { code: string, acronym: string } }> }
                | { id: string, type: EvaluationType, date: string, status: EvaluationStatus, overallRating: OverallRating | null, ruleRating: OverallRating | null, findings: string | null, agency: { code: string, acronym: string }, evaluators: Array<{ code: string, acronym: string }>, ratings: Array<{ criterion: DacCriterion, score: number, narrative: string | null }>, signOffs: Array<{ user: string, at: string, agency: { code: string, acronym: string } }> }
                | { id: string, type: EvaluationType, date: string, status: EvaluationStatus, overallRating: OverallRating | null, ruleRating: OverallRating | null, findings: string | null, agency: { code: string, acronym: string }, evaluators: Array<{ code: string, acronym: string }>, ratings: Array<{ criterion: DacCriterion, score: number, narrative: string | null }>, signOffs: Array<{ user: string, at: string, agency: { code: string, acronym: string } }> }
              > }, experts: { nodes: Array<
                | { id: string, name: string, agency: { code: string, acronym: string }, nationality: { code: string, name: string }, languages: Array<{ code: string, name: string }>, deployments: Array<{ role: string, startDate: string, endDate: string, project:
                      | { id: string }
                      | { id: string }
                      | { id: string }
                      | { id: string }
                      | { id: string }
                     | null }> }
                | { id: string, name: string, agency: { code: string, acronym: string }, nationality: { code: string, name: string }, languages: Array<{ code: string, name: string }>, deployments: Array<{ role: string, startDate: string, endDate: string, project:
                      | { id: string }
                      | { id: string }
                      | { id: string }
                      | { id: string }
                      | { id: string }
                     | null }> }
                | { id: string, name: string, agency: { code: string, acronym: string }, nationality: { code: string, name: string }, languages: Array<{ code: string, name: string }>, deployments: Array<{ role: string, startDate: string, endDate: string, project:
                      | { id: string }
                      | { id: string }
                      | { id: string }
                      | { id: string }
                      | { id: string }
                     | null }> }
                | { id: string, name: string, agency: { code: string, acronym: string }, nationality: { code: string, name: string }, languages: Array<{ code: string, name: string }>, deployments: Array<{ role: string, startDate: string, endDate: string, project:
                      | { id: string }
                      | { id: string }
                      | { id: string }
                      | { id: string }
                      | { id: string }
                     | null }> }
                | { id: string, name: string, agency: { code: string, acronym: string }, nationality: { code: string, name: string }, languages: Array<{ code: string, name: string }>, deployments: Array<{ role: string, startDate: string, endDate: string, project:
                      | { id: string }
                      | { id: string }
                      | { id: string }
                      | { id: string }
                      | { id: string }
                     | null }> }
              > }, lessons: { nodes: Array<
                | { id: string, title: string, summary: string, public: boolean, publishedAt: string | null, agency: { code: string, acronym: string } }
                | { id: string, title: string, summary: string, public: boolean, publishedAt: string | null, agency: { code: string, acronym: string } }
                | { id: string, title: string, summary: string, public: boolean, publishedAt: string | null, agency: { code: string, acronym: string } }
                | { id: string, title: string, summary: string, public: boolean, publishedAt: string | null, agency: { code: string, acronym: string } }
                | { id: string, title: string, summary: string, public: boolean, publishedAt: string | null, agency: { code: string, acronym: string } }
              > } }
          | { id: string, iatiIdentifier: string, title: string, description: string | null, status: ActivityStatus, modality: Modality, startDate: string | null, endDate: string | null, agency: { code: string, acronym: string, name: string }, recipientCountries: Array<{ code: string, name: string }>, sectors: Array<{ code: string, name: string }>, sdgs: Array<{ goal: number, name: string }>, budget: { amount: number, currency: string } | null, participants: Array<{ role: ParticipantRole, name: string, country: { code: string, name: string } | null, agency: { code: string, acronym: string } | null }>, results: Array<{ title: string, type: { name: string }, indicators: Array<{ ref: string, title: string, baselineYear: number | null, baselineValue: number | null, targetValue: number | null }> }>, monitoring: { nextReportDue: string | null, overdue: boolean, reportCount: number }, monitoringReports: Array<{ id: string, periodStart: string, periodEnd: string, side: ParticipantRole, author: string, summary: string | null, issues: string | null, nextSteps: string | null, agency: { code: string, acronym: string }, progress: Array<{ indicatorRef: string, indicatorTitle: string, baselineValue: number | null, targetValue: number | null, actualValue: number }> }>, evaluations: { nodes: Array<
                | { id: string, type: EvaluationType, date: string, status: EvaluationStatus, overallRating: OverallRating | null, ruleRating: OverallRating | null, findings: string | null, agency: { code: string, acronym: string }, evaluators: Array<{ code: string, acronym: string }>, ratings: Array<{ criterion: DacCriterion, score: number, narrative: string | null }>, signOffs: Array<{ user: string, at: string, agency: { code: string, acronym: string } }> }
                | { id: string, type: EvaluationType, date: string, status: EvaluationStatus, overallRating: OverallRating | null, ruleRating: OverallRating | null, findings: string | null, agency: { code: string, acronym: string }, evaluators: Array<{ code: string, acronym: string }>, ratings: Array<{ criterion: DacCriterion, score: number, narrative: string | null }>, signOffs: Array<{ user: string, at: string, agency: { code: string, acronym: string } }> }
                | { id: string, type: EvaluationType, date: string, status: EvaluationStatus, overallRating: OverallRating | null, ruleRating: OverallRating | null, findings: string | null, agency: { code: string, acronym: string }, evaluators: Array<{ code: string, acronym: string }>, ratings: Array<{ criterion: DacCriterion, score: number, narrative: string | null }>, signOffs: Array<{ user: string, at: string, agency: { code: string, acronym: string } }> }
                | { id: string, type: EvaluationType, date: string, status: EvaluationStatus, overallRating: OverallRating | null, ruleRating: OverallRating | null, findings: string | null, agency: { code: string, acronym: string }, evaluators: Array<{ code: string, acronym: string }>, ratings: Array<{ criterion: DacCriterion, score: number, narrative: string | null }>, signOffs: Array<{ user: string, at: string, agency: { code: string, acronym: string } }> }
                | { id: string, type: EvaluationType, date: string, status: EvaluationStatus, overallRating: OverallRating | null, ruleRating: OverallRating | null, findings: string | null, agency: { code: string, acronym: string }, evaluators: Array<{ code: string, acronym: string }>, ratings: Array<{ criterion: DacCriterion, score: number, narrative: string | null }>, signOffs: Array<{ user: string, at: string, agency: { code: string, acronym: string } }> }
              > }, experts: { nodes: Array<
                | { id: string, name: string, agency: { code: string, acronym: string }, nationality: { code: string, name: string }, languages: Array<{ code: string, name: string }>, deployments: Array<{ role: string, startDate: string, endDate: string, project:
                      | { id: string }
                      | { id: string }
                      | { id: string }
                      | { id: string }
                      | { id: string }
                     | null }> }
                | { id: string, name: string, agency: { code: string, acronym: string }, nationality: { code: string, name: string }, languages: Array<{ code: string, name: string }>, deployments: Array<{ role: string, startDate: string, endDate: string, project:
                      | { id: string }
                      | { id: string }
                      | { id: string }
                      | { id: string }
                      | { id: string }
                     | null }> }
                | { id: string, name: string, agency: { code: string, acronym: string }, nationality: { code: string, name: string }, languages: Array<{ code: string, name: string }>, deployments: Array<{ role: string, startDate: string, endDate: string, project:
                      | { id: string }
                      | { id: string }
                      | { id: string }
                      | { id: string }
                      | { id: string }
                     | null }> }
                | { id: string, name: string, agency: { code: string, acronym: string }, nationality: { code: string, name: string }, languages: Array<{ code: string, name: string }>, deployments: Array<{ role: string, startDate: string, endDate: string, project:
                      | { id: string }
                      | { id: string }
                      | { id: string }
                      | { id: string }
                      | { id: string }
                     | null }> }
                | { id: string, name: string, agency: { code: string, acronym: string }, nationality: { code: string, name: string }, languages: Array<{ code: string, name: string }>, deployments: Array<{ role: string, startDate: string, endDate: string, project:
                      | { id: string }
                      | { id: string }
                      | { id: string }
                      | { id: string }
                      | { id: string }
                     | null }> }
              > }, lessons: { nodes: Array<
                | { id: string, title: string, summary: string, public: boolean, publishedAt: string | null, agency: { code: string, acronym: string } }
                | { id: string, title: string, summary: string, public: boolean, publishedAt: string | null, agency: { code: string, acronym: string } }
                | { id: string, title: string, summary: string, public: boolean, publishedAt: string | null, agency: { code: string, acronym: string } }
                | { id: string, title: string, summary: string, public: boolean, publishedAt: string | null, agency: { code: string, acronym: string } }
                | { id: string, title: string, summary: string, public: boolean, publishedAt: string | null, agency: { code: string, acronym: string } }
              > } }
          | { id: string, iatiIdentifier: string, title: string, description: string | null, status: ActivityStatus, modality: Modality, startDate: string | null, endDate: string | null, agency: { code: string, acronym: string, name: string }, recipientCountries: Array<{ code: string, name: string }>, sectors: Array<{ code: string, name: string }>, sdgs: Array<{ goal: number, name: string }>, budget: { amount: number, currency: string } | null, participants: Array<{ role: ParticipantRole, name: string, country: { code: string, name: string } | null, agency: { code: string, acronym: string } | null }>, results: Array<{ title: string, type: { name: string }, indicators: Array<{ ref: string, title: string, baselineYear: number | null, baselineValue: number | null, targetValue: number | null }> }>, monitoring: { nextReportDue: string | null, overdue: boolean, reportCount: number }, monitoringReports: Array<{ id: string, periodStart: string, periodEnd: string, side: ParticipantRole, author: string, summary: string | null, issues: string | null, nextSteps: string | null, agency: { code: string, acronym: string }, progress: Array<{ indicatorRef: string, indicatorTitle: string, baselineValue: number | null, targetValue: number | null, actualValue: number }> }>, evaluations: { nodes: Array<
                | { id: string, type: EvaluationType, date: string, status: EvaluationStatus, overallRating: OverallRating | null, ruleRating: OverallRating | null, findings: string | null, agency: { code: string, acronym: string }, evaluators: Array<{ code: string, acronym: string }>, ratings: Array<{ criterion: DacCriterion, score: number, narrative: string | null }>, signOffs: Array<{ user: string, at: string, agency: { code: string, acronym: string } }> }
                | { id: string, type: EvaluationType, date: string, status: EvaluationStatus, overallRating: OverallRating | null, ruleRating: OverallRating | null, findings: string | null, agency: { code: string, acronym: string }, evaluators: Array<{ code: string, acronym: string }>, ratings: Array<{ criterion: DacCriterion, score: number, narrative: string | null }>, signOffs: Array<{ user: string, at: string, agency: { code: string, acronym: string } }> }
                | { id: string, type: EvaluationType, date: string, status: EvaluationStatus, overallRating: OverallRating | null, ruleRating: OverallRating | null, findings: string | null, agency: { code: string, acronym: string }, evaluators: Array<{ code: string, acronym: string }>, ratings: Array<{ criterion: DacCriterion, score: number, narrative: string | null }>, signOffs: Array<{ user: string, at: string, agency: { code: string, acronym: string } }> }
                | { id: string, type: EvaluationType, date: string, status: EvaluationStatus, overallRating: OverallRating | null, ruleRating: OverallRating | null, findings: string | null, agency: { code: string, acronym: string }, evaluators: Array<{ code: string, acronym: string }>, ratings: Array<{ criterion: DacCriterion, score: number, narrative: string | null }>, signOffs: Array<{ user: string, at: string, agency: { code: string, acronym: string } }> }
                | { id: string, type: EvaluationType, date: string, status: EvaluationStatus, overallRating: OverallRating | null, ruleRating: OverallRating | null, findings: string | null, agency: { code: string, acronym: string }, evaluators: Array<{ code: string, acronym: string }>, ratings: Array<{ criterion: DacCriterion, score: number, narrative: string | null }>, signOffs: Array<{ user: string, at: string, agency: { code: string, acronym: string } }> }
              > }, experts: { nodes: Array<
                | { id: string, name: string, agency: { code: string, acronym: string }, nationality: { code: string, name: string }, languages: Array<{ code: string, name: string }>, deployments: Array<{ role: string, startDate: string, endDate: string, project:
                      | { id: string }
                      | { id: string }
                      | { id: string }
                      | { id: string }
                      | { id: string }
                     | null }> }
                | { id: string, name: string, agency: { code: string, acronym: string }, nationality: { code: string, name: string }, languages: Array<{ code: string, name: string }>, deployments: Array<{ role: string, startDate: string, endDate: string, project:
                      | { id: string }
                      | { id: string }
                      | { id: string }
                      | { id: string }
                      | { id: string }
                     | null }> }
                | { id: string, name: string, agency: { code: string, acronym: string }, nationality: { code: string, name: string }, languages: Array<{ code: string, name: string }>, deployments: Array<{ role: string, startDate: string, endDate: string, project:
                      | { id: string }
                      | { id: string }
                      | { id: string }
                      | { id: string }
                      | { id: string }
                     | null }> }
                | { id: string, name: string, agency: { code: string, acronym: string }, nationality: { code: string, name: string }, languages: Array<{ code: string, name: string }>, deployments: Array<{ role: string, startDate: string, endDate: string, project:
                      | { id: string }
                      | { id: string }
                      | { id: string }
                      | { id: string }
                      | { id: string }
                     | null }> }
                | { id: string, name: string, agency: { code: string, acronym: string }, nationality: { code: string, name: string }, languages: Array<{ code: string, name: string }>, deployments: Array<{ role: string, startDate: string, endDate: string, project:
                      | { id: string }
                      | { id: string }
                      | { id: string }
                      | { id: string }
                      | { id: string }
                     | null }> }
              > }, lessons: { nodes: Array<
                | { id: string, title: string, summary: string, public: boolean, publishedAt: string | null, agency: { code: string, acronym: string } }
                | { id: string, title: string, summary: string, public: boolean, publishedAt: string | null, agency: { code: string, acronym: string } }
                | { id: string, title: string, summary: string, public: boolean, publishedAt: string | null, agency: { code: string, acronym: string } }
                | { id: string, title: string, summary: string, public: boolean, publishedAt: string | null, agency: { code: string, acronym: string } }
                | { id: string, title: string, summary: string, public: boolean, publishedAt: string | null, agency: { code: string, acronym: string } }
              > } }
         | null }>, agency: { code: string, acronym: string, name: string }, recipientCountries: Array<{ code: string, name: string }>, sectors: Array<{ code: string, name: string }>, sdgs: Array<{ goal: number, name: string }>, budget: { amount: number, currency: string } | null, participants: Array<{ role: ParticipantRole, name: string, country: { code: string, name: string } | null, agency: { code: string, acronym: string } | null }>, results: Array<{ title: string, type: { name: string }, indicators: Array<{ ref: string, title: string, baselineYear: number | null, baselineValue: number | null, targetValue: number | null }> }>, monitoring: { nextReportDue: string | null, overdue: boolean, reportCount: number }, monitoringReports: Array<{ id: string, periodStart: string, periodEnd: string, side: ParticipantRole, author: string, summary: string | null, issues: string | null, nextSteps: string | null, agency: { code: string, acronym: string }, progress: Array<{ indicatorRef: string, indicatorTitle: string, baselineValue: number | null, targetValue: number | null, actualValue: number }> }>, evaluations: { nodes: Array<
          | { id: string, type: EvaluationType, date: string, status: EvaluationStatus, overallRating: OverallRating | null, ruleRating: OverallRating | null, findings: string | null, agency: { code: string, acronym: string }, evaluators: Array<{ code: string, acronym: string }>, ratings: Array<{ criterion: DacCriterion, score: number, narrative: string | null }>, signOffs: Array<{ user: string, at: string, agency: { code: string, acronym: string } }> }
          | { id: string, type: EvaluationType, date: string, status: EvaluationStatus, overallRating: OverallRating | null, ruleRating: OverallRating | null, findings: string | null, agency: { code: string, acronym: string }, evaluators: Array<{ code: string, acronym: string }>, ratings: Array<{ criterion: DacCriterion, score: number, narrative: string | null }>, signOffs: Array<{ user: string, at: string, agency: { code: string, acronym: string } }> }
          | { id: string, type: EvaluationType, date: string, status: EvaluationStatus, overallRating: OverallRating | null, ruleRating: OverallRating | null, findings: string | null, agency: { code: string, acronym: string }, evaluators: Array<{ code: string, acronym: string }>, ratings: Array<{ criterion: DacCriterion, score: number, narrative: string | null }>, signOffs: Array<{ user: string, at: string, agency: { code: string, acronym: string } }> }
          | { id: string, type: EvaluationType, date: string, status: EvaluationStatus, overallRating: OverallRating | null, ruleRating: OverallRating | null, findings: string | null, agency: { code: string, acronym: string }, evaluators: Array<{ code: string, acronym: string }>, ratings: Array<{ criterion: DacCriterion, score: number, narrative: string | null }>, signOffs: Array<{ user: string, at: string, agency: { code: string, acronym: string } }> }
          | { id: string, type: EvaluationType, date: string, status: EvaluationStatus, overallRating: OverallRating | null, ruleRating: OverallRating | null, findings: string | null, agency: { code: string, acronym: string }, evaluators: Array<{ code: string, acronym: string }>, ratings: Array<{ criterion: DacCriterion, score: number, narrative: string | null }>, signOffs: Array<{ user: string, at: string, agency: { code: string, acronym: string } }> }
        > }, experts: { nodes: Array<
          | { id: string, name: string, agency: { code: string, acronym: string }, nationality: { code: string, name: string }, languages: Array<{ code: string, name: string }>, deployments: Array<{ role: string, startDate: string, endDate: string, project:
                | { id: string }
                | { id: string }
                | { id: string }
                | { id: string }
                | { id: string }
               | null }> }
          | { id: string, name: string, agency: { code: string, acronym: string }, nationality: { code: string, name: string }, languages: Array<{ code: string, name: string }>, deployments: Array<{ role: string, startDate: string, endDate: string, project:
                | { id: string }
                | { id: string }
                | { id: string }
                | { id: string }
                | { id: string }
               | null }> }
          | { id: string, name: string, agency: { code: string, acronym: string }, nationality: { code: string, name: string }, languages: Array<{ code: string, name: string }>, deployments: Array<{ role: string, startDate: string, endDate: string, project:
                | { id: string }
                | { id: string }
                | { id: string }
                | { id: string }
                | { id: string }
               | null }> }
          | { id: string, name: string, agency: { code: string, acronym: string }, nationality: { code: string, name: string }, languages: Array<{ code: string, name: string }>, deployments: Array<{ role: string, startDate: string, endDate: string, project:
                | { id: string }
                | { id: string }
                | { id: string }
                | { id: string }
                | { id: string }
               | null }> }
          | { id: string, name: string, agency: { code: string, acronym: string }, nationality: { code: string, name: string }, languages: Array<{ code: string, name: string }>, deployments: Array<{ role: string, startDate: string, endDate: string, project:
                | { id: string }
                | { id: string }
                | { id: string }
                | { id: string }
                | { id: string }
               | null }> }
        > }, lessons: { nodes: Array<
          | { id: string, title: string, summary: string, public: boolean, publishedAt: string | null, agency: { code: string, acronym: string } }
          | { id: string, title: string, summary: string, public: boolean, publishedAt: string | null, agency: { code: string, acronym: string } }
          | { id: string, title: string, summary: string, public: boolean, publishedAt: string | null, agency: { code: string, acronym: string } }
          | { id: string, title: string, summary: string, public: boolean, publishedAt: string | null, agency: { code: string, acronym: string } }
          | { id: string, title: string, summary: string, public: boolean, publishedAt: string | null, agency: { code: string, acronym: string } }
        > } }
   | null };

export type RequestsQueryVariables = Exact<{
  filter?: CooperationRequestFilter | null | undefined;
}>;


export type RequestsQuery = { cooperationRequests: { totalCount: number, nodes: Array<
      | { id: string, title: string, status: RequestStatus, submittedAt: string, desiredModality: Modality | null, agency: { code: string, acronym: string }, requester: { name: string, country: { code: string, name: string } }, contact: { name: string | null, email: string | null } | null, project:
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
         | null }
      | { id: string, title: string, status: RequestStatus, submittedAt: string, desiredModality: Modality | null, agency: { code: string, acronym: string }, requester: { name: string, country: { code: string, name: string } }, contact: { name: string | null, email: string | null } | null, project:
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
         | null }
      | { id: string, title: string, status: RequestStatus, submittedAt: string, desiredModality: Modality | null, agency: { code: string, acronym: string }, requester: { name: string, country: { code: string, name: string } }, contact: { name: string | null, email: string | null } | null, project:
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
         | null }
      | { id: string, title: string, status: RequestStatus, submittedAt: string, desiredModality: Modality | null, agency: { code: string, acronym: string }, requester: { name: string, country: { code: string, name: string } }, contact: { name: string | null, email: string | null } | null, project:
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
         | null }
      | { id: string, title: string, status: RequestStatus, submittedAt: string, desiredModality: Modality | null, agency: { code: string, acronym: string }, requester: { name: string, country: { code: string, name: string } }, contact: { name: string | null, email: string | null } | null, project:
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
         | null }
    > }, requestStats: { count: number, decided: number, medianDaysToDecision: number | null, byStatus: Array<{ key: string, count: number }> } };

export const ProjectRecordFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProjectRecord"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Project"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"iatiIdentifier"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"modality"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"agency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"acronym"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"recipientCountries"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sectors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sdgs"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"goal"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"budget"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"participants"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"country"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"agency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"acronym"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"results"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"type"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"indicators"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ref"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"baselineYear"}},{"kind":"Field","name":{"kind":"Name","value":"baselineValue"}},{"kind":"Field","name":{"kind":"Name","value":"targetValue"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"monitoring"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nextReportDue"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"reportCount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"monitoringReports"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"periodStart"}},{"kind":"Field","name":{"kind":"Name","value":"periodEnd"}},{"kind":"Field","name":{"kind":"Name","value":"side"}},{"kind":"Field","name":{"kind":"Name","value":"agency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"acronym"}}]}},{"kind":"Field","name":{"kind":"Name","value":"author"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"issues"}},{"kind":"Field","name":{"kind":"Name","value":"nextSteps"}},{"kind":"Field","name":{"kind":"Name","value":"progress"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"indicatorRef"}},{"kind":"Field","name":{"kind":"Name","value":"indicatorTitle"}},{"kind":"Field","name":{"kind":"Name","value":"baselineValue"}},{"kind":"Field","name":{"kind":"Name","value":"targetValue"}},{"kind":"Field","name":{"kind":"Name","value":"actualValue"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"evaluations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"agency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"acronym"}}]}},{"kind":"Field","name":{"kind":"Name","value":"evaluators"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"acronym"}}]}},{"kind":"Field","name":{"kind":"Name","value":"ratings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"criterion"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"narrative"}}]}},{"kind":"Field","name":{"kind":"Name","value":"overallRating"}},{"kind":"Field","name":{"kind":"Name","value":"ruleRating"}},{"kind":"Field","name":{"kind":"Name","value":"signOffs"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"acronym"}}]}},{"kind":"Field","name":{"kind":"Name","value":"user"}},{"kind":"Field","name":{"kind":"Name","value":"at"}}]}},{"kind":"Field","name":{"kind":"Name","value":"findings"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"experts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"agency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"acronym"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nationality"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"languages"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"deployments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"project"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"lessons"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"public"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"agency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"acronym"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ProjectRecordFragment, unknown>;
export const ReferenceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Reference"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agencies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"acronym"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"countries"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"region"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sectors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"category"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sdgGoals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"goal"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<ReferenceQuery, ReferenceQueryVariables>;
export const CountryPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CountryPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ProjectFilter"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"requests"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CooperationRequestFilter"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"lessons"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LessonFilter"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"country"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"region"}},{"kind":"Field","name":{"kind":"Name","value":"projects"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"agency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"acronym"}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"projectStats"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"budgetUsd"}},{"kind":"Field","name":{"kind":"Name","value":"byAgency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"budgetUsd"}}]}},{"kind":"Field","name":{"kind":"Name","value":"bySector"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"budgetUsd"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"cooperationRequests"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"requests"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"agency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"acronym"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"lessons"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"lessons"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"agency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"acronym"}}]}}]}}]}}]}}]} as unknown as DocumentNode<CountryPageQuery, CountryPageQueryVariables>;
export const EvaluationsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Evaluations"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"EvaluationFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"evaluationStats"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"byRating"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"budgetUsd"}}]}},{"kind":"Field","name":{"kind":"Name","value":"criteria"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"criterion"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"mean"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"byEvaluator"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"budgetUsd"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"evaluations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"overallRating"}},{"kind":"Field","name":{"kind":"Name","value":"agency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"acronym"}}]}},{"kind":"Field","name":{"kind":"Name","value":"evaluators"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"acronym"}}]}},{"kind":"Field","name":{"kind":"Name","value":"ratings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"criterion"}},{"kind":"Field","name":{"kind":"Name","value":"score"}}]}},{"kind":"Field","name":{"kind":"Name","value":"project"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]}}]}}]} as unknown as DocumentNode<EvaluationsQuery, EvaluationsQueryVariables>;
export const ExpertsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Experts"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ExpertFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"experts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"30"}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"agency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"acronym"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nationality"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sectors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"languages"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"expertiseSummary"}},{"kind":"Field","name":{"kind":"Name","value":"availability"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}}]}},{"kind":"Field","name":{"kind":"Name","value":"contact"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ExpertsQuery, ExpertsQueryVariables>;
export const ExplorerDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Explorer"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ProjectFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"projects"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"modality"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"agency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"acronym"}}]}},{"kind":"Field","name":{"kind":"Name","value":"recipientCountries"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sectors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"budget"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ExplorerQuery, ExplorerQueryVariables>;
export const ExplorerCsvDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ExplorerCsv"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ProjectFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"projects"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"iatiIdentifier"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"modality"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"agency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"recipientCountries"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sectors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sdgs"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"goal"}}]}},{"kind":"Field","name":{"kind":"Name","value":"budget"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ExplorerCsvQuery, ExplorerCsvQueryVariables>;
export const OverviewDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Overview"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"projectStats"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"budgetUsd"}},{"kind":"Field","name":{"kind":"Name","value":"budgets"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"byAgency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"budgetUsd"}}]}},{"kind":"Field","name":{"kind":"Name","value":"byCountry"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"budgetUsd"}}]}},{"kind":"Field","name":{"kind":"Name","value":"bySector"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"budgetUsd"}}]}},{"kind":"Field","name":{"kind":"Name","value":"bySdg"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"budgetUsd"}}]}},{"kind":"Field","name":{"kind":"Name","value":"byStatus"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"budgetUsd"}}]}},{"kind":"Field","name":{"kind":"Name","value":"byModality"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"budgetUsd"}}]}},{"kind":"Field","name":{"kind":"Name","value":"byStartYear"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"budgetUsd"}}]}},{"kind":"Field","name":{"kind":"Name","value":"flows"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"provider"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"recipient"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"budgetUsd"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"evaluationStats"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"requestStats"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"expertStats"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"count"}}]}}]}}]} as unknown as DocumentNode<OverviewQuery, OverviewQueryVariables>;
export const ProjectPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ProjectPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"project"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ProjectRecord"}},{"kind":"Field","name":{"kind":"Name","value":"relatedProjects"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"project"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ProjectRecord"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProjectRecord"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Project"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"iatiIdentifier"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"modality"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"agency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"acronym"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"recipientCountries"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sectors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sdgs"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"goal"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"budget"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"participants"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"country"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"agency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"acronym"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"results"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"type"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"indicators"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ref"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"baselineYear"}},{"kind":"Field","name":{"kind":"Name","value":"baselineValue"}},{"kind":"Field","name":{"kind":"Name","value":"targetValue"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"monitoring"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nextReportDue"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"reportCount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"monitoringReports"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"periodStart"}},{"kind":"Field","name":{"kind":"Name","value":"periodEnd"}},{"kind":"Field","name":{"kind":"Name","value":"side"}},{"kind":"Field","name":{"kind":"Name","value":"agency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"acronym"}}]}},{"kind":"Field","name":{"kind":"Name","value":"author"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"issues"}},{"kind":"Field","name":{"kind":"Name","value":"nextSteps"}},{"kind":"Field","name":{"kind":"Name","value":"progress"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"indicatorRef"}},{"kind":"Field","name":{"kind":"Name","value":"indicatorTitle"}},{"kind":"Field","name":{"kind":"Name","value":"baselineValue"}},{"kind":"Field","name":{"kind":"Name","value":"targetValue"}},{"kind":"Field","name":{"kind":"Name","value":"actualValue"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"evaluations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"agency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"acronym"}}]}},{"kind":"Field","name":{"kind":"Name","value":"evaluators"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"acronym"}}]}},{"kind":"Field","name":{"kind":"Name","value":"ratings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"criterion"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"narrative"}}]}},{"kind":"Field","name":{"kind":"Name","value":"overallRating"}},{"kind":"Field","name":{"kind":"Name","value":"ruleRating"}},{"kind":"Field","name":{"kind":"Name","value":"signOffs"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"acronym"}}]}},{"kind":"Field","name":{"kind":"Name","value":"user"}},{"kind":"Field","name":{"kind":"Name","value":"at"}}]}},{"kind":"Field","name":{"kind":"Name","value":"findings"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"experts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"agency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"acronym"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nationality"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"languages"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"deployments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"project"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"lessons"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"public"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"agency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"acronym"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ProjectPageQuery, ProjectPageQueryVariables>;
export const RequestsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Requests"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"CooperationRequestFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cooperationRequests"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"200"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"desiredModality"}},{"kind":"Field","name":{"kind":"Name","value":"agency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"acronym"}}]}},{"kind":"Field","name":{"kind":"Name","value":"requester"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"country"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"contact"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}},{"kind":"Field","name":{"kind":"Name","value":"project"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"requestStats"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"decided"}},{"kind":"Field","name":{"kind":"Name","value":"medianDaysToDecision"}},{"kind":"Field","name":{"kind":"Name","value":"byStatus"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}}]}}]}}]} as unknown as DocumentNode<RequestsQuery, RequestsQueryVariables>;