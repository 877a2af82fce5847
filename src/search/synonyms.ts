import { editDistance } from './similarity.js';
import { stem } from './text.js';

/**
 * Words a reader uses for what news figures count, and the words articles print.
 * Each group is symmetric: any word of it stands for the others.
 */
const GROUPS: readonly (readonly string[])[] = [
  ['toll', 'death', 'deaths', 'dead', 'killed', 'died', 'fatalities', 'lives', 'killing', 'casualties', 'bodies', 'deceased'],
  ['injured', 'wounded', 'hurt', 'injuries', 'casualties'],
  ['hospitalised', 'hospitalized', 'hospital'],
  ['rebounds', 'boards'],
  ['savings', 'saved', 'save'],
  ['displaced', 'homeless', 'evacuated', 'fled', 'refugees', 'evacuees', 'sheltering', 'refuge', 'evacuation', 'forced'],
  ['missing', 'unaccounted'],
  ['still', 'remain', 'remained', 'remains', 'remaining'],
  ['foreign', 'international', 'overseas', 'external'],
  ['students', 'undergraduates', 'postgraduates', 'pupils'],
  ['arrested', 'detained', 'arrests', 'detentions', 'custody'],
  ['revenue', 'revenues', 'sales', 'turnover', 'haul', 'gross', 'grossed'],
  ['worldwide', 'global', 'globally'],
  ['profit', 'profits', 'earnings', 'income', 'net'],
  ['loss', 'losses', 'lost'],
  // (`how many people died in the bus crash`: `when a crowded passenger bus plunged about 300 metres off a mountain road`.)
  ['crash', 'crashed', 'accident', 'collision', 'collided', 'plunged', 'overturned'],
  // (`how much did the real lose against the dollar`: `The real weakened 1.4% against the U.S. dollar`.)
  ['lose', 'weakened', 'weaken', 'weakening'],
  ['cost', 'costs', 'price', 'prices', 'spend', 'spending', 'budget', 'worth', 'valued', 'value', 'bill'],
  ['jobs', 'workers', 'employees', 'staff', 'layoffs', 'redundancies', 'positions', 'cuts'],
  ['cap', 'ceiling', 'limit', 'maximum', 'max', 'exceed'],
  // (`how much do public universities charge`: `average annual fees at public universities`.)
  ['charge', 'charges', 'fees', 'fee', 'tuition'],
  ['aid', 'relief', 'assistance', 'subsidy', 'subsidies'],
  // (`how much toxic water leaked into the river`: `releasing an estimated 120,000 cubic metres of cyanide-laced wastewater`.)
  ['spilled', 'spilt', 'spill', 'leaked', 'leak', 'escaped', 'released', 'releasing', 'discharged', 'spilling', 'leaking'],
  ['toxic', 'contaminated', 'polluted', 'poisonous', 'laced'],
  ['water', 'wastewater'],
  ['power', 'electricity', 'outage', 'outages', 'blackout'],
  ['homes', 'houses', 'households', 'properties', 'buildings', 'dwellings', 'structures'],
  ['rain', 'rainfall', 'precipitation'],
  ['wind', 'winds', 'gusts', 'mph', 'speed'],
  ['temperature', 'degrees', 'heat', 'celsius', 'fahrenheit', 'hot'],
  ['inflation', 'prices'],
  ['odds', 'chance', 'chances', 'probability', 'likelihood'],
  ['unemployment', 'jobless'],
  ['population', 'residents', 'inhabitants', 'people', 'villagers', 'locals', 'townspeople', 'islanders'],
  ['vote', 'votes', 'ballots', 'share'],
  ['attendance', 'crowd', 'spectators', 'fans', 'turnout'],
  // (`construction cost of the line`: `a line that took 17 years and €3.8bn to build`.)
  ['construction', 'build', 'built', 'construct', 'constructed'],
  // (`voter participation rate`: `Turnout reached 84.6%`.)
  ['turnout', 'participation'],
  // A vote's turnout is printed as who cast ballots.
  ['turnout', 'ballots', 'cast'],
  ['sentence', 'prison', 'jail', 'years', 'term'],
  // (`how long could the suspects be jailed`: `they could face up to 15 years in prison`.)
  ['jailed', 'imprisoned', 'prison', 'jail', 'imprisonment'],
  ['fine', 'fined', 'penalty', 'restitution', 'damages'],
  // (`how much does Veltrane have to pay`: `Veltrane received the largest penalty, €486 million`.)
  ['pay', 'penalty', 'penalties'],
  ['flights', 'trains', 'services'],
  // (`how many flights were cancelled`: `cancelled or diverted at least 143 departures and arrivals`.)
  ['flights', 'departures', 'arrivals'],
  ['cancelled', 'canceled', 'cancellations', 'scrapped'],
  ['delayed', 'delays'],
  // (`how much were the drugmakers fined`: `fined three pharmaceutical companies`.)
  ['drugmakers', 'drugmaker', 'pharmaceutical', 'pharmaceuticals', 'pharma'],
  // (`how many shops are they closing`: `at least 90` stores.)
  ['shops', 'stores', 'retail', 'retailers', 'supermarkets', 'shelves'],
  ['efficacy', 'effective', 'effectiveness', 'prevented', 'protection', 'protected', 'reduced'],
  ['children', 'kids', 'minors', 'child', 'kid'],
  ['growth', 'grew', 'rose', 'increase', 'rise', 'up', 'jumped', 'jump', 'climbed', 'climb', 'surged', 'soared', 'gained', 'lift', 'lifted', 'boost', 'boosted'],
  ['against', 'opposed', 'oppose', 'opposing', 'rejected', 'voted against'],
  ['monthly', 'month'],
  ['daily', 'day'],
  ['sold', 'sales', 'sell', 'selling'],
  ['weekly', 'week'],
  ['hourly', 'hour'],
  ['annual', 'annually', 'yearly', 'year'],
  ['hot', 'cold', 'warm', 'temperature', 'degrees', 'heat'],
  ['fell', 'fall', 'drop', 'dropped', 'decline', 'down', 'decrease', 'reduction', 'reduced', 'fewer', 'cut', 'cuts', 'descended', 'descent', 'plummeted', 'sank', 'plunged', 'plunge', 'tumbled', 'slumped'],
  ['people', 'persons', 'individuals'],
  ['operations', 'ops', 'surgeries', 'procedures'],
  ['compensation', 'solatium', 'payout', 'payouts', 'gratia'],
  ['dividend', 'dividends', 'payout', 'payouts'],
  ['earn', 'earns', 'salary', 'wage', 'wages', 'pay', 'paid', 'worth'],
  ['protesters', 'protestors', 'demonstrators', 'marchers', 'marched'],
  ['odds', 'chance', 'chances', 'probability', 'likelihood'],
  ['closed', 'shut', 'closure', 'blocked'],
  // (`how long was swanston street closed`: `Services along Swanston Street ... were suspended for more than five hours`.)
  ['closed', 'suspended', 'halted'],
  ['highway', 'road', 'route', 'motorway', 'freeway', 'interstate'],
  ['warehouse', 'building', 'facility', 'plant', 'factory', 'depot'],
  ['output', 'production', 'supply', 'supplies', 'produce', 'produced', 'manufacture', 'manufactured', 'make', 'capacity'],
  ['dose', 'doses', 'shot', 'shots', 'jab', 'jabs', 'injection', 'injections'],
  ['stockpiles', 'stockpile', 'inventories', 'inventory', 'stocks', 'reserves', 'holdings', 'hold', 'holds'],
  ['boat', 'vessel', 'ship', 'hull', 'ferry'],
  ['police', 'cops', 'policing', 'officers'],
  ['asking', 'demanded', 'demanding', 'demand', 'ransom', 'sought', 'seeking'],
  ['gap', 'shortfall', 'deficit', 'hole'],
  ['donations', 'donation', 'donated', 'donors', 'contributions', 'contributed', 'given', 'gave'],
  ['hottest', 'warmest', 'highest', 'record', 'peak', 'strongest', 'fastest', 'maximum', 'high'],
  ['coldest', 'lowest'],
  ['full', 'capacity'],
  ['stock', 'stocks', 'shares'],
  ['guidance', 'forecast', 'forecasts', 'outlook', 'projection', 'projections'],
  ['town', 'city', 'village'],
  ['affected', 'disrupted', 'disrupting', 'disruption', 'impacted', 'stranded'],
  ['stranded', 'stranding', 'stuck', 'marooned'],
  ['cars', 'vehicles', 'autos', 'automobiles'],
  ['deal', 'acquisition', 'takeover', 'merger', 'buyout', 'buy', 'acquire', 'bid'],
  ['deal', 'agreement', 'pact', 'accord', 'settlement'],
  // (`how much is Verhaegen offering per share`: `raised its hostile bid ... to €58.50 per share`.)
  ['offer', 'offers', 'offered', 'offering', 'bid', 'bids', 'bidding'],
  ['swap', 'swapped', 'swaps', 'exchange', 'exchanged', 'exchanges'],
  ['ridership', 'riders', 'passengers', 'commuters', 'travellers', 'travelers'],
  ['travelling', 'traveling', 'moving', 'speeding'],
  ['earthquake', 'quake', 'tremor', 'temblor', 'earthquakes', 'quakes'],
  ['destroyed', 'burned', 'burnt', 'razed', 'gutted', 'flattened', 'levelled', 'leveled', 'torched'],
  ['area', 'hectares', 'acres', 'burned', 'burnt', 'scorched'],
  ['many', 'number'],
  ['signed', 'signatures', 'signature', 'signatories'],
  ['transfer', 'signing'],
  ['valuation', 'values', 'valued', 'valuing', 'value'],
  // A central bank's rate: `interest rate` is printed as its benchmark, lending or policy rate.
  ['interest', 'lending', 'benchmark', 'borrowing', 'policy'],
  ['settlement', 'settle', 'settled', 'settles', 'settling'],
  ['fighting', 'battling', 'tackling', 'combating', 'fought', 'battled', 'tackled'],
  ['fire', 'fires', 'blaze', 'blazes', 'flames', 'wildfire', 'wildfires', 'inferno'],
  // `adjusted earnings`: reported as `excluding some items`.
  ['adjusted', 'excluding', 'underlying'],
  // (`the stage winner's time`: `held on to win the 176km stage in 4hr 12min 38sec`.)
  ['winner', 'win', 'won', 'winning'],
  // (`how long was the winning drop goal`: `a 42-metre drop goal ... to give France a 24-21 victory`.)
  ['winning', 'victory'],
  // (`villages were inundated`, `people were shifted to relief camps`.)
  ['flooded', 'inundated', 'submerged', 'swamped', 'underwater'],
  ['moved', 'shifted', 'relocated'],
  // (`how many inmates were sent to other prisons`: `112 prisoners were transferred to other jails`.)
  ['inmates', 'prisoners', 'detainees'],
  ['prisons', 'jails'],
  // (`how many people work for NorthSky`: `NorthSky employs roughly 1,150 people`.)
  ['work', 'employs', 'employ', 'employed', 'employing', 'workforce', 'headcount'],
  ['debts', 'debt', 'liabilities', 'owe', 'owes', 'owed', 'owing', 'borrowings'],
  ['loan', 'loans', 'financing', 'credit', 'lending', 'bailout'],
  ['gathered', 'collected', 'gather', 'collect', 'amassed'],
  ['backed', 'favour', 'favor', 'supported', 'support', 'approved', 'yes'],
  ['walkout', 'walked', 'strike', 'stoppage', 'striking', 'strikers'],
  ['infections', 'cases', 'infected'],
  // (`how many people have caught measles`: `sickened 47 people`.)
  ['caught', 'infected', 'sickened', 'contracted'],
  ['peak', 'high', 'highest', 'record', 'top'],
  ['margin', 'majority', 'lead'],
  ['households', 'families', 'homes'],
  ['shrank', 'shrink', 'contracted', 'contraction', 'shrinking'],
  // (`how many staff are being laid off`: `would cut about 8,500 jobs`.)
  ['laid', 'eliminated', 'eliminate', 'eliminating', 'axed', 'axing', 'shed', 'shedding', 'cut', 'cutting', 'redundant'],
  // (`How many buildings were penalised over mosquito larvae?`: `fined owners of 236 buildings`.)
  ['penalised', 'penalized', 'penalty', 'penalties', 'fined', 'fine', 'fines'],
  // (`how many parking spots will be scrapped`: `1,800 on-street parking spaces will be removed`.)
  ['spots', 'spaces', 'bays'],
  ['scrapped', 'removed', 'axed'],
  // (`how many roles are being eliminated`: `will remove more than 4,300 roles`.)
  ['eliminated', 'eliminate', 'remove', 'removed', 'removing'],
  // (`affected by the restrictions`: `The measures ... affect about 6 million people`.)
  ['restrictions', 'measures', 'curbs', 'rationing'],
  // (`how much can towns be fined`: `municipalities face fines of up to €150,000`.)
  ['towns', 'municipalities', 'councils'],
  // (`how many computers were hit by the attack`: `The attack affected about 1,400 ... computers`.)
  ['hit', 'affected'],
  // (`size of the park extension`: `will enlarge Meru National Park by 410 square kilometres`.)
  ['extension', 'expansion', 'enlarge', 'enlarged', 'expand', 'expanded', 'extend', 'extended'],
  // (`how much new snow fell`: `90 to 120cm of fresh snow`.)
  ['new', 'fresh'],
  // (`by how much did hospital admissions rise`: `admitted 40 per cent more patients than normal`.)
  ['admissions', 'admission', 'admitted', 'admit', 'admitting', 'hospitalisations', 'hospitalizations'],
  // (`how many people watched on TV`: `drew an average audience of 2.4 million viewers`.)
  ['watched', 'watch', 'watching', 'viewers', 'views', 'viewed', 'viewership', 'audience', 'audiences', 'watchers'],
  ['tv', 'television', 'televised', 'broadcast', 'broadcasts'],
  ['online', 'stream', 'streamed', 'streaming', 'livestream', 'digital'],
];

