/**
 * The cooperation cycle: the agency's profile, requests for cooperation and their moves,
 * project results and monitoring reports, the talent bank, lessons. Landed: never edit.
 * Ranks of instants (`submitted_rank`, `published_rank`) are written by the application
 * (contract `instantRank`), so that PostgreSQL and the network subgraph order alike.
 */
import { type Kysely, sql } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table agency_profile (
      singleton boolean primary key default true check (singleton),
      mandate text check (length(mandate) <= 20000),
      legal_instruments jsonb not null default '[]',
      coordination_mechanisms jsonb not null default '[]',
      focal_points jsonb not null default '[]',
      updated_at timestamptz,
      updated_by text,
      version integer not null default 0
    );

    create sequence request_numbers;
    create table cooperation_requests (
      id text collate "C" primary key,
      title text not null check (length(title) between 1 and 500),
      description text check (length(description) <= 20000),
      sectors text[] not null default '{}',
      sdgs smallint[] not null default '{}',
      requester_name text not null check (length(requester_name) between 1 and 300),
      requester_country char(2) not null,
      requester_agency text,
      desired_modality text check (desired_modality in ('BILATERAL', 'TRIANGULAR', 'REGIONAL')),
      contact jsonb,
      status text not null default 'SUBMITTED'
        check (status in ('SUBMITTED', 'UNDER_APPRAISAL', 'ACCEPTED', 'DECLINED', 'CONVERTED')),
      decline_reason text,
      project_id text collate "C",
      submitted_at timestamptz not null,
      submitted_rank bigint not null,
      submitted_by text not null,
      submitted_by_agency text not null,
      updated_at timestamptz not null default now(),
      version integer not null default 1,
      check ((status = 'CONVERTED') = (project_id is not null))
    );
    create index requests_order on cooperation_requests (submitted_rank, id);
    create index requests_country on cooperation_requests (requester_country);
    create index requests_sectors on cooperation_requests using gin (sectors);
    create table request_transitions (
      request_id text collate "C" not null references cooperation_requests (id) on delete cascade,
      position smallint not null,
      from_status text,
      to_status text not null,
      user_id text not null,
      agency text not null,
      at timestamptz not null default now(),
      comment text check (length(comment) <= 2000),
      primary key (request_id, position)
    );

    alter table projects
      add column request_id text collate "C" references cooperation_requests (id),
      add column results jsonb not null default '[]',
      add column reporting_interval_months smallint not null default 6 check (reporting_interval_months between 1 and 24),
      add column last_report_end date;
    alter table cooperation_requests add foreign key (project_id) references projects (id);

    create sequence report_numbers;
    create table monitoring_reports (
      id text collate "C" primary key,
      project_id text collate "C" not null references projects (id) on delete cascade,
      period_start date not null,
      period_end date not null,
      side text not null,
      agency text not null,
      author text not null,
      summary text check (length(summary) <= 20000),
      progress jsonb not null default '[]',
      issues text check (length(issues) <= 20000),
      next_steps text check (length(next_steps) <= 20000),
      created_at timestamptz not null default now(),
      check (period_end >= period_start)
    );
    create index reports_by_project on monitoring_reports (project_id, period_end desc, id);
    create table report_comments (
      id bigserial primary key,
      report_id text collate "C" not null references monitoring_reports (id) on delete cascade,
      agency text not null,
      user_id text not null,
      at timestamptz not null default now(),
      text text not null check (length(text) between 1 and 2000)
    );
    create index comments_by_report on report_comments (report_id, id);

    alter table evaluations add column overall_rating_justification text check (length(overall_rating_justification) <= 2000);

    create sequence expert_numbers;
    create table experts (
      id text collate "C" primary key,
      name text not null check (length(name) between 1 and 300),
      sort_name text collate "C" not null,
      nationality char(2) not null,
      sectors text[] not null default '{}',
      languages text[] not null default '{}',
      expertise_summary text check (length(expertise_summary) <= 20000),
      contact jsonb,
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now(),
      version integer not null default 1,
      created_by text,
      updated_by text
    );
    create index experts_order on experts (sort_name, id);
    create index experts_sectors on experts using gin (sectors);
    create index experts_languages on experts using gin (languages);
    create table expert_availability (
      expert_id text collate "C" not null references experts (id) on delete cascade,
      available_from date not null,
      available_to date not null,
      check (available_to >= available_from)
    );
    create index availability_by_expert on expert_availability (expert_id, available_from);
    create table expert_deployments (
      id bigserial primary key,
      expert_id text collate "C" not null references experts (id) on delete cascade,
      project_id text collate "C" not null,
      role text not null check (length(role) between 1 and 300),
      start_date date not null,
      end_date date not null,
      created_at timestamptz not null default now(),
      created_by text,
      check (end_date >= start_date)
    );
    create index deployments_by_expert on expert_deployments (expert_id, start_date);
    create index deployments_by_project on expert_deployments (project_id);

    create sequence lesson_numbers;
    create table lessons (
      id text collate "C" primary key,
      title text not null check (length(title) between 1 and 500),
      summary text not null check (length(summary) between 1 and 20000),
      project_id text collate "C",
      evaluation_id text collate "C",
      sectors text[] not null default '{}',
      countries text[] not null default '{}',
      public boolean not null default false,
      published_at timestamptz,
      published_rank bigint not null default 9007199254740991,
      created_at timestamptz not null default now(),
      created_by text not null,
      check (public = (published_at is not null))
    );
    create index lessons_order on lessons (published_rank, id);
    create index lessons_project on lessons (project_id);
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`
    drop table lessons, expert_deployments, expert_availability, experts, report_comments, monitoring_reports;
    alter table cooperation_requests drop constraint if exists cooperation_requests_project_id_fkey;
    alter table projects drop column request_id, drop column results, drop column reporting_interval_months, drop column last_report_end;
    alter table evaluations drop column overall_rating_justification;
    drop table request_transitions, cooperation_requests, agency_profile;
    drop sequence request_numbers, report_numbers, expert_numbers, lesson_numbers;
  `.execute(db);
}
