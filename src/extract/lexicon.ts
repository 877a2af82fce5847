/**
 * Word lists the extractor reasons with. Lower-case; one place to extend when an article
 * shows a gap. Kept as sets for O(1) look-up on the hot path.
 */
import { CURRENCY_CODES } from './figure-units.js';

const set = (words: string): ReadonlySet<string> => new Set(words.trim().split(/\s+/));

/**
 * Verbs that introduce reported speech, in the forms a news story uses. Present forms that are
 * mostly nouns in news (`water bills`, `blog posts`, `member states`) are left out.
 */
export const SPEECH_VERBS = set(`
  say says said saying told tell tells telling add adds added adding warn warns warned warning insist insists
  insisted insisting urge urges urged urging confirm confirms confirmed confirming notes noted noting explain
  explains explained explaining write writes wrote writing tweet tweets tweeted tweeting posted argue argues
  argued arguing acknowledge acknowledges acknowledged acknowledging stated declare declares declared
  declaring announce announces announced announcing claim claimed claiming ask asks asked asking reply
  replies replied replying respond responds responded responding continue continues continued stress stresses
  stressed stressing emphasise emphasised emphasises emphasize emphasized emphasizes admit admits admitted
  admitting recall recalls recalled recalling remarked observe observes observed concede concedes conceded
  conceding caution cautions cautioned cautioning predict predicts predicted promised promising vowed vowing
  pledged pledging suggest suggests suggested suggesting maintain maintains maintained countered shout shouts
  shouted cry cries cried whisper whispers whispered joke jokes joked quip quips quipped sigh sighs sighed
  boast boasts boasted complain complains complained complaining lament laments lamented commented testify
  testifies testified plead pleads pleaded demanded reiterate reiterates reiterated reiterating assert
  asserts asserted allege alleges alleged contend contends contended mused recount recounts recounted
  describe describes described describing reported reporting tell told write wrote insist charged retort
  retorts retorted snap snaps snapped yell yells yelled exclaim exclaims exclaimed announce concluded
  conclude concludes beamed gushed gush conceded admitted explained informed inform informs texted emailed
  messaged begins calls called calling chanted chanting sing sings sang singing shouting
  yelling hailed hailing praised praising dismiss dismisses dismissed dismissing branded branding labelled
  labeled criticise criticised criticize criticized slammed blasted accuse accuses accused accusing reply
  blamed blames blaming
  touted billed marketed advertise advertises advertised ruled
`);

/** Speech verbs that take a listener (`told reporters`, `informed parliament`). */
export const TELLING_VERBS = set(`told tell tells telling informed inform informs`);

export const PERSONAL_PRONOUNS = set(`he she they it i we`);
export const MALE_PRONOUNS = set(`he him his himself`);
export const FEMALE_PRONOUNS = set(`she her hers herself`);

/** Adverbs and auxiliaries that may stand between a subject and its speech verb. */
export const VERB_MODIFIERS = set(`
  also later then again further previously earlier once still repeatedly recently publicly separately
  simply just only even however meanwhile has had have was is were would will had been being did does do
  already now often frequently subsequently initially first finally ultimately elsewhere too not
  himself herself themselves itself personally herself
`);

/** Determiners that open a common-noun phrase. */
export const DETERMINERS = set(`the a an one another some two three four five several many most other each`);