/** The verb `live`, whose stem is the toll's `lives`. */
const LIVING = /^(?:live|lived|living)$/;

/** The shortest word read through one wrong letter. */
const MIN_SPELLED = 5;

const byStem = new Map<string, string[]>();
for (const group of GROUPS) {
  for (const word of group) {
    const s = stem(word);
    const others = group.filter((w) => stem(w) !== s);
    byStem.set(s, [...new Set([...(byStem.get(s) ?? []), ...others])]);
  }
}

/** Words of the groups long enough that one letter wrong still says which was meant. */
const SPELLABLE = [...new Set(GROUPS.flat())].filter((w) => w.length >= MIN_SPELLED && !w.includes(' '));

/**
 * Other words that count as `word` when matching what a figure measures. A word the library
 * lacks (`misspelt`) that is one letter from a group's word (`salery`) stands for that word and its group.
 */
export function figureSynonyms(word: string, misspelt = false): string[] {
  // (`how many refugees live in Kakuma`: where people live is no toll of lives.)
  if (LIVING.test(word)) return [];
  const own = byStem.get(stem(word));
  if (own || !misspelt || word.length < MIN_SPELLED) return own ?? [];
  const meant = SPELLABLE.find((w) => w[0] === word[0] && editDistance(word, w, 1) <= 1);
  return meant ? [meant, ...(byStem.get(stem(meant)) ?? [])] : [];
}

