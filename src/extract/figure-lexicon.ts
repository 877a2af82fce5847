/**
 * Word lists shared by the figures extractor's modules: grammar words, time words, speech
 * verbs, events and verbs of change. Lower-case.
 */

/** Grammar words: never part of a counted noun or of a source's name. */
export const FUNCTION_WORDS = new Set([
  'a', 'an', 'the', 'and', 'or', 'but', 'nor', 'of', 'to', 'in', 'on', 'at', 'by', 'for', 'from', 'with', 'without',
  'into', 'onto', 'over', 'under', 'about', 'around', 'between', 'among', 'through', 'during', 'before', 'after',
  'since', 'until', 'than', 'as', 'per', 'via', 'against', 'across', 'toward', 'towards', 'upon', 'within', 'despite',
  'including', 'like', 'that', 'which', 'who', 'whom', 'whose', 'this', 'these', 'those', 'it', 'its', 'they', 'them',
  'their', 'he', 'him', 'his', 'she', 'her', 'we', 'us', 'our', 'you', 'your', 'i', 'me', 'my', 'be', 'been', 'being',
  'is', 'was', 'were', 'are', 'am', 'had', 'has', 'have', 'having', 'do', 'does', 'did', 'will', 'would', 'shall',
  'should', 'can', 'could', 'may', 'might', 'must', 'not', 'no', 'also', 'now', 'already', 'only', 'just', 'still',
  'yet', 'even', 'so', 'then', 'there', 'here', 'when', 'where', 'while', 'if', 'because', 'although', 'though',
  'more', 'most', 'some', 'any', 'all', 'each', 'every', 'both', 'either', 'neither', 'such', 'own', 'very', 'too',
  'again', 'ago', 'ever', 'never', 'out', 'up', 'down', 'off', 'what', 'how', 'why', 'mostly', 'mainly', 'many',
  'much', 'few', 'several', 'almost', 'nearly',
]);

/** Verbs whose subject gives the figures of its sentence. Matched lower-case as printed (`States` is not `states`). */
export const SPEECH_VERBS = new Set([
  'said', 'says', 'say', 'told', 'tells', 'reported', 'reports', 'estimated', 'estimates', 'announced', 'announces',
  'confirmed', 'confirms', 'stated', 'added', 'adds', 'noted', 'wrote', 'claimed', 'claims', 'counted', 'showed',
  'shows', 'found', 'finds', 'expected', 'revealed', 'warned', 'projected', 'forecast', 'predicted', 'calculated',
  'tallied', 'insisted', 'explained', 'disclosed', 'indicated',
]);

/**
 * Time words: skipped between a subject and its verb (`The ministry on Thursday said`), and
 * never part of a name or a measured noun (`$300m in revenue last year`).
 */
export const TIME_WORDS = new Set([
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'today', 'yesterday', 'tonight',
  'tomorrow', 'morning', 'afternoon', 'evening', 'night', 'overnight', 'earlier', 'later', 'last', 'week', 'month',
  'year', 'previously', 'separately', 'recently', 'late', 'early',
]);

/** Events a figure measures: the verb or noun of its clause. */
export const EVENTS = new Set([
  'killed', 'kill', 'kills', 'killing', 'dead', 'died', 'die', 'dies', 'deaths', 'death', 'toll', 'fatalities',
  'casualties', 'injured', 'injuring', 'injuries', 'wounded', 'wounding', 'hurt', 'displaced', 'evacuated',
  'evacuations', 'cancelled', 'canceled', 'cancellations', 'delayed', 'grounded', 'arrested', 'arrests', 'detained',
  'detentions', 'kidnapped', 'abducted', 'missing', 'rescued', 'freed', 'released', 'hospitalised', 'hospitalized',
  'infected', 'infections', 'affected', 'stranded', 'homeless', 'fled', 'rose', 'rise', 'risen', 'fell', 'fall',
  'fallen', 'increased', 'increase', 'decreased', 'declined', 'decline', 'dropped', 'drop', 'jumped', 'surged',
  'soared', 'plunged', 'slumped', 'climbed', 'grew', 'gained', 'lost', 'losses', 'raised', 'sold', 'sales', 'cut',
  'cuts', 'hired', 'laid', 'layoffs', 'fired', 'sacked', 'shed', 'added', 'created', 'spent', 'paid', 'invested',
  'earned', 'borrowed', 'owed', 'donated', 'pledged', 'awarded', 'fined', 'seized', 'destroyed', 'damaged',
  'demolished', 'flooded', 'sentenced', 'jailed', 'convicted', 'charged', 'deported', 'executed', 'vaccinated',
  'won', 'cost', 'costs', 'worth', 'valued', 'reached', 'exceeded', 'topped',
]);

/** Verbs of change: `Inflation rose to 3.2%` measures `Inflation`; before `5% to 10%` they make it two figures. */
export const CHANGE_VERBS = new Set([
  'rose', 'fell', 'grew', 'increased', 'decreased', 'declined', 'dropped', 'jumped', 'surged', 'soared', 'plunged',
  'slumped', 'climbed', 'gained', 'lost', 'slipped', 'eased', 'shrank', 'contracted', 'expanded', 'reached', 'hit',
  'stood', 'was', 'is', 'rises', 'falls', 'grows',
]);