/** Honorifics before a name, with the gender they imply (`''` when none). */
export const HONORIFICS: ReadonlyMap<string, 'male' | 'female' | ''> = new Map([
  ['mr', 'male'], ['mr.', 'male'], ['mrs', 'female'], ['mrs.', 'female'], ['ms', 'female'], ['ms.', 'female'],
  ['miss', 'female'], ['mx', ''], ['mx.', ''], ['sir', 'male'], ['dame', 'female'], ['lord', 'male'], ['lady', 'female'],
  ['dr', ''], ['dr.', ''], ['prof', ''], ['prof.', ''], ['professor', ''], ['king', 'male'], ['queen', 'female'],
  ['prince', 'male'], ['princess', 'female'], ['sheikh', 'male'], ['rabbi', ''], ['father', 'male'], ['sister', 'female'],
  ['brother', 'male'], ['pope', 'male'], ['hon', ''], ['hon.', ''], ['honourable', ''], ['honorable', ''], ['imam', 'male'], ['cllr', ''], ['cllr.', ''], ['coun', ''], ['coun.', ''], ['cr', ''], ['cr.', ''], ['rev', ''], ['rev.', ''],
  // South Asian honorifics: `Shri K. Velayudham`, `Smt. S. Kalaiselvi`.
  ['shri', 'male'], ['shri.', 'male'], ['sri', 'male'], ['sri.', 'male'], ['smt', 'female'], ['smt.', 'female'], ['shrimati', 'female'], ['kumari', 'female'], ['thiru', 'male'], ['tmt', 'female'], ['tmt.', 'female'],
  // Nigerian titles: `Engr. Bello Danjuma`, `Alhaji Sanusi Gambari`, `Comrade Ibrahim Lawal`.
  // (Not `Barr.` or `Arc.`: `said Mr Barr.` and `Joan of Arc.` end sentences.)
  ['engr', ''], ['engr.', ''], ['alhaji', 'male'], ['alhaja', 'female'], ['hajiya', 'female'], ['comrade', ''],
]);

/**
 * A set that also holds any word of the given shapes: the professions named by their suffix
 * (`volcanologist`, `seismologists`, `paediatrician`) are too many to list, and never anything else.
 */
class ShapedSet extends Set<string> {
  constructor(words: string, private readonly shapes: RegExp) {
    super(words.trim().split(/\s+/));
  }
  override has(word: string): boolean {
    return super.has(word) || this.shapes.test(word);
  }
}
/** Professions by their suffix: `-ologist` (`volcanologist`), `-ician` (`paediatrician`, `technician`), `-ographer` (`oceanographer`). */
const PROFESSION_SHAPES = /^[a-z]{2,}(?:ologists?|icians?|ographers?)$/;

/**
 * Nouns that name a role or title. Capitalised before a name they are part of the title
 * (`Prime Minister Benjamin Netanyahu`); lower-case they head a role phrase (`the official`).
 */
