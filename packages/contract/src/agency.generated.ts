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
  /** An agency's share of a statistic (JSON), merged by the network subgraph. */
  StatsPart: { input: unknown; output: unknown; }
};

/** IATI activity status (codes 1-6). */
export type ActivityStatus =
  | 'CANCELLED'
  | 'CLOSED'
  | 'FINALISATION'
  | 'IMPLEMENTATION'
  | 'PIPELINE'
  | 'SUSPENDED';

export type Agency = {
  __typename?: 'Agency';
  code: Scalars['String']['output'];
};

export type AgencyProfile = {
  agency: Agency;
  /** The agency's code. */
  code: Scalars['String']['output'];
  coordinationMechanisms: Array<CoordinationMechanism>;
  focalPoints: Array<FocalPoint>;
  /** Laws, decrees, regulations and agreements that frame the agency's cooperation. */
  legalInstruments: Array<LegalInstrument>;
  mandate: Maybe<Scalars['String']['output']>;
  updatedAt: Maybe<Scalars['DateTime']['output']>;
  /** 0 until first set; updates must name the version they read. */
  version: Scalars['Int']['output'];
};

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

export type AvailabilityWindow = {
  __typename?: 'AvailabilityWindow';
  from: Scalars['Date']['output'];
  to: Scalars['Date']['output'];
};

export type Confirmation = {
  __typename?: 'Confirmation';
  agency: Agency;
  at: Scalars['DateTime']['output'];
  comment: Maybe<Scalars['String']['output']>;
  user: Scalars['String']['output'];
};

