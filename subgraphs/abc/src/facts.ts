/** ABC's seed records grounded in public facts (see docs/SOURCES.md). Numbers 1-99 only. */
import { JBPP_INSTRUMENT, PROSAVANA, type SeedData, SOYBEAN_CYCLE, trainingRecord } from '@ssc/agency-kit/seed';

const CYCLE = SOYBEAN_CYCLE;
const { abc: OFFICER, abcEvaluator: EVALUATOR, indonesia: IDN_OFFICER } = CYCLE.users;

export const facts: SeedData = {
  institutions: [
    { id: 'ABC-I-000001', name: 'Brazilian Agricultural Research Corporation', acronym: 'Embrapa', country: 'BR', organisationType: '15' },
    { id: 'ABC-I-000002', name: 'Agricultural Research Institute of Mozambique', acronym: 'IIAM', country: 'MZ', organisationType: '10' },
    {
      id: 'ABC-I-000003',
      name: 'Ministry of External Relations of Brazil (Palácio Itamaraty)',
      acronym: 'MRE',
      country: 'BR',
      organisationType: '10',
    },
    { id: 'ABC-I-000004', name: 'Oswaldo Cruz Foundation', acronym: 'Fiocruz', country: 'BR', organisationType: '15' },
    { id: 'ABC-I-000005', name: 'Ministry of Agriculture of Indonesia', country: 'ID', organisationType: '10' },
  ],
  projects: [
    trainingRecord('ABC', {
      participants: [
        { role: 'PROVIDER', organisationRole: 'ACCOUNTABLE', name: 'Brazilian Cooperation Agency', country: 'BR', agencyCode: 'ABC' },
        {
          role: 'PROVIDER',
          organisationRole: 'IMPLEMENTING',
          name: 'Ministry of External Relations of Brazil (Palácio Itamaraty)',
          country: 'BR',
          institutionId: 'ABC-I-000003',
        },
        {
          role: 'FACILITATOR',
          organisationRole: 'FUNDING',
          name: 'Japan International Cooperation Agency',
          country: 'JP',
          agencyCode: 'JICA',
        },
        {
          role: 'FACILITATOR',
          organisationRole: 'IMPLEMENTING',
          name: 'United Nations Office for South-South Cooperation',
          agencyCode: 'UNOSSC',
        },
        {
          role: 'RECIPIENT',
          organisationRole: 'IMPLEMENTING',
          name: 'Bureau for Technical Cooperation, Ministry of State Secretariat',
          country: 'ID',
          agencyCode: 'INDONESIA',
        },
      ],
      extra: { programme_line: 'TRILATERAL_WITH_INTERNATIONAL_ORGANISATIONS' },
    }),
    {
      id: PROSAVANA.ids.ABC,
      iatiLocalId: 'PROSAVANA-JBM-PI',
      title: PROSAVANA.title,
      description: PROSAVANA.description,
      narratives: [
        {
          field: 'TITLE',
          lang: 'pt',
          text: 'ProSAVANA-JBM: componente de pesquisa (melhoria da capacidade de pesquisa e de transferência de tecnologia no Corredor de Nacala)',
        },
      ],
      status: 'CLOSED',
      modality: 'TRIANGULAR',
      collaborationType: '8',
      plannedStart: '2011-05-01',
      plannedEnd: '2016-04-30',
      actualStart: '2011-05-01',
      actualEnd: '2016-04-30',
      recipientCountries: [...PROSAVANA.recipientCountries],
      sectors: [...PROSAVANA.sectors],
      sdgs: [...PROSAVANA.sdgs],
      budget: { amount: 3_600_000, currency: 'USD' },
      participants: [
        {
          role: 'PROVIDER',
          organisationRole: 'FUNDING',
          name: 'Brazilian Cooperation Agency',
          nameTranslations: [{ lang: 'pt', text: 'Agência Brasileira de Cooperação' }],
          country: 'BR',
          agencyCode: 'ABC',
        },
        {
          role: 'PROVIDER',
          organisationRole: 'IMPLEMENTING',
          name: 'Brazilian Agricultural Research Corporation',
          nameTranslations: [{ lang: 'pt', text: 'Empresa Brasileira de Pesquisa Agropecuária' }],
          country: 'BR',
          institutionId: 'ABC-I-000001',
        },
        {
          role: 'FACILITATOR',
          organisationRole: 'FUNDING',
          name: 'Japan International Cooperation Agency',
          nameTranslations: [{ lang: 'ja', text: '独立行政法人国際協力機構' }],
          country: 'JP',
          agencyCode: 'JICA',
        },
        {
          role: 'RECIPIENT',
          organisationRole: 'IMPLEMENTING',
          name: 'Agricultural Research Institute of Mozambique',
          nameTranslations: [{ lang: 'pt', text: 'Instituto de Investigação Agrária de Moçambique' }],
          country: 'MZ',
          institutionId: 'ABC-I-000002',
        },
      ],
      related: [
        { type: 'THIRD_PARTY', id: PROSAVANA.ids.JICA },
        { type: 'PARENT', id: 'ABC-P-000003' },
      ],
      extra: { programme_line: 'TRILATERAL_WITH_DEVELOPED_COUNTRIES' },
    },
    {
      id: 'ABC-P-000003',
      iatiLocalId: 'JBPP',
      title: 'Japan-Brazil Partnership Programme (JBPP)',
      description:
        'Framework of Japan-Brazil triangular cooperation, signed in 2000, under which ABC and JICA jointly offer training ' +
        'and technical cooperation to third countries in Latin America and Africa.',
      status: 'IMPLEMENTATION',
      modality: 'TRIANGULAR',
      collaborationType: '8',
      plannedStart: '2000-03-28',
      actualStart: '2000-03-28',
      recipientCountries: ['MZ', 'AO', 'PY', 'BO', 'HT'],
      sectors: ['15123'],
      sdgs: [17],
      participants: [
        { role: 'PROVIDER', organisationRole: 'ACCOUNTABLE', name: 'Brazilian Cooperation Agency', country: 'BR', agencyCode: 'ABC' },
        {
          role: 'FACILITATOR',
          organisationRole: 'FUNDING',
          name: 'Japan International Cooperation Agency',
          country: 'JP',
          agencyCode: 'JICA',
        },
      ],
      related: [
        { type: 'THIRD_PARTY', id: 'JICA-P-000003' },
        { type: 'CHILD', id: PROSAVANA.ids.ABC },
      ],
      extra: { programme_line: 'TRILATERAL_WITH_DEVELOPED_COUNTRIES' },
    },
    {
      id: CYCLE.projectId,
      iatiLocalId: 'ID-SOY-2026',
      title: CYCLE.title,
      description:
        'Illustrative record of the cooperation cycle (see docs/SOURCES.md): converted from request ABC-R-000001 of the Ministry ' +
        'of Agriculture of Indonesia. Embrapa shares research on tropical soybean production systems with Indonesian researchers ' +
        'and extension staff, with field trials of adapted varieties.',
      status: 'IMPLEMENTATION',
      modality: 'BILATERAL',
      collaborationType: '1',
      plannedStart: CYCLE.start,
      plannedEnd: CYCLE.end,
      actualStart: CYCLE.start,
      recipientCountries: ['ID'],
      sectors: ['31182', '31161'],
      sdgs: [2, 17],
      budget: { amount: 850_000, currency: 'USD' },
      participants: [
        { role: 'PROVIDER', organisationRole: 'EXTENDING', name: 'Brazilian Cooperation Agency', country: 'BR', agencyCode: 'ABC' },
        {
          role: 'PROVIDER',
          organisationRole: 'IMPLEMENTING',
          name: 'Brazilian Agricultural Research Corporation',
          country: 'BR',
          institutionId: 'ABC-I-000001',
        },
        {
          role: 'RECIPIENT',
          organisationRole: 'IMPLEMENTING',
          name: 'Ministry of Agriculture of Indonesia',
          nameTranslations: [
            { lang: 'id', text: 'Kementerian Pertanian Republik Indonesia' },
            { lang: 'pt', text: 'Ministério da Agricultura da Indonésia' },
          ],
          country: 'ID',
          institutionId: 'ABC-I-000005',
          agencyCode: 'INDONESIA',
        },
      ],
      results: [
        {
          type: '1',
          title: 'Capacity for tropical soybean research and extension strengthened at the Ministry of Agriculture',
          titleTranslations: [
            { lang: 'pt', text: 'Capacidade de pesquisa e extensão em soja tropical fortalecida no Ministério da Agricultura' },
            { lang: 'id', text: 'Kapasitas penelitian dan penyuluhan kedelai tropis di Kementerian Pertanian diperkuat' },
          ],
          indicators: [
            {
              ref: '1.1',
              title: 'Researchers and extension staff trained',
              titleTranslations: [
                { lang: 'pt', text: 'Pesquisadores e extensionistas capacitados' },
                { lang: 'id', text: 'Peneliti dan penyuluh yang dilatih' },
              ],
              measure: '1',
              ascending: true,
              baselineYear: 2026,
              baselineValue: 0,
              targetValue: 40,
            },
            {
              ref: '1.2',
              title: 'Field trials of adapted varieties established',
              measure: '1',
              ascending: true,
              baselineYear: 2026,
              baselineValue: 0,
              targetValue: 12,
            },
          ],
        },
        {
          type: '2',
          title: 'Adapted production systems validated with farmers',
          indicators: [
            {
              ref: '2.1',
              title: 'Average soybean yield in the trial plots (t/ha)',
              titleTranslations: [
                { lang: 'pt', text: 'Produtividade média de soja nas parcelas de ensaio (t/ha)' },
                { lang: 'id', text: 'Rata-rata hasil kedelai di petak uji coba (t/ha)' },
              ],
              measure: '1',
              ascending: true,
              baselineYear: 2025,
              baselineValue: 1.5,
              targetValue: 2.5,
            },
          ],
        },
      ],
      reportingIntervalMonths: 6,
      requestId: CYCLE.requestId,
      confirmations: [
        {
          agency: 'INDONESIA',
          user: IDN_OFFICER,
          at: '2026-02-10T03:00:00.000Z',
          comment: 'Participation confirmed: the Ministry of Agriculture has named its counterpart team.',
        },
      ],
      extra: { programme_line: 'BILATERAL_TECHNICAL_COOPERATION' },
    },
  ],
  evaluations: [
    {
      id: 'ABC-E-000001',
      projectId: PROSAVANA.ids.JICA,
      type: 'FINAL',
      date: '2016-06-30',
      evaluators: ['ABC'],
      ratings: {
        RELEVANCE: { score: 3, narrative: "Responds to Mozambique's agricultural research priorities for the Nacala Corridor." },
        COHERENCE: { score: 2, narrative: 'Research agenda linked to the planning and extension components.' },
        EFFECTIVENESS: { score: 2, narrative: 'Research capacity of IIAM strengthened; technology transfer partly achieved.' },
        EFFICIENCY: { score: 2, narrative: 'Some delays in laboratory equipment.' },
        IMPACT: { score: 2, narrative: 'Improved varieties tested with farmers in the corridor.' },
        SUSTAINABILITY: { score: 2, narrative: "Depends on IIAM's research budget." },
      },
      overallRating: 'B',
      overallRatingJustification:
        "The rule gives C (the scores add up to 13); ABC rates B because relevance to Mozambique's research priorities was high (illustrative).",
      findings: "ABC's evaluation of JICA's record of the research component (illustrative ratings, see SOURCES.md).",
      lessons: 'Joint research agendas agreed with the recipient institution from the start increase ownership.',
      recommendations: 'Share monitoring data among the three partners every semester.',
      signOffs: [{ agency: 'ABC', user: EVALUATOR, at: '2016-06-30T15:00:00.000Z' }],
    },
    {
      id: 'ABC-E-000002',
      projectId: 'ABC-P-000003',
      type: 'JOINT',
      date: '2026-10-30',
      evaluators: ['ABC', 'JICA'],
      ratings: {
        RELEVANCE: { score: 3, narrative: 'Third countries keep asking for the jointly offered courses.' },
        COHERENCE: { score: 3, narrative: "Courses build on both partners' bilateral programmes in the same countries." },
        EFFECTIVENESS: { score: 3, narrative: 'Courses and joint projects delivered as agreed each year.' },
        EFFICIENCY: { score: 2, narrative: 'Two planning cycles, one per agency, duplicate some work.' },
        IMPACT: { score: 2, narrative: 'Results are measured course by course, not for the programme as a whole.' },
        SUSTAINABILITY: { score: 2, narrative: 'Depends on both agencies renewing their annual commitments.' },
      },
      overallRating: 'A',
      overallRatingJustification:
        'The rule gives B because impact is rated 2; the evaluators rate the programme A because its impact is measured only course by course.',
      findings: 'Joint review of the Japan-Brazil Partnership Programme by ABC and JICA (illustrative ratings, see SOURCES.md).',
      lessons: 'A single joint planning cycle would save both agencies time.',
      recommendations: 'Agree programme-level indicators for the JBPP and report on them every year.',
      // final: both named parties have signed it off
      status: 'FINAL',
      signOffs: [
        { agency: 'ABC', user: EVALUATOR, at: '2026-11-05T14:00:00.000Z' },
        { agency: 'JICA', user: 'jica-evaluator', at: '2026-11-12T02:00:00.000Z' },
      ],
    },
  ],
  requests: [
    {
      id: CYCLE.requestId,
      title: CYCLE.title,
      description:
        'The Ministry of Agriculture of Indonesia asks ABC for cooperation with Embrapa on tropical soybean production systems: ' +
        'training of researchers and extension staff, and field trials of adapted varieties (illustrative request).',
      sectors: ['31182', '31161'],
      sdgs: [2, 17],
      requester: { name: 'Ministry of Agriculture of Indonesia', country: 'ID', agency: 'INDONESIA' },
      desiredModality: 'BILATERAL',
      contact: { name: 'International cooperation desk', email: 'soybean.cooperation@example.org' },
      submittedAt: '2025-08-18T02:30:00.000Z',
      submittedBy: IDN_OFFICER,
      submittedByAgency: 'INDONESIA',
      moves: [
        {
          to: 'UNDER_APPRAISAL',
          at: '2025-09-02T13:10:00.000Z',
          user: OFFICER,
          agency: 'ABC',
          comment: 'Appraisal started with Embrapa; appraisal mission to Indonesia planned for October.',
        },
        {
          to: 'ACCEPTED',
          at: '2025-11-14T17:45:00.000Z',
          user: OFFICER,
          agency: 'ABC',
          comment: 'Appraisal mission with the Ministry of Agriculture and Embrapa completed; approved.',
        },
        { to: 'CONVERTED', at: '2026-01-26T14:00:00.000Z', user: OFFICER, agency: 'ABC', comment: `converted into ${CYCLE.projectId}` },
      ],
      projectId: CYCLE.projectId,
    },
    {
      id: 'ABC-R-000002',
      title: 'Training of laboratory technicians of the Agricultural Research Institute of Mozambique in soil analysis',
      description: 'IIAM asks ABC for a training course in soil analysis for its laboratory technicians (illustrative request).',
      sectors: ['31182'],
      sdgs: [2],
      requester: { name: 'Agricultural Research Institute of Mozambique', country: 'MZ' },
      desiredModality: 'BILATERAL',
      submittedAt: '2026-02-10T12:20:00.000Z',
      submittedBy: OFFICER,
      submittedByAgency: 'ABC',
      moves: [
        { to: 'UNDER_APPRAISAL', at: '2026-02-24T14:00:00.000Z', user: OFFICER, agency: 'ABC', comment: 'Sent to Embrapa for an opinion.' },
        {
          to: 'DECLINED',
          at: '2026-04-15T16:30:00.000Z',
          user: OFFICER,
          agency: 'ABC',
          comment: 'The same training is offered in 2027 under the Japan-Brazil Partnership Programme; IIAM is invited to apply there.',
        },
      ],
    },
    {
      id: 'ABC-R-000003',
      title: 'Exchange of experience on demand intake and talent banks for South-South cooperation',
      description:
        "Indonesia's Bureau for Technical Cooperation asks ABC to share its procedures for receiving requests for cooperation " +
        'and for keeping a bank of experts, two lessons of the 2013 training in Brasília (illustrative request).',
      sectors: ['15123'],
      sdgs: [17],
      requester: { name: 'Bureau for Technical Cooperation, Ministry of State Secretariat', country: 'ID', agency: 'INDONESIA' },
      desiredModality: 'BILATERAL',
      contact: { name: 'International cooperation desk', email: 'sstc.exchange@example.org' },
      submittedAt: '2026-11-09T03:40:00.000Z',
      submittedBy: IDN_OFFICER,
      submittedByAgency: 'INDONESIA',
    },
    {
      id: 'ABC-R-000004',
      title: 'Support to rice seed production in Guinea-Bissau',
      description:
        'The Ministry of Agriculture and Rural Development of Guinea-Bissau asks ABC for support to the production of certified ' +
        'rice seed (illustrative request).',
      sectors: ['31161'],
      sdgs: [1, 2],
      requester: { name: 'Ministry of Agriculture and Rural Development of Guinea-Bissau', country: 'GW' },
      desiredModality: 'BILATERAL',
      submittedAt: '2026-05-06T11:00:00.000Z',
      submittedBy: OFFICER,
      submittedByAgency: 'ABC',
      moves: [
        { to: 'UNDER_APPRAISAL', at: '2026-05-20T13:30:00.000Z', user: OFFICER, agency: 'ABC', comment: 'Sent to Embrapa for an opinion.' },
        {
          to: 'ACCEPTED',
          at: '2026-09-30T15:15:00.000Z',
          user: OFFICER,
          agency: 'ABC',
          comment: 'Embrapa can second two researchers in 2027.',
        },
      ],
    },
  ],
  reports: [
    {
      id: 'ABC-M-000001',
      projectId: CYCLE.projectId,
      periodStart: '2026-03-02',
      periodEnd: '2026-08-31',
      side: 'PROVIDER',
      agency: 'ABC',
      author: OFFICER,
      summary:
        'First semester: inception workshop with the Ministry of Agriculture; first training module for researchers and ' +
        'extension staff; five field trials of adapted varieties sown.',
      progress: [
        {
          indicatorRef: '1.1',
          indicatorTitle: 'Researchers and extension staff trained',
          baselineValue: 0,
          targetValue: 40,
          actualValue: 18,
          comment: null,
        },
        {
          indicatorRef: '1.2',
          indicatorTitle: 'Field trials of adapted varieties established',
          baselineValue: 0,
          targetValue: 12,
          actualValue: 5,
          comment: null,
        },
        {
          indicatorRef: '2.1',
          indicatorTitle: 'Average soybean yield in the trial plots (t/ha)',
          baselineValue: 1.5,
          targetValue: 2.5,
          actualValue: 1.6,
          comment: 'First harvest of two trials only.',
          commentTranslations: [
            { lang: 'pt', text: 'Primeira colheita de apenas dois ensaios.' },
            { lang: 'id', text: 'Panen pertama dari dua uji coba saja.' },
          ],
        },
      ],
      issues: 'Phytosanitary permits for the seed samples took four months.',
      nextSteps: 'Second training module; seven more trials in the next planting season.',
      createdAt: '2026-09-15T14:00:00.000Z',
      comments: [
        {
          agency: 'INDONESIA',
          user: IDN_OFFICER,
          at: '2026-09-22T04:00:00.000Z',
          text: 'Figures agreed. The Ministry of Agriculture will host the second training module.',
        },
      ],
    },
    {
      id: 'ABC-M-000002',
      projectId: CYCLE.projectId,
      periodStart: '2026-03-02',
      periodEnd: '2026-08-31',
      side: 'RECIPIENT',
      agency: 'INDONESIA',
      author: IDN_OFFICER,
      summary:
        "Recipient side: 18 staff trained (12 researchers, 6 extension officers); counterpart team in place; trial plots managed by the Ministry's staff.",
      progress: [
        {
          indicatorRef: '1.1',
          indicatorTitle: 'Researchers and extension staff trained',
          baselineValue: 0,
          targetValue: 40,
          actualValue: 18,
          comment: null,
        },
        {
          indicatorRef: '1.2',
          indicatorTitle: 'Field trials of adapted varieties established',
          baselineValue: 0,
          targetValue: 12,
          actualValue: 5,
          comment: null,
        },
        {
          indicatorRef: '2.1',
          indicatorTitle: 'Average soybean yield in the trial plots (t/ha)',
          baselineValue: 1.5,
          targetValue: 2.5,
          actualValue: 1.7,
          comment: 'Measured on the two harvested trials.',
          commentTranslations: [{ lang: 'id', text: 'Diukur pada dua uji coba yang sudah dipanen.' }],
        },
      ],
      issues: 'Two of the trained extension officers moved to other posts.',
      nextSteps: 'Name two replacement extension officers before the second module.',
      createdAt: '2026-09-25T03:30:00.000Z',
      comments: [
        {
          agency: 'ABC',
          user: OFFICER,
          at: '2026-09-29T13:00:00.000Z',
          text: 'Agreed; Embrapa will add the replacement officers to the second module.',
        },
      ],
    },
  ],
  experts: [
    {
      id: 'ABC-X-000001',
      name: 'Mariana Tavares Quintela',
      nationality: 'BR',
      sectors: ['31182', '31161'],
      languages: ['pt', 'en', 'es'],
      expertiseSummary:
        'Agronomist (fictional person) specialised in tropical soybean breeding and production systems; team leader of ABC-P-000004.',
      contact: { name: 'Mariana Tavares Quintela', email: 'mariana.quintela@example.org' },
      availability: [{ from: '2028-03-01', to: '2028-12-15' }],
      deployments: [
        { projectId: CYCLE.projectId, role: 'Team leader, soybean production systems', startDate: CYCLE.start, endDate: CYCLE.end },
      ],
    },
    {
      id: 'ABC-X-000002',
      name: 'Rafael Monteiro Aguiar',
      nationality: 'BR',
      sectors: ['31166', '31161'],
      languages: ['pt', 'en', 'fr'],
      expertiseSummary:
        'Extension specialist (fictional person): farmer field schools and training of extension workers in Portuguese-speaking Africa.',
      contact: { name: 'Rafael Monteiro Aguiar', email: 'rafael.aguiar@example.org' },
      availability: [{ from: '2026-12-01', to: '2027-05-31' }],
    },
    {
      id: 'ABC-X-000003',
      name: 'Helena Brandão Lacerda',
      nationality: 'BR',
      sectors: ['12250', '12220'],
      languages: ['pt', 'es', 'fr'],
      expertiseSummary: 'Public health specialist (fictional person): disease surveillance and primary health care.',
      contact: { name: 'Helena Brandão Lacerda', email: 'helena.lacerda@example.org' },
      availability: [
        { from: '2027-01-04', to: '2027-06-30' },
        { from: '2028-01-10', to: '2028-07-31' },
      ],
    },
  ],
  lessons: [
    {
      id: 'ABC-L-000001',
      title: 'Agree the research agenda with the recipient institution from the start',
      summary:
        "ABC's evaluation of the ProSAVANA-JBM research component (illustrative ratings) found that research agendas agreed " +
        "with Mozambique's IIAM from the start increase ownership, and recommends sharing monitoring data among the three partners every semester.",
      projectId: PROSAVANA.ids.ABC,
      evaluationId: 'ABC-E-000001',
      sectors: [...PROSAVANA.sectors],
      countries: ['MZ'],
      createdAt: '2026-04-20T13:00:00.000Z',
      createdBy: EVALUATOR,
      publishedAt: '2026-05-12T15:00:00.000Z',
    },
    {
      id: 'ABC-L-000002',
      title: 'Appraise the request together with the requesting ministry',
      summary:
        'The joint appraisal mission with the Ministry of Agriculture of Indonesia and Embrapa settled the research questions and ' +
        'the counterpart team before conversion, so the project started three weeks after Indonesia confirmed its participation (illustrative).',
      projectId: CYCLE.projectId,
      sectors: ['31182'],
      countries: ['ID'],
      createdAt: '2026-03-20T12:00:00.000Z',
      createdBy: OFFICER,
    },
  ],
  profile: {
    mandate:
      'Agency of the Ministry of External Relations of Brazil that negotiates, coordinates, implements and monitors Brazil’s ' +
      'technical cooperation programmes and projects with partner countries and international organisations.',
    legalInstruments: [
      {
        kind: 'DECREE',
        number: '94.973',
        year: 1987,
        title: 'Decree No. 94.973 of 25 September 1987',
        scope:
          'Approves the statute of the Alexandre de Gusmão Foundation (FUNAG) and places the Brazilian Cooperation Agency (ABC), ' +
          'with financial autonomy, within FUNAG’s structure.',
      },
      JBPP_INSTRUMENT,
    ],
    coordinationMechanisms: [
      {
        name: 'Brazilian technical cooperation with national implementing institutions',
        role:
          'ABC negotiates and coordinates the cooperation with partner countries; Brazilian public institutions carry out the ' +
          'technical work; ABC monitors the projects.',
        members: [
          { name: 'Ministry of External Relations of Brazil', country: 'BR' },
          { name: 'Brazilian Agricultural Research Corporation (Embrapa)', country: 'BR' },
          { name: 'Oswaldo Cruz Foundation (Fiocruz)', country: 'BR' },
        ],
      },
      {
        name: 'Japan-Brazil Partnership Programme',
        role: 'ABC and JICA jointly plan and offer triangular cooperation to third countries.',
        members: [
          { name: 'Brazilian Cooperation Agency', country: 'BR' },
          { name: 'Japan International Cooperation Agency', country: 'JP' },
        ],
      },
    ],
    focalPoints: [
      {
        position: 'Officer for triangular cooperation with Japan',
        area: 'Japan-Brazil Partnership Programme',
        email: 'jbpp.abc@example.org',
      },
      {
        position: 'Officer for South-South cooperation with Asia',
        area: 'Asia, including requests from Indonesia',
        email: 'asia.abc@example.org',
      },
      { position: 'Officer for South-South cooperation with Africa', area: 'Portuguese-speaking African countries' },
    ],
  },
};
