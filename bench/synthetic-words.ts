/**
 * Word pools for the synthetic articles. Large and varied on purpose: 10,000 articles must not
 * be near-identical, or search could not tell them apart and the benchmark would measure ties.
 * Names and places are composed from parts, which gives tens of thousands of distinct ones.
 */

const list = (s: string): readonly string[] => s.trim().split(/\s*\|\s*|\n\s*/).filter(Boolean);
const words = (s: string): readonly string[] => s.trim().split(/\s+/);

/** First names the extractor knows the gender of, so `he`/`she` resolve as in real copy. */
export const FEMALE_FIRST = words(`
  Mary Patricia Jennifer Linda Elizabeth Barbara Susan Jessica Sarah Karen Nancy Lisa Margaret Sandra Ashley
  Emily Donna Michelle Carol Amanda Melissa Stephanie Rebecca Sharon Laura Cynthia Kathleen Amy Angela Helen
  Anna Brenda Pamela Nicole Emma Samantha Katherine Christine Rachel Catherine Janet Ruth Maria Heather Diane
  Julie Victoria Olivia Kelly Lauren Joan Evelyn Megan Andrea Hannah Martha Teresa Grace Natalie Fatima Aisha
  Amina Leila Priya Ananya Sunita Mei Yuki Ingrid Astrid Greta Sofia Elena Irina Olga Natalia Claudia
  Francesca Giulia Lucia Carmen Isabel Rosa Valentina Camila Gabriela Beatriz Sonia Nadia Zainab Chloe Lucy
  Amelia Niamh Siobhan Aoife Kate Jane Meera Kavita Pooja Sally Nina
`);

export const MALE_FIRST = words(`
  James Robert John Michael David William Richard Joseph Thomas Charles Christopher Daniel Matthew Anthony
  Mark Donald Steven Paul Andrew Kenneth Kevin Brian George Timothy Edward Jason Ryan Jacob Gary Nicholas
  Eric Jonathan Stephen Justin Scott Benjamin Samuel Gregory Alexander Frank Patrick Raymond Jack Dennis
  Aaron Adam Nathan Henry Douglas Peter Kyle Walter Jeremy Keith Roger Gerald Harold Sean Carl Arthur
  Lawrence Bruce Gabriel Albert Alan Juan Vincent Russell Philip Louis Antonio Ahmed Omar Hassan Ibrahim
  Khalid Mahmoud Rajesh Rahul Amit Vijay Sanjay Arjun Hiroshi Kenji Wei Dmitry Ivan Mikhail Emmanuel Hans
  Matteo Luca Marco Carlos Luis Miguel Pedro Javier Diego Pablo Jorge Liam Oliver Callum Declan Ewan Rory
  Angus Derek Craig Neil Stuart Graham Colin Trevor Kofi Tobias Anders Jonas Tomasz
`);

/** Real surnames from several countries... */
export const SURNAMES = words(`
  Okafor Brannick Castellano Whitlock Haddad Nakamura Oduya Petrov Lindqvist Moreau Alvarez Fitzgerald
  Kowalski Mensah Delacroix Abernathy Quayle Rosenthal Takahashi Ferreira Gallagher Ibekwe Marchetti
  Thornbury Achebe Vasquez Holloway Sorensen Mbeki Caldwell Okonkwo Brennan Yilmaz Novak Dunmore
  Osei Pemberton Saldana Kurosawa Achterberg Mwangi Lachance Hendricks Vargas Ostrowski Adeyemi Blackwood
  Rourke Szabo Amadi Kingsley Romano Hollis Bergstrom Chaudhry Mulligan Vance Ortega Farrow Nwosu
  Eriksen Landry Oyelaran Prescott Rahman Stavros Winslow Bianchi Dalgleish Kagame Lindgren Mahoney Nielsen
  Obuya Pritchard Quintero Sheridan Tanaka Underhill Varga Wexler Yamamoto Zielinski Asante Boateng
  Calloway Delgado Esposito Fairweather Gutierrez Hargreaves Iwu Jablonski Kaplan Lombardi Montague Nkosi
  Oyama Pacheco Quigley Ramirez Salazar Trevino Umeh Valdez Whitaker Xiong Yeboah Zamora Ashworth Brodie
  Carrick Devlin Ellery Fenwick Garside Huxley Iqbal Jessop Kerrigan Lowther Merriman Nagle Ormsby Pellow
`);