export const ROLE_WORDS: ReadonlySet<string> = new ShapedSet(`
  catcher pitcher shortstop outfielder infielder quarterback goalkeeper keeper striker midfielder defender winger
  fullback batter batsman bowler wicketkeeper opener skipper forward playmaker centre-back
  specialist specialists epidemiologist epidemiologists conservator librarian librarians curator archivist
  president vice prime minister secretary state chancellor senator sen sen. governor gov gov. mayor judge justice
  general gen gen. chief director ambassador commissioner representative rep rep. speaker king queen prince princess
  pope dr dr. professor prof prof. coach captain councillor councilman councilwoman council inspector sheriff officer
  detective superintendent sergeant sgt sgt. lieutenant lt lt. colonel col col. admiral chairman chairwoman chair chairperson
  ceo cfo coo cto executive deputy foreign defence defense finance health interior justice attorney spokesman
  spokeswoman spokesperson official officials minister ministers leader leaders head manager founder co-founder
  analyst analysts economist economists expert experts researcher researchers scientist scientists professor lawyer
  lawyers attorney prosecutor prosecutors commander commanders envoy diplomat diplomats source sources spokesmen
  residents resident witness witnesses survivor survivors doctor doctors nurse nurses medic medics paramedic teacher
  student students activist activists campaigner campaigners organiser organizer worker workers investor investors
  trader traders striker midfielder defender goalkeeper goaltender goalie netminder wrestler skier rider stablemaster forward player players manager boss owner owners partner
  member members mp mps lawmaker lawmakers legislator legislators congressman congresswoman delegate delegates
  negotiator negotiators mediator mediators secretary-general under-secretary undersecretary deputy-minister
  premier monarch emir sheikh president-elect governor-general mayor-elect treasurer auditor regulator regulators
  chief-executive editor reporter correspondent author novelist historian candidate nominee voter voters fan fans
  referee umpire trainer physician surgeon pilot firefighter firefighters police policeman policewoman officer
  officers agent agents engineer engineers designer architect farmer farmers owner landlord tenant tenants
  chairman nurse cardinal archbishop bishop priest rabbi imam cleric spokesperson head headteacher principal
  dean provost corporator corporators alderman alderwoman selectman selectwoman vice-chancellor rector governor whip secretary-of-state ombudsman administrator commissioner
  counterpart counterparts colleague colleagues predecessor successor rival rivals aide aides adviser advisers
  advisor advisors ally allies opponent opponents critic critics supporter supporters protester protesters
  protestor protestors demonstrator demonstrators crowd neighbour neighbours neighbor neighbors parent parents
  mother father son daughter wife husband sister brother friend friends relative relatives victim victims
  owner owners customer customers passenger passengers commuter commuters shopper shoppers villager villagers
  citizen citizens local locals employee employees staff volunteer volunteers rescuer rescuers coach coaches
  accused defendant defendants suspect suspects complainant plaintiff claimant respondent appellant juror jurors
  forecaster forecasters meteorologist meteorologists coordinator coordinators administrator director-general secretary-general commissioner chair chairs
  spokesperson representative representatives chief-of-staff strategist strategists co-author coauthor author
  advocate advocates barrister barristers solicitor solicitors brig brig. brigadier
  authors astronomers physicists cousin cousins uncle aunt nephew niece grandson
  skipper driver drivers master conductor guard guards keeper warden ranger lifeguard technician mechanic
  shopkeeper trader shoppers pastor reverend vicar chaplain deacon minister producer musician singer songwriter artist actor actress
  writer poet filmmaker photographer journalist chef designer curator architect scientist physicist
  biologist chemist astronomer astronaut engineer economist strategist consultant entrepreneur investor
  granddaughter grandmother grandfather grandparents widow widower fiance fiancee fiancé fiancée investigators
  investigator detectives detective inspectors authorities organisers organizers founders owners bystander
  bystanders onlookers eyewitness eyewitnesses spectators observers campaigners economists
  superintendent constable inspector magistrate barrister solicitor counsel clerk
  builder builders plumber electrician fisherman fishermen cleaner waiter waitress labourer laborer welder retiree
  pensioner vendor hawker accountant midwife carer caregiver farmworker rancher herder trucker cabbie homeowner
  challenger champion titleholder cyclist swimmer sprinter runner marathoner boxer golfer jockey finalist medallist medalist olympian
  commentator commentators pundit pundits broadcaster columnist presenter veterinarian veterinarians vet vets
  figure patient patients hiker hikers tourist tourists visitor visitors motorist motorists climber climbers holidaymaker holidaymakers mourner mourners
`, PROFESSION_SHAPES);

/** Lower-case modifiers allowed inside a role phrase (`senior Palestinian official`, `former`). */
export const ROLE_MODIFIERS = set(`
  senior junior top former acting interim deputy assistant associate chief executive managing general foreign
  health interior defence defense finance economy trade education environment energy transport justice
  local regional national federal state city county district municipal military government governmental
  security police intelligence army naval navy air party campaign union company corporate financial legal
  medical science scientific research lead head principal vice first second third outgoing incoming
  newly elected long-time longtime veteran retired independent opposition ruling junior high-ranking
  ranking communications press political public private official agency hospital team club club's
  culture agriculture labour labor housing education environment transport tourism sport sports science
  technology industry digital treasury home foreign immigration migration development family women youth
  information infrastructure water mines fisheries veterans affairs interior economic social welfare
  opposition parliamentary cabinet shadow party's government's country's nation's city's state's
  elder younger older late
  team's company's
  fire ambulance rescue emergency prison airport border disaster
`);

/** Lower-case heads that make a phrase an organisation rather than a person. */
export const ORG_NOUNS = set(`
  ministry department company firm group government police army military agency council court union
  party committee commission office authority authorities bank board network outlet newspaper agency
  organisation organization institute university college school hospital club team federation league
  association foundation charity carrier airline airlines manufacturer maker automaker carmaker retailer
  lender insurer bank startup start-up conglomerate giant regulator watchdog prosecutors prosecution
  parliament congress senate assembly cabinet administration presidency kremlin palace embassy consulate
  coalition alliance movement campaign fund service services utility operator developer publisher
  studio label brand chain supplier exchange corporation bureau secretariat trust agency's ministry's company's firm's police's
`);

