//! Word lists written for this project: words that start sentences but are
//! not names, titles and roles, organisation and place words, given names,
//! nationality adjectives. All lowercase; looked up through hash sets built
//! once.

use super::hash::FastSet as HashSet;
use std::sync::LazyLock;

fn set(lists: &[&[&'static str]]) -> HashSet<&'static str> {
    lists
        .iter()
        .flat_map(|l| l.iter().copied())
        .collect::<HashSet<_>>()
}

/// Capitalised at the start of a sentence, in a headline or after a quote,
/// but not names.
#[rustfmt::skip]
const COMMON: &[&str] = &[
    "a", "about", "above", "according", "across", "after", "afterwards", "again", "against", "ago",
    "ahead", "all", "almost", "alone", "along", "already", "also", "although", "always", "among",
    "amid", "an", "and", "another", "any", "anyone", "anything", "apart", "are", "around", "as",
    "asked", "at", "away", "back", "be", "because", "been", "before", "behind", "being", "below",
    "beside", "besides", "between", "beyond", "both", "but", "by", "can", "cannot", "certainly",
    "clearly", "could", "currently", "despite", "did", "do", "does", "down", "during", "each",
    "earlier", "early", "either", "else", "elsewhere", "enough", "even", "eventually", "ever",
    "every", "everyone", "everything", "except", "far", "few", "finally", "first", "following",
    "for", "former", "from", "further", "furthermore", "given", "had", "has", "have", "having",
    "he", "her", "here", "hers", "herself", "him", "himself", "his", "how", "however", "i", "if",
    "in", "including", "indeed", "inside", "instead", "into", "is", "it", "its", "itself", "just",
    "last", "late", "later", "latest", "least", "less", "let", "like", "likewise", "many", "may",
    "maybe", "me", "meanwhile", "might", "more", "moreover", "most", "mostly", "much", "must", "my",
    "near", "nearly", "neither", "never", "nevertheless", "next", "no", "nobody", "none",
    "nor", "not", "nothing", "now", "of", "off", "often", "on", "once", "one", "only", "onto", "or",
    "other", "others", "otherwise", "our", "ours", "out", "outside", "over", "overall", "own",
    "per", "perhaps", "please", "plus", "previously", "probably", "quite", "rather", "really",
    "recently", "regarding", "same", "second", "several", "she", "should", "similarly", "since",
    "so", "some", "someone", "something", "sometimes", "soon", "still", "such", "than", "that",
    "the", "their", "theirs", "them", "themselves", "then", "there", "thereafter", "therefore",
    "these", "they", "third", "this", "those", "though", "through", "throughout", "thus", "to",
    "today", "together", "tomorrow", "tonight", "too", "toward", "towards", "under", "unless",
    "unlike", "until", "up", "upon", "us", "very", "via", "was", "we", "well", "were", "what",
    "whatever", "when", "whenever", "where", "whereas", "wherever", "whether", "which", "while",
    "who", "whoever", "whom", "whose", "why", "will", "with", "within", "without", "would", "yes",
    "yesterday", "yet", "you", "your", "yours", "two", "three", "four", "five", "six", "seven",
    "eight", "nine", "ten", "half", "dozens", "hundreds", "thousands", "millions", "shares",
    "prices", "sales", "profit", "profits", "net", "revenue", "total", "trading", 
    "analysts", "officials", "sources", "witnesses", "residents", "troops",
    
    "official", "officially", "annual", "monthly", "weekly", "daily", "full", "final",
    "initial", "interim", "preliminary", "average", "some", "most", "such", "said", "says", "say",
    "told", "added", "noted", "asked", "reported", "announced", "according", "speaking", "writing",
    "note", "notes", "editor", "editors", "source", "sources", "reporting", "story", "report",
    "reports", "statement", "update", "updated", "breaking", "exclusive", "analysis", "opinion",
    "comment", "interview", "photo", "video", "watch", "read", "see", "click", "related", "more",
    "less", "top", "big", "small", "high", "low", "good", "bad", "best", "worst", "better", "worse",
    "major", "minor", "key", "main", "chief", "senior", "junior", "deputy", "acting", "interim",
    "earnings", "results", "share", "stock", "stocks", "bonds", "bond", "dollar",
    "currency", "economy", "growth", "inflation", "rates", "rate", "output", "exports",
    "imports", "budget", "tax", "taxes", "debt", "loan", "loans", 
    "companies", "firm", "firms", "industry", "investors", "traders", "dealers",
    "brokers", "buyers", "sellers", "workers", "employees", "staff", 
    "rebels", "rebel", "militants", "forces", "soldiers", "people",
    "men", "women", "children", "family", "families", "many", "none", "each", "every", "all",
    "talks", "negotiations", "election", "elections", "vote", "voters", "polls",
    "campaign", "judge", "jury", "trial", "case", "law", "rules", "fire",
    "attack", "attacks", "bomb", "blast", "explosion", "killed", "dead", "death", "deaths",
    "wounded", "injured", "hit", "fell", "rose", "gained", "lost", "closed", "opened", "ended",
    "began", "started", "set", "sent", "made", "took", "gave", "came", "went", "got", "put", "kept",
    "left", "held", "told", "called", "named", "known", "seen", "shown", "found", "used", "based",
    "meanwhile", "nonetheless", "overall", "separately", "specifically", "additionally", "asked",
    "unfortunately", "fortunately", "obviously", "apparently", "actually", "basically",
    "generally", "usually", "typically", "traditionally", "historically", "ultimately",
    "importantly", "interestingly", "notably", "officially", "reportedly", "allegedly",
    "hopefully", "admittedly", "arguably", "certainly", "definitely", "possibly", "presumably",
    "surely", "undoubtedly", "anyway", "anyhow", "altogether", "alternatively", "consequently",
    "hence", "accordingly", "regardless", "nonetheless", "nor", "oh", "ah", "well", "okay", "ok",
    "thanks", "thank", "dear", "hello", "hi", "sorry", "welcome", "congratulations", 
    "under", "asked", "after", "before", "whether", "if", "only", "just",
    "nearly", "almost", "roughly", "about", "around", "approximately", "close", "closer",
    "despite", "amid", "among", "beyond", "within", "without", "against", "this", "that", "these",
    "those", "there", "here", "where", "his", "her", "their", "its", "our", "my", "your",
    "what", "why", "how", "who", "which", "when", "while", "technical", "broad", 
    "domestic", "human", 
    "total", "overall", "major",
    "older", "younger", "other", "another", "various", "numerous", "certain", "such", "similar",
    "different", "separate", "single", "double", "triple", "page", "section", "part",
    "chapter", "table", "figure", "chart", "graph", "list", "index", "volume", "issue", "number",
    "figures", "data", "estimates", "forecast", "forecasts", "outlook", "prospects", "details",
    "terms", "conditions", "plans", "plan", "proposals", "proposal", "agreement", "deal", "deals",
    "contract", "contracts", "accord", "treaty", "talks", "meeting", "meetings", "summit",
    "conference", "visit", "trip", "tour", "journey", "return", "arrival", "departure",
];

/// Months, weekdays and their abbreviations: capitalised, never a name on
/// their own (a "May" or "August" that is a person needs other evidence).
#[rustfmt::skip]
const CALENDAR: &[&str] = &[
    "january", "february", "march", "april", "may", "june", "july", "august", "september",
    "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
    "sept", "oct", "nov", "dec", "monday", "tuesday", "wednesday", "thursday", "friday",
    "saturday", "sunday", "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun",
    "spring", "summer", "autumn", "winter", "christmas", "easter", "ramadan", "eid", "hanukkah",
    "passover", "thanksgiving", "halloween", "lent", "advent", "diwali", "new", "year", "years",
    "day", "days", "week", "weeks", "month", "months", "quarter", "am", "pm", "a.m", "p.m", "gmt",
    "bst", "est", "edt", "cet", "utc", "noon", "midnight", "century", "decade", "era",
];

/// Capitalised words that are never a name by themselves (languages,
/// religions, peoples, ideologies, currencies, generic capitalised nouns).
#[rustfmt::skip]
const NOT_NAMES: &[&str] = &[
    "english", "french", "german", "spanish", "italian", "russian", "chinese", "japanese",
    "arabic", "hebrew", "persian", "farsi", "urdu", "hindi", "latin", "greek", "portuguese",
    "dutch", "swedish", "turkish", "korean", "muslim", "muslims", "moslem", "moslems", "islam",
    "islamic", "christian", "christians", "christianity", "jewish", "jews", "jew", "catholic",
    "catholics", "protestant", "protestants", "orthodox", "buddhist", "buddhists", "hindu",
    "hindus", "sikh", "sikhs", "sunni", "sunnis", "shia", "shiite", "shiites", "shi'ite",
    "shi'ites", "arab", "arabs", "kurd", "kurds", "kurdish", "palestinians", "israelis",
    "americans", "europeans", "africans", "asians", "westerners", "communist", "communists",
    "socialist", "socialists", "marxist", "democrat", "democrats", "republican", "republicans",
    "conservative", "conservatives", "liberal", "liberals", "nationalist", "nationalists",
    "islamist", "islamists", "jihadist", "jihadists", "zionist", "fascist", "nazi", "nazis",
    "soviet", "soviets", "internet", "web", "twitter", "facebook", "god", "allah", "bible",
    "koran", "quran", "mass", "mps", "ceo", "cfo", "gdp", "gnp", "cpi", "ppi", "ipo", "vat", "tv",
    "dna", "hiv", "aids", "ok", "pc", "suv", "faq", "usd", "eur", "gbp", "jpy", "dm", "ecu",
    "euro", "euros", "dollar", "dollars", "yen", "pound", "pounds", "sterling", "franc", "francs",
    "mark", "marks", "lira", "lire", "peso", "pesos", "rouble", "roubles", "ruble", "rubles",
    "rupee", "rupees", "yuan", "renminbi", "won", "baht", "ringgit", "rupiah", "shekel",
    "shekels", "rand", "crown", "crowns", "kroner", "krona", "kronor", "zloty", "forint", "leu",
    "lei", "lev", "dinar", "dinars", "riyal", "rial", "dirham", "mr", "mrs", "ms", "dr", "sir",
    "madam", "mister", "prof", "oh", "yes", "nb", "ps", "eg",
    "ie", "etc", "vs", "km", "kg", "mw", "bpd", "mph", "ft", "lb", "oz", "ii", "iii", "iv", "vi",
    "vii", "viii", "ix", "xi", "xii", "tonnes", "percent", "pct", "bln", "mln", "billion",
    "million", "trillion", "section", "article", "chapter", "act", "bill", "amendment",
    "resolution", "decree", "treaty", "prize", "award", "awards", "cup", "olympics", "games",
    "championship", "championships", "open", "grand", "prix", "tour", "series", "final", "finals",
    "semifinal", "league", "division", "round", "stage", "world", "war", "cold", "holocaust",
    "renaissance", "reformation", "empire", "dynasty", "kingdom", "republic", "state", "states",
    "government", "administration", "cabinet", "ministry", "minister", "president", "premier",
    "chancellor", "parliament", "congress", "senate", "house", "court", "council", "committee",
    "commission", "board", "agency", "department", "office", "bureau", "service", "party",
    "army", "navy", "police", "city", "county", "province", "region", "district", "street",
    "avenue", "road", "square", "river", "lake", "sea", "ocean", "island", "islands", "mountain",
    "mountains", "valley", "north", "south", "east", "west", "northeast", "northwest", "southeast",
    "southwest", "northern", "southern", "eastern", "western", "central", "upper", "lower",
    "greater", "new", "old", "great", "little", "saint", "st", "mount", "mt", "fort", "port",
    "cape", "gulf", "bay", "strait", "yazidi", "yazidis", "alawite", "alawites", "druze", "copt",
    "copts", "coptic", "rohingya", "uighur", "uighurs", "uyghur", "uyghurs", "pashtuns", "tamils",
    "hutus", "tutsis", "bedouin", "roma", "sufi", "wahhabi", "salafi", "salafist", "salafists",
    "tomahawk", "tomahawks", "scud", "scuds", "stinger", "kalashnikov", "kalashnikovs",
];

/// Adjectives of nations, regions and peoples. They start phrases like
/// "Iranian officials" or "Iranian President Hassan Rouhani" but are not
/// place mentions (news corpora count them separately).
#[rustfmt::skip]
const ADJECTIVES: &[&str] = &[
    "afghan", "albanian", "algerian", "american", "andorran", "angolan", "argentine",
    "argentinian", "armenian", "australian", "austrian", "azerbaijani", "azeri", "bahraini",
    "bangladeshi", "belarusian", "belarussian", "belgian", "beninese", "bolivian", "bosnian",
    "brazilian", "british", "bulgarian", "burmese", "burundian", "cambodian", "cameroonian",
    "canadian", "chadian", "chilean", "chinese", "colombian", "congolese", "croatian", "croat",
    "cuban", "cypriot", "czech", "danish", "dominican", "dutch", "ecuadorean", "ecuadorian",
    "egyptian", "emirati", "eritrean", "estonian", "ethiopian", "fijian", "filipino", "finnish",
    "french", "gabonese", "gambian", "georgian", "german", "ghanaian", "greek", "guatemalan",
    "guinean", "haitian", "honduran", "hungarian", "icelandic", "indian", "indonesian",
    "iranian", "iraqi", "irish", "israeli", "italian", "ivorian", "jamaican", "japanese",
    "jordanian", "kazakh", "kenyan", "korean", "kosovar", "kuwaiti", "kyrgyz", "laotian",
    "latvian", "lebanese", "liberian", "libyan", "lithuanian", "luxembourgish", "macedonian",
    "malagasy", "malawian", "malaysian", "malian", "maltese", "mauritanian", "mexican",
    "moldovan", "mongolian", "montenegrin", "moroccan", "mozambican", "namibian", "nepalese",
    "nepali", "nicaraguan", "nigerian", "nigerien", "norwegian", "omani", "pakistani",
    "palestinian", "panamanian", "paraguayan", "peruvian", "philippine", "polish", "portuguese",
    "qatari", "romanian", "russian", "rwandan", "salvadoran", "saudi", "scottish", "senegalese",
    "serb", "serbian", "sierra", "singaporean", "slovak", "slovakian", "slovene", "slovenian",
    "somali", "spanish", "sri", "sudanese", "swedish", "swiss", "syrian", "taiwanese", "tajik",
    "tanzanian", "thai", "tibetan", "togolese", "tunisian", "turkish", "turkmen", "ugandan",
    "ukrainian", "uruguayan", "uzbek", "venezuelan", "vietnamese", "welsh", "yemeni",
    "yugoslav", "zambian", "zimbabwean", "english", "european", "african", "asian", "arab",
    "arabian", "latin", "nordic", "scandinavian", "baltic", "balkan", "caucasian", "caribbean",
    "mediterranean", "atlantic", "pacific", "soviet", "communist", "socialist", "islamic",
    "islamist", "muslim", "moslem", "christian", "catholic", "protestant", "orthodox", "jewish",
    "sunni", "shiite", "shia", "shi'ite", "kurdish", "hindu", "sikh", "buddhist", "western",
    "eastern", "northern", "southern", "central", "gulf", "middle", "far", "near", "pan", "anglo",
    "sino", "franco", "basque", "catalan", "flemish", "walloon", "tamil", "sinhalese", "pashtun",
    "hutu", "tutsi", "chechen", "bosnian", "kashmiri", "punjabi", "bengali", "berber", "tatar",
    "persian", "ottoman", "roman", "byzantine", "hispanic", "creole", "aboriginal", "maori",
    "zulu", "inuit", "palestinian", "corsican", "sardinian", "sicilian", "bavarian", "texan",
    "californian", "hongkong",
];

/// Head words of titles that precede a name ("President Barack Obama",
/// "Mr. Smith", "Ayatollah Ali Khamenei").
#[rustfmt::skip]
const TITLE_HEADS: &[&str] = &[
    "president", "presidents", "vice-president", "minister", "premier", "chancellor", "leader",
    "secretary", "secretary-general", "ayatollah", "imam", "sheikh", "sheik", "shaikh", "emir",
    "amir", "king", "queen", "prince", "princess", "crown", "duke", "duchess", "earl", "lord",
    "lady", "sir", "dame", "baron", "baroness", "pope", "cardinal", "archbishop", "bishop",
    "reverend", "rev", "father", "rabbi", "mullah", "mr", "mrs", "ms", "miss", "messrs", "dr",
    "doctor", "prof", "professor", "senator", "sen", "representative", "rep", "congressman",
    "congresswoman", "governor", "gov", "mayor", "judge", "justice", "general", "gen", "admiral",
    "adm", "colonel", "col", "lieutenant", "lt", "major", "maj", "captain", "capt", "sergeant",
    "sgt", "corporal", "private", "commander", "cmdr", "marshal", "brigadier", "commissioner",
    "ambassador", "envoy", "chairman", "chairwoman", "chair", "director", "spokesman",
    "spokeswoman", "spokesperson", "chief", "officer", "executive", "ceo", "coach", "manager",
    "inspector", "superintendent", "detective", "constable", "officer", "attorney", "prosecutor",
    "counsel", "speaker", "whip", "deputy", "sultan", "shah", "tsar", "czar", "kaiser", "pharaoh",
    "president-elect", "chancellor-elect", "premier-elect", "mp", "mep", "ald", "alderman",
    "councillor", "councilman", "councilwoman", "treasurer", "comptroller", "auditor",
    "coordinator", "negotiator", "mediator", "envoy", "delegate", "consul", "attache",
    "dictator", "strongman", "warlord", "patriarch", "metropolitan", "grand", "ayatollahs",
];

/// Words that modify a title ("Supreme Leader", "Foreign Minister").
#[rustfmt::skip]
const TITLE_MODIFIERS: &[&str] = &[
    "supreme", "prime", "foreign", "deputy", "vice", "acting", "former", "first", "second",
    "senior", "junior", "chief", "executive", "finance", "defence", "defense", "interior", "trade",
    "economy", "economic", "economics", "justice", "health", "labour", "labor", "treasury",
    "state", "home", "energy", "oil", "agriculture", "farm", "education", "environment",
    "transport", "communications", "industry", "commerce", "information", "culture", "sports",
    "tourism", "housing", "welfare", "social", "foreign-affairs", "security", "intelligence",
    "military", "army", "navy", "air", "police", "party", "opposition", "majority", "minority",
    "house", "senate", "assistant", "associate", "managing", "general", "attorney", "surgeon",
    "crown", "grand", "lord", "high", "privy", "presidential", "national", "federal", "regional",
    "provincial", "district", "county", "city", "state", "central", "bank", "fund", "union",
    "planning", "privatisation", "privatization", "development", "investment", "budget",
    "fisheries", "mines", "mining", "petroleum", "water", "works", "science", "technology",
    "research", "immigration", "veterans", "homeland", "public", "government", "chief-of-staff",
    "staff", "press", "spokes", "team", "club", "company", "board", "independent", "rebel",
    "militia", "union", "lieutenant", "brigadier", "major", "field", "rear", "vice-admiral",
    "prime-minister", "special", "un", "u.n", "eu", "nato", "white", "powerful", "top",
    "religious", "spiritual", "majority", "minority", "parliamentary", "ruling", "exiled",
    "outgoing", "incoming", "interim", "caretaker", "newly", "elected", "designate",
];

/// Lowercase words that, just before a capitalised name, make it a person
/// and are kept as the role ("spokesman Josh Earnest").
#[rustfmt::skip]
const ROLE_WORDS: &[&str] = &[
    "president", "chairman", "minister", "leader", "secretary", "governor", "commander",
    "premier", "chancellor", "director", "executive", "official", "manager", "author", "writer",
    "spokesman", "spokeswoman", "spokesperson", 
    "chairwoman", "analyst", "economist", "strategist", "ambassador",
    "envoy", "mayor", "senator", "negotiator",
    "lawyer", "attorney", "judge", "prosecutor", "colonel", "captain", 
    "coach", "aide", "adviser", "advisor", "diplomat",
    "correspondent", "reporter", "editor", "columnist", "professor",
    "researcher", "scientist", 
    "businessman", "businesswoman", "tycoon", "billionaire", "millionaire", "entrepreneur",
    "lawmaker",
    "legislator", "congressman", "congresswoman", "deputy", "representative", "delegate",
    "commissioner", "inspector", "detective", "sergeant", "lieutenant", "soldier", "pilot",
    "doctor", "surgeon", "physician", "nurse", "priest", "cleric", "bishop", "rabbi", "imam",
    "monk", "activist", "dissident", 
    "actor", "actress", "singer", "musician", "artist", 
    "striker", "midfielder", "defender", "goalkeeper", "batsman", "bowler", 
    "swimmer", "boxer", "golfer", "cyclist", "skier", 
    "son", "daughter", "wife", "husband", "brother", "sister", "father", "mother", "widow",
    "uncle", "nephew", "niece", "cousin", 
    
    "photographer", "historian", "philosopher", "poet",
    "novelist", "playwright", "composer", "conductor", "dancer", "comedian", "presenter",
    
    "president-elect", "premier-elect", "headman",
    "warlord", 
];

/// Last words of organisation names.
#[rustfmt::skip]
const ORG_WORDS: &[&str] = &[
    "newsroom", "administration", "medical", "healthcare", "bancshares", "bancorporation",
    "financial", "telecommunication", "petrochemical", "petrochemicals", "cement", "textiles",
    "party", "ministry", "department", "dept", "journal", "press", "times", "post", "news",
    "group", "council", "agency", "bank", "banks", "bancorp", "bankcorp", "university", "college",
    "institute", "institution", "inc", "incorporated", "corp", "corporation", "co", "company",
    "cos", "ltd", "limited", "plc", "llc", "llp", "lp", "ag", "sa", "nv", "bv", "gmbh", "spa",
    "ab", "asa", "oy", "oyj", "kk", "bhd", "pte", "tbk", "pt", "holdings", "holding", "group",
    "association", "federation", "confederation", "union", "league", "committee", "commission",
    "court", "tribunal", "assembly", "parliament", "congress", "senate", "army", "navy",
    "airforce", "force", "forces", "front", "movement", "organisation", "organization",
    "foundation", "fund", "board", "authority", "office", "service", "services", "exchange",
    "airlines", "airline", "airways", "motors", "motor", "industries", "industrial", "bureau",
    "club", "police", "guard", "guards", "brigade", "brigades", "battalion", "regiment",
    "division", "church", "society", "trust", "securities", "capital", "partners", "systems",
    "technologies", "technology", "energy", "petroleum", "oil", "gas", "telecom",
    "telecommunications", "communications", "network", "networks", "television", "tv", "radio",
    "broadcasting", "museum", "hospital", "school", "academy", "centre", "center", "reserve",
    "chamber", "cabinet", "government", "secretariat", "mission", "embassy", "consulate",
    "herald", "tribune", "gazette", "daily", "magazine", "review", "economist", "telegraph",
    "observer", "guardian", "chronicle", "monitor", "courier", "independent", "express", "mirror",
    "sun", "star", "globe", "mail", "record", "examiner", "inquirer", "bulletin", "weekly",
    "insurance", "assurance", "investments", "investment", "finance", "financial", "credit",
    "savings", "trading", "resources", "mining", "mines", "metals", "steel", "chemicals",
    "chemical", "pharmaceuticals", "pharmaceutical", "pharma", "foods", "food", "brewery",
    "breweries", "electric", "electronics", "power", "utilities", "shipping", "logistics",
    "railways", "railway", "railroad", "rail", "stores", "retail", "media", "entertainment",
    "pictures", "studios", "records", "publishing", "labs", "laboratories", "software",
    "computer", "computers", "semiconductor", "semiconductors", "construction", "properties",
    "realty", "developments", "enterprises", "ventures", "associates", "consulting",
    "management", "advisors", "advisers", "unit", "subsidiary", "cooperative", "co-operative",
    "syndicate", "cartel", "consortium", "alliance", "coalition", "bloc", "directorate",
    "command", "corps", "militia", "militias", "taskforce", "squad", "team", "fc", "afc",
    "rovers", "athletic", "wanderers", "hotspur", "commerce", "treasury", "opec", "cbs",
    "inspectorate", "prosecutor's", "prosecutors", "agencies", "bourse", "market", "markets",
    "brothers", "sons", "kombinat", "works", "mills", "farms", "supermarkets", "airport-authority",
];

/// Head words of organisations named "X of Y" ("Bank of England").
#[rustfmt::skip]
const ORG_HEADS: &[&str] = &[
    "chiefs", "friends", "daughters", "sons", "knights", "brotherhood", "guardians",
    "bank", "university", "ministry", "department", "council", "church", "federation",
    "association", "organisation", "organization", "league", "union", "institute", "college",
    "academy", "court", "house", "chamber", "board", "bureau", "office", "party", "society",
    "school", "museum", "commission", "committee", "congress", "parliament", "assembly",
    "army", "order", "friends", "people's", "movement", "front", "fund", "agency", "embassy",
    "confederation", "federal", "national", "royal", "supreme", "state", "central", "government",
    "cabinet", "secretariat", "directorate", "corporation", "company", "group", "alliance",
];

/// Last words of place names ("Gaza Strip", "Yangtze River").
#[rustfmt::skip]
const PLACE_WORDS: &[&str] = &[
    "river", "sea", "ocean", "gulf", "bay", "lake", "lakes", "mountain", "mountains", "mount",
    "hills", "hill", "heights", "island", "islands", "isles", "peninsula", "strait", "straits",
    "canal", "province", "county", "prefecture", "oblast", "district", "region", "valley",
    "desert", "coast", "plateau", "plain", "plains", "basin", "delta", "forest", "glacier",
    "street", "avenue", "boulevard", "road", "square", "bridge", "airport", "harbour", "harbor",
    "port", "beach", "park", "camp", "strip", "territory", "territories",
    "city", "town", "village", "township", "borough", "parish", "municipality", "canton",
    "governorate", "emirate", "sound", "reef", "falls", "springs", "creek", "pass", "cape",
    "garden", "gardens", "palace", "castle", "cathedral", "mosque", "temple", "shrine",
    "stadium", "arena", "tower", "towers", "plaza", "boulevard", "quarter", "highway",
    "motorway", "crossing", "checkpoint", "dam", "lane",
];

/// Lowercase nouns before "at X" that make X a place ("the reactor at
/// Arak").
#[rustfmt::skip]
const FACILITY_NOUNS: &[&str] = &[
    "plant", "plants", "reactor", "reactors", "site", "sites", "facility", "facilities", "base",
    "bases", "camp", "camps", "prison", "station", "mine", "mines", "factory", "port", "airport",
    "talks", "meeting", "summit", "conference", "ceremony", "rally", "refinery", "terminal",
    "border", "crossing", "checkpoint", "landed", "arrived", "stopover", "embassy", "consulate",
    "headquarters", "office", "offices", "hotel", "residence", "compound", "complex",
];

/// First words of place names ("Mount Everest", "Lake Victoria").
#[rustfmt::skip]
const PLACE_HEADS: &[&str] = &[
    "mount", "mt", "lake", "gulf", "cape", "port", "fort", "isle", "isla", "sierra", "rio",
    "san", "santa", "santo", "são", "sao", "los", "las", "el", "la", "st", "saint", "sainte",
    "ciudad", "puerto", "porto", "republic",
];

/// Lowercase words allowed inside a name when capitalised words surround
/// them ("Bank of England", "Osama bin Laden", "Ludwig van Beethoven").
#[rustfmt::skip]
const JOINERS: &[&str] = &[
    "of", "de", "da", "do", "dos", "das", "di", "du", "del", "della", "der", "den", "van", "von",
    "bin", "ibn", "bint", "al", "el", "le", "la", "ter", "ten", "y", "&", "for", "on", "upon",
    "an", "zu", "af",
];

/// Lowercase nouns before "of X" that make X a place ("the town of X").
#[rustfmt::skip]
const PLACE_NOUNS: &[&str] = &[
    "town", "village", "city", "region", "province", "district", "capital", "island", "port",
    "area", "state", "county", "suburb", "suburbs", "outskirts", "republic", "enclave",
    "settlement", "valley", "municipality", "neighbourhood", "neighborhood", "border", "streets",
    "centre", "center", "heart", "north", "south", "east", "west", "northeast", "northwest",
    "southeast", "southwest", "coast", "shores", "hills", "islands", "governorate", "prefecture",
    "townships", "township", "districts", "towns", "villages", "cities", "regions", "provinces",
];

/// Lowercase nouns right after a single word that make it a place ("X
/// airport", "X province").
#[rustfmt::skip]
const PLACE_FOLLOWERS: &[&str] = &[
    "airport", "province", "region", "district", "county", "border", "port", "harbour", "harbor",
    "prefecture", "oblast", "governorate", "valley", "river", "residents", "villagers",
];

/// Last words of names that are events, wars, awards or documents, not
/// people, organisations or places ("Korean War", "Nobel Prize").
#[rustfmt::skip]
const EVENT_WORDS: &[&str] = &[
    "war", "wars", "revolution", "crisis", "cup", "games", "olympics", "award", "awards",
    "prize", "act", "treaty", "accord", "accords", "agreement", "day", "festival", "marathon",
    "championship", "championships", "open", "index", "average", "bonds", "bond", "bills",
    "notes", "futures", "treasuries", "eurobonds", "eurodollars", "gilts", "bunds", "declaration",
    "convention", "protocol", "plan", "doctrine", "summit", "talks", "era", "uprising", "intifada",
    "massacre", "bombing", "scandal", "affair", "storm", "hurricane", "typhoon", "syndrome",
    "disease", "virus", "flu", "fever", "prize", "medal", "trophy", "show", "tour", "series",
    "awards", "rally", "march", "strike", "ceasefire", "truce", "law", "bill", "amendment",
];

/// East Asian family names, written first: "Zhou Lianbo" is later "Zhou".
#[rustfmt::skip]
const FAMILY_FIRST: &[&str] = &[
    "li", "wang", "zhang", "liu", "chen", "yang", "zhao", "huang", "zhou", "wu", "xu", "sun",
    "hu", "zhu", "gao", "lin", "he", "guo", "ma", "luo", "liang", "song", "zheng", "xie", "han",
    "tang", "feng", "yu", "dong", "xiao", "cheng", "cao", "yuan", "deng", "xu", "fu", "shen",
    "zeng", "peng", "lu", "su", "jiang", "cai", "jia", "ding", "wei", "xue", "ye", "yan", "pan",
    "du", "dai", "xia", "zhong", "tian", "ren", "jiang", "fan", "fang", "shi", "yao", "tan",
    "liao", "zou", "xiong", "jin", "hao", "kong", "bai", "cui", "kang", "mao", "qiu", "qin",
    "gu", "hou", "shao", "meng", "long", "wan", "duan", "lei", "qian", "tang", "yin", "kim",
    "park", "lee", "choi", "jung", "kang", "cho", "yoon", "jang", "lim", "shin", "seo", "kwon",
    "hwang", "ahn", "oh", "roh", "moon", "hong", "nguyen", "tran", "le", "pham", "hoang", "phan",
    "vu", "vo", "dang", "bui", "do", "ngo", "duong", "ly", "hun", "lon", "pol",
];

/// Postal abbreviations of US states in datelines ("Tampa, Fla.").
#[rustfmt::skip]
pub const STATE_ABBREVIATIONS: &[(&str, &str)] = &[
    ("ala", "Alabama"), ("ariz", "Arizona"), ("ark", "Arkansas"), ("calif", "California"),
    ("colo", "Colorado"), ("conn", "Connecticut"), ("del", "Delaware"), ("fla", "Florida"),
    ("ga", "Georgia"), ("ill", "Illinois"), ("ind", "Indiana"), ("kan", "Kansas"),
    ("kans", "Kansas"), ("ky", "Kentucky"), ("la", "Louisiana"), ("md", "Maryland"),
    ("mass", "Massachusetts"), ("mich", "Michigan"), ("minn", "Minnesota"),
    ("miss", "Mississippi"), ("mo", "Missouri"), ("mont", "Montana"), ("neb", "Nebraska"),
    ("nev", "Nevada"), ("nh", "New Hampshire"), ("nj", "New Jersey"), ("nm", "New Mexico"),
    ("ny", "New York"), ("nc", "North Carolina"), ("nd", "North Dakota"), ("okla", "Oklahoma"),
    ("ore", "Oregon"), ("pa", "Pennsylvania"), ("ri", "Rhode Island"), ("sc", "South Carolina"),
    ("sd", "South Dakota"), ("tenn", "Tennessee"), ("tex", "Texas"), ("vt", "Vermont"),
    ("va", "Virginia"), ("wash", "Washington"), ("wva", "West Virginia"), ("wis", "Wisconsin"),
    ("wyo", "Wyoming"), ("dc", "Washington"),
];

/// Company suffixes: "Translema SA" is also written "Translema".
#[rustfmt::skip]
const COMPANY_SUFFIXES: &[&str] = &[
    "inc", "corp", "co", "ltd", "plc", "sa", "ag", "nv", "bv", "gmbh", "spa", "ab", "asa", "llc",
    "group", "holdings", "corporation", "company", "limited", "cos", "bhd", "pt", "tbk",
];

/// Words that follow a name and make it an organisation ("Islamic State
/// militants", "Hamas officials").
#[rustfmt::skip]
const ORG_FOLLOWERS: &[&str] = &[
    "daily", "newspaper", "weekly", "magazine", "agency", "spokesperson",
    "militants", "militant", "rebels", "guerrillas", "guerrilla", "fighters", "insurgents",
    "group", "movement", "faction", "party", "shares", "stock", "stake", "shareholders",
    "subsidiary", "unit", "board", "spokesman", "spokeswoman", "executives", "management",
    "employees", "workers", "staff", "chairman", "chief", "officials", "members", "leaders",
    "lawmakers", "deputies", "delegation", "headquarters", "plant", "plants", "factory",
    "factories", "profit", "profits", "earnings", "revenue", "revenues", "sales", "results",
    "bid", "offer", "merger", "takeover", "bonds", "debt", "brand", "products", "customers",
];

/// Words that follow a name and make it a person ("Smith, 45,", "Smith
/// himself").
#[rustfmt::skip]
const PERSON_FOLLOWERS: &[&str] = &[
    "himself", "herself", "who", "whose", "jr", "jr.", "sr", "sr.", "iii",
];

/// Common given names across many languages, written for this project.
#[rustfmt::skip]
const FIRST_NAMES: &[&str] = &[
    // English and international
    "ali", "bill", "bob", "lee", "kim", "mark", "ray", "pat", "ross", "dean", "earl", "gene",
    "chuck", "rex", "rose", "grace", "guy", "rod", "roman", "hunter", "ban",
    "aaron", "abigail", "adam", "adrian", "agnes", "alan", "albert", "alec", "alex", "alexander",
    "alexandra", "alfred", "alice", "alicia", "alison", "allan", "allen", "amanda", "amy", "andrea",
    "andrew", "andy", "angela", "ann", "anna", "anne", "annie", "anthony", "antonio", "arnold",
    "arthur", "ashley", "audrey", "barbara", "barry", "bart", "ben", "benjamin", "bernard", "beth",
    "betty", "billy", "bobby", "bonnie", "brad", "bradley", "brenda", "brian",
    "bruce", "bryan", "carl", "carol", "caroline", "carolyn", "catherine", "charles", "charlie",
    "charlotte", "cheryl", "chris", "christian", "christina", "christine", "christopher",
    "cindy", "claire", "clara", "clarence", "claude", "clifford", "clint", "colin", "connie",
    "craig", "cynthia", "dale", "dan", "daniel", "danny", "darren", "dave", "david", 
    "deborah", "debra", "denis", "dennis", "derek", "diana", "diane", "dick", "don", "donald",
    "donna", "doris", "dorothy", "doug", "douglas", "duncan", "dustin", "dylan", "ed",
    "eddie", "edgar", "edith", "edmund", "edward", "edwin", "eileen", "elaine", "eleanor",
    "elizabeth", "ellen", "emily", "emma", "eric", "erik", "ernest", "ethan", "eugene", "eva",
    "evelyn", "frances", "francis", "frank", "fred", "freddie", "frederick", "gail", "gary",
    "gavin", "geoffrey", "geoff", "george", "gerald", "gerry", "gilbert", "gloria",
    "gordon", "graham", "greg", "gregory", "harold", "harriet", "harry", "harvey",
    "heather", "helen", "henry", "herbert", "howard", "hugh", "ian", "irene", "isaac", "ivan",
    "jack", "jackie", "jacob", "jake", "james", "jamie", "jane", "janet", "janice", "jason",
    "jean", "jeff", "jeffrey", "jennifer", "jenny", "jeremy", "jerry", "jesse", "jessica", "jill",
    "jim", "jimmy", "joan", "joanna", "joe", "joel", "john", "johnny", "jon", "jonathan", "joseph",
    "josh", "joshua", "joyce", "judith", "judy", "julia", "julian", "julie", "justin", "karen",
    "kate", "katherine", "kathleen", "kathy", "keith", "kelly", "ken", "kenneth", "kevin", 
    "kirk", "kyle", "larry", "laura", "lauren", "lawrence", "leonard", "leslie", "lewis",
    "linda", "lisa", "lloyd", "lois", "lori", "louis", "louise", "lucy", "luke", "lynn",
    "malcolm", "marc", "margaret", "maria", "marie", "marilyn", "martha", "martin", "mary",
    "matt", "matthew", "maureen", "max", "megan", "melissa", "michael", "michelle", "mike",
    "mildred", "nancy", "natalie", "nathan", "neil", "nicholas", "nick", "nicole", "nigel",
    "norman", "oliver", "oscar", "owen", "pamela", "patricia", "patrick", "paul", "paula",
    "peggy", "peter", "phil", "philip", "phillip", "phyllis", "rachel", "ralph", "randy", 
    "raymond", "rebecca", "richard", "rick", "rob", "robert", "robin", "rodney", "roger",
    "ron", "ronald", "roy", "russell", "ruth", "ryan", "sally", "sam", "samuel",
    "sandra", "sara", "sarah", "scott", "sean", "sharon", "shirley", "simon", "stanley",
    "stephanie", "stephen", "steve", "steven", "stuart", "susan", "suzanne", "ted", "teresa",
    "terry", "theodore", "theresa", "thomas", "tim", "timothy", "tina", "todd", "tom", "tommy",
    "tony", "tracy", "trevor", "valerie", "vanessa", "victor", "victoria", "vincent", "virginia",
    "walter", "wayne", "wendy", "wesley", "william", "willie", "zachary", "newt", "hillary",
    "bernie", "madeleine", "condoleezza", "colin", "dick", "rudolph", "rudy", "al", "jesse",
    "strom", "trent", "orrin", "warren", "ted", "lamar", "mitch", "nancy", "harry",
    "joe", "kamala", "mitt", "marco", "ted", "elizabeth", "lindsey", "barack", "michelle",
    "jared", "ivanka", "melania", "mike", "nikki", "kellyanne", "sarah",
    "ehud", "ariel", "benjamin", "binyamin", "shimon", "yitzhak", "yasser", "yasir", "mahmoud",
    "ahmad", "ahmed", "hassan", "hasan", "hussein", "husain", "mohammad", "mohammed",
    "muhammad", "mohamed", "mohamad", "abdul", "abdel", "abdullah", "abdallah", "abu", "omar",
    "umar", "osama", "usama", "saddam", "hafez", "bashar", "rafik", "rafiq", "saad", "walid",
    "nabih", "khalid", "khaled", "faisal", "fahd", "salman", "hamad", "hamid", 
    "jalal", "masoud", "massoud", "nouri", "nuri", "ayad", "iyad", "tariq", "tareq", "taha",
    "ismail", "ibrahim", "yusuf", "youssef", "yousef", "mustafa", "mostafa", "recep", "tayyip",
    "ahmet", "mehmet", "turgut", "suleyman", "tansu", "necmettin", "mesut", "bulent", "abdullah",
    "akbar", "hashemi", "mir", "javad", "mohsen", "hossein", "reza", "akbar", "karim", "nasser",
    "nasir", "anwar", "hosni", "gamal", "amr", "boutros", "kofi", "moammar", "muammar",
    "zine", "houari", "abdelaziz", "hamid", "pervez", "nawaz", "benazir", "zulfikar", "imran",
    "asif", "shaukat", "yousaf", "atal", "narendra", "manmohan", "sonia", "rahul", "rajiv",
    "indira", "narasimha", "deve", "gowda", "inder", "krishna", 
    "amitabh", "sanjay", "vijay", "ravi", "arun", "anil", "sunil", "suresh", "ramesh", "rajesh",
    "mahathir", "anwar", "najib", "goh", "suharto", "megawati", "susilo", "joko", "abdurrahman",
    "ferdinand", "corazon", "fidel", "gloria", "joseph", "benigno", "rodrigo", "thaksin",
    "yingluck", "chuan", "hun", "norodom", "aung", "suu", "kyi", "shwe",
    "boris", "vladimir", "viktor", "victor", "yevgeny", "yevgeni", "evgeny", "gennady",
    "gennadi", "mikhail", "alexei", "alexey", "aleksei", "anatoly", "anatoli", "andrei",
    "andrey", "sergei", "sergey", "dmitry", "dmitri", "igor", "oleg", "pavel", "pyotr", "nikolai",
    "grigory", "grigori", "yegor", "yuri", "yury", "leonid", "nikita", "konstantin", "ivan",
    "alexander", "aleksandr", "alexandr", "vyacheslav", "valery", "valeri", "arkady", "stanislav",
    "ruslan", "aslan", "dzhokhar", "shamil", "akhmad", "ramzan", "nursultan",
    "askar", "heydar", "ilham", "eduard", "levon", "robert", "serzh", "petro", "leonid",
    "viktor", "yulia", "volodymyr", "alexander", "lech", "aleksander", "waclaw", "tadeusz",
    "jozef", "donald", "jaroslaw", "vaclav", "milos", "vladimir", "gyula", "viktor", "ion",
    "emil", "traian", "nicolae", "petre", "zhelyu", "todor", "slobodan", "radovan", "ratko",
    "franjo", "alija", "momcilo", "biljana", "zoran", "vojislav", "kiro", "ibrahim", "hashim",
    "helmut", "gerhard", "angela", "klaus", "theo", "hans", "dietrich", "joschka", "rudolf",
    "wolfgang", "jurgen", "juergen", "gunter", "guenter", "horst", "heinz", "karl", "otto",
    "franz", "johannes", "oskar", "norbert", "manfred", "werner", "uwe", "dieter",
    "jacques", "francois", "françois", "jean", "pierre", "alain", "lionel", "edouard", "michel",
    "nicolas", "dominique", "philippe", "laurent", "valery", "valéry", "charles", "georges",
    "marine", "segolene", "ségolène", "emmanuel", "hervé", "herve", "bernard", "yves", "gilles",
    "claude", "andre", "andré", "rene", "rené", "marcel", "henri", "jules", "louis", "thierry",
    "olivier", "xavier", "benoit", "didier", "eric", "fabrice", "gerard", "gérard", 
    "romano", "silvio", "massimo", "giuliano", "carlo", "azeglio", "giorgio",
    "oscar", "luigi", "giuseppe", "giovanni", "mario", "matteo", "enrico", "paolo", "marco",
    "francesco", "roberto", "umberto", "gianni", "fabio", "alessandro", "antonio", "bettino",
    "giulio", "gianfranco", "walter", "jose", "josé", "juan", "carlos", "luis", "felipe",
    "fernando", "manuel", "miguel", "pedro", "pablo", "jorge", "javier", "alfonso", "alberto",
    "rafael", "ricardo", "sergio", "eduardo", "ernesto", "raul", "raúl", "hugo", "evo", "alvaro",
    "álvaro", "andres", "andrés", "gustavo", "ernesto", "vicente", "ernesto", "cuauhtemoc",
    "ollanta", "alan", "alberto", "cristina", "nestor", "néstor", "mauricio", "dilma", "luiz",
    "inacio", "lula", "fernando", "henrique", "itamar", "michel", "jair", "mariano", "jose",
    "josep", "jordi", "artur", "anibal", "aníbal", "mario", "antonio", "marcelo", "joao", "joão",
    "wim", "ruud", "jan", "pieter", "willem", "hendrik", "jean-claude", "jean-luc",
    "jean-marie", "jean-pierre", "jean-louis", "jean-paul", "jean-yves", "wilfried", 
    "jacques", "herman", "yves", "poul", "anders", "lars", "nils", "ole", "carl", "goran",
    "göran", "ingvar", "olof", "gro", "jens", "kjell", "thorbjorn", "erna", "paavo", "martti",
    "tarja", "sauli", "esko", "matti", "jyrki", "bertie", "albert", "garret", "enda", "gerry",
    "martin", "ian", "tony", "gordon", "neil", "paddy", "menzies", "nick", "theresa",
    "boris", "jeremy", "keir", "nigel", "margaret", "john", "kenneth", "malcolm", "michael",
    "douglas", "robin", "jack", "clare", "harriet", "chris", "ed", "yvette", "andreas",
    "kostas", "costas", "constantine", "konstantinos", "andreas", "george", "giorgos", "alexis",
    "theodoros", "glafcos", "glafkos", "rauf", "mesut", "yitzhak", "golda", "menachem", "natan",
    "avigdor", "tzipi", "ehud", "moshe", "yossi", "dan", "uri", "amos", "avi", "david", "danny",
    "chaim", "haim", "eitan", "yuval", "naftali", "yair", "benny", "gabi", "saeb", "nabil",
    "hanan", "marwan", "ismail", "khaled", "salam", "rami", "ahmed", "xi", "hu", "wen",
    "jiang", "zhu", "li", "deng", "mao", "zhou", "qian", "wu", "yang", "wang", "zhang", "liu",
    "chen", "zhao", "huang", "xu", "gao", "lin", "guo", "luo", "tang", "feng", 
    "cheng", "cao", "peng", "zeng", "xiao", "tian", "yuan", "cai", "jia", 
    "wei", "xue", "dai", "xia", "zhong", "qiu", "hou",
    "cui", "kang", "shen", "chiang", "tung", 
    "donald", "tsang", "leung", "lam", "carrie", "tsai", 
    "chen", "teng", "roh", "choi",
    "jung", "kang", "cho", "yoon", "jang", "lim", "shin", "seo", "kwon", "hwang", "ahn",
    "yoo", "jeon", "sam", "ryutaro",
    "tomiichi", "keizo", "yoshiro", "junichiro", "shinzo", "yasuo", "taro", "yukio", "naoto",
    "yoshihiko", "toshiki", "kiichi", "morihiro", "tsutomu", "noboru", "kakuei", "yasuhiro",
    "ichiro", "hiroshi", "takeshi", "kenji", "akira", "koji", "masahiko", "nobuo", "shinji",
    "takashi", "yoshio", "haruhiko", "masaaki", "toshihiko", "hiroyuki", "yoichi", "fumio",
    "yoshihide", "tokuichiro", "nelson", "thabo", "jacob", "cyril", "winnie", "desmond",
    "robert", "morgan", "olusegun", "sani", "goodluck", "muhammadu", "umaru", "ibrahim", "ken",
    "jomo", "uhuru", "daniel", "mwai", "raila", "yoweri", "paul", "laurent", "joseph",
    "mobutu", "jerry", "john", "meles", "isaias", "haile", "mengistu",
    "hosni", "anwar", "gamal", "mohamed", "abdel", "fattah", "moammar", "omar", "hassan",
    "idriss", "blaise", "abdou", "abdoulaye", "macky", "alpha", "ellen", "charles", "samuel",
    "joaquim", "eduardo", "jose", "sam", "festus", "seretse", "ian", "kenneth",
    "frederick", "levy", "hastings", "bingu", "joyce", "benjamin", "jakaya",
    "julius", "juvenal", "pierre", "melchior", "sylvestre", "faustin", "pasteur",
    "laurent", "theoneste", "hillary", "george", "laura", "barbara", "jeb", "newt",
    "elizabeth", "warren", "madeleine", "leon", "william", "strobe", "sandy", "anthony",
    "wesley", "dennis", "mickey", "ron", "robert", "rubin", "alan", "lawrence", "larry", "tim",
    "ben", "janet", "jerome", "paul", "alan", "mervyn", "wim", "jean-claude", "mario",
    "christine", "pascal", "roberto", "dominique", "jacques", "horst", "rodrigo", "anne",
    "ashraf", "hamid", "burhanuddin", "gulbuddin", "ahmad", "abdul",
    "rashid", "ashraf", "atta", "ayman", "abu", "musab", "anwar", "hakimullah", "baitullah",
    "yasin", "fawzi", "kemal", "abdulkadir", "hamid", "ruhollah", "akbar",
    "marwan", "walid", "michel", "amin", "emile", "elias", "rene", "selim", "fouad", "tammam",
    "najib", "rafic", "nabih", "samir", "camille", "pierre", "bachir", "hamad", "tamim",
    "khalifa", "zayed", "mohammed", "sabah", "jaber", "nawaf", "qaboos", "haitham", "isa",
    "salman", "nayef", "bandar", "turki", "saud", "muqrin", "alwaleed", "talal",
    "jimmy", "gerald", "richard", "lyndon", "dwight", "harry", "franklin", "herbert", "calvin",
    "woodrow", "theodore", "abraham", "ulysses", "thomas", "andrew", "ronald", "nancy",
    "rosalynn", "hubert", "walter", "spiro", "nelson", "dan", "dick", "joe", "mike", "kamala",
    "al", "tipper", "chelsea", "monica", "paula", "kenneth", "linda", "vernon", "janet", "louis",
    "jesse", "rupert", "conrad", "ted", "warren", "steve", "larry", "sergey", 
    "jeff", "elon", "tim", "satya", "sundar", "jack", "jamie", "lloyd", "sanford", "jack",
    "lou", "michael", "carly", "meg", "sheryl", "marissa", "indra", "ginni", "mary",
    "ursula", "olaf", "annalena", "friedrich", "markus", "armin", "christian", "frank-walter",
    "joachim", "ernesto", "emmanuel", "edouard", "jean-yves", "bruno", "gabriel", "elisabeth",
    "giorgia", "sergio", "mario", "giuseppe", "matteo", "pedro", "mariano", "isabel", "santiago",
    "recep", "binali", "hulusi", "kemal", "abdullah", "ekrem", "jacinda", "scott", "kevin",
    "julia", "malcolm", "anthony", "john", "justin", "stephen", "jean", "brian", "pierre",
    "chrystia", "jagmeet", "andres", "manuel", "claudia", "javier", "gabriel", "nicolas", "juan",
    "guaido", "leopoldo", "henrique", "ivan", "gustavo", "dina", "alejandro", "sebastian",
    "michelle", "lenin", "rafael", "daniel", "violeta", "oscar", "xiomara", "nayib", "bukele",
    "jovenel", "ariel", "volodymyr", "petro", "arseniy", "vitali", "vitaly", "yanukovych",
    "alexander", "sviatlana", "aliaksandr", "nikol", "ilham", "kassym-jomart", "shavkat",
    "emomali", "sooronbay", "gurbanguly", "serdar", "mirziyoyev",
];

/// Acronyms that are also common words or generic abbreviations: never an
/// organisation on their letters alone.
#[rustfmt::skip]
const COMMON_ACRONYMS: &[&str] = &[
    "it", "is", "us", "who", "am", "pm", "ok", "tv", "ceo", "cfo", "coo", "cto", "gdp", "gnp",
    "vat", "dna", "hiv", "aids", "pc", "suv", "faq", "usd", "eur", "gbp", "jpy", "ipo", "i", "a",
    "an", "or", "if", "no", "so", "on", "in", "at", "to", "of", "as", "by", "be", "we", "he", "me",
    "my", "do", "go", "up", "oh", "ii", "iii", "iv", "vi", "vii", "viii", "ix", "xi", "xii", "km",
    "kg", "mw", "bpd", "mph", "gmt", "est", "edt", "utc", "cet", "tba", "tbd", "asap", "rip",
    "md", "phd", "mba", "ma", "ba", "bsc", "msc", "llb", "nb", "ps", "re", "fyi", "etc", "vs",
    "all", "and", "the", "for", "not", "new", "one", "two", "our", "out", "but", "can", "has",
    "had", "his", "her", "its", "was", "are", "may", "now", "off", "per", "pct", "yr", "q1",
    "q2", "q3", "q4", "h1", "h2", "fy", "ltd", "inc", "plc", "co", "corp", "mln", "bln", "net",
    "cpi", "ppi", "pmi", "eps", "p/e", "roi", "yoy", "mom", "qoq", "ebit", "ebitda", "nav", "aum",
    "lng", "lpg", "crude", "brent", "wti", "ftse", "dax", "cac", "nikkei", "dow", "nasdaq",
    "usa", "uk", "eu", "un", "uae", "ussr", "gop", "mp", "mps", "mep", "pr", "hr", "ad", "bc",
    "ce", "bce", "id", "ids", "pin", "atm", "sms", "gps", "usb", "cd", "dvd", "ai", "vr", "ar",
    "ui", "ux", "api", "url", "www", "com", "html", "pdf", "jpg", "png", "gif", "mp3", "lol",
    "omg", "wtf", "vip", "rsvp", "diy", "eta", "faq", "hq", "pr", "qa", "r&d", "m&a", "s&p",
    "ok", "xl", "xxl", "jr", "sr", "st", "dr", "mr", "mrs", "ms", "rev", "gen", "sen", "rep",
    "gov", "lt", "col", "sgt", "capt", "prof", "news", "update", "breaking", "urgent", "flash",
    "corrected", "correction", "refile", "repeat", "advisory", "note", "editors",
];

pub static COMMON_SET: LazyLock<HashSet<&'static str>> = LazyLock::new(|| set(&[COMMON]));
pub static CALENDAR_SET: LazyLock<HashSet<&'static str>> = LazyLock::new(|| set(&[CALENDAR]));
pub static NOT_NAME_SET: LazyLock<HashSet<&'static str>> = LazyLock::new(|| set(&[NOT_NAMES]));
pub static ADJECTIVE_SET: LazyLock<HashSet<&'static str>> = LazyLock::new(|| set(&[ADJECTIVES]));
pub static TITLE_HEAD_SET: LazyLock<HashSet<&'static str>> = LazyLock::new(|| set(&[TITLE_HEADS]));
pub static TITLE_MODIFIER_SET: LazyLock<HashSet<&'static str>> =
    LazyLock::new(|| set(&[TITLE_MODIFIERS]));
pub static ROLE_SET: LazyLock<HashSet<&'static str>> = LazyLock::new(|| set(&[ROLE_WORDS]));
pub static ORG_WORD_SET: LazyLock<HashSet<&'static str>> = LazyLock::new(|| set(&[ORG_WORDS]));
pub static ORG_HEAD_SET: LazyLock<HashSet<&'static str>> = LazyLock::new(|| set(&[ORG_HEADS]));
pub static PLACE_WORD_SET: LazyLock<HashSet<&'static str>> = LazyLock::new(|| set(&[PLACE_WORDS]));
pub static PLACE_HEAD_SET: LazyLock<HashSet<&'static str>> = LazyLock::new(|| set(&[PLACE_HEADS]));
pub static JOINER_SET: LazyLock<HashSet<&'static str>> = LazyLock::new(|| set(&[JOINERS]));
pub static ORG_FOLLOWER_SET: LazyLock<HashSet<&'static str>> =
    LazyLock::new(|| set(&[ORG_FOLLOWERS]));
pub static PERSON_FOLLOWER_SET: LazyLock<HashSet<&'static str>> =
    LazyLock::new(|| set(&[PERSON_FOLLOWERS]));
pub static FIRST_NAME_SET: LazyLock<HashSet<&'static str>> = LazyLock::new(|| set(&[FIRST_NAMES]));
pub static PLACE_NOUN_SET: LazyLock<HashSet<&'static str>> = LazyLock::new(|| set(&[PLACE_NOUNS]));
pub static PLACE_FOLLOWER_SET: LazyLock<HashSet<&'static str>> =
    LazyLock::new(|| set(&[PLACE_FOLLOWERS]));
pub static COMPANY_SUFFIX_SET: LazyLock<HashSet<&'static str>> =
    LazyLock::new(|| set(&[COMPANY_SUFFIXES]));
pub static EVENT_WORD_SET: LazyLock<HashSet<&'static str>> = LazyLock::new(|| set(&[EVENT_WORDS]));
pub static FAMILY_FIRST_SET: LazyLock<HashSet<&'static str>> =
    LazyLock::new(|| set(&[FAMILY_FIRST]));
pub static FACILITY_NOUN_SET: LazyLock<HashSet<&'static str>> =
    LazyLock::new(|| set(&[FACILITY_NOUNS]));
pub static COMMON_ACRONYM_SET: LazyLock<HashSet<&'static str>> =
    LazyLock::new(|| set(&[COMMON_ACRONYMS]));