/** A person to contact. Personal data: null for callers outside the agencies entitled to see it. */
export type Contact = {
  __typename?: 'Contact';
  email: Maybe<Scalars['String']['output']>;
  name: Maybe<Scalars['String']['output']>;
  phone: Maybe<Scalars['String']['output']>;
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

export type CooperationRequest = {
  /** The provider agency the request is addressed to; it holds the request. */
  agency: Agency;
  /** Personal data: visible to the provider agency and to the agency that submitted the request, null for others. */
  contact: Maybe<Contact>;
  declineReason: Maybe<Scalars['String']['output']>;
  description: Maybe<Scalars['String']['output']>;
  desiredModality: Maybe<Modality>;
  /** Every move, oldest first, starting with the submission. */
  history: Array<RequestTransition>;
  id: Scalars['ID']['output'];
  /** The project made of it, once CONVERTED. */
  project: Maybe<Project>;
  requester: Requester;
  sdgs: Array<SdgGoal>;
  sectors: Array<Sector>;
  status: RequestStatus;
  submittedAt: Scalars['DateTime']['output'];
  /** The user who submitted it, and their agency. */
  submittedBy: Scalars['String']['output'];
  submittedByAgency: Agency;
  title: Scalars['String']['output'];
  /** Incremented by every change; moves must name the version they read. */
  version: Scalars['Int']['output'];
};

/** OWN's share of a cross-agency list; merged by the network subgraph. */
export type CooperationRequestConnection = {
  __typename?: 'CooperationRequestConnection';
  key: Scalars['String']['output'];
  ownSlice: Maybe<OwnCooperationRequestSlice>;
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

/** A coordination body: its role and its members' institutions. */
export type CoordinationMechanism = {
  __typename?: 'CoordinationMechanism';
  members: Array<MechanismMember>;
  name: Scalars['String']['output'];
  role: Scalars['String']['output'];
};

export type CoordinationMechanismInput = {
  members: Array<MechanismMemberInput>;
  name: Scalars['String']['input'];
  role: Scalars['String']['input'];
};

export type Country = {
  __typename?: 'Country';
  code: Scalars['String']['output'];
};

export type CriterionRating = {
  __typename?: 'CriterionRating';
  criterion: DacCriterion;
  narrative: Maybe<Scalars['String']['output']>;
  /** 1 (low) to 3 (high), as in JICA's ex-post evaluation. */
  score: Scalars['Int']['output'];
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

/** A deployment of an expert, as the expert's agency records it (the project is resolved by the network subgraph). */
export type DeploymentRef = {
  __typename?: 'DeploymentRef';
  endDate: Scalars['Date']['output'];
  projectId: Scalars['ID']['output'];
  role: Scalars['String']['output'];
  startDate: Scalars['Date']['output'];
};

export type Evaluation = {
  /** The agency that holds this record. */
  agency: Agency;
  date: Scalars['Date']['output'];
  /** The agencies that evaluated (one or more: joint evaluations name several). */
  evaluators: Array<Agency>;
  findings: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  lessons: Maybe<Scalars['String']['output']>;
  overallRating: Maybe<OverallRating>;
  /** Why overallRating departs from ruleRating, when it does. */
  overallRatingJustification: Maybe<Scalars['String']['output']>;
  ratings: Array<CriterionRating>;
  recommendations: Maybe<Scalars['String']['output']>;
  reportUrl: Maybe<Scalars['String']['output']>;
  /** The rating the documented rule gives from the criterion scores (README: Joint evaluation). */
  ruleRating: Maybe<OverallRating>;
  /** Sign-offs of the current text; a revision of a draft clears them. */
  signOffs: Array<SignOff>;
  status: EvaluationStatus;
  type: EvaluationType;
  /** Incremented by every change; revisions must name the version they read. */
  version: Scalars['Int']['output'];
};

/** OWN's share of a cross-agency list; merged by the network subgraph. */
export type EvaluationConnection = {
  __typename?: 'EvaluationConnection';
  key: Scalars['String']['output'];
  ownSlice: Maybe<OwnEvaluationSlice>;
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

export type EvaluationStats = {
  __typename?: 'EvaluationStats';
  key: Scalars['String']['output'];
  ownEvaluationStats: Maybe<Scalars['StatsPart']['output']>;
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

export type Expert = {
  /** The agency whose talent bank holds the expert. */
  agency: Agency;
  /** Periods the agency offers the expert for deployments, earliest first. */
  availability: Array<AvailabilityWindow>;
  /** Personal data: only the expert's own agency sees it; null for everyone else. */
  contact: Maybe<Contact>;
  expertiseSummary: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  /** ISO 639-1 languages. */
  languages: Array<IatiCode>;
  name: Scalars['String']['output'];
  nationality: Country;
  sectors: Array<Sector>;
  version: Scalars['Int']['output'];
};

/** OWN's share of a cross-agency list; merged by the network subgraph. */
export type ExpertConnection = {
  __typename?: 'ExpertConnection';
  key: Scalars['String']['output'];
  ownSlice: Maybe<OwnExpertSlice>;
};

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

export type ExpertStats = {
  __typename?: 'ExpertStats';
  key: Scalars['String']['output'];
  ownExpertStats: Maybe<Scalars['StatsPart']['output']>;
};

export type FocalPoint = {
  __typename?: 'FocalPoint';
  /** Thematic or geographic area. */
  area: Maybe<Scalars['String']['output']>;
  email: Maybe<Scalars['String']['output']>;
  name: Maybe<Scalars['String']['output']>;
  /** The office or position, e.g. "Head of the Africa division". */
  position: Scalars['String']['output'];
};

export type FocalPointInput = {
  area?: InputMaybe<Scalars['String']['input']>;
  email?: InputMaybe<Scalars['String']['input']>;
  name?: InputMaybe<Scalars['String']['input']>;
  position: Scalars['String']['input'];
};

/** A code from an IATI code list, with its English name. */
export type IatiCode = {
  __typename?: 'IatiCode';
  code: Scalars['String']['output'];
  name: Scalars['String']['output'];
};

export type Indicator = {
  __typename?: 'Indicator';
  /** True when a higher value is better. */
  ascending: Scalars['Boolean']['output'];
  baselineValue: Maybe<Scalars['Float']['output']>;
  baselineYear: Maybe<Scalars['Int']['output']>;
  /** IATI indicator measure (1 unit, 2 percentage, ...). */
  measure: IatiCode;
  /** The indicator's reference, unique within the project; monitoring reports name it. */
  ref: Scalars['String']['output'];
  targetValue: Maybe<Scalars['Float']['output']>;
  /** The title in `lang` (ISO 639-1) where the indicator has it, else in the project's own language. */
  title: Scalars['String']['output'];
  /** The title in every other language the indicator has it in. */
  titleTranslations: Array<Translation>;
};


export type IndicatorTitleArgs = {
  lang?: InputMaybe<Scalars['String']['input']>;
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

/** Progress against one indicator in a reporting period (IATI result/indicator/period). */
export type IndicatorProgress = {
  __typename?: 'IndicatorProgress';
  actualValue: Scalars['Float']['output'];
  baselineValue: Maybe<Scalars['Float']['output']>;
  /** The comment in `lang` (ISO 639-1) where the report has it, else in the project's own language. */
  comment: Maybe<Scalars['String']['output']>;
  /** The comment in every other language the report has it in. */
  commentTranslations: Array<Translation>;
  indicatorRef: Scalars['String']['output'];
  /** The indicator's title in `lang` (ISO 639-1) where it has it, else in the project's own language. */
  indicatorTitle: Scalars['String']['output'];
  targetValue: Maybe<Scalars['Float']['output']>;
};


/** Progress against one indicator in a reporting period (IATI result/indicator/period). */
export type IndicatorProgressCommentArgs = {
  lang?: InputMaybe<Scalars['String']['input']>;
};


/** Progress against one indicator in a reporting period (IATI result/indicator/period). */
export type IndicatorProgressIndicatorTitleArgs = {
  lang?: InputMaybe<Scalars['String']['input']>;
};

export type IndicatorProgressInput = {
  actualValue: Scalars['Float']['input'];
  comment?: InputMaybe<Scalars['String']['input']>;
  /** The comment in other languages than the project's own (only with a comment). */
  commentTranslations?: InputMaybe<Array<TranslationInput>>;
  indicatorRef: Scalars['String']['input'];
};

export type Institution = {
  acronym: Maybe<Scalars['String']['output']>;
  /** The agency whose registry holds this record. */
  agency: Agency;
  country: Maybe<Country>;
  /** IATI organisation identifier, where the institution has one. */
  iatiIdentifier: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  organisationType: IatiCode;
  /** Incremented by every change; updates must name the version they read. */
  version: Scalars['Int']['output'];
};

/** OWN's share of a cross-agency list; merged by the network subgraph. */
export type InstitutionConnection = {
  __typename?: 'InstitutionConnection';
  key: Scalars['String']['output'];
  ownSlice: Maybe<OwnInstitutionSlice>;
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

export type LegalInstrument = {
  __typename?: 'LegalInstrument';
  kind: LegalInstrumentKind;
  /** The instrument's number, e.g. "94.973". */
  number: Maybe<Scalars['String']['output']>;
  scope: Maybe<Scalars['String']['output']>;
  title: Scalars['String']['output'];
  year: Scalars['Int']['output'];
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

export type Lesson = {
  agency: Agency;
  author: Scalars['String']['output'];
  countries: Array<Country>;
  createdAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  /** Published lessons are visible to everyone; others only to their agency. */
  public: Scalars['Boolean']['output'];
  publishedAt: Maybe<Scalars['DateTime']['output']>;
  sectors: Array<Sector>;
  summary: Scalars['String']['output'];
  title: Scalars['String']['output'];
};

/** OWN's share of a cross-agency list; merged by the network subgraph. */
export type LessonConnection = {
  __typename?: 'LessonConnection';
  key: Scalars['String']['output'];
  ownSlice: Maybe<OwnLessonSlice>;
};

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

export type MechanismMember = {
  __typename?: 'MechanismMember';
  country: Maybe<Country>;
  name: Scalars['String']['output'];
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

export type Money = {
  __typename?: 'Money';
  amount: Scalars['Float']['output'];
  /** ISO 4217 currency code. */
  currency: Scalars['String']['output'];
};

export type MoneyInput = {
  amount: Scalars['Float']['input'];
  /** ISO 4217. */
  currency: Scalars['String']['input'];
};

/** A periodic monitoring report of a project, written by the provider or the recipient side. */
export type MonitoringReport = {
  __typename?: 'MonitoringReport';
  agency: Agency;
  author: Scalars['String']['output'];
  /** Comments by the other participants, oldest first. */
  comments: Array<ReportComment>;
  createdAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  issues: Maybe<Scalars['String']['output']>;
  nextSteps: Maybe<Scalars['String']['output']>;
  periodEnd: Scalars['Date']['output'];
  periodStart: Scalars['Date']['output'];
  progress: Array<IndicatorProgress>;
  /** The writer's side in the project. */
  side: ParticipantRole;
  summary: Maybe<Scalars['String']['output']>;
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

/** Whether a project's monitoring is up to date. */
export type MonitoringStatus = {
  __typename?: 'MonitoringStatus';
  lastPeriodEnd: Maybe<Scalars['Date']['output']>;
  /** When the next report is due (projects in implementation only). */
  nextReportDue: Maybe<Scalars['Date']['output']>;
  /** True when the project is in implementation and its next report is past due. */
  overdue: Scalars['Boolean']['output'];
  reportCount: Scalars['Int']['output'];
  reportingIntervalMonths: Scalars['Int']['output'];
};

/** Writes to OWN's records. Every mutation needs a bearer token; see the README's Security section. */
export type Mutation = {
  __typename?: 'Mutation';
  /** An admin of OWN publishes a new public signing key (a JWK with kid, no private part). */
  addOwnSigningKey: OwnSigningKey;
  /** An officer, evaluator or admin of a participating agency comments on a monitoring report. */
  commentOnOwnMonitoringReport: MonitoringReport;
  /** An officer or admin of a recipient agency of the project confirms its participation. */
  confirmOwnProjectParticipation: OwnProject;
  /** An officer or admin of OWN converts an ACCEPTED request into a PIPELINE project with the provider and the requester as participants. */
  convertOwnCooperationRequest: OwnCooperationRequest;
  /** An evaluator or admin of OWN opens an evaluation (a DRAFT) naming OWN among its evaluators. */
  createOwnEvaluation: OwnEvaluation;
  /** An officer or admin of OWN adds an expert to OWN's talent bank. */
  createOwnExpert: OwnExpert;
  /** An officer or admin of OWN registers an institution. Retrying with the same idempotencyKey returns the first result. */
  createOwnInstitution: OwnInstitution;
  /** An officer, evaluator or admin of OWN notes a lesson learnt. */
  createOwnLesson: OwnLesson;
  createOwnProject: OwnProject;
  /** An officer or admin of OWN deploys one of its experts to any agency's project; overlapping deployments are refused. */
  deployOwnExpert: OwnExpert;
  /** An officer, evaluator or admin of an agency participating in one of OWN's projects files a monitoring report on it. */
  fileOwnMonitoringReport: MonitoringReport;
  /** An officer or admin of OWN moves a request to another state (see RequestStatus); DECLINED needs a comment giving the reason. */
  moveOwnCooperationRequest: OwnCooperationRequest;
  /** An officer, evaluator or admin of OWN publishes a lesson: it joins the cross-agency feed. */
  publishOwnLesson: OwnLesson;
  /** An admin of OWN retires a signing key: tokens signed with it are refused from then on. */
  retireOwnSigningKey: OwnSigningKey;
  /** An admin of OWN replaces OWN's profile: mandate, legal instruments, coordination mechanisms, focal points. `version` is the profile's version read (0 before the first). */
  setOwnAgencyProfile: OwnAgencyProfile;
  /** An admin of OWN registers a user of OWN, sets its roles, or deactivates it. */
  setOwnUser: OwnUser;
  /** An evaluator or admin of one of the named evaluating agencies signs the evaluation off; it is FINAL once all have. */
  signOffOwnEvaluation: OwnEvaluation;
  /** An officer or admin of any federation agency submits a request for cooperation to OWN (on behalf of the requesting institution). */
  submitOwnCooperationRequest: OwnCooperationRequest;
  /** An evaluator or admin of one of the named evaluating agencies revises a DRAFT (only OWN changes the evaluators); every sign-off is cleared, since the parties sign what they read. */
  updateOwnEvaluation: OwnEvaluation;
  updateOwnExpert: OwnExpert;
  /** `version` is the version read; a stale one is refused with CONFLICT. */
  updateOwnInstitution: OwnInstitution;
  updateOwnProject: OwnProject;
  /** An officer or admin of the agency that submitted the request withdraws it, while it is SUBMITTED or UNDER_APPRAISAL. */
  withdrawOwnCooperationRequest: OwnCooperationRequest;
};


/** Writes to OWN's records. Every mutation needs a bearer token; see the README's Security section. */
export type MutationAddOwnSigningKeyArgs = {
  jwk: Scalars['String']['input'];
};


/** Writes to OWN's records. Every mutation needs a bearer token; see the README's Security section. */
export type MutationCommentOnOwnMonitoringReportArgs = {
  id: Scalars['ID']['input'];
  text: Scalars['String']['input'];
};


/** Writes to OWN's records. Every mutation needs a bearer token; see the README's Security section. */
export type MutationConfirmOwnProjectParticipationArgs = {
  comment?: InputMaybe<Scalars['String']['input']>;
  id: Scalars['ID']['input'];
};


/** Writes to OWN's records. Every mutation needs a bearer token; see the README's Security section. */
export type MutationConvertOwnCooperationRequestArgs = {
  id: Scalars['ID']['input'];
  input: ConversionInput;
  version: Scalars['Int']['input'];
};


/** Writes to OWN's records. Every mutation needs a bearer token; see the README's Security section. */
export type MutationCreateOwnEvaluationArgs = {
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  input: EvaluationInput;
};


/** Writes to OWN's records. Every mutation needs a bearer token; see the README's Security section. */
export type MutationCreateOwnExpertArgs = {
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  input: ExpertInput;
};


/** Writes to OWN's records. Every mutation needs a bearer token; see the README's Security section. */
export type MutationCreateOwnInstitutionArgs = {
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  input: InstitutionInput;
};


/** Writes to OWN's records. Every mutation needs a bearer token; see the README's Security section. */
export type MutationCreateOwnLessonArgs = {
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  input: LessonInput;
};


/** Writes to OWN's records. Every mutation needs a bearer token; see the README's Security section. */
export type MutationCreateOwnProjectArgs = {
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  input: OwnProjectInput;
};


/** Writes to OWN's records. Every mutation needs a bearer token; see the README's Security section. */
export type MutationDeployOwnExpertArgs = {
  id: Scalars['ID']['input'];
  input: DeploymentInput;
  version: Scalars['Int']['input'];
};


/** Writes to OWN's records. Every mutation needs a bearer token; see the README's Security section. */
export type MutationFileOwnMonitoringReportArgs = {
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  input: MonitoringReportInput;
};


/** Writes to OWN's records. Every mutation needs a bearer token; see the README's Security section. */
export type MutationMoveOwnCooperationRequestArgs = {
  comment?: InputMaybe<Scalars['String']['input']>;
  id: Scalars['ID']['input'];
  to: RequestStatus;
  version: Scalars['Int']['input'];
};


/** Writes to OWN's records. Every mutation needs a bearer token; see the README's Security section. */
export type MutationPublishOwnLessonArgs = {
  id: Scalars['ID']['input'];
};


/** Writes to OWN's records. Every mutation needs a bearer token; see the README's Security section. */
export type MutationRetireOwnSigningKeyArgs = {
  kid: Scalars['ID']['input'];
};


/** Writes to OWN's records. Every mutation needs a bearer token; see the README's Security section. */
export type MutationSetOwnAgencyProfileArgs = {
  input: AgencyProfileInput;
  version: Scalars['Int']['input'];
};


/** Writes to OWN's records. Every mutation needs a bearer token; see the README's Security section. */
export type MutationSetOwnUserArgs = {
  active: Scalars['Boolean']['input'];
  roles: Array<Role>;
  user: Scalars['ID']['input'];
};


/** Writes to OWN's records. Every mutation needs a bearer token; see the README's Security section. */
export type MutationSignOffOwnEvaluationArgs = {
  id: Scalars['ID']['input'];
  version: Scalars['Int']['input'];
};


/** Writes to OWN's records. Every mutation needs a bearer token; see the README's Security section. */
export type MutationSubmitOwnCooperationRequestArgs = {
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  input: CooperationRequestInput;
};


/** Writes to OWN's records. Every mutation needs a bearer token; see the README's Security section. */
export type MutationUpdateOwnEvaluationArgs = {
  id: Scalars['ID']['input'];
  patch: EvaluationPatch;
  version: Scalars['Int']['input'];
};


/** Writes to OWN's records. Every mutation needs a bearer token; see the README's Security section. */
export type MutationUpdateOwnExpertArgs = {
  id: Scalars['ID']['input'];
  patch: ExpertPatch;
  version: Scalars['Int']['input'];
};


/** Writes to OWN's records. Every mutation needs a bearer token; see the README's Security section. */
export type MutationUpdateOwnInstitutionArgs = {
  id: Scalars['ID']['input'];
  patch: InstitutionPatch;
  version: Scalars['Int']['input'];
};


/** Writes to OWN's records. Every mutation needs a bearer token; see the README's Security section. */
export type MutationUpdateOwnProjectArgs = {
  id: Scalars['ID']['input'];
  patch: OwnProjectPatch;
  version: Scalars['Int']['input'];
};


/** Writes to OWN's records. Every mutation needs a bearer token; see the README's Security section. */
export type MutationWithdrawOwnCooperationRequestArgs = {
  comment?: InputMaybe<Scalars['String']['input']>;
  id: Scalars['ID']['input'];
  version: Scalars['Int']['input'];
};

/** A text of a record in one language (IATI's narrative with its xml:lang). */
export type Narrative = {
  __typename?: 'Narrative';
  field: NarrativeField;
  /** ISO 639-1 (IATI Language code list). */
  lang: Scalars['String']['output'];
  text: Scalars['String']['output'];
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

/** The legal and institutional framework of Any agency. */
export type OwnAgencyProfile = AgencyProfile & {
  __typename?: 'OwnAgencyProfile';
  agency: Agency;
  /** The agency's code. */
  code: Scalars['String']['output'];
  coordinationMechanisms: Array<CoordinationMechanism>;
  focalPoints: Array<FocalPoint>;
  /** Laws, decrees, regulations and agreements that frame the agency's cooperation. */
  legalInstruments: Array<LegalInstrument>;
  mandate: Maybe<Scalars['String']['output']>;
  updatedAt: Maybe<Scalars['DateTime']['output']>;
  /** 0 until first set; updates must name the version they read. */
  version: Scalars['Int']['output'];
};

/** An accepted change, as written to OWN's audit log. */
export type OwnAuditEntry = {
  __typename?: 'OwnAuditEntry';
  action: Scalars['String']['output'];
  after: Maybe<Scalars['String']['output']>;
  agency: Maybe<Scalars['String']['output']>;
  at: Scalars['DateTime']['output'];
  before: Maybe<Scalars['String']['output']>;
  /** The x-request-id the caller sent (printable ASCII, at most 100 characters), kept apart from requestId; null when absent or unfit. */
  clientRequestId: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  recordId: Scalars['ID']['output'];
  /** OWN's own id of the request that made the change. */
  requestId: Maybe<Scalars['String']['output']>;
  user: Maybe<Scalars['String']['output']>;
};

export type OwnAuditPage = {
  __typename?: 'OwnAuditPage';
  nodes: Array<OwnAuditEntry>;
  pageInfo: PageInfo;
};

/** A request for cooperation addressed to Any agency. */
export type OwnCooperationRequest = CooperationRequest & {
  __typename?: 'OwnCooperationRequest';
  /** The provider agency the request is addressed to; it holds the request. */
  agency: Agency;
  /** Personal data: visible to the provider agency and to the agency that submitted the request, null for others. */
  contact: Maybe<Contact>;
  declineReason: Maybe<Scalars['String']['output']>;
  description: Maybe<Scalars['String']['output']>;
  desiredModality: Maybe<Modality>;
  /** Every move, oldest first, starting with the submission. */
  history: Array<RequestTransition>;
  id: Scalars['ID']['output'];
  /** The project made of it, once CONVERTED. */
  project: Maybe<Project>;
  requester: Requester;
  sdgs: Array<SdgGoal>;
  sectors: Array<Sector>;
  status: RequestStatus;
  submittedAt: Scalars['DateTime']['output'];
  /** The user who submitted it, and their agency. */
  submittedBy: Scalars['String']['output'];
  submittedByAgency: Agency;
  title: Scalars['String']['output'];
  /** Incremented by every change; moves must name the version they read. */
  version: Scalars['Int']['output'];
};

export type OwnCooperationRequestPage = {
  __typename?: 'OwnCooperationRequestPage';
  nodes: Array<OwnCooperationRequest>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type OwnCooperationRequestSlice = {
  __typename?: 'OwnCooperationRequestSlice';
  items: Array<OwnCooperationRequest>;
  total: Scalars['Int']['output'];
};

/** An evaluation held by Any agency, of its own project or of a partner agency's. */
export type OwnEvaluation = Evaluation & {
  __typename?: 'OwnEvaluation';
  /** The agency that holds this record. */
  agency: Agency;
  date: Scalars['Date']['output'];
  /** The agencies that evaluated (one or more: joint evaluations name several). */
  evaluators: Array<Agency>;
  findings: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  lessons: Maybe<Scalars['String']['output']>;
  overallRating: Maybe<OverallRating>;
  /** Why overallRating departs from ruleRating, when it does. */
  overallRatingJustification: Maybe<Scalars['String']['output']>;
  projectId: Scalars['ID']['output'];
  ratings: Array<CriterionRating>;
  recommendations: Maybe<Scalars['String']['output']>;
  reportUrl: Maybe<Scalars['String']['output']>;
  /** The rating the documented rule gives from the criterion scores (README: Joint evaluation). */
  ruleRating: Maybe<OverallRating>;
  /** Sign-offs of the current text; a revision of a draft clears them. */
  signOffs: Array<SignOff>;
  status: EvaluationStatus;
  type: EvaluationType;
  /** Incremented by every change; revisions must name the version they read. */
  version: Scalars['Int']['output'];
};

export type OwnEvaluationPage = {
  __typename?: 'OwnEvaluationPage';
  nodes: Array<OwnEvaluation>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type OwnEvaluationSlice = {
  __typename?: 'OwnEvaluationSlice';
  items: Array<OwnEvaluation>;
  total: Scalars['Int']['output'];
};

/** An expert in the talent bank of Any agency. */
export type OwnExpert = Expert & {
  __typename?: 'OwnExpert';
  /** The agency whose talent bank holds the expert. */
  agency: Agency;
  /** Periods the agency offers the expert for deployments, earliest first. */
  availability: Array<AvailabilityWindow>;
  /** Personal data: only the expert's own agency sees it; null for everyone else. */
  contact: Maybe<Contact>;
  deploymentRefs: Array<DeploymentRef>;
  expertiseSummary: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  /** ISO 639-1 languages. */
  languages: Array<IatiCode>;
  name: Scalars['String']['output'];
  nationality: Country;
  sectors: Array<Sector>;
  version: Scalars['Int']['output'];
};

export type OwnExpertPage = {
  __typename?: 'OwnExpertPage';
  nodes: Array<OwnExpert>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type OwnExpertSlice = {
  __typename?: 'OwnExpertSlice';
  items: Array<OwnExpert>;
  total: Scalars['Int']['output'];
};

/** An institution in the registry of Any agency. */
export type OwnInstitution = Institution & {
  __typename?: 'OwnInstitution';
  acronym: Maybe<Scalars['String']['output']>;
  /** The agency whose registry holds this record. */
  agency: Agency;
  country: Maybe<Country>;
  /** IATI organisation identifier, where the institution has one. */
  iatiIdentifier: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  organisationType: IatiCode;
  /** Incremented by every change; updates must name the version they read. */
  version: Scalars['Int']['output'];
};

export type OwnInstitutionPage = {
  __typename?: 'OwnInstitutionPage';
  nodes: Array<OwnInstitution>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type OwnInstitutionSlice = {
  __typename?: 'OwnInstitutionSlice';
  items: Array<OwnInstitution>;
  total: Scalars['Int']['output'];
};

/** A lesson learnt, noted by Any agency. */
export type OwnLesson = Lesson & {
  __typename?: 'OwnLesson';
  agency: Agency;
  author: Scalars['String']['output'];
  countries: Array<Country>;
  createdAt: Scalars['DateTime']['output'];
  evaluationId: Maybe<Scalars['ID']['output']>;
  id: Scalars['ID']['output'];
  projectId: Maybe<Scalars['ID']['output']>;
  /** Published lessons are visible to everyone; others only to their agency. */
  public: Scalars['Boolean']['output'];
  publishedAt: Maybe<Scalars['DateTime']['output']>;
  sectors: Array<Sector>;
  summary: Scalars['String']['output'];
  title: Scalars['String']['output'];
};

export type OwnLessonPage = {
  __typename?: 'OwnLessonPage';
  nodes: Array<OwnLesson>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type OwnLessonSlice = {
  __typename?: 'OwnLessonSlice';
  items: Array<OwnLesson>;
  total: Scalars['Int']['output'];
};

/** A project recorded by Any agency. */
export type OwnProject = Project & {
  __typename?: 'OwnProject';
  actualEndDate: Maybe<Scalars['Date']['output']>;
  actualStartDate: Maybe<Scalars['Date']['output']>;
  /** The agency that owns this record. */
  agency: Agency;
  budget: Maybe<Money>;
  /** IATI collaboration type (1 bilateral, 8 bilateral triangular co-operation, ...). */
  collaborationType: Maybe<IatiCode>;
  /** Recipient-side confirmations of participation; every recipient agency must confirm before the project may enter IMPLEMENTATION. */
  confirmations: Array<Confirmation>;
  createdAt: Scalars['DateTime']['output'];
  /** The description in `lang` where the record has it, else in the record's own language. */
  description: Maybe<Scalars['String']['output']>;
  /** Actual end date, or the planned one. */
  endDate: Maybe<Scalars['Date']['output']>;
  /** IATI activity identifier: the agency's IATI organisation id, a hyphen, a local id. */
  iatiIdentifier: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  /** The language of the record's own title and description (ISO 639-1). */
  language: Scalars['String']['output'];
  modality: Modality;
  monitoring: MonitoringStatus;
  /** Monitoring reports, latest period first. */
  monitoringReports: Array<MonitoringReport>;
  /** The title and description in every other language the record has them in. */
  narratives: Array<Narrative>;
  participants: Array<Participant>;
  plannedEndDate: Maybe<Scalars['Date']['output']>;
  plannedStartDate: Maybe<Scalars['Date']['output']>;
  recipientCountries: Array<Country>;
  relatedRefs: Array<RelatedRef>;
  /** The request for cooperation this project was converted from. */
  request: Maybe<CooperationRequest>;
  /** IATI results and indicators that monitoring reports measure progress against. */
  results: Array<Result>;
  sdgs: Array<SdgGoal>;
  sectors: Array<Sector>;
  /** Actual start date, or the planned one while the project has not started. */
  startDate: Maybe<Scalars['Date']['output']>;
  status: ActivityStatus;
  /** The title in `lang` (ISO 639-1) where the record has it, else in the record's own language. */
  title: Scalars['String']['output'];
  updatedAt: Scalars['DateTime']['output'];
  /** Incremented by every change; updates must name the version they read. */
  version: Scalars['Int']['output'];
};


/** A project recorded by Any agency. */
export type OwnProjectDescriptionArgs = {
  lang?: InputMaybe<Scalars['String']['input']>;
};


/** A project recorded by Any agency. */
export type OwnProjectTitleArgs = {
  lang?: InputMaybe<Scalars['String']['input']>;
};

export type OwnProjectInput = {
  actualEndDate?: InputMaybe<Scalars['Date']['input']>;
  actualStartDate?: InputMaybe<Scalars['Date']['input']>;
  budget?: InputMaybe<MoneyInput>;
  /** IATI collaboration type code. */
  collaborationType?: InputMaybe<Scalars['String']['input']>;
  description?: InputMaybe<Scalars['String']['input']>;
  /** The language of title and description (ISO 639-1, from the IATI Language code list; default "en"). */
  language?: InputMaybe<Scalars['String']['input']>;
  modality: Modality;
  /** The title and description in other languages (a patch replaces them all). */
  narratives?: InputMaybe<Array<NarrativeInput>>;
  participants: Array<ParticipantInput>;
  plannedEndDate?: InputMaybe<Scalars['Date']['input']>;
  plannedStartDate?: InputMaybe<Scalars['Date']['input']>;
  recipientCountries: Array<Scalars['String']['input']>;
  relatedProjects?: InputMaybe<Array<RelatedProjectInput>>;
  /** Months between monitoring reports (1-24; default 6). */
  reportingIntervalMonths?: InputMaybe<Scalars['Int']['input']>;
  results?: InputMaybe<Array<ResultInput>>;
  sdgs: Array<Scalars['Int']['input']>;
  /** DAC 5-digit sector codes. */
  sectors: Array<Scalars['String']['input']>;
  status: ActivityStatus;
  title: Scalars['String']['input'];
};

export type OwnProjectPage = {
  __typename?: 'OwnProjectPage';
  nodes: Array<OwnProject>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type OwnProjectPatch = {
  actualEndDate?: InputMaybe<Scalars['Date']['input']>;
  actualStartDate?: InputMaybe<Scalars['Date']['input']>;
  budget?: InputMaybe<MoneyInput>;
  /** IATI collaboration type code. */
  collaborationType?: InputMaybe<Scalars['String']['input']>;
  description?: InputMaybe<Scalars['String']['input']>;
  /** The language of title and description (ISO 639-1, from the IATI Language code list; default "en"). */
  language?: InputMaybe<Scalars['String']['input']>;
  modality?: InputMaybe<Modality>;
  /** The title and description in other languages (a patch replaces them all). */
  narratives?: InputMaybe<Array<NarrativeInput>>;
  participants?: InputMaybe<Array<ParticipantInput>>;
  plannedEndDate?: InputMaybe<Scalars['Date']['input']>;
  plannedStartDate?: InputMaybe<Scalars['Date']['input']>;
  recipientCountries?: InputMaybe<Array<Scalars['String']['input']>>;
  relatedProjects?: InputMaybe<Array<RelatedProjectInput>>;
  /** Months between monitoring reports (1-24; default 6). */
  reportingIntervalMonths?: InputMaybe<Scalars['Int']['input']>;
  results?: InputMaybe<Array<ResultInput>>;
  sdgs?: InputMaybe<Array<Scalars['Int']['input']>>;
  /** DAC 5-digit sector codes. */
  sectors?: InputMaybe<Array<Scalars['String']['input']>>;
  status?: InputMaybe<ActivityStatus>;
  title?: InputMaybe<Scalars['String']['input']>;
};

export type OwnProjectSlice = {
  __typename?: 'OwnProjectSlice';
  items: Array<OwnProject>;
  total: Scalars['Int']['output'];
};

/** A public key that OWN signs tokens with (served as its JWKS at /.well-known/jwks.json). */
export type OwnSigningKey = {
  __typename?: 'OwnSigningKey';
  addedAt: Scalars['DateTime']['output'];
  /** The public JWK, as JSON. */
  jwk: Scalars['String']['output'];
  kid: Scalars['ID']['output'];
  retiredAt: Maybe<Scalars['DateTime']['output']>;
};

/** A user in OWN's registry: its roles replace a token's, and a deactivated user may not write. */
export type OwnUser = {
  __typename?: 'OwnUser';
  active: Scalars['Boolean']['output'];
  roles: Array<Role>;
  updatedAt: Scalars['DateTime']['output'];
  user: Scalars['ID']['output'];
};

export type PageInfo = {
  __typename?: 'PageInfo';
  /** Opaque cursor of the last node; pass it as `after` for the next page. */
  endCursor: Maybe<Scalars['String']['output']>;
  hasNextPage: Scalars['Boolean']['output'];
};

export type Participant = {
  __typename?: 'Participant';
  /** Set when the participant is an agency of the federation. */
  agency: Maybe<Agency>;
  country: Maybe<Country>;
  /** Set when the participant is an institution in the owning agency's registry. */
  institution: Maybe<Institution>;
  /** The name in `lang` (ISO 639-1) where the record has it, else in the project's own language. */
  name: Scalars['String']['output'];
  /** The name in every other language the record has it in. */
  nameTranslations: Array<Translation>;
  organisationRole: OrganisationRole;
  role: ParticipantRole;
};


export type ParticipantNameArgs = {
  lang?: InputMaybe<Scalars['String']['input']>;
};

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

export type Project = {
  actualEndDate: Maybe<Scalars['Date']['output']>;
  actualStartDate: Maybe<Scalars['Date']['output']>;
  /** The agency that owns this record. */
  agency: Agency;
  budget: Maybe<Money>;
  /** IATI collaboration type (1 bilateral, 8 bilateral triangular co-operation, ...). */
  collaborationType: Maybe<IatiCode>;
  /** Recipient-side confirmations of participation; every recipient agency must confirm before the project may enter IMPLEMENTATION. */
  confirmations: Array<Confirmation>;
  createdAt: Scalars['DateTime']['output'];
  /** The description in `lang` where the record has it, else in the record's own language. */
  description: Maybe<Scalars['String']['output']>;
  /** Actual end date, or the planned one. */
  endDate: Maybe<Scalars['Date']['output']>;
  /** IATI activity identifier: the agency's IATI organisation id, a hyphen, a local id. */
  iatiIdentifier: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  /** The language of the record's own title and description (ISO 639-1). */
  language: Scalars['String']['output'];
  modality: Modality;
  monitoring: MonitoringStatus;
  /** Monitoring reports, latest period first. */
  monitoringReports: Array<MonitoringReport>;
  /** The title and description in every other language the record has them in. */
  narratives: Array<Narrative>;
  participants: Array<Participant>;
  plannedEndDate: Maybe<Scalars['Date']['output']>;
  plannedStartDate: Maybe<Scalars['Date']['output']>;
  recipientCountries: Array<Country>;
  /** The request for cooperation this project was converted from. */
  request: Maybe<CooperationRequest>;
  /** IATI results and indicators that monitoring reports measure progress against. */
  results: Array<Result>;
  sdgs: Array<SdgGoal>;
  sectors: Array<Sector>;
  /** Actual start date, or the planned one while the project has not started. */
  startDate: Maybe<Scalars['Date']['output']>;
  status: ActivityStatus;
  /** The title in `lang` (ISO 639-1) where the record has it, else in the record's own language. */
  title: Scalars['String']['output'];
  updatedAt: Scalars['DateTime']['output'];
  /** Incremented by every change; updates must name the version they read. */
  version: Scalars['Int']['output'];
};


export type ProjectDescriptionArgs = {
  lang?: InputMaybe<Scalars['String']['input']>;
};


export type ProjectTitleArgs = {
  lang?: InputMaybe<Scalars['String']['input']>;
};

/** OWN's share of a cross-agency list; merged by the network subgraph. */
export type ProjectConnection = {
  __typename?: 'ProjectConnection';
  key: Scalars['String']['output'];
  ownSlice: Maybe<OwnProjectSlice>;
};

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

export type ProjectStats = {
  __typename?: 'ProjectStats';
  key: Scalars['String']['output'];
  ownProjectStats: Maybe<Scalars['StatsPart']['output']>;
};

export type Query = {
  __typename?: 'Query';
  /** OWN's audit log, newest first (admins of OWN only). */
  ownAuditLog: OwnAuditPage;
  /** OWN's records only: requests for cooperation, newest first, then id. */
  ownCooperationRequests: OwnCooperationRequestPage;
  /** OWN's records only: latest first, then id. */
  ownEvaluations: OwnEvaluationPage;
  /** OWN's records only: talent-bank experts, ordered by name, then id. */
  ownExperts: OwnExpertPage;
  /** OWN's records only: ordered by name, then id. */
  ownInstitutions: OwnInstitutionPage;
  /** OWN's records only: published lessons, newest first (the caller's own agency's unpublished ones last). */
  ownLessons: OwnLessonPage;
  /** OWN's profile: its legal and institutional framework. */
  ownProfile: OwnAgencyProfile;
  /** One of OWN's projects by id. */
  ownProject: Maybe<OwnProject>;
  /** OWN's records only: ordered by start date (latest first, undated last), then id. */
  ownProjects: OwnProjectPage;
  /** OWN's signing keys, current and retired (public keys: anyone may read them). */
  ownSigningKeys: Array<OwnSigningKey>;
  /** OWN's registered users (admins of OWN only). */
  ownUsers: Array<OwnUser>;
};


export type QueryOwnAuditLogArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  recordId?: InputMaybe<Scalars['ID']['input']>;
};


export type QueryOwnCooperationRequestsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<CooperationRequestFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryOwnEvaluationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<EvaluationFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryOwnExpertsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<ExpertFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryOwnInstitutionsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<InstitutionFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryOwnLessonsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<LessonFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryOwnProjectArgs = {
  id: Scalars['ID']['input'];
};


export type QueryOwnProjectsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<ProjectFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
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

/** A reference to a related project, possibly another agency's, by id (resolved by the network subgraph). */
export type RelatedRef = {
  __typename?: 'RelatedRef';
  id: Scalars['ID']['output'];
  type: RelatedActivityType;
};

export type ReportComment = {
  __typename?: 'ReportComment';
  agency: Agency;
  at: Scalars['DateTime']['output'];
  text: Scalars['String']['output'];
  user: Scalars['String']['output'];
};

export type RequestStats = {
  __typename?: 'RequestStats';
  key: Scalars['String']['output'];
  ownCooperationRequestStats: Maybe<Scalars['StatsPart']['output']>;
};

/** Where a request for cooperation stands. Moves: SUBMITTED to UNDER_APPRAISAL or DECLINED; UNDER_APPRAISAL to ACCEPTED or DECLINED; ACCEPTED to CONVERTED (by converting it into a project); SUBMITTED or UNDER_APPRAISAL to WITHDRAWN (by the requesting side). Any other move is refused with INVALID_TRANSITION. */
export type RequestStatus =
  | 'ACCEPTED'
  | 'CONVERTED'
  | 'DECLINED'
  | 'SUBMITTED'
  | 'UNDER_APPRAISAL'
  | 'WITHDRAWN';

/** A move of a request between states: who made it, when, and why. */
export type RequestTransition = {
  __typename?: 'RequestTransition';
  agency: Agency;
  at: Scalars['DateTime']['output'];
  comment: Maybe<Scalars['String']['output']>;
  from: Maybe<RequestStatus>;
  to: RequestStatus;
  user: Scalars['String']['output'];
};

/** The institution that asked for cooperation. */
export type Requester = {
  __typename?: 'Requester';
  /** The federation agency through which it asked, when it asked through one. */
  agency: Maybe<Agency>;
  country: Country;
  name: Scalars['String']['output'];
};

export type RequesterInput = {
  /** ISO 3166-1 alpha-2. */
  country: Scalars['String']['input'];
  name: Scalars['String']['input'];
};

/** An IATI result: type (output, outcome, impact), title and indicators. */
export type Result = {
  __typename?: 'Result';
  indicators: Array<Indicator>;
  /** The title in `lang` (ISO 639-1) where the result has it, else in the project's own language. */
  title: Scalars['String']['output'];
  /** The title in every other language the result has it in. */
  titleTranslations: Array<Translation>;
  type: IatiCode;
};


/** An IATI result: type (output, outcome, impact), title and indicators. */
export type ResultTitleArgs = {
  lang?: InputMaybe<Scalars['String']['input']>;
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

export type SdgGoal = {
  __typename?: 'SdgGoal';
  goal: Scalars['Int']['output'];
};

export type Sector = {
  __typename?: 'Sector';
  code: Scalars['String']['output'];
};

export type SignOff = {
  __typename?: 'SignOff';
  agency: Agency;
  at: Scalars['DateTime']['output'];
  user: Scalars['String']['output'];
};

/** A text in one language. */
export type Translation = {
  __typename?: 'Translation';
  /** ISO 639-1 (IATI Language code list). */
  lang: Scalars['String']['output'];
  text: Scalars['String']['output'];
};

export type TranslationInput = {
  /** ISO 639-1 (IATI Language code list). */
  lang: Scalars['String']['input'];
  text: Scalars['String']['input'];
};
