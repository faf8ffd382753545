/**
 * The tables every agency database has. Landed: never edit; add a new migration instead.
 * Ordering columns (`start_rank`, `date_rank`, `sort_name`, ids) use the "C" collation so that
 * PostgreSQL and the network subgraph's merge order records identically.
 */
import { type Kysely, sql } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table institutions (
      id text collate "C" primary key,
      name text not null check (length(name) between 1 and 300),
      sort_name text collate "C" not null,
      acronym text check (length(acronym) <= 40),
      country_code char(2),
      organisation_type text not null,
      iati_identifier text unique,
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now(),
      version integer not null default 1,
      created_by text,
      updated_by text
    );
    create index institutions_order on institutions (sort_name, id);
    create index institutions_country on institutions (country_code);

    create table projects (
      id text collate "C" primary key,
      iati_identifier text not null unique,
      title text not null check (length(title) between 1 and 500),
      description text check (length(description) <= 20000),
      status smallint not null check (status between 1 and 6),
      modality text not null check (modality in ('BILATERAL', 'TRIANGULAR', 'REGIONAL')),
      collaboration_type text,
      planned_start date,
      planned_end date,
      actual_start date,
      actual_end date,
      start_date date generated always as (coalesce(actual_start, planned_start)) stored,
      end_date date generated always as (coalesce(actual_end, planned_end)) stored,
      start_rank integer generated always as
        (coalesce(date '9999-12-31' - coalesce(actual_start, planned_start), 2147483647)) stored,
      recipient_countries text[] not null default '{}',
      countries text[] not null default '{}',
      sectors text[] not null default '{}',
      sdgs smallint[] not null default '{}',
      budget_amount numeric(18, 2) check (budget_amount >= 0),
      budget_currency char(3),
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now(),
      version integer not null default 1,
      created_by text,
      updated_by text,
      check (planned_end is null or planned_start is null or planned_end >= planned_start),
      check (actual_end is null or actual_start is null or actual_end >= actual_start),
      check ((budget_amount is null) = (budget_currency is null))
    );
    create index projects_order on projects (start_rank, id);
    create index projects_countries on projects using gin (countries);
    create index projects_sectors on projects using gin (sectors);
    create index projects_sdgs on projects using gin (sdgs);
    create index projects_text on projects
      using gin (to_tsvector('simple', title || ' ' || coalesce(description, '')));
    create index projects_status on projects (status);

    create table project_participants (
      project_id text collate "C" not null references projects (id) on delete cascade,
      position smallint not null,
      role text not null check (role in ('PROVIDER', 'FACILITATOR', 'RECIPIENT', 'FUNDER')),
      organisation_role smallint not null check (organisation_role between 1 and 4),
      name text not null,
      country_code char(2),
      institution_id text collate "C" references institutions (id),
      agency_code text,
      primary key (project_id, position)
    );
    create index participants_institution on project_participants (institution_id);

    create table project_relations (
      project_id text collate "C" not null references projects (id) on delete cascade,
      related_id text collate "C" not null,
      type smallint not null check (type between 1 and 5),
      primary key (project_id, related_id)
    );
    create index relations_related on project_relations (related_id);

    create table evaluations (
      id text collate "C" primary key,
      project_id text collate "C" not null,
      type text not null check (type in ('MID_TERM', 'FINAL', 'EX_POST', 'JOINT')),
      date date not null,
      date_rank integer generated always as (date '9999-12-31' - date) stored,
      evaluators text[] not null check (cardinality(evaluators) >= 1),
      overall_rating char(1) check (overall_rating in ('A', 'B', 'C', 'D')),
      findings text,
      lessons text,
      recommendations text,
      report_url text,
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now(),
      version integer not null default 1,
      created_by text,
      updated_by text
    );
    create index evaluations_order on evaluations (date_rank, id);
    create index evaluations_project on evaluations (project_id);
    create index evaluations_evaluators on evaluations using gin (evaluators);

    create table evaluation_ratings (
      evaluation_id text collate "C" not null references evaluations (id) on delete cascade,
      criterion text not null check (criterion in
        ('RELEVANCE', 'COHERENCE', 'EFFECTIVENESS', 'EFFICIENCY', 'IMPACT', 'SUSTAINABILITY')),
      score smallint not null check (score between 1 and 3),
      narrative text,
      primary key (evaluation_id, criterion)
    );

    create table audit_log (
      id bigserial primary key,
      at timestamptz not null default now(),
      actor_user text,
      actor_agency text,
      request_id text,
      action text not null,
      record_id text not null,
      before jsonb,
      after jsonb
    );
    create index audit_record on audit_log (record_id, id);

    create sequence project_numbers;
    create sequence institution_numbers;
    create sequence evaluation_numbers;
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`
    drop table audit_log, evaluation_ratings, evaluations, project_relations,
      project_participants, projects, institutions;
    drop sequence project_numbers, institution_numbers, evaluation_numbers;
  `.execute(db);
}
