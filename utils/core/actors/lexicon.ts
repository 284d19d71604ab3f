/**
 * Word lists the actor finder reads capitalised runs with. They hold English function words,
 * titles and the nouns that name a kind of organisation or place: closed classes, so a list is
 * the right tool. Names of countries come from data (`countries.json`), never from here.
 */
const words = (list: string): Set<string> => new Set(list.trim().split(/\s+/));

/**
 * Capitalised words that are not names when they open a sentence or stand alone: function
 * words, pronouns, days and months, and adverbs that start sentences.
 */
export const NOT_NAMES = words(`
  a an the this that these those there here it its he she his her hers they them their we our us i you your my me mine ours yours
  but and or nor so yet if then than when while where whether because although though unless until since as
  after before during despite amid among between beyond within without across against toward towards
  in on at by for from of to into onto over under with about above below via per
  what which who whom whose why how all any both each every either neither many most much more some such
  other others another one two three four five six seven eight nine ten first second third last next
  no not yes also only even just still however meanwhile moreover furthermore indeed instead
  yesterday today tomorrow tonight now later earlier recently currently
  monday tuesday wednesday thursday friday saturday sunday
  january february march april may june july august september october november december
  jan feb mar apr jun jul aug sep sept oct nov dec
  mr mrs ms dr prof sir dame lord lady
  read share comment reply photo image video watch listen subscribe advertisement related
  hey hi hello oh please thanks
  unlike using updated including featuring following regarding concerning considering compared excluding
  introducing powered sponsored presented hosted lacks contact meet visit explore discover welcome
`);

/**
 * Acronyms of concepts, products and trades, not of actors: "CRM", "SEO", "AI", "GDP". An
 * organisation's acronym ("WTO", "FBI") is an actor; these name what actors do or use.
 */
export const CONCEPT_ACRONYMS = words(`
  ai api crm seo sem roi kpi gdp cpi ceo cfo cto coo vat uv usb gps dna rna hiv ivf faq pdf html css sql saas
  b2b b2c erp it tv pc vr ar ev evs led lcd ssd ram cpu gpu os id pin atm ipo esg hr pr diy eta llm llms ml nft
`);

/**
 * Words that end the name of a day or an event, not of an actor: "Black Friday", "Cyber Monday",
 * "Davis Cup Finals", "Dubai Air Show", "Amsterdam Light Festival".
 */
export const DATES_AND_EVENTS = words(`
  monday tuesday wednesday thursday friday saturday sunday
  january february march april may june july august september october november december
  day week weekend festival show expo fair finals final cup awards award summit games olympics
  championship championships tournament marathon gala
`);

/**
 * People named by their function rather than their name. Capitalised at the start of a sentence
 * ("Authorities said …", "Officials warned …") they are still not a name.
 */
export const GENERIC_PEOPLE = words(`
  authorities officials official analysts experts critics observers residents witnesses investigators
  prosecutors lawmakers legislators diplomats sources police officers leaders ministers negotiators
  mediators economists researchers scientists doctors voters protesters demonstrators activists
  employees workers students parents users customers investors traders
`);

/**
 * Titles that can stand before a name ("Prime Minister Netanyahu", "Judge Okafor"). Lower-case
 * forms of the same words, with a modifier before them, make a role ("US envoy Steve Witkoff").
 */
export const TITLE_NOUNS = words(`
  president minister secretary envoy ambassador chancellor governor gov mayor senator sen rep representative
  judge justice attorney general gen prosecutor director chief chairman chairwoman chair ceo cfo coo
  commissioner speaker leader king queen prince princess emir sheikh sultan pope premier
  commander colonel col lt lieutenant captain capt sergeant sgt admiral officer detective sheriff
  councillor councilor councilman councilwoman councilmember alderman assemblyman assemblywoman
  congressman congresswoman lawmaker superintendent spokesperson spokesman spokeswoman
  professor adviser advisor negotiator mediator diplomat treasurer auditor clerk trustee founder
  coach manager economist analyst researcher head official chairperson executive counsel lawyer
  journalist reporter editor correspondent scholar expert historian scientist activist strategist consultant
  banker investor fellow partner candidate nominee advocate
  rabbi imam bishop archbishop cardinal reverend rev
`);

/** Honorifics mark a person but are not a role. */
export const HONORIFICS = words('mr mrs ms mx dr prof sir dame lord lady hon rt dear');

/**
 * Adjectives of regions and peoples that are not countries: "Asian markets", "Arab states". They
 * are not actors on their own, but stay inside names ("European Union", "Arab League").
 */
export const REGIONAL_ADJECTIVES = words(`
  asian european african arab western eastern northern southern middle latin nordic baltic gulf pacific
  atlantic mediterranean caribbean balkan scandinavian international global national federal
`);

/** Words that qualify a title in a role: "former US envoy", "Deputy Prime Minister". */
export const ROLE_MODIFIERS = words(`
  former acting deputy vice special senior chief foreign prime interim top then state federal
  defence defense finance trade interior health justice labour labor economy energy
  district circuit supreme appeals appellate county city regional national assistant associate
  managing executive general principal lead
`);

/** The last word of an organisation's name: "World Trade Organization", "Supreme Court". */
export const ORGANISATION_WORDS = words(`
  organization organisation commission council court department ministry agency bank union party
  academy association committee institute institution university college school company corporation corp inc
  ltd llc plc co group authority office service services fund forum federation league nations army navy
  forces force police parliament senate congress assembly house administration board reserve
  times post news journal herald tribune foundation trust centre center network bureau coalition
  alliance movement front brigades guard guards airlines airways motors tribunal cabinet secretariat
  programme program hospital church club society media press agency regime government legislature
  caucus conference commission directorate exchange fed circuit fc customs protection enforcement
`);

/** Nouns that end a place name: "Gaza Strip", "Red Sea", "Cook County". */
export const PLACE_WORDS = words(`
  strip river sea ocean island islands mountains valley street avenue road square city county province
  region gulf strait canal bay lake park airport bridge port coast peninsula desert heights hills
  district quarter camp crossing state territory territories town village borough township statehouse capitol
  st rd ave blvd lane boulevard reserve beach harbour harbor
  mosque palace tower museum cathedral temple castle stadium arena monument memorial gardens zoo plaza
`);

/**
 * Prepositions after which a capitalised name is a place: "in Khan Younis", "from Gaza". Not
 * "at" or "within", which as often name an organisation ("at Harvard", "within Hamas").
 */
export const PLACE_PREPOSITIONS = words('in near from into across throughout around outside inside toward towards');

/** Particles inside a person's name: "Ursula von der Leyen", "Mohammed bin Salman". */
export const NAME_PARTICLES = words('von van der den de del della di da du la le al el bin ibn ben');

/** Verbs of saying and judging: "Okafor said", "officials warned". */
export const SPEECH_VERBS = words(`
  said says say told tells argued argues argue warned warns warn claimed claims claim stated states
  noted notes added adds insisted insists announced announces believes believe believed contends contended
  acknowledged acknowledges admitted admits denied denies alleged alleges wrote writes
  explained explains suggested suggests predicted predicts estimated estimates stressed stresses
  cautioned cautions conceded concedes asserted asserts countered counters urged urges ruled rules
  testified testifies replied replies responded responds see sees view views fear fears think thinks
  called calls reported reports confirmed confirms
`);