/** Bodies whose name goes on with `for` (`Department for Transport`, `Centre for Cities`, `Ministry for Primary Industries`). */
export const FOR_BODIES = set(`
  ministry department agency council committee commission office institute authority foundation fund
  federation league trust society centre center centres centers alliance coalition campaign association board network initiative
  americans citizens parents families doctors physicians lawyers scientists students teachers mothers fathers
  veterans women friends partners advocates voters taxpayers residents britons canadians australians europeans
`);

/** Endings of a capitalised name that make it an organisation (`Acme Corp`, `Gaza Health Ministry`). */
export const ORG_SUFFIXES = set(`
  inc inc. corp corp. corporation ltd ltd. llc plc co co. company group holdings ministry department agency programme program
  organization organisation council bank university college association party committee commission office
  institute services service authority union airlines airways motors police court foundation fund network
  times post news journal herald guardian telegraph weekly daily gazette tribune chronicle courier mail observer dispatch
  ledger bulletin inquirer sentinel examiner radio television broadcasting magazine federation league club fc united city partners capital
  industries technologies systems labs laboratories hospital school academy army navy force forces
  parliament congress senate assembly board trust society centre center reserve exchange network media nations
  international watch initiative institution observatory church cathedral mosque temple synagogue chapel
  division bureau directorate secretariat guard wire unit forum alliance coalition survey patrol corps
  marathon championships cup games prix festival tournament expo summit awards regatta trials
  embassy consulate air
  energy freight logistics foods pharmaceuticals pharma solutions software robotics mining resources
  securities management advisors advisers investments associates consulting consultancy economics analytics
  brokers brokerage ratings equities wealth realty properties construction engineering utilities railways
  therapeutics biotech bancorp chamber chambers bureau
  administration government tribunal inspectorate registry rail railway metro transit championship olympics trams buses ferries
  daily gazette courier tribune chronicle ledger dispatch monitor express observer mirror press uk nz
  instituto institut banco grupo universidad universidade fundação fundación fundacion ministerio partido gmbh
  petroleum oil gas power telecom communications insurance financial motors aerospace airlines shipping
  foundry works mill mills brewery distillery bakery farm farms studios shop store restaurant cafe hotel
  smelting smelters refining refineries refinery manufacturing processing
  theatre theater museum gallery library clinic pharmacy factory plant shipyard dairy winery vineyard
  parish diocese ventures democrats republicans liberals conservatives socialists greens labour tories
  press broadcasting television radio tribunal secretariat alliance coalition front movement brigades
  mobile research electronics devices semiconductor semiconductors automotive chemicals materials wireless
  nickel copper gold lithium coal cement steel aluminum aluminium uranium zinc timber lumber textiles
  health healthcare schools bench cooperative co-operative
  sa s.a. ag se nv n.v. bv spa s.p.a. gmbh ab asa oyj pty bhd tbk srl sarl kk lp llp pjsc treasury
  brouwerij brouwerijen brauerei brasserie bryggeri bryggerier bryggeriet cervecería cerveceria cervejaria birrificio
  stichting stiftung gruppe gruppo groupe holding compagnie compañía compania companhia società societa société societe
  werke verlag verein bahn banque banca bankas sparkasse versicherung assicurazioni seguros
`);

/** Capitalised words that open a sentence or phrase but are never part of a name. */
export const NOT_NAME_WORDS = set(`
  the a an in on at for from to of and but or nor so yet as after before since while when where why how
  what who which whose that this these those it its he she they we i you his her their our my your
  there here regarding speaking asked despite although though however meanwhile earlier later today tonight
  yesterday tomorrow monday tuesday wednesday thursday friday saturday sunday january february march april
  may june july august september october november december if unless until because by with without
  according during under over about among between into onto upon within across against toward towards
  instead once also even just only still then than both either neither all any each every no not
  some many most much more few several such other another one two three four five six seven eight nine ten
  last next first second third new old former acting interim top senior nobody everybody everyone someone
  somebody anyone anybody nothing something everything none now
`);

