/**
 * Repository functions of an agency database, gathered: each record kind keeps its reads and
 * writes in records/<kind>/repository.ts (each takes the kysely instance or a transaction
 * first); what they share is in query.ts. Reads that serve GraphQL are one SQL statement each,
 * whatever the number of records: lists return their total and page together, batch reads
 * aggregate participants, relations and ratings as JSON.
 */
export * from './query.ts';
export {
  type EvaluationKey,
  type EvaluationRow,
  evaluationSlice,
  evaluationSlicesByProject,
  evaluationsByIds,
} from './records/evaluations/repository.ts';
export { type ExpertKey, type ExpertRow, expertSlice, expertSlicesByProject, expertsByIds } from './records/experts/repository.ts';
export { type InstitutionKey, type InstitutionRow, institutionSlice, institutionsByIds } from './records/institutions/repository.ts';
export { type LessonKey, type LessonRow, lessonSlice, lessonSlicesByProject, lessonsByIds } from './records/lessons/repository.ts';
export { type ReportRow, reportById, reportsByProjects } from './records/monitoring/repository.ts';
export { type ProfileRow, profileOf } from './records/profile/repository.ts';
export { type ProjectKey, type ProjectRow, projectSlice, projectsByIds } from './records/projects/repository.ts';
export { type RequestKey, type RequestRow, requestSlice, requestsByIds } from './records/requests/repository.ts';
