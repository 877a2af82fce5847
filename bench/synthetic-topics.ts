/**
 * The news beats the synthetic articles are written on. Each topic brings its own nouns,
 * organisations, roles, quotes, background sentences and figures, so articles on different
 * beats share little vocabulary (as real coverage does) and search has something to tell apart.
 * `#` in a figure template is where the number goes; `{slot}` is filled by `synthetic.ts`.
 */

/** A kind of figure, as the generator formats it. */
export type FigureKind = 'count' | 'money' | 'percent' | 'measure';

/** A sentence that carries one figure, and what that figure counts (the words a user would ask with). */
export interface FigureDef {
  text: string;
  counts: string;
  kind: FigureKind;
  min: number;
  max: number;
  /** Units for measures (`mph`); ignored otherwise. */
  units?: readonly string[];
}

/** A role phrase (`the operations director at {org}`), with the title used before a name (`Mayor`). */
export interface Role {
  phrase: string;
  title?: string;
}

export interface Topic {
  name: string;
  orgs: readonly string[];
  /** How the article names its organisation again (`the council`). */
  orgShort: readonly string[];
  things: readonly string[];
  headlines: readonly string[];
  ledes: readonly FigureDef[];
  roles: readonly Role[];
  quotes: readonly string[];
  narrative: readonly string[];
  figures: readonly FigureDef[];
  extra?: Record<string, readonly string[]>;
}

const f = (text: string, counts: string, kind: FigureKind, min: number, max: number, units?: readonly string[]): FigureDef => ({ text, counts, kind, min, max, ...(units ? { units } : {}) });