/** ...and parts to compose thousands more (`Tal` + `ridge` → `Talridge`). */
export const SURNAME_HEADS = words(`
  Al Bar Bel Cal Car Dal Del Dun El Fal Fen Gal Gar Hal Har Hel Kel Ker Lan Lar Mal Mar Mer Nor Ol Pel Pen
  Ral Ren Sal Sel Tal Ter Val Ven Wal Wen Yar Zel Ash Brom Cres Dray Ems Frey Gram Holt Ives Jor Kest Lom
`);
/** Composed surnames that are English words (`Val` + `ley`): a reader, and the extractor, would not take them for names. */
export const NOT_SURNAMES: ReadonlySet<string> = new Set(words(`Valley Barley Alley Galley Below Carer Barer Caring Baring Barman Penman Drayman Barow Mallow`));
export const SURNAME_TAILS = words(`ridge ley well man ard ett ick er ing ow ino ez ova sen ski iak ani ossa ford more shaw cott ey by`);

/** Parts of town names, apart from surname parts so a town never reads as a person. */
export const PLACE_HEADS = words(`
  Ash Bram Brack Clay Cold Corn Crow Dray East Elm Fair Fox Glen Gold Green Hart High Holm Iron Kings Lark
  Long Marl Mill Moor New North Oak Old Pen Quarry Red Rook Rush Salt Sand Shel Stan Stone Thorn Tide Wey
  West Whit Wick Wind Wolver Yarn
`);
export const PLACE_TAILS = words(`bridge ton field mouth port wick bury stead minster haven dale thorpe combe holm ness ham worth hurst brook gate`);

/** Endings of brand and party names, after a surname head (`Kel` + `ora`). */
export const BRAND_TAILS = words(`ora ix ent ava ico ant ium exa ona ova ara iq`);

/** Districts and landmarks are composed from a place-like name and one of these. */
export const DISTRICT_TAILS = words(`Heights Park Green Vale Hill Estate Quarter Fields Common Gardens`);
export const LANDMARKS = list(`{n} Bridge | {n} Road | the {n} Centre | {n} Market | {n} Street | the {n} Tunnel | {n} Square | the {n} Leisure Centre | {n} Lane | the {n} Library`);
export const HALLS = list(`{n} Town Hall | the {n} Community Centre | {n} Methodist Church | the {n} Civic Hall | {n} Primary School`);

export const OUTLETS = list(`
  Coastal Herald | The Morning Ledger | Northern Echo Post | Valley Gazette | The Daily Courier | Evening Standard Press |
  The Tribune | Harbour Times | The Chronicle | Metro Wire | The Observer Record | County Press | The Independent Voice |
  Regional Dispatch | The Sentinel | Capital Bulletin | The Examiner | Lakeside News | The Journal | Midland Mercury
`);

export const DAYS = words(`Monday Tuesday Wednesday Thursday Friday Saturday Sunday`);

/** Slots shared by every topic's templates. */
export const COMMON_SLOTS: Record<string, readonly string[]> = {
  people: words(`residents families commuters patients pensioners shopkeepers farmers parents students tenants passengers voters workers nurses teachers drivers children neighbours volunteers fishermen carers landlords cyclists retailers apprentices veterans homeowners pupils`),
  adjective: words(`difficult painful historic extraordinary frightening humbling decisive sobering unprecedented critical bruising emotional remarkable exhausting encouraging worrying disappointing welcome overdue reckless sensible modest ambitious fragile stubborn chaotic gruelling bittersweet`),
  time: list(`by the end of the week | before the winter | over the next few months | by Friday | this summer | within days | next spring | by the end of the year | in the coming weeks | before Christmas | by March | this autumn | next year | within a fortnight | over the weekend | by the end of the month | before the election | in the new year | by the summer holidays | before the clocks change`),
  verb: words(`rebuild restore repair reopen protect support defend review investigate fund expand replace deliver monitor strengthen modernise inspect rethink simplify reform upgrade safeguard scrap relaunch overhaul`),
  noun: words(`budget timetable plan system network programme strategy process scheme service inquiry contract framework proposal agreement rules deadline policy roadmap review`),
  feeling: words(`angry relieved exhausted frustrated hopeful proud anxious grateful shocked determined heartbroken cautious optimistic bewildered furious`),
  reason: list(`the cost of living | years of underinvestment | a shortage of staff | the weather | poor planning | rising prices | supply problems | red tape | a lack of funding | falling demand | an ageing population | high interest rates | outdated equipment | soaring energy bills`),
  years: words(`twelve fifteen twenty thirty eight eleven nineteen twenty-five`),
  time2: words(`week month year season winter spring summer autumn`),
  event: words(`crisis disruption setback shutdown upheaval emergency`),
};