/** Common first names with a clear gender, to resolve "he"/"she" between two speakers. */
export const FEMALE_NAMES = set(`
  mary patricia jennifer linda elizabeth barbara susan jessica sarah karen nancy lisa betty margaret sandra
  ashley kimberly emily donna michelle dorothy carol amanda melissa deborah stephanie rebecca sharon laura
  cynthia kathleen amy shirley angela helen anna ana brenda pamela nicole emma samantha katherine christine
  debra rachel catherine carolyn janet ruth maria heather diane virginia julie joyce victoria olivia kelly
  christina lauren joan evelyn judith megan cheryl andrea hannah martha jacqueline frances gloria ann teresa
  kathryn sara janice jean alice madison doris abigail julia judy grace denise amber marilyn beverly danielle
  theresa sophia marie diana brittany natalie isabella charlotte rose alexis kayla fatima aisha amina leila
  layla mariam maryam noor yasmin priya ananya sunita anjali mei ling yuki sakura keiko ingrid astrid greta
  sofia elena irina olga natalia tatiana svetlana anastasia ursula angela giorgia marine ségolène claudia
  francesca giulia chiara paola lucia carmen isabel pilar rosa ximena valentina camila gabriela fernanda
  beatriz luisa jacinda theresa nicola kamala hillary nancy sonia indira benazir golda kirsty nadia zainab
  chloe lucy amelia ella ava mia harper ellie freya imogen niamh siobhan aoife eilidh kate jane lena
  priti deepa meera kavita pooja neha sue liz beth jen kim meg pat sally molly polly jo tina gina nina
  eleanor harriet claire fiona gillian maureen eileen moira bridget geraldine pauline hazel ellen
  anita rekha geeta gita seema reena shanti usha asha lakshmi meena radha divya deepika shreya swati
  nisha rani savitri shubhra ngozi chioma funmilayo adaeze amara wanjiru akinyi achieng nomvula thandiwe
  elaine naomi yolanda joanne louise lorraine sheila wendy tracey tracy gemma sophie holly lydia yvonne irene
  norma edith esther miriam vanessa veronica monica rita sylvia marion morag isla mhairi shona ailsa catriona
`);

export const MALE_NAMES = set(`
  hamid yusuf karim tariq walid samir rashid faisal nasser jamal bilal imran kareem majid saeed zaid
  james robert john michael david william richard joseph thomas charles christopher daniel matthew anthony
  antony mark donald steven paul andrew joshua kenneth kevin brian george timothy ronald edward jason jeffrey
  ryan jacob gary nicholas eric jonathan stephen larry justin scott brandon benjamin samuel gregory alexander
  frank patrick raymond jack dennis jerry tyler aaron jose adam nathan henry douglas zachary peter kyle ethan
  walter noah jeremy christian keith roger terry gerald harold sean austin carl arthur lawrence dylan jesse
  jordan bryan billy joe bruce gabriel logan albert willie alan juan wayne elijah randy roy vincent ralph
  eugene russell bobby mason philip louis antonio ahmed mohammed muhammad mohamed ali omar hassan hussein
  yousef youssef ibrahim khalid abdullah mahmoud mustafa ismail yahya ismail rajesh rahul amit vijay sanjay
  arjun hiroshi takeshi kenji hao vladimir dmitry sergei ivan alexei mikhail boris igor
  emmanuel olaf friedrich hans klaus jürgen giorgio matteo giuseppe luca marco carlos luis miguel pedro
  javier diego pablo alejandro jorge xavi lionel cristiano kylian erling rishi keir boris tony gordon
  narendra recep volodymyr vladimir xi joe barack bill jimmy ronald dwight yair naftali benny avi moshe
  yossi yoav itamar bezalel jens josep nigel liam oliver harry jacob charlie
  callum connor declan ciaran seamus ewan hamish rory angus finn ron tom jim bob dan mike joe ben sam max
  derek craig neil stuart graham colin ian ross barry trevor nigel clive dave steve greg chris matt nick rob
  ray tim jon ken ted ned stan walt hal dermot sipho kwabena kofi yaw tobias anders jonas gabor tomasz
  malcolm duncan alistair geoffrey nigel rupert hugh giles jeremy desmond cyril leonard bernard norman
  ramesh suresh mahesh dinesh ganesh mukesh rakesh naresh ashok prakash deepak manoj sandeep pradeep
  rajiv rajendra ravi anil sunil ajay vinod vikram manish sachin rohit nitin harish girish satish
  chukwuma emeka oluwaseun tunde babatunde musa sani abubakar ibrahim kamau otieno mwangi kipchoge
`);