export const TOPICS: readonly Topic[] = [
  {
    name: 'storm',
    orgs: ['{place} Emergency Management Agency', '{n} Power', 'the {place} Fire and Rescue Service', '{place} Borough Council'],
    orgShort: ['agency', 'council', 'utility'],
    things: ['flood defences', 'power lines', 'sea wall', 'drainage system', 'emergency shelters', 'storm drains', 'river embankment', 'evacuation routes'],
    headlines: ['Storm {storm} leaves {place} counting the cost', 'Thousands without power as Storm {storm} batters {place}', 'Floodwater rises in {district} after Storm {storm}'],
    ledes: [
      f('Storm {storm} tore across {place} on {day}, leaving # homes without power and flooding streets in {district}.', 'homes without power', 'count', 900, 90000),
      f('Storm {storm} brought gusts of # to {place} on {day}, uprooting trees and closing {landmark}.', 'gusts', 'measure', 55, 110, ['mph', 'km/h']),
      f('Emergency crews in {place} rescued # people from flooded homes on {day} as Storm {storm} swept through {district}.', 'people rescued from flooded homes', 'count', 12, 900),
    ],
    roles: [
      { phrase: 'the emergency management director at {org}', title: 'Director' },
      { phrase: 'a spokesperson for {org}' },
      { phrase: 'the mayor of {place}', title: 'Mayor' },
      { phrase: 'the fire chief in {place}', title: 'Chief' },
      { phrase: 'a forecaster at the {n} Weather Centre' },
      { phrase: 'a resident of {district}' },
    ],
    quotes: [
      'The water came up through the floorboards faster than any of us expected',
      'Our crews have been working around the clock to get the lights back on in {district}',
      'The {thing} held, but only just, and we were lucky this time',
      'Please stay away from the river until the {thing} have been checked',
      'We lost the garden, the car and most of the ground floor in one night',
      'The next band of rain is the one that worries me most',
    ],
    narrative: [
      'Sandbags were stacked outside shops on {street} as the tide rose on {day}.',
      'The {n} river burst its banks near {landmark} shortly before dawn.',
      'Forecasters said the worst of the wind would ease by {day} afternoon.',
    ],
    figures: [
      f('Officials said # people spent the night in emergency shelters across {place}.', 'people in emergency shelters', 'count', 40, 8000),
      f('Crews cleared # fallen trees from roads in {district} by {day} evening.', 'fallen trees', 'count', 30, 2500),
      f('The council put the cost of the clean-up in {place} at #.', 'cost of the clean-up', 'money', 400000, 90000000),
      f('Rainfall in {place} reached # of the monthly average in a single day.', 'rainfall', 'percent', 60, 240),
      f('Rail operators cancelled # trains through {place} on {day}.', 'trains cancelled', 'count', 20, 600),
      f('Insurers expect claims from {place} to exceed #.', 'claims', 'money', 1000000, 400000000),
    ],
    extra: { storm: ['Agnes', 'Ciara', 'Dudley', 'Eunice', 'Franklin', 'Gerrit', 'Henk', 'Isha', 'Jocelyn', 'Kelda', 'Lorcan', 'Merle', 'Nessa', 'Oswin', 'Petra', 'Quill', 'Rhona', 'Soren', 'Tamsin', 'Ulric'] },
  },
  {
    name: 'election',
    orgs: ['the {place} Electoral Commission', 'the {n} Party', 'the {place} Independents', '{place} Borough Council'],
    orgShort: ['party', 'commission', 'campaign'],
    things: ['ballot papers', 'polling stations', 'count', 'manifesto', 'coalition talks', 'postal votes', 'campaign budget', 'recount'],
    headlines: ['{n} Party takes control of {place} council', 'Recount ordered in tight {district} race', 'Turnout falls as {place} goes to the polls'],
    ledes: [
      f('Voters in {place} handed the {n} Party control of the council on {day}, with turnout of # across the borough.', 'turnout', 'percent', 21, 68),
      f('The {n} Party won # seats on {place} council on {day}, its best result in a generation.', 'seats won', 'count', 8, 60),
      f('Counting in {place} ran late into {day} night after # postal votes arrived at the last minute.', 'postal votes', 'count', 1500, 40000),
    ],
    roles: [
      { phrase: 'the leader of the {n} Party in {place}', title: 'Councillor' },
      { phrase: 'the returning officer for {place}' },
      { phrase: 'a spokesperson for {org}' },
      { phrase: 'a candidate in {district}' },
      { phrase: 'a political scientist at the University of {place}', title: 'Professor' },
    ],
    quotes: [
      'Voters in {district} told us loud and clear that they wanted change',
      'Every ballot will be counted, however long it takes',
      'We ran a positive campaign and I am proud of every volunteer who knocked on doors',
      'The {thing} will start on {day} and I expect them to be short',
      'Turnout this low should worry every party, not just the losers',
      'I will be a councillor for the whole of {place}, not just the people who voted for me',
    ],
    narrative: [
      'Queues formed outside polling stations in {district} before the doors opened.',
      'The count at {hall} was paused twice while ballot boxes were checked.',
      'The {n} Party had held the council for three terms before {day}.',
    ],
    figures: [
      f('The winning candidate in {district} had a majority of just # votes.', 'majority', 'count', 3, 900),
      f('The party spent # on its campaign in {place}, according to its filings.', 'spent on its campaign', 'money', 20000, 900000),
      f('The {n} Party share of the vote in {place} rose to #.', 'share of the vote', 'percent', 18, 61),
      f('Election staff rejected # spoilt ballot papers in {place}.', 'spoilt ballot papers', 'count', 40, 3000),
      f('Some # first-time voters registered in {place} ahead of polling day.', 'first-time voters', 'count', 800, 25000),
    ],
  },
  {
    name: 'court',
    orgs: ['{place} Crown Court', 'the {place} District Court', '{n} Solicitors', 'the {place} Prosecutor\'s Office'],
    orgShort: ['court', 'prosecution', 'firm'],
    things: ['verdict', 'sentence', 'appeal', 'evidence', 'jury', 'witness statements', 'trial', 'plea deal'],
    headlines: ['{place} man jailed over {district} fraud', 'Jury retires in {place} trial', 'Appeal lodged after {place} verdict'],
    ledes: [
      f('A former {place} accountant was jailed on {day} for stealing # from a charity based in {district}.', 'stealing from a charity', 'money', 50000, 9000000),
      f('A jury at {org} heard evidence from # witnesses over three weeks before retiring on {day}.', 'witnesses', 'count', 6, 90),
      f('Prosecutors in {place} said on {day} that # complaints about the {district} landlord had been ignored.', 'complaints', 'count', 12, 400),
    ],
    roles: [
      { phrase: 'the judge presiding over the case at {org}', title: 'Judge' },
      { phrase: 'a lawyer for the defendant' },
      { phrase: 'the lead prosecutor at {org}' },
      { phrase: 'a senior partner at {n} Solicitors' },
      { phrase: 'a detective with {place} police', title: 'Detective Inspector' },
    ],
    quotes: [
      'The {thing} sends a clear message that nobody is above the law',
      'My client maintains his innocence and we will consider an appeal',
      'The victims in {district} have waited far too long for justice',
      'This was a calculated fraud that went on for years',
      'The jury took great care and the {thing} reflects the evidence they heard',
      'We will study the judgment carefully before deciding on our next step',
    ],
    narrative: [
      'The defendant showed no emotion as the {thing} was read out at {org}.',
      'Relatives of the victims watched the hearing from the public gallery.',
      'The case was adjourned until {day} for reports to be prepared.',
    ],
    figures: [
      f('The defendant was ordered to repay # within six months.', 'ordered to repay', 'money', 5000, 3000000),
      f('Investigators examined # bank transfers linked to the {district} scheme.', 'bank transfers', 'count', 60, 9000),
      f('The judge sentenced him to # months in prison at {org}.', 'months in prison', 'count', 6, 180),
      f('Legal costs for the {place} case reached #.', 'legal costs', 'money', 40000, 6000000),
    ],
  },
  {
    name: 'business',
    orgs: ['{n} Logistics', '{n} Foods', '{n} Energy', '{n} Motors', '{n} Technologies'],
    orgShort: ['company', 'firm', 'group'],
    things: ['profit forecast', 'factory', 'supply chain', 'share price', 'pension scheme', 'order book', 'warehouse', 'export market'],
    headlines: ['{org} to cut jobs at {place} plant', 'Profits jump at {org}', '{org} opens new warehouse in {district}'],
    ledes: [
      f('{org} said on {day} it would cut # jobs at its plant in {place}, blaming weaker demand.', 'jobs cut', 'count', 40, 3500),
      f('Profits at {org} rose to # in the first half, the {place}-based company said on {day}.', 'profits', 'money', 2000000, 2400000000),
      f('Shares in {org} fell # on {day} after the {place} group warned on sales.', 'shares fell', 'percent', 3, 38),
    ],
    roles: [
      { phrase: 'the chief executive of {org}' },
      { phrase: 'an analyst at {n} Capital' },
      { phrase: 'a union representative at the {place} plant' },
      { phrase: 'the finance director at {org}' },
      { phrase: 'a spokesperson for {org}' },
    ],
    quotes: [
      'These decisions are never easy, but the {thing} has to be sustainable',
      'Demand from {export} customers has been weaker than we planned for',
      'The workforce in {place} has been let down by a board that saw this coming',
      'We expect the {thing} to recover once energy costs settle',
      'Investors wanted a clear plan and today they got one',
      'Our people in {district} are the reason this business exists',
    ],
    narrative: [
      'The company employs hundreds of people at its site near {landmark}.',
      'Unions said they would ballot members over the proposals at the {place} plant.',
      'The {thing} has been under pressure since the start of the year.',
    ],
    figures: [
      f('Revenue at the {place} group reached # in the period.', 'revenue', 'money', 10000000, 9000000000),
      f('The company shipped # parcels from its {place} hub last year.', 'parcels shipped', 'count', 200000, 1500000000),
      f('Operating margins at the {place} plant narrowed to #.', 'operating margin', 'percent', 2, 24),
      f('The firm plans to invest # in a new line at {landmark}.', 'invest in a new line', 'money', 1000000, 500000000),
      f('The {place} plant produced # vehicles last year.', 'vehicles produced', 'count', 5000, 400000),
    ],
    extra: { export: ['European', 'Asian', 'American', 'Gulf', 'Nordic', 'African'] },
  },
  {
    name: 'health',
    orgs: ['{place} General Hospital', 'the {place} Health Trust', 'the {n} Medical Centre', '{place} Public Health'],
    orgShort: ['trust', 'hospital', 'health board'],
    things: ['waiting list', 'emergency department', 'vaccination programme', 'maternity unit', 'ambulance service', 'cancer ward', 'staffing rota', 'outbreak'],
    headlines: ['Waiting times soar at {org}', 'Outbreak confirmed at {place} care home', '{place} maternity unit to close overnight'],
    ledes: [
      f('Patients at {org} waited an average of # hours in the emergency department last month, figures released on {day} showed.', 'hours in the emergency department', 'count', 4, 19),
      f('Health officials in {place} confirmed # cases of measles on {day}, most of them among children in {district}.', 'measles cases', 'count', 6, 450),
      f('The waiting list at {org} grew to # patients, the longest in its history.', 'patients on the waiting list', 'count', 3000, 90000),
    ],
    roles: [
      { phrase: 'the medical director at {org}', title: 'Dr' },
      { phrase: 'a senior nurse at {org}' },
      { phrase: 'the director of public health for {place}', title: 'Dr' },
      { phrase: 'a patient from {district}' },
      { phrase: 'a spokesperson for {org}' },
    ],
    quotes: [
      'Staff in the {thing} are doing extraordinary work under impossible pressure',
      'If your child has a rash and a fever, please keep them at home',
      'I waited nineteen hours on a trolley and nobody told me anything',
      'We are recruiting as fast as we can, but the {thing} cannot be fixed overnight',
      'Vaccination remains the best protection we have',
      'Every extra bed in {place} makes a difference to someone',
    ],
    narrative: [
      'Ambulances queued outside the hospital on {day} night.',
      'A temporary clinic opened at {hall} for families in {district}.',
      'The trust said it was reviewing how the {thing} is staffed at weekends.',
    ],
    figures: [
      f('The {place} trust has # nursing vacancies.', 'nursing vacancies', 'count', 40, 1600),
      f('Vaccination rates among children in {district} fell to #.', 'vaccination rate', 'percent', 51, 94),
      f('The hospital spent # on agency staff last year.', 'agency staff', 'money', 500000, 70000000),
      f('Ambulance crews in {place} took # calls on {day}.', 'ambulance calls', 'count', 300, 6000),
    ],
  },
  {
    name: 'sport',
    orgs: ['{place} Rovers', '{place} Athletic', '{n} United', 'the {place} Rugby Club'],
    orgShort: ['club', 'team', 'side'],
    things: ['title race', 'transfer window', 'stadium', 'squad', 'relegation fight', 'cup run', 'academy', 'home crowd'],
    headlines: ['{org} stun rivals to reach final', 'Late goal keeps {org} in title race', '{org} sack manager after defeat'],
    ledes: [
      f('A crowd of # watched {org} come from behind to win on {day} night.', 'crowd', 'count', 3000, 75000),
      f('{org} extended their unbeaten run to # matches with a win at {landmark} on {day}.', 'unbeaten run', 'count', 5, 30),
      f('{org} agreed a # deal for the {place} striker on {day}.', 'deal for the striker', 'money', 500000, 90000000),
    ],
    roles: [
      { phrase: 'the manager of {org}', title: 'Coach' },
      { phrase: 'the captain of {org}' },
      { phrase: 'a striker for {org}' },
      { phrase: 'the chairman of {org}' },
      { phrase: 'a season-ticket holder from {district}' },
    ],
    quotes: [
      'The lads showed real character after the break',
      'We did not deserve anything from the first half',
      'The {thing} is far from over and we know it',
      'That goal was for everyone in {place} who stuck with us',
      'I have never heard the {thing} as loud as it was tonight',
      'We will pick ourselves up and go again on {day}',
    ],
    narrative: [
      'The winner came in the final minute of stoppage time.',
      'Supporters gathered outside {landmark} long after the final whistle.',
      'The club has struggled for consistency away from home this season.',
    ],
    figures: [
      f('The club confirmed season-ticket sales of # for next season.', 'season-ticket sales', 'count', 4000, 60000),
      f('Ticket prices at {org} rose by # this season.', 'ticket prices rose', 'percent', 2, 19),
      f('The new stand at {landmark} will cost #.', 'cost of the new stand', 'money', 2000000, 200000000),
      f('The striker has scored # goals in all competitions.', 'goals', 'count', 6, 41),
    ],
  },
  {
    name: 'transport',
    orgs: ['{place} Transit', '{n} Rail', 'the {place} Bus Company', '{place} Airport'],
    orgShort: ['operator', 'authority', 'airport'],
    things: ['timetable', 'signalling', 'bus routes', 'fare increase', 'night services', 'runway', 'ticket machines', 'tram line'],
    headlines: ['Fares to rise on {org} services', 'Commuter chaos as signals fail at {place}', '{org} scraps night buses in {district}'],
    ledes: [
      f('Fares on {org} services will rise by # from next month, the operator said on {day}.', 'fares rise', 'percent', 2, 14),
      f('Signal failures near {place} delayed # trains on {day}, leaving commuters stranded.', 'trains delayed', 'count', 40, 900),
      f('{org} will cut # bus routes in {place} in the spring, blaming a shortage of drivers.', 'bus routes cut', 'count', 3, 40),
    ],
    roles: [
      { phrase: 'the managing director of {org}' },
      { phrase: 'a commuter from {district}' },
      { phrase: 'the transport spokesperson on {place} council', title: 'Councillor' },
      { phrase: 'a spokesperson for {org}' },
      { phrase: 'a driver with {org}' },
    ],
    quotes: [
      'I have been late for work three times this week and nobody apologises',
      'The {thing} in {place} was designed for half the passengers we carry today',
      'We are sorry for the disruption and we are fixing the {thing} as quickly as we can',
      'Cutting the {thing} will leave older people in {district} cut off',
      'Without more drivers, there is no way to run a reliable service',
      'Passengers deserve trains that turn up when the timetable says they will',
    ],
    narrative: [
      'Replacement buses ran between {place} and {landmark} for most of {day}.',
      'Platforms at {place} station were closed for an hour at the height of the rush.',
      'Engineers worked overnight to replace a faulty cable near {landmark}.',
    ],
    figures: [
      f('The operator carries # passengers a day through {place}.', 'passengers a day', 'count', 8000, 900000),
      f('Only # of trains through {place} arrived on time last month.', 'trains on time', 'percent', 41, 93),
      f('The upgrade of the line through {district} will cost #.', 'upgrade cost', 'money', 5000000, 2000000000),
      f('The operator is short of # drivers.', 'drivers short', 'count', 15, 400),
    ],
  },
  {
    name: 'housing',
    orgs: ['{place} Housing Association', '{n} Homes', '{place} City Council', 'the {place} Tenants Union'],
    orgShort: ['council', 'association', 'developer'],
    things: ['rent cap', 'waiting list', 'tower block', 'planning application', 'repairs backlog', 'affordable homes', 'damp and mould', 'eviction notices'],
    headlines: ['Tenants fight rent rise in {district}', '{org} approves homes on {landmark} site', 'Mould crisis in {place} tower block'],
    ledes: [
      f('Rents in {place} rose by # in the past year, the steepest increase in the region, figures published on {day} show.', 'rents rose', 'percent', 4, 22),
      f('Councillors in {place} approved plans for # new homes on the former {landmark} site on {day}.', 'new homes', 'count', 40, 3000),
      f('More than # families in {place} are living in temporary accommodation, the council said on {day}.', 'families in temporary accommodation', 'count', 90, 7000),
    ],
    roles: [
      { phrase: 'the housing director at {org}' },
      { phrase: 'a tenant in {district}' },
      { phrase: 'the cabinet member for housing on {place} council', title: 'Councillor' },
      { phrase: 'a spokesperson for {org}' },
      { phrase: 'an organiser with the {place} Tenants Union' },
    ],
    quotes: [
      'My daughter has had a chest infection since we moved into that flat',
      'We cannot build our way out of this overnight, but we can build faster',
      'The {thing} is a scandal that has been ignored for too long',
      'Landlords in {district} are pricing out the people who keep this city running',
      'Every one of these {thing} represents a family',
      'We will take enforcement action against any landlord who ignores the rules',
    ],
    narrative: [
      'Residents of the block near {landmark} have complained about leaks for years.',
      'The planning committee met at {hall} on {day} evening.',
      'Demand for social housing in {district} has doubled in a decade.',
    ],
    figures: [
      f('The average rent for a two-bedroom flat in {place} is now # a month.', 'average rent', 'money', 600, 3200),
      f('The council repairs backlog stands at # jobs.', 'repairs backlog', 'count', 400, 30000),
      f('Only # of the new homes in {district} will be classed as affordable.', 'new homes affordable', 'percent', 10, 45),
      f('The council spent # on emergency hotel rooms last year.', 'emergency hotel rooms', 'money', 200000, 40000000),
    ],
  },
  {
    name: 'education',
    orgs: ['{place} Academy', 'the {n} School', '{place} Education Authority', 'the University of {place}'],
    orgShort: ['school', 'authority', 'university'],
    things: ['exam results', 'school meals', 'teacher shortage', 'building repairs', 'tuition fees', 'special needs support', 'school run', 'curriculum'],
    headlines: ['{org} closes over crumbling concrete', 'Teachers strike in {place}', 'Exam results rise at {org}'],
    ledes: [
      f('Pupils at {org} were sent home on {day} after inspectors found # classrooms unsafe.', 'unsafe classrooms', 'count', 3, 60),
      f('Teachers across {place} walked out on {day}, closing # schools.', 'schools closed', 'count', 4, 160),
      f('The pass rate at {org} rose to # this summer, its best ever.', 'pass rate', 'percent', 52, 97),
    ],
    roles: [
      { phrase: 'the headteacher of {org}' },
      { phrase: 'a parent from {district}' },
      { phrase: 'the regional secretary of the teachers union' },
      { phrase: 'the director of education for {place}', title: 'Dr' },
      { phrase: 'a student at {org}' },
    ],
    quotes: [
      'The children come first and they cannot learn in a building that is falling apart',
      'Nobody goes into teaching to strike, but the {thing} has left us no choice',
      'My son has missed more lessons this year than he has attended',
      'These {thing} are a tribute to the hard work of pupils and staff',
      'We have written to the government about the {thing} four times',
      'The {thing} in {place} has been underfunded for a decade',
    ],
    narrative: [
      'Lessons moved to portable classrooms on the playing fields near {landmark}.',
      'Parents gathered at the school gates in {district} on {day} morning.',
      'The authority said it was reviewing every building it owns.',
    ],
    figures: [
      f('The authority has # teaching vacancies across {place}.', 'teaching vacancies', 'count', 20, 900),
      f('Repairs to school buildings in {place} will cost #.', 'school repairs cost', 'money', 500000, 300000000),
      f('Pupil numbers in {district} have fallen by #.', 'pupil numbers fallen', 'percent', 2, 25),
      f('Some # pupils in {place} receive free school meals.', 'pupils free school meals', 'count', 300, 40000),
    ],
  },
  {
    name: 'environment',
    orgs: ['the {place} Rivers Trust', '{n} Water', 'the {place} Environment Agency', 'the {n} Wildlife Trust'],
    orgShort: ['agency', 'trust', 'water company'],
    things: ['sewage discharges', 'river', 'bathing water', 'fish stocks', 'reed beds', 'water quality', 'nature reserve', 'treatment works'],
    headlines: ['Sewage spills rise on {n} river', 'Fish die-off in {district} lake', '{org} fined over {place} pollution'],
    ledes: [
      f('Raw sewage was discharged into the {n} river near {place} # times last year, figures released on {day} show.', 'sewage discharged', 'count', 40, 4000),
      f('{org} was fined # on {day} for polluting a stream in {district}.', 'fined', 'money', 20000, 90000000),
      f('Volunteers pulled # dead fish from the lake at {district} on {day}.', 'dead fish', 'count', 80, 20000),
    ],
    roles: [
      { phrase: 'the chief executive of {org}' },
      { phrase: 'a wild swimmer from {district}' },
      { phrase: 'an ecologist at the University of {place}', title: 'Dr' },
      { phrase: 'a spokesperson for {org}' },
      { phrase: 'a farmer near {place}' },
    ],
    quotes: [
      'You can smell the {thing} from the footpath on a warm day',
      'We are investing in the {thing} but the pipes are older than anyone living',
      'The {thing} in {district} used to be full of life',
      'Fines alone will not clean up a single mile of river',
      'I have swum here for {years} years and I will not put my head under any more',
      'We take our responsibilities seriously and we apologise to people in {place}',
    ],
    narrative: [
      'Signs warning people not to swim were put up along the bank near {landmark}.',
      'Samples taken on {day} are being tested at a laboratory.',
      'The river is popular with anglers and kayakers in summer.',
    ],
    figures: [
      f('Discharges from the {place} treatment works lasted # hours in total.', 'hours of discharges', 'count', 100, 9000),
      f('Only # of rivers in the region are in good ecological health.', 'rivers in good health', 'percent', 3, 40),
      f('The water company plans to spend # upgrading works near {place}.', 'spend upgrading works', 'money', 5000000, 3000000000),
      f('Bathing water at {district} failed # tests this summer.', 'failed tests', 'count', 2, 30),
    ],
  },
];