/** Quote clauses any topic may use; `{thing}` and `{orgShort}` come from the topic. */
export const COMMON_QUOTES = list(`
  We are doing everything we can to {verb} the {noun} for {people} in {place}
  Nobody in {district} should have to wait {time} for an answer
  This has been a {adjective} week for everyone in {place}
  I have spoken to {people} who are {feeling} and they deserve better
  The {thing} is our first priority and we will not cut corners
  We knew {reason} would catch up with us eventually
  Our message to {people} is simple: stay patient and stay informed
  There is no quick fix for {reason}, and anyone who claims otherwise is not being honest
  We will {verb} the {thing} {time}, whatever it takes
  I have worked in {place} for {years} years and I have never seen anything like it
  It is {adjective}, but it is not the end of the story
  People are {feeling}, and frankly I understand why
  We owe it to {people} to {verb} the {noun} properly this time
  The numbers tell only part of the story in {district}
  If we get the {noun} wrong, {people} will pay the price
  I am {feeling} about what comes next for {district}
  My door is open to anyone in {place} who wants to talk about the {thing}
  We cannot keep blaming {reason} for everything
  Nothing about this {noun} was inevitable
  What happened in {district} must never happen again
  The {thing} was never designed for this kind of pressure
  We need a {adjective} conversation about the {noun}, not another slogan
  I would ask {people} to bear with us a little longer
  We have asked the {orgShort} for a meeting {time}
  There are {people} in {district} who have not slept properly in days
  It is not about politics, it is about the {thing}
  Frankly, the {noun} was out of date before the ink was dry
  We will {verb} {district} street by street if we have to
  The {orgShort} has to earn back the trust of {people} in {place}
  I do not accept that {reason} explains what went wrong at {landmark}
`);

/** Lead-ins and tails that vary a clause (`Look, …`, `…, and that matters`). Openers end with `,` or `:`. */
export const QUOTE_OPENERS = list(`
  Look, | Honestly, | To be clear, | As I said on {day}, | For {people} in {district}, | In all my years in {place}, |
  Let me be plain: | Whatever happens next, | Speaking as someone from {district}, | After what we saw at {landmark}, |
  Right now, | With respect, | From where I stand, | Between you and me,
`);
export const QUOTE_CLOSERS = list(`
  , and that matters | , and everyone in {district} knows it | , whatever the {orgShort} says | , and I mean that |
   this {time2} | , not just for {people} | , and we will keep saying so | , which is the whole point |
  , frankly | , at least for now | , and {people} deserve to hear it
`);

/** Reported speech (no quote marks); `{ref}` is how the article names the speaker again. */
export const COMMON_REPORTED = list(`
  {ref} said the {orgShort} would {verb} the {thing} {time}.
  {ref} warned that {reason} could delay work on the {thing} in {district}.
  {ref} confirmed that a new {noun} for {place} would be published {time}.
  {ref} insisted the {orgShort} had acted as quickly as it could at {landmark}.
  {ref} added that {people} in {district} would be kept informed about the {noun}.
`);

/** What a titled speaker `told reporters on {day} that …`. */
export const TOLD_CLAUSES = list(`
  the {orgShort} would {verb} the {thing} {time}.
  {reason} had made the {noun} harder to deliver in {district}.
  a decision on the {thing} would be taken {time}.
  {people} in {place} had been let down by the {noun}.
`);

/** Background sentences: the search targets that are not quotes. */
export const COMMON_NARRATIVE = list(`
  {landmark} remained closed on {day} while engineers checked the {thing}.
  The {orgShort} has faced criticism from {people} in {district} over its handling of the {noun}.
  A public meeting about the {thing} is planned at {hall} on {day} evening.
  Businesses near {landmark} said trade had slowed since the {event} began.
  The {orgShort} did not respond to a request for comment about the {noun} on {day}.
  Campaigners in {district} have called for an independent review of the {noun}.
  {place} last faced a comparable {event} more than a decade ago, according to local records.
  Opposition councillors described the {noun} as {adjective} and called for a vote at {hall}.
`);

/**
 * Real English words that no pool above uses: absent queries are made of them, so the right
 * result is no answer. `scale-queries.ts` still checks each against the generated corpus.
 */
export const ABSENT_WORDS = words(`
  accordion marzipan kaleidoscope platypus trombone origami zeppelin walrus tapestry harpsichord gondola
  meringue xylophone falconry pelican sundial bagpipe croissant hammock nebula oboe parsnip rhubarb
  sombrero tambourine velvet yodel zither igloo jellyfish kazoo lemur mandolin narwhal octopus penguin
  quokka raccoon seahorse toucan unicorn wombat flamingo porcupine chameleon armadillo trampoline
`);
export const ABSENT_FIRST = words(`Bartholomew Ignatius Peregrine Cornelius Leopold Wilhelmina Ottoline Drusilla Evander Thaddeus`);
export const ABSENT_SURNAMES = words(`Quillfeather Plumtree Snodgrass Fiddlewick Bumblethorn Gobbleston Wigglesworth Pennyfeather Crumpet Thistlewaite`);
