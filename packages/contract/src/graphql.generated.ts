export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** A calendar date, ISO 8601 (YYYY-MM-DD). */
  Date: { input: string; output: string; }
  /** An instant, ISO 8601 with time zone. */
  DateTime: { input: string; output: string; }
};

/** IATI activity status (codes 1-6). */
export type ActivityStatus =
  | 'CANCELLED'
  | 'CLOSED'
  | 'FINALISATION'
  | 'IMPLEMENTATION'
  | 'PIPELINE'
  | 'SUSPENDED';

export type AgencyProfileInput = {
  coordinationMechanisms: Array<CoordinationMechanismInput>;
  focalPoints: Array<FocalPointInput>;
  legalInstruments: Array<LegalInstrumentInput>;
  mandate?: InputMaybe<Scalars['String']['input']>;
};

export type AvailabilityInput = {
  from: Scalars['Date']['input'];
  to: Scalars['Date']['input'];
};

export type ContactInput = {
  email?: InputMaybe<Scalars['String']['input']>;
  name?: InputMaybe<Scalars['String']['input']>;
  phone?: InputMaybe<Scalars['String']['input']>;
};

/** What converting an accepted request adds to it: the project's plan. */
export type ConversionInput = {
  budget?: InputMaybe<MoneyInput>;
  description?: InputMaybe<Scalars['String']['input']>;
  /** The provider's institution that implements, from its registry. */
  implementingInstitutionId?: InputMaybe<Scalars['ID']['input']>;
  plannedEndDate: Scalars['Date']['input'];
  plannedStartDate: Scalars['Date']['input'];
  /** Defaults to the request's title. */
  title?: InputMaybe<Scalars['String']['input']>;
};

export type CooperationRequestFilter = {
  agencies?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Requesting countries (ISO 3166-1 alpha-2). */
  countries?: InputMaybe<Array<Scalars['String']['input']>>;
  /** DAC 5-digit sector codes. */
  sectors?: InputMaybe<Array<Scalars['String']['input']>>;
  statuses?: InputMaybe<Array<RequestStatus>>;
  submittedFrom?: InputMaybe<Scalars['Date']['input']>;
  submittedTo?: InputMaybe<Scalars['Date']['input']>;
  /** Words that must all appear in the title or description. */
  text?: InputMaybe<Scalars['String']['input']>;
};

export type CooperationRequestInput = {
  contact?: InputMaybe<ContactInput>;
  description?: InputMaybe<Scalars['String']['input']>;
  desiredModality?: InputMaybe<Modality>;
  requester: RequesterInput;
  sdgs?: InputMaybe<Array<Scalars['Int']['input']>>;
  /** DAC 5-digit sector codes. */
  sectors: Array<Scalars['String']['input']>;
  title: Scalars['String']['input'];
};

export type CoordinationMechanismInput = {
  members: Array<MechanismMemberInput>;
  name: Scalars['String']['input'];
  role: Scalars['String']['input'];
};

/** The six OECD DAC evaluation criteria. */
export type DacCriterion =
  | 'COHERENCE'
  | 'EFFECTIVENESS'
  | 'EFFICIENCY'
  | 'IMPACT'
  | 'RELEVANCE'
  | 'SUSTAINABILITY';

export type DeploymentInput = {
  endDate: Scalars['Date']['input'];
  /** Any agency's project. */
  projectId: Scalars['ID']['input'];
  role: Scalars['String']['input'];
  startDate: Scalars['Date']['input'];
};

export type EvaluationFilter = {
  /** Agencies that hold the evaluation. */
  agencies?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Agencies named as evaluators. */
  evaluators?: InputMaybe<Array<Scalars['String']['input']>>;
  from?: InputMaybe<Scalars['Date']['input']>;
  overallRatings?: InputMaybe<Array<OverallRating>>;
  projectIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  to?: InputMaybe<Scalars['Date']['input']>;
  types?: InputMaybe<Array<EvaluationType>>;
};