/** Last words of a capitalised name that make it a place (`Mill Lane`, `Gaza Strip`). */
export const PLACE_WORDS = set(`
  city town village county province state district region street st road rd lane avenue ave boulevard square
  park bridge harbour harbor port bay valley mountain mountains mount lake river sea ocean gulf strait strip coast
  island islands peninsula desert forest border airport station camp crossing heights hills hill plain
  north south east west central republic kingdom emirates territories territory states country
  stadium arena ground oval velodrome racecourse circuit speedway
  creek canyon gorge ravine ridge reservoir glacier cape trail plateau wetlands
`);

/**
 * Words that end a company's name (`Kessler Construction`, `Northwind Energy`) but alone name a
 * field of work: `Construction began in 2009`, `Energy prices rose` open a sentence, not a body.
 */
export const SECTOR_WORDS = set(`
  construction engineering energy freight logistics foods pharmaceuticals pharma software robotics mining
  resources securities management consulting consultancy economics analytics brokerage realty utilities
  therapeutics biotech research electronics healthcare health power oil gas shipping insurance television
  radio broadcasting communications telecom petroleum steel coal gold copper nickel lithium cement timber
  lumber textiles chemicals materials wireless aerospace automotive semiconductors manufacturing
`);

/** First words of a capitalised name that make it a place (`Mount Zion`, `San Francisco`, Ireland's `Co Cavan`). */
export const PLACE_PREFIXES = set(`mount mt lake cape fort saint st st. san santa santo sao são los las port isle serra sierra monte co co. county`);

/**
 * Countries and states named in two or three words with no place word in them: after `in
 * Colombo,` they are where, not who (`a doctor in Colombo, Sri Lanka, said`).
 */
export const MULTIWORD_PLACES = new Set(`
  sri lanka|costa rica|saudi arabia|hong kong|el salvador|burkina faso|sierra leone|puerto rico|new zealand|papua new guinea
  ivory coast|cape verde|san marino|united states|united kingdom|united arab emirates|czech republic|dominican republic
  south africa|south korea|north korea|south sudan|north macedonia|east timor|timor-leste|new york|new jersey|new mexico
  new hampshire|north carolina|south carolina|north dakota|south dakota|west virginia|british columbia|nova scotia
  new brunswick|new south wales|western australia|south australia|northern territory|northern ireland|tamil nadu
  uttar pradesh|madhya pradesh|andhra pradesh|himachal pradesh|arunachal pradesh|west bengal|west bank|gaza strip
  bosnia and herzegovina|trinidad and tobago|antigua and barbuda|guinea-bissau|equatorial guinea|abu dhabi|kuala lumpur
  buenos aires|rio de janeiro|sao paulo|são paulo|tel aviv|los angeles|las vegas|san francisco|new delhi|cape town
`.trim().split(/\s*[|\n]\s*/));

/** Capitalised abbreviations that name no organisation. */
export const NOT_ORG_ACRONYMS: ReadonlySet<string> = new Set(['AI', 'TV', 'PC', 'ID', 'IT', 'GDP', 'CEO', 'CFO', 'COO', 'CTO', 'HR', 'PR', 'VAT', 'DNA', 'RNA', 'AM', 'PM', 'FM', 'OK', 'US', 'UK', 'USA', 'UAE', 'MP', 'MPs', 'CCTV', 'SUV', 'GPS', 'PhD', 'MBA', 'I', 'OS', 'VR', 'AR', 'EV', 'EVs', 'LED', 'PDF', 'URL', 'Q1', 'Q2', 'Q3', 'Q4',
  // Measures, units and currency codes a business or trade story prints in capitals (`(EBITDA)`, `20,000 TEU`, `DKK 4bn`).
  'EBITDA', 'EBIT', 'EPS', 'CPI', 'PPI', 'PMI', 'GNP', 'GVA', 'IPO', 'M&A', 'ROI', 'TEU', 'TEUs', 'LNG', 'LPG', 'MW', 'GW', 'MWh', 'GWh', 'KWh', 'BPD', ...CURRENCY_CODES]);

