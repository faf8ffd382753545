/** The monitoring mutations of the agency's schema. */
import { agencyNames, type Own } from '@ssc/contract';
import type { AgencyContext } from '../../context.ts';
import { reportToGraph } from '../../cycle-mapping.ts';
import { actorOf, answering } from '../../resolver-kit.ts';
import type { Deps } from '../common.ts';
import { reportById } from './repository.ts';
import { commentOnReport, fileReport } from './service.ts';

type FileArgs = Own.MutationFileOwnMonitoringReportArgs;
type CommentArgs = Own.MutationCommentOnOwnMonitoringReportArgs;

export function monitoringMutations(deps: Deps) {
  const { agency, db } = deps;
  const m = agencyNames(agency).mutation;
  const report = async (id: string) => reportToGraph((await reportById(db, id)) as NonNullable<Awaited<ReturnType<typeof reportById>>>);
  return {
    [m.fileMonitoringReport]: answering(async (_: unknown, a: FileArgs, ctx: AgencyContext) => {
      const id = await fileReport(deps, actorOf(agency, ctx), a.input, a.idempotencyKey);
      ctx.loaders.project.clear(a.input.projectId);
      return report(id);
    }),
    [m.commentOnMonitoringReport]: answering(async (_: unknown, a: CommentArgs, ctx: AgencyContext) =>
      report(await commentOnReport(deps, actorOf(agency, ctx), a)),
    ),
  };
}