export type EvaluationInput = {
  date: Scalars['Date']['input'];
  /** Evaluating agencies by code; the holding agency must be one of them. */
  evaluators: Array<Scalars['String']['input']>;
  findings?: InputMaybe<Scalars['String']['input']>;
  lessons?: InputMaybe<Scalars['String']['input']>;
  /** Leave out to apply the rule (see ruleRating); a different rating needs overallRatingJustification. */
  overallRating?: InputMaybe<OverallRating>;
  /** Why the overall rating departs from the rule (required when it does). */
  overallRatingJustification?: InputMaybe<Scalars['String']['input']>;
  /** The evaluated project, any agency's. */
  projectId: Scalars['ID']['input'];
  ratings: Array<RatingInput>;
  recommendations?: InputMaybe<Scalars['String']['input']>;
  reportUrl?: InputMaybe<Scalars['String']['input']>;
  type: EvaluationType;
};

/** A revision of a draft evaluation: the fields given replace the stored ones (new ratings re-apply the rule unless the patch names an overall rating). */
export type EvaluationPatch = {
  date?: InputMaybe<Scalars['Date']['input']>;
  /** Evaluating agencies by code; the holding agency must be one of them. */
  evaluators?: InputMaybe<Array<Scalars['String']['input']>>;
  findings?: InputMaybe<Scalars['String']['input']>;
  lessons?: InputMaybe<Scalars['String']['input']>;
  /** Leave out to apply the rule (see ruleRating); a different rating needs overallRatingJustification. */
  overallRating?: InputMaybe<OverallRating>;
  /** Why the overall rating departs from the rule (required when it does). */
  overallRatingJustification?: InputMaybe<Scalars['String']['input']>;
  ratings?: InputMaybe<Array<RatingInput>>;
  recommendations?: InputMaybe<Scalars['String']['input']>;
  reportUrl?: InputMaybe<Scalars['String']['input']>;
  type?: InputMaybe<EvaluationType>;
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
  agencies?: InputMaybe<Array<Scalars['String']['input']>>;
  /** With availableTo: the expert has an availability window covering the whole range, and no deployment in it. */
  availableFrom?: InputMaybe<Scalars['Date']['input']>;
  availableTo?: InputMaybe<Scalars['Date']['input']>;
  /** Nationalities (ISO 3166-1 alpha-2). */
  countries?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Experts deployed to any of these projects (any agency's). */
  deployedTo?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** ISO 639-1 codes, e.g. ["pt"]; an expert matches by any of them. */
  languages?: InputMaybe<Array<Scalars['String']['input']>>;
  /** DAC 5-digit sector codes. */
  sectors?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Words in the name or expertise summary. */
  text?: InputMaybe<Scalars['String']['input']>;
};

export type ExpertInput = {
  availability?: InputMaybe<Array<AvailabilityInput>>;
  contact?: InputMaybe<ContactInput>;
  expertiseSummary?: InputMaybe<Scalars['String']['input']>;
  /** ISO 639-1 codes. */
  languages: Array<Scalars['String']['input']>;
  name: Scalars['String']['input'];
  /** ISO 3166-1 alpha-2. */
  nationality: Scalars['String']['input'];
  sectors: Array<Scalars['String']['input']>;
};

export type ExpertPatch = {
  availability?: InputMaybe<Array<AvailabilityInput>>;
  contact?: InputMaybe<ContactInput>;
  expertiseSummary?: InputMaybe<Scalars['String']['input']>;
  languages?: InputMaybe<Array<Scalars['String']['input']>>;
  name?: InputMaybe<Scalars['String']['input']>;
  nationality?: InputMaybe<Scalars['String']['input']>;
  sectors?: InputMaybe<Array<Scalars['String']['input']>>;
};

export type FocalPointInput = {
  area?: InputMaybe<Scalars['String']['input']>;
  email?: InputMaybe<Scalars['String']['input']>;
  name?: InputMaybe<Scalars['String']['input']>;
  position: Scalars['String']['input'];
};

export type IndicatorInput = {
  ascending?: InputMaybe<Scalars['Boolean']['input']>;
  baselineValue?: InputMaybe<Scalars['Float']['input']>;
  baselineYear?: InputMaybe<Scalars['Int']['input']>;
  /** IATI indicator measure code, e.g. "1" (unit) or "2" (percentage). */
  measure: Scalars['String']['input'];
  ref: Scalars['String']['input'];
  targetValue?: InputMaybe<Scalars['Float']['input']>;
  title: Scalars['String']['input'];
  /** The title in other languages than the project's own. */
  titleTranslations?: InputMaybe<Array<TranslationInput>>;
};

export type IndicatorProgressInput = {
  actualValue: Scalars['Float']['input'];
  comment?: InputMaybe<Scalars['String']['input']>;
  /** The comment in other languages than the project's own (only with a comment). */
  commentTranslations?: InputMaybe<Array<TranslationInput>>;
  indicatorRef: Scalars['String']['input'];
};

export type InstitutionFilter = {
  agencies?: InputMaybe<Array<Scalars['String']['input']>>;
  countries?: InputMaybe<Array<Scalars['String']['input']>>;
  /** IATI organisation type codes, e.g. "10" for government. */
  organisationTypes?: InputMaybe<Array<Scalars['String']['input']>>;
  text?: InputMaybe<Scalars['String']['input']>;
};

export type InstitutionInput = {
  acronym?: InputMaybe<Scalars['String']['input']>;
  country?: InputMaybe<Scalars['String']['input']>;
  iatiIdentifier?: InputMaybe<Scalars['String']['input']>;
  name: Scalars['String']['input'];
  /** IATI organisation type code. */
  organisationType: Scalars['String']['input'];
};

export type InstitutionPatch = {
  acronym?: InputMaybe<Scalars['String']['input']>;
  country?: InputMaybe<Scalars['String']['input']>;
  iatiIdentifier?: InputMaybe<Scalars['String']['input']>;
  name?: InputMaybe<Scalars['String']['input']>;
  organisationType?: InputMaybe<Scalars['String']['input']>;
};

export type LegalInstrumentInput = {
  kind: LegalInstrumentKind;
  number?: InputMaybe<Scalars['String']['input']>;
  scope?: InputMaybe<Scalars['String']['input']>;
  title: Scalars['String']['input'];
  year: Scalars['Int']['input'];
};

/** The kind of a legal instrument that frames an agency's cooperation. */
export type LegalInstrumentKind =
  | 'AGREEMENT'
  | 'DECREE'
  | 'LAW'
  | 'REGULATION'
  | 'RESOLUTION';

export type LessonFilter = {
  agencies?: InputMaybe<Array<Scalars['String']['input']>>;
  countries?: InputMaybe<Array<Scalars['String']['input']>>;
  projectIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  sectors?: InputMaybe<Array<Scalars['String']['input']>>;
  text?: InputMaybe<Scalars['String']['input']>;
};

export type LessonInput = {
  countries?: InputMaybe<Array<Scalars['String']['input']>>;
  /** The evaluation it comes from (any agency's). */
  evaluationId?: InputMaybe<Scalars['ID']['input']>;
  /** The project it was learnt in (any agency's). */
  projectId?: InputMaybe<Scalars['ID']['input']>;
  /** Publish at once (a lesson is otherwise visible to its agency only until published). */
  public?: InputMaybe<Scalars['Boolean']['input']>;
  sectors?: InputMaybe<Array<Scalars['String']['input']>>;
  summary: Scalars['String']['input'];
  title: Scalars['String']['input'];
};

export type MechanismMemberInput = {
  country?: InputMaybe<Scalars['String']['input']>;
  name: Scalars['String']['input'];
};

/** How a cooperation is arranged: bilateral South-South, triangular, or regional. */
export type Modality =
  | 'BILATERAL'
  | 'REGIONAL'
  | 'TRIANGULAR';

export type MoneyInput = {
  amount: Scalars['Float']['input'];
  /** ISO 4217. */
  currency: Scalars['String']['input'];
};

export type MonitoringReportInput = {
  issues?: InputMaybe<Scalars['String']['input']>;
  nextSteps?: InputMaybe<Scalars['String']['input']>;
  periodEnd: Scalars['Date']['input'];
  periodStart: Scalars['Date']['input'];
  progress: Array<IndicatorProgressInput>;
  projectId: Scalars['ID']['input'];
  summary?: InputMaybe<Scalars['String']['input']>;
};

/** Which text of a record a narrative translates. */
export type NarrativeField =
  | 'DESCRIPTION'
  | 'TITLE';

export type NarrativeInput = {
  field: NarrativeField;
  /** ISO 639-1 (IATI Language code list). */
  lang: Scalars['String']['input'];
  text: Scalars['String']['input'];
};

/** IATI organisation role (codes 1-4). */
export type OrganisationRole =
  | 'ACCOUNTABLE'
  | 'EXTENDING'
  | 'FUNDING'
  | 'IMPLEMENTING';

/** Overall rating, A (highly satisfactory) to D (unsatisfactory). */
export type OverallRating =
  | 'A'
  | 'B'
  | 'C'
  | 'D';

export type ParticipantInput = {
  /** An agency of the federation, by code. */
  agency?: InputMaybe<Scalars['String']['input']>;
  /** ISO 3166-1 alpha-2. */
  country?: InputMaybe<Scalars['String']['input']>;
  /** An institution in the owning agency's registry. */
  institutionId?: InputMaybe<Scalars['ID']['input']>;
  name: Scalars['String']['input'];
  /** The name in other languages than the project's own (ISO 639-1, one text a language). */
  nameTranslations?: InputMaybe<Array<TranslationInput>>;
  organisationRole: OrganisationRole;
  role: ParticipantRole;
};

/** SSC role: PROVIDER is the (first) provider, FACILITATOR the second provider or pivotal partner, RECIPIENT the beneficiary partner. */
export type ParticipantRole =
  | 'FACILITATOR'
  | 'FUNDER'
  | 'PROVIDER'
  | 'RECIPIENT';

/** Filters of project lists: OR within a field, AND across fields. */
export type ProjectFilter = {
  /** Agency codes, e.g. ["ABC", "JICA"]. */
  agencies?: InputMaybe<Array<Scalars['String']['input']>>;
  /** ISO 3166-1 alpha-2 codes; a project matches by a recipient country or a participant's country. */
  countries?: InputMaybe<Array<Scalars['String']['input']>>;
  modalities?: InputMaybe<Array<Modality>>;
  /** true: only projects in implementation whose next monitoring report is past due; false: all others. */
  monitoringOverdue?: InputMaybe<Scalars['Boolean']['input']>;
  /** Participating institutions, by name or IATI organisation identifier (case and accents ignored). */
  participants?: InputMaybe<Array<Scalars['String']['input']>>;
  /** SDG goal numbers 1-17. */
  sdgs?: InputMaybe<Array<Scalars['Int']['input']>>;
  /** DAC 5-digit sector codes. */
  sectors?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Only projects starting on or after this date. */
  startsFrom?: InputMaybe<Scalars['Date']['input']>;
  /** Only projects starting on or before this date. */
  startsTo?: InputMaybe<Scalars['Date']['input']>;
  statuses?: InputMaybe<Array<ActivityStatus>>;
  /** Words that must all appear in the title or description. */
  text?: InputMaybe<Scalars['String']['input']>;
};

export type RatingInput = {
  criterion: DacCriterion;
  narrative?: InputMaybe<Scalars['String']['input']>;
  score: Scalars['Int']['input'];
};

/** IATI related-activity type (codes 1-5). */
export type RelatedActivityType =
  | 'CHILD'
  | 'CO_FUNDED'
  | 'PARENT'
  | 'SIBLING'
  | 'THIRD_PARTY';

export type RelatedProjectInput = {
  /** Any agency's project id. */
  id: Scalars['ID']['input'];
  type: RelatedActivityType;
};

/** Where a request for cooperation stands. Moves: SUBMITTED to UNDER_APPRAISAL or DECLINED; UNDER_APPRAISAL to ACCEPTED or DECLINED; ACCEPTED to CONVERTED (by converting it into a project); SUBMITTED or UNDER_APPRAISAL to WITHDRAWN (by the requesting side). Any other move is refused with INVALID_TRANSITION. */
export type RequestStatus =
  | 'ACCEPTED'
  | 'CONVERTED'
  | 'DECLINED'
  | 'SUBMITTED'
  | 'UNDER_APPRAISAL'
  | 'WITHDRAWN';

export type RequesterInput = {
  /** ISO 3166-1 alpha-2. */
  country: Scalars['String']['input'];
  name: Scalars['String']['input'];
};

export type ResultInput = {
  indicators: Array<IndicatorInput>;
  title: Scalars['String']['input'];
  /** The title in other languages than the project's own. */
  titleTranslations?: InputMaybe<Array<TranslationInput>>;
  /** IATI result type code: "1" output, "2" outcome, "3" impact, "9" other. */
  type: Scalars['String']['input'];
};

/** A user's role at their agency. */
export type Role =
  | 'ADMIN'
  | 'EVALUATOR'
  | 'OFFICER'
  | 'VIEWER';

export type TranslationInput = {
  /** ISO 639-1 (IATI Language code list). */
  lang: Scalars['String']['input'];
  text: Scalars['String']['input'];
};