/** `Storm Delia`, `Hurricane Ida`, `Operation Sea Guardian`: named events, not people. */
export const WEATHER = /^(?:storm|hurricane|typhoon|cyclone|tropical|tornado|wildfire|operation|subtropical)$/i;

/** Letters after a name that are not part of it (`Naomi Strand KC`). */
export const POSTNOMINALS: ReadonlySet<string> = new Set(['KC', 'QC', 'MP', 'MEP', 'MSP', 'MBE', 'OBE', 'CBE', 'KBE', 'DBE', 'Jr', 'Jr.', 'Sr', 'Sr.', 'PhD', 'MD', 'III', 'II']);

/** Nationality words that describe a person (`the Italian said`) and name no one themselves. */
export const DEMONYMS: ReadonlySet<string> = new Set(`italian spanish french german british english scottish irish welsh american canadian
  australian chinese japanese indian russian ukrainian swiss swedish swede norwegian danish dane finnish finn dutch belgian polish
  greek turkish brazilian argentine argentinian mexican portuguese kenyan nigerian egyptian israeli iranian iraqi syrian saudi
  pakistani afghan korean thai vietnamese filipino indonesian serbian serb croatian croat czech austrian hungarian romanian
  bulgarian chilean colombian peruvian venezuelan cuban jamaican ghanaian ethiopian moroccan algerian tunisian lebanese
  palestinian jordanian qatari emirati kiwi aussie spaniard frenchman frenchwoman briton englishman englishwoman irishman irishwoman scotsman scotswoman welshman welshwoman dutchman dutchwoman`.split(/\s+/));

/** What a minister's portfolio is made of: a field (`Development`, `Rehabilitation`, `Security`), not a name. */
const PORTFOLIO_WORD = /^(?:\p{Lu}\p{Ll}+(?:tion|sion|ment|ity|ure|ism|ance|ence|ing|ics|ture|ship|age)s?|Affairs|Net|Zero|Energy|Trade|Industry|Transport|Housing|Finance|Defence|Defense|Health|Justice|Planning|Sport|Culture|Tourism|Water|Works|Lands|Mines|Fisheries|Youth|Women|Labour|Labor|Welfare|Relief|Growth|Research)$/u;

/**
 * Index past the portfolio's field words that open `words` at `from` (`Development` in
 * `Development Saira Bano Qureshi`), leaving at least two words for the name.
 */
export function pastPortfolio(words: readonly { text: string }[], from: number): number {
  let k = from;
  while (words.length - k > 2 && PORTFOLIO_WORD.test(words[k]!.text)) k++;
  return k;
}

/** Nations a national body is named for (`Police Scotland`, `Public Health England`, `Sport Ireland`). */
export const NATIONS = set(`
  england scotland wales ireland britain canada australia india france germany italy spain portugal japan china
  kenya nigeria ghana uganda tanzania zambia zimbabwe ethiopia egypt morocco brazil argentina chile peru colombia
  mexico norway sweden denmark finland iceland poland austria switzerland belgium netherlands greece turkey israel
  pakistan bangladesh indonesia malaysia singapore philippines thailand vietnam korea
`);

/** Kinds of business a sentence may open on before the body's name (`Operator Yarra Metro Trams`, `Carmaker Voltara Motors`). */
export const BUSINESS_KINDS = /^(?:Operator|Carrier|Carmaker|Automaker|Regulator|Lender|Retailer|Insurer|Developer|Manufacturer|Supplier|Broadcaster|Publisher|Chipmaker|Drugmaker|Miner|Brewer|Airline|Owner|Landlord|Contractor)$/;