/** Verbs a reader and a reporter swap in any sentence: `when does construction start` / `would begin by March`. */
const SENTENCE_GROUPS: readonly (readonly string[])[] = [
  // (`when will the new fare apply`: `takes effect on January 1`.)
  ['start', 'starts', 'started', 'begin', 'begins', 'began', 'begun', 'commence', 'commenced', 'effect', 'effective', 'apply', 'applies'],
  ['sequel', 'installment', 'instalment'],
  ['end', 'ends', 'ended', 'finish', 'finished', 'conclude', 'concluded'],
  ['buy', 'bought', 'purchase', 'purchased', 'acquire', 'acquired'],
  ['plane', 'jet', 'aircraft', 'airliner'],
  ['hit', 'struck', 'strikes', 'slammed'],
  ['explosion', 'explosions', 'blast', 'blasts', 'exploded', 'blew'],
  // (`why did the government fall`: `the coalition government collapsed`.)
  ['collapse', 'collapsed', 'caved', 'crumbled', 'fall', 'fell', 'fallen', 'toppled'],
  // (`When did the earthquake strike?`: `The quake hit at 11:47 p.m.`)
  ['earthquake', 'earthquakes', 'quake', 'quakes', 'tremor', 'temblor'],
  ['fire', 'fires', 'blaze', 'blazes', 'wildfire', 'wildfires', 'inferno'],
  ['erupt', 'erupted', 'eruption', 'eruptions'],
  // (`why is the reform needed`: `calling it "necessary and fair"`.)
  ['needed', 'necessary', 'essential', 'required', 'vital'],
  // (`When did the typhoon make landfall?`: `The storm came ashore near Hualien at about 4:40 a.m.`)
  ['landfall', 'ashore'],
  ['typhoon', 'storm', 'cyclone', 'hurricane'],
  // (`When does the new charter come into force?`: `The new constitution will take effect on Dec 18`.)
  ['constitution', 'charter'],
  // (`When is the walkout scheduled to finish?`: `The strike is due to end at 6 a.m. on Friday`.)
  ['walkout', 'walkouts', 'strike', 'strikes', 'stoppage'],
  // (`Who led the investigation?`: `Hendra Wibisono, the former Supreme Court justice who chaired the inquiry`.)
  ['inquiry', 'inquiries', 'enquiry', 'investigation', 'investigations', 'probe'],
  ['led', 'chaired', 'headed'],
  // (`When are the next demonstrations?`: `the next protests would be held on`. Not `marches`: its stem is the month's.)
  ['protest', 'protests', 'protested', 'demonstration', 'demonstrations', 'rally', 'rallies'],
];
const sentenceByStem = new Map<string, string[]>();
for (const group of SENTENCE_GROUPS) {
  for (const word of group) sentenceByStem.set(stem(word), group.filter((w) => stem(w) !== stem(word)));
}

/** Other words that count as `word` in a sentence asked about. */
export function sentenceSynonyms(word: string): string[] {
  return sentenceByStem.get(stem(word)) ?? [];
}
