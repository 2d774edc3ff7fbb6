package dev.gazette.taxonomy;

import dev.gazette.content.Article;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Candidate names in one article's text, with where they occur. A name is a run of capitalized
 * words, possibly with lower-case connectors inside ("Duke of Sussex", "Top of the Pops"), or a
 * word with a capital or digit inside ("iPod", "G8"), or a word of a script without capitals
 * (Arabic, CJK). Titles and roles in front of a person are stripped ("Education Secretary Ruth
 * Kelly" is "Ruth Kelly"), an honorific is noted ("Mr Blair"), a short mention is merged into the
 * article's full name ("Blair" into "Tony Blair"), an acronym defined in brackets counts for its
 * expansion, and a nationality adjective is a weak hint for its country. Bylines never count, nor
 * the outlet a quote was given to ("told BBC News", "BBC Sport understands").
 * What cannot be decided from one article (a capitalized word opening a sentence) is left for
 * {@link ArchiveTagger}, which sees how the whole archive writes that word.
 */
public final class TagExtractor {
  /** Marks a name whose first word opened a sentence, so may be an ordinary word. */
  static final char UNSURE = '\u0001';

  // Words are found by WordScanner.
  /** Lower-case words that may sit inside a name ("Duke of Sussex", "Ludwig van Beethoven"). */
  private static final Set<String> CONNECTORS = set("of", "de", "da", "van", "von", "del",
      "della", "der", "den", "la", "le", "du", "al", "bin", "di", "y", "and", "for", "&", "the",
      "on", "upon");
  /**
   * Connectors that join two names unless the whole ends like an organisation; not "&", which
   * is inside firms' names ("Travelers Life & Annuity", "Marks & Spencer").
   */
  private static final Set<String> JOINING = set("and", "for", "on", "upon");
  /** Words a surname may open with: "De Niro", "El Guerrouj", "Van Nistelrooy", "Le Bon". */
  private static final Set<String> SURNAME_PARTICLES = set("de", "da", "di", "du", "del",
      "della", "der", "den", "van", "von", "la", "le", "lo", "el", "al", "bin", "ben", "dos");
  /** Words in front of a nationality adjective that make a region of it: "North American". */
  private static final Set<String> COMPASS = set("north", "south", "east", "west", "northern",
      "southern", "eastern", "western", "central", "latin", "s", "n");
  /** What is "on" or "for" a subject as part of its name: "Convention on Human Rights". */
  private static final Set<String> INSTRUMENT = set("convention", "treaty", "conference",
      "charter", "declaration", "summit", "protocol", "agreement", "inquiry", "panel");
  private static final Set<String> ORG_END = set("union", "institute", "association",
      "committee", "council", "society", "department", "commission", "centre", "center",
      "foundation", "party", "agency", "authority", "office", "trust", "fund", "organisation",
      "organization", "federation", "board", "service", "services", "group", "corporation",
      "company", "industries", "studies", "bank", "project", "alliance", "network", "museum",
      "university", "college", "school", "club", "league", "award", "awards", "festival",
      "court", "house", "ministry", "inc", "ltd", "plc", "co", "institution", "forum", "act",
      "bill", "directive", "programme", "program", "channel", "index", "exchange", "order",
      "circle", "guild", "fellowship", "systems", "technologies", "holdings", "partners",
      "airlines", "airways", "studios", "laboratories", "laboratory");
  /**
   * Words that end an event's name, or a body's that is not in {@link #ORG_END}, or a club's
   * ("Newcastle United", "Exeter City": one club, not a city and a word that is short for
   * another club).
   */
  private static final Set<String> EVENT_END = set("olympics", "games", "open", "cup",
      "championship", "championships", "marathon", "parliament", "assembly", "summit",
      "conference", "congress", "expo", "show", "prize", "trophy", "classic", "tournament",
      "united", "city", "rovers", "athletic", "wanderers", "albion");
  static final Set<String> STOP = set(
      "a", "an", "the", "and", "or", "but", "if", "in", "on", "at", "to", "for", "of", "by",
      "with", "from", "as", "is", "it", "its", "he", "she", "they", "we", "you", "i", "his",
      "her", "their", "our", "my", "your", "this", "that", "these", "those", "there", "here",
      "what", "when", "where", "who", "why", "how", "which", "while", "after", "before", "so",
      "no", "not", "yes", "mr", "mrs", "ms", "miss", "dr", "said", "says", "also", "however",
      "speaking", "meanwhile", "last", "next", "one", "two", "three", "four", "five",
      "more", "most", "some", "many", "all", "both", "each", "other", "such", "only", "now",
      "then", "today", "yesterday", "tomorrow", "tonight", "according", "despite", "although",
      "though", "because", "since", "until", "during", "over", "under", "about", "into", "up",
      "out", "january", "february", "march", "april", "may", "june", "july", "august",
      "september", "october", "november", "december", "monday", "tuesday", "wednesday",
      "thursday", "friday", "saturday", "sunday", "jan", "feb", "mar", "apr", "jun", "jul",
      "aug", "sep", "sept", "oct", "nov", "dec", "photo", "picture", "image", "getty", "images",
      // Weekdays as fixture lists shorten them ("Worcester v Sale (Fri)"); not "Sun", "Wed".
      "mon", "tue", "tues", "thu", "thur", "thurs", "fri",
      "comment", "read", "click", "share", "advertisement", "pictured", "should", "would",
      "could", "will", "can", "did", "does", "do", "was", "were", "be", "been", "has", "have",
      "had", "let", "just", "even", "still", "yet", "very", "much", "well", "first", "second",
      "another", "every", "any", "lot", "us", "them", "him", "me", "ap", "reuters", "afp",
      "pa", "updated", "published", "date", "source", "sources", "insider", "former", "earlier",
      "later", "across", "among", "around", "between", "within", "without", "against",
      "instead", "perhaps", "indeed", "overall", "finally", "currently", "recently", "often",
      "several", "few", "both", "either", "neither", "nor",
      "gmt", "bst", "am", "pm", "oh", "ok", "mp", "mps", "ceo", "uk-based",
      // Acronyms that are common nouns, not names.
      "tv", "pc", "pcs", "cd", "cds", "dvd", "dvds", "id", "hd", "pvr", "gdp", "vat", "ceo",
      "agm", "ipo", "sms", "pin", "atm", "isp", "url", "pda", "lcd", "mp3", "gps", "rss",
      "faq", "dj", "djs", "vip", "gcse", "gcses", "nhs-style", "q&a");
  /**
   * Words naming an office or job, stripped from in front of a person's name. Not "star":
   * capitalized inside a run it opens a name ("Star Wars", "Star Academy"), and before a person
   * it is written in lower case ("film star Robert De Niro").
   */
  private static final Set<String> ROLES = set("president", "minister", "secretary", "ceo",
      "chancellor", "chairman", "chairwoman", "chair", "chief", "executive", "director",
      "governor", "spokesman", "spokeswoman", "spokesperson", "leader", "deputy", "shadow",
      "prime", "attorney", "mayor", "senator", "congressman", "congresswoman", "judge",
      "inspector", "detective", "superintendent", "constable", "officer", "sergeant", "sgt",
      "captain", "coach", "manager", "boss", "striker", "midfielder", "defender", "goalkeeper",
      "skipper", "actor", "actress", "singer", "rapper", "producer", "presenter",
      "host", "dj", "comedian", "author", "writer", "novelist", "artist", "guitarist",
      "drummer", "frontman", "beatle", "gen", "general", "col", "colonel", "lt", "maj", "major",
      "admiral", "commander", "vice", "acting", "assistant", "commissioner", "ambassador",
      "envoy", "treasurer", "analyst", "economist", "professor", "prof", "rev", "reverend",
      "pope", "cardinal", "archbishop", "bishop", "father", "chairperson", "founder",
      "co-founder", "editor", "correspondent", "reporter", "chef", "champion", "winger",
      "forward", "fly-half", "scrum-half", "prop", "lock", "flanker", "centre", "full-back",
      "hooker", "number", "keeper", "veteran", "rookie", "trainer", "jockey", "spokesperson",
      "mp", "mep", "msp", "peer", "councillor", "controversial", "legendary", "world",
      "olympic", "foreign", "home", "education", "health", "culture", "trade", "industry",
      "defence", "defense", "environment", "transport", "work", "pensions", "justice",
      "interior", "finance", "economy", "energy", "sports", "sport", "media", "treasury",
      "constitutional", "affairs", "state", "international", "development", "employment",
      "agriculture", "science", "technology", "communications", "schools", "europe",
      "european", "welsh", "scottish", "northern", "ireland", "opposition", "party",
      "conservative", "labour", "tory", "democrat", "liberal", "republican", "democratic",
      "senate", "house", "elect", "designate", "minority", "majority", "whip", "speaker",
      "general-elect", "president-elect", "attorney-general", "secretary-general",
      "director-general", "pm", "unionist", "nationalist", "ukip", "snp", "army", "navy",
      "representative", "battalion", "regiment", "brigade", "squadron", "platoon", "tories",
      "conservatives", "democrats", "republicans", "liberals", "unionists", "nationalists");
  /**
   * Party words, stripped from in front of a full name only ("Tory Neil Hamilton", "Liberal
   * Democrat Paul Tyler"), since alone they name the party.
   */
  private static final Set<String> PARTIES = set("tory", "labour", "conservative", "democrat",
      "republican", "liberal", "unionist", "nationalist", "ukip", "snp", "tories",
      "conservatives", "democrats", "republicans", "liberals", "unionists", "nationalists");
  /** Words that are an office in themselves, so a run ending in one names no person. */
  private static final Set<String> OFFICE_END = set("president", "minister", "secretary",
      "chancellor", "chairman", "chairwoman", "chief", "executive", "director", "governor",
      "spokesman", "spokeswoman", "leader", "deputy", "mayor", "senator", "commissioner",
      "ambassador", "general", "officer", "inspector", "superintendent", "editor",
      "correspondent", "presenter", "producer", "coach", "manager", "captain", "boss",
      "speaker", "mps", "meps");
  /**
   * Continent, region and religion adjectives and their group nouns, an event's adjective, and
   * languages:
   * alone they describe, never name what an article is about ("European leaders", "Muslim
   * groups", "Asian markets", "Olympic champion", where the Games are the "Olympics"). They
   * stay candidates, so that they count toward the names they are short for and the archive
   * knows them, but are never chosen as tags ({@link ArchiveTagger}).
   */
  static final Set<String> ADJECTIVES = set("european", "europeans", "asian", "asians",
      "african", "africans", "western", "eastern", "westerners", "muslim", "muslims", "jewish",
      "jews", "catholic", "catholics", "islamic", "christian", "christians", "protestant",
      "protestants", "hindu", "hindus", "sikh", "sikhs", "buddhist", "buddhists", "arab",
      "arabs", "arabic", "latin", "scandinavian", "nordic", "balkan", "baltic", "olympic", "euro",
      // Languages: the film is "in Hindi", the story about Bollywood.
      "hindi", "urdu", "mandarin", "cantonese", "swahili", "bengali", "punjabi", "gaelic",
      "yiddish", "farsi", "sanskrit", "esperanto",
      "paralympic");
  /**
   * Days and seasons of the calendar: like months and weekdays they say when, never what a story
   * is about ("Christmas sales", "the Boxing Day match"). They stay candidates, so that a longer
   * name holding them is read whole, but are never chosen as tags ({@link ArchiveTagger}).
   */
  static final Set<String> CALENDAR = set("christmas", "christmas day", "christmas eve",
      "boxing day", "new year", "new year's day", "new year's eve", "easter", "easter sunday",
      "easter monday", "good friday", "whitsun", "halloween", "thanksgiving", "valentine's day",
      "hogmanay", "bonfire night", "guy fawkes night", "mother's day", "father's day",
      "memorial day", "labor day", "labour day", "may day", "lent", "ramadan", "eid", "diwali",
      "hanukkah", "passover", "yom kippur");
  /**
   * A firm's legal form after its name, left off the tag ("ABC Inc", "Vulcan Inc", "Acme Ltd");
   * not "Corp" or "Company", which are part of names like "News Corp".
   */
  private static final Set<String> LEGAL_FORMS = set("Inc", "Ltd", "LLC", "plc", "Plc", "PLC");
  /**
   * Common acronyms ({@link #STOP}) that open the names of magazines, shops and shows: "PC Pro",
   * "PC World", "TV Go Home" (not "GMT" or "ISP" before a name, nor "DJ", a role).
   */
  private static final Set<String> BRAND_OPENERS = Set.of("TV", "PC", "CD", "DVD", "HD", "OK");
  /** A side of so many players after a team's name: "the England XV", "a World XI". */
  private static final Set<String> SIDES = Set.of("XI", "XV", "XIII");
  /** Letters after a person's name: "Tom McCabe MSP", "Ian MacDonald QC" (not "Jr"). */
  private static final Set<String> POST_NOMINALS = set("msp", "mep", "mla", "qc", "kc", "obe",
      "mbe", "cbe", "kbe", "frs");
  /**
   * Who someone is to the person a story is about: "his wife Audrey", "her son Harry", "guide
   * dog Lucy". A single word after one is a first name, no subject of its own.
   */
  private static final Set<String> KIN = set("wife", "husband", "widow", "widower", "son",
      "daughter", "mother", "father", "brother", "sister", "partner", "girlfriend",
      "boyfriend", "fiancee", "fiance", "grandson", "granddaughter", "dog", "cat", "horse");
  /**
   * What kind of body a name is, written right before it: "anti-virus firm Sophos", "rival
   * Shell", "regulator Ofcom", "auctioneers Cooper Owen", "rock group Evanescence". A writer
   * says what a body is when it first brings it in as one of the story's actors, and seldom for
   * one named in passing. Not "team" or "side", which a match report writes before every club.
   */
  static final Set<String> KINDS = set("firm", "company", "group", "giant", "rival",
      "regulator", "watchdog", "maker", "manufacturer", "retailer", "auctioneers",
      "auctioneer", "broadcaster", "operator", "carrier", "insurer", "airline", "publisher",
      "developer", "program", "website", "site", "band", "label", "chain", "supermarket");
  /** "speaking to", "interview with", "speaking on": what precedes an outlet's name. */
  private static final Set<String> OUTLET_VERBS = set("speaking", "talking", "spoke", "talked",
      "interview", "interviewed", "writing", "wrote", "said", "says");
  /**
   * "political correspondent Nick Robinson": the correspondent reporting a story is not its
   * subject (a "reporter" may well be: "reporter Martin Bashir" as a witness).
   */
  private static final Set<String> JOURNALISTS = set("correspondent", "correspondents");
  /** "BBC Sport understands", "BBC Sport pundit": what follows an outlet's name. */
  private static final Set<String> OUTLET_AFTER = set("understands", "pundit", "correspondent",
      "reporter");
  /**
   * The last words of names that the text goes on to call "the bill", "the festival", "the
   * committee" ({@code Builder.creditReferences}); not "company", "group" or "firm", which an
   * article uses for whichever firm it is about, nor "party", "house" or "city".
   */
  private static final Set<String> REFERENTS = set("bill", "act", "directive", "summit",
      "festival", "awards", "project", "report", "index", "laboratory", "committee",
      "commission", "council", "union", "institute", "association", "society", "foundation",
      "agency", "authority", "trust", "fund", "federation", "board", "bank", "alliance",
      "museum", "university", "college", "school", "club", "league", "court", "ministry",
      "forum", "programme", "program", "exchange", "guild", "cup", "championship",
      "championships", "marathon", "tournament", "conference", "congress", "expo", "prize",
      "trophy", "inquiry", "convention", "treaty", "charter", "campaign", "scheme", "network",
      "tribunal", "regulator", "watchdog", "charity", "orchestra", "band", "album", "film");
  /** What a work is, before its title: "the film Man to Man", "the sitcom Extras". */
  private static final Set<String> WORKS = set("film", "movie", "album", "single", "song",
      "novel", "book", "musical", "sitcom", "series", "drama", "comedy", "documentary",
      "epic", "thriller", "opera", "track", "biopic", "cartoon", "memoir",
      "autobiography", "blockbuster", "sequel", "remake", "spoof", "satire", "ballet", "poem",
      "painting", "exhibition", "programme", "show", "soap", "anthem");
  /**
   * Small words inside a work's title: "Man to Man", "Hide and Seek", "How to Dismantle an
   * Atomic Bomb"; not "in", "at", "with" or "from", which before a capital more often lead to a
   * place or a person ("the film Beanstalk in Birmingham").
   */
  private static final Set<String> TITLE_WORDS = set("to", "the", "a", "an", "of", "and",
      "but", "is", "my", "me", "you", "it", "as", "are", "be", "up", "out", "all", "no", "not");
  /** Weekdays' three-letter forms, some of them names elsewhere ("The Sun"). */
  private static final Set<String> WEEKDAYS_SHORT = Set.of("Mon", "Tue", "Wed", "Thu", "Fri",
      "Sat", "Sun");
  /** What follows a surname to tell a son from his father: "Charles Evans Jr". */
  private static final Set<String> GENERATIONS = Set.of("Jr", "Sr", "II", "III", "IV");
  /** Titles before a person's name: a knight's ({@link #KNIGHTS}) or a peer's. */
  private static final Set<String> TITLES = Set.of("Sir", "Dame", "Lord", "Lady", "Baroness",
      "Baron");
  /** Titles left off a full name: "Sir Alex Ferguson" is tagged "Alex Ferguson". */
  private static final Set<String> KNIGHTS = Set.of("Sir", "Dame");
  /**
   * Honorifics that never sit inside a name, so end the run they follow ("GDC Mr Allard"); not
   * "Miss" ("Little Miss Sunshine") or "M" (an initial: "George M Cohan").
   */
  private static final Set<String> MID_RUN_HONORIFICS = Set.of("Mr", "Mrs", "Ms", "Dr");
  private static final Set<String> HONORIFICS = set("mr", "mrs", "ms", "miss", "dr", "mme",
      "m", "herr", "frau", "senor", "señor", "signor");
  private static final Pattern ACRONYM_DEFINED = Pattern.compile(
      "((?:[\\p{Lu}][\\p{L}'’-]*[ ]+(?:(?:of|and|for|the|on|de|&)[ ]+)*)+[\\p{Lu}][\\p{L}'’-]*)"
      + "(?:[ ]*\\((\\p{Lu}[\\p{Lu}\\p{Ll}&]{1,7})\\)|, (\\p{Lu}[\\p{Lu}\\p{Ll}&]{1,7})(?=[.,;:]))");
  /** "I'm", "You've", "Don't": contractions are never names. */
  private static final Pattern CONTRACTION = Pattern.compile(".*['’](?:m|re|ve|ll|d|t)$",
      Pattern.CASE_INSENSITIVE);
  /** A short number that may end a name ("Top 500", "Radio 4's"), not a score or a year. */
  private static final Pattern NUMBER = Pattern.compile("\\d{1,3}(?:['’]s)?");
  /**
   * What after a number shows it is a quantity: "50%", "10,000", "1.0", "9/11", "2-1" (and a
   * currency sign before it: "£1 billion").
   */
  private static final Pattern NOT_NAME_NUMBER = Pattern.compile("[%,.:/–-]\\d|%|\\s*(?:per|%)");
  private static final Pattern INITIALS = Pattern.compile("(?:\\p{Lu}\\.)+");
  private static final Pattern POSSESSIVE_END = Pattern.compile("['’]s$");
  /** "Windows 95, 98 and XP": a version in a list of numbers, not one name. */
  private static final Pattern LIST_OF_NUMBERS = Pattern.compile(",? \\d");
  private static final Pattern NEXT_WORD = Pattern.compile(" (\\p{Ll}+)");
  /**
   * What a number counts when it follows a name by chance: "fouled Miller 35 yards from goal",
   * "on Playschool 25 years ago".
   */
  private static final Set<String> QUANTITIES = Set.of("years", "yards", "metres", "meters",
      "miles", "kilometres", "km", "feet", "minutes", "mins", "seconds", "hours", "days", "weeks",
      "months", "points", "goals", "games", "matches", "times", "places", "runs", "wickets",
      "people", "million", "billion", "per", "percent", "cent", "year");
  /** Marks a plural possessive inside a run being read ({@code Builder.flush}). */
  private static final String POSSESSIVE = "\u0002";
  /** What starts a line of its own inside a paragraph: a list item, heading, quote or table. */
  private static final Pattern LINE_START = Pattern.compile("[ \\t]*(?:[-*+#>|]|\\d+[.)])");
  /** An acronym that may abbreviate a name in the same article: "FBI", "IAAF", "NHTCU". */
  private static final Pattern BYLINE = Pattern.compile("(?m)^\\s*By [^\\n]{0,80}$");
  /**
   * A column's last paragraph about its author: "Bill Thompson is a regular commentator on the
   * BBC World Service programme Go Digital.", "Clark Boyd is technology correspondent for ...".
   */
  private static final Pattern AUTHOR_FOOTER = Pattern.compile(
      "(\\p{Lu}[\\p{L}'’-]+(?: \\p{Lu}[\\p{L}'’-]+){1,2}) is (?:(?:a|an|the) )?"
      + "(?:[\\p{L}-]+ ){0,4}(?:commentator|columnist|correspondent|editor|writer|journalist"
      + "|contributor|reporter|analyst|blogger)\\b[^\\n]{0,200}");

  /**
   * Where a name occurs in one article.
   *
   * @param introduced the text says what it is right before it: "anti-virus firm Sophos",
   *     "rival Shell", "auctioneers Cooper Owen" ({@link #KINDS})
   */
  public record Stats(int mentions, boolean headline, boolean lede, int paragraphs,
      int firstParagraph, boolean honorific, boolean introduced) {
    public Stats(int mentions, boolean headline, boolean lede, int paragraphs,
        int firstParagraph, boolean honorific) {
      this(mentions, headline, lede, paragraphs, firstParagraph, honorific, false);
    }

    Stats plus(Stats o) {
      return new Stats(mentions + o.mentions, headline || o.headline, lede || o.lede,
          Math.max(paragraphs, o.paragraphs) + Math.min(paragraphs, o.paragraphs) / 2,
          Math.min(firstParagraph, o.firstParagraph), honorific || o.honorific,
          introduced || o.introduced);
    }
  }

  /**
   * One article's candidates.
   *
   * @param names name (prefixed with {@link #UNSURE} when it opened a sentence) to where it occurs
   * @param countryHints country to the number of its nationality adjectives ("French")
   * @param lowerWords the words this article writes in lower case mid-sentence, for the archive's
   *     view of which capitalized sentence openers are ordinary words, as their hashes ({@link
   *     ArchiveTagger#wordHash}), sorted, each once
   * @param paragraphs the article's paragraphs, headline included
   */
  public record Candidates(Map<String, Stats> names, Map<String, Integer> countryHints,
      long[] lowerWords, int paragraphs) {
    /** Equal findings, the word hashes compared by their values. */
    @Override
    public boolean equals(Object o) {
      return o instanceof Candidates c && names.equals(c.names)
          && countryHints.equals(c.countryHints) && Arrays.equals(lowerWords, c.lowerWords)
          && paragraphs == c.paragraphs;
    }

    @Override
    public int hashCode() {
      return Objects.hash(names, countryHints, Arrays.hashCode(lowerWords), paragraphs);
    }
  }

  /**
   * Whether {@link #ACRONYM_DEFINED} can match: it needs "(" and a capital right after, or an
   * acronym set off by a comma before a mark ("the Internet Corporation for Assigned Names and
   * Numbers, Icann.").
   */
  static boolean mayDefineAcronym(String text) {
    int n = text.length();
    for (int i = 0; i + 1 < n; i++) {
      char c = text.charAt(i);
      if (c == '(' && Character.isUpperCase(text.codePointAt(i + 1))) {
        return true;
      }
      if (c == ',' && text.charAt(i + 1) == ' ' && i + 2 < n
          && Character.isUpperCase(text.charAt(i + 2)) && afterCapitalized(text, i)) {
        int j = i + 3;
        while (j < n && Character.isLetter(text.charAt(j))) {
          j++;
        }
        if (j < n && ".,;:".indexOf(text.charAt(j)) >= 0) {
          String w = text.substring(i + 2, j);
          if (isAcronym(w) || wordAcronym(w)) {
            return true;
          }
        }
      }
    }
    return false;
  }

  /** Whether the word ending right before {@code i} is capitalized (the long form's last). */
  private static boolean afterCapitalized(String text, int i) {
    int k = i;
    while (k > 0 && (Character.isLetter(text.charAt(k - 1))
        || "'’-".indexOf(text.charAt(k - 1)) >= 0)) {
      k--;
    }
    return k < i && Character.isUpperCase(text.charAt(k));
  }

  /** Every candidate of one article. */
  public Candidates candidates(Article article) {
    List<String> paragraphs = new ArrayList<>();
    paragraphs.add(article.title());
    String plain = plain(article.body());
    String body = plain.contains("By ") ? BYLINE.matcher(plain).replaceAll("") : plain;
    for (String p : paragraphs(body)) {
      if (!p.isBlank()) {
        paragraphs.add(p.strip());
      }
    }
    String author = null;
    if (paragraphs.size() > 2) {
      Matcher f = AUTHOR_FOOTER.matcher(paragraphs.get(paragraphs.size() - 1));
      if (f.matches()) {
        author = f.group(1);
        paragraphs.set(paragraphs.size() - 1, ""); // still counts toward the length
      }
    }
    for (int i = 1; i < paragraphs.size(); i++) {
      if (teamList(paragraphs.get(i))) {
        paragraphs.set(i, ""); // still counts toward the length
      }
    }
    Builder b = new Builder();
    // A definition never runs over a paragraph's end (its words are joined by spaces only), so
    // each paragraph is searched on its own, and only one with "(" and a capital after it; first,
    // so that a long form with "and" inside is read as one name ({@link Builder#flush}).
    for (String p : paragraphs) {
      if (mayDefineAcronym(p)) {
        b.acronyms(p);
      }
    }
    for (int i = 0; i < paragraphs.size(); i++) {
      b.paragraph(paragraphs.get(i), i);
    }
    Map<String, Stats> names = b.finish();
    if (author != null) {
      names.remove(author);
      names.remove(UNSURE + author);
    }
    return new Candidates(names, b.hints, b.lowerWords(), paragraphs.size());
  }

  /**
   * A match report's line-up: "Kenny, Geary, Morgan, Bromby, Harley; Tonge (Quinn 97), Gray.",
   * "Subs Not Used: Francis, Kabba, Shaw.": names in a row, hardly a lower-case word between.
   * Its surnames are not mentions: each of thirty players named there once more outranked the
   * teams and the man of the match the text is about (five players of a line-up were the tags
   * of a rugby preview that named only its two clubs twice).
   */
  static boolean teamList(String paragraph) {
    // One pass over the characters, no word scanner: every paragraph of every article is asked.
    int marks = 0;
    int lower = 0;
    int n = paragraph.length();
    for (int i = 0; i < n; i++) {
      char c = paragraph.charAt(i);
      if (c == ',' || c == ';' || c == ':') {
        marks++;
      } else if (Character.isLowerCase(c)
          && (i == 0 || !Character.isLetter(paragraph.charAt(i - 1)))) {
        int end = i + 1;
        while (end < n && Character.isLetter(paragraph.charAt(end))) {
          end++;
        }
        if (end - i > 2) {
          lower++;
        }
        i = end - 1;
      }
    }
    return marks >= 4 && lower * 4 <= marks;
  }

  /** Collects one article's mentions paragraph by paragraph. */
  private static final class Builder {
    final Map<String, Map<Integer, Integer>> where = new HashMap<>();
    final Map<String, Boolean> honor = new HashMap<>();
    final Map<String, Integer> hints = new HashMap<>();
    /** {@link ArchiveTagger#wordHash} of each lower-case word met, repeats included. */
    long[] lower = new long[512];
    int lowerCount;
    /**
     * {@link ArchiveTagger#wordHash} of each lower-case word after "the" ("the bill", "the
     * festival"), with its paragraph: what may refer back to a name ({@link #creditReferences}).
     */
    long[] references = new long[64];
    int[] referenceParagraphs = new int[64];
    int referenceCount;
    final Map<String, String> acronyms = new HashMap<>();
    /**
     * Long forms defined in brackets with "and", "for" or "on" inside: one name, never split
     * there ("Court of Arbitration for Sport (CAS)").
     */
    final Set<String> definedWhole = new HashSet<>();
    /** Acronyms the article spells out in lower case ({@link #spelledInLowerCase}): no names. */
    final Set<String> commonNouns = new HashSet<>();
    /** Every long form an acronym defines: a name as written, nothing stripped. */
    final Set<String> definedNames = new HashSet<>();
    int paragraph;
    /** The run being read follows "told" or the like ({@link #told}). */
    boolean toldTo;
    /** The run being read follows "wife", "son" or the like ({@link #KIN}). */
    boolean kin;
    /** The run being read follows what kind of body it is ({@link #KINDS}). */
    boolean kind;
    final Set<String> introduced = new HashSet<>();
    /** The paragraph being read, and the headline. */
    String text = "";
    String headline = "";
    /** The run being read opened a quote, and where its last word ends ({@link #flush}). */
    boolean quoted;
    /** The run being read follows what a work is: "the film", "his book," ({@link #WORKS}). */
    boolean work;
    /**
     * The run being read is in brackets right after a person's name: "Dimitri Yachvili
     * (Biarritz)", "L Dallaglio (England)", whom a team list's player plays for. Not counted:
     * a list of thirty players names each side fifteen times, and says nothing of what the
     * article is about.
     */
    boolean affiliation;
    /** Whether the last run read was a person's name (two or three words), and where it ended. */
    boolean lastRunPerson;
    int lastRunEnd;
    int runEnd;
    /** Runs an outlet was named in, by paragraph, for {@link #creditToldSuffixes}. */
    final List<Map.Entry<Integer, String>> told = new ArrayList<>();

    void paragraph(String text, int index) {
      paragraph = index;
      this.text = text;
      lastRunPerson = false;
      if (index == 0) {
        headline = text;
      }
      WordScanner m = new WordScanner(text);
      List<String> run = new ArrayList<>();
      boolean sentenceStart = true;
      boolean runAtStart = false;
      boolean honorific = false;
      boolean pendingHonorific = false;
      String previous = "";
      String[] before = {"", "", ""};
      boolean afterThe = false;
      boolean listItem = false;
      while (m.find()) {
        String w = m.group();
        if (w.equals("\n") && !LINE_START.matcher(text).region(m.end(), text.length())
            .lookingAt()) {
          continue; // a hard-wrapped line goes on: "said Tony\nBlair" is one name
        }
        int c = w.codePointAt(0);
        boolean capital = Character.isUpperCase(c) || Character.isTitleCase(c);
        boolean inner = !capital && w.length() > 1 && m.capitalAfterFirst()
            && w.indexOf('-') < 0;
        boolean uncased = Character.isLetter(c) && !Character.isUpperCase(c)
            && !Character.isLowerCase(c);
        boolean numbered = c >= '0' && c <= '9' && numberedName(w);
        if (capital || inner || uncased || numbered) {
          String clean = clean(w);
          if (!run.isEmpty() && !quoted && MID_RUN_HONORIFICS.contains(clean)) {
            // "GDC Mr Allard": an honorific ends the name before it and opens a person's (not
            // inside a quoted title: 'No More Mr Nasty').
            flush(run, runAtStart, honorific);
          }
          if (run.isEmpty() && bracketedWeekday(text, w, m.start(), m.end())) {
            // "Ireland v England (Sun)": a fixture's day, not the newspaper.
            sentenceStart = false;
            previous = w;
            continue;
          }
          if (run.isEmpty() && HONORIFICS.contains(clean.toLowerCase(Locale.ROOT))) {
            pendingHonorific = true;
            sentenceStart = false;
            previous = w;
            continue;
          }
          if (run.isEmpty()) {
            runAtStart = sentenceStart && capital;
            honorific = pendingHonorific;
            toldTo = told(before);
            kin = KIN.contains(before[0]) || before[0].equals(",") && KIN.contains(before[1]);
            kind = KINDS.contains(before[0]);
            afterThe = before[0].equals("the");
            listItem = before[0].equals(",") || before[0].equals(":");
            quoted = opensQuote(text, m.start());
            work = WORKS.contains(before[0])
                || before[0].equals(",") && WORKS.contains(before[1]);
            // Not an acronym the brackets define: "Athletics Kenya (AK)".
            affiliation = lastRunPerson && before[0].equals("(") && lastRunEnd <= m.start()
                && text.substring(lastRunEnd, m.start()).strip().equals("(")
                && !acronyms.containsKey(clean);
          }
          pendingHonorific = false;
          run.add(clean);
          runEnd = m.end();
          sentenceStart = false;
          if (w.endsWith("'s") || w.endsWith("’s")) {
            flush(run, runAtStart, honorific);
          } else if (pluralPossessive(text, w, m.end())) {
            run.add(POSSESSIVE); // decided when the run ends ({@link #flush})
          } else if (w.endsWith(".") && w.length() > 2 && !INITIALS.matcher(w).matches()) {
            flush(run, runAtStart, honorific);
            sentenceStart = true;
          }
        } else if (!run.isEmpty() && (CONNECTORS.contains(w)
            && !(w.equals("the") && !previous.equals("of") && !previous.equals("for"))
            || work && TITLE_WORDS.contains(w))) {
          run.add(w);
        } else if (!run.isEmpty() && c >= '0' && c <= '9' && NUMBER.matcher(w).matches()
            && !NOT_NAME_NUMBER.matcher(text).region(m.end(), text.length()).lookingAt()
            && "£$€¥".indexOf(text.charAt(m.start() - 1)) < 0
            && !STOP.contains(run.get(run.size() - 1).toLowerCase(Locale.ROOT))
            && !CONNECTORS.contains(run.get(run.size() - 1))
            && (run.size() > 1 || afterThe || hasCapitalOrDigitInside(run.get(0))
                || run.get(0).indexOf('-') > 0
                || !runAtStart && !listItem && brandNumber(text, w, m.end()))) {
          // A number in or at the end of a name: "the Top 500", "TFC 101 Tower", "Radio 4's".
          run.add(clean(w));
          runEnd = m.end();
          if (w.endsWith("s")) {
            flush(run, runAtStart, honorific);
          }
          sentenceStart = false;
        } else if (w.equals(".") && !run.isEmpty() && isInitial(run.get(run.size() - 1))
            && nameFollows(text, m.end())) {
          continue; // "George W. Bush", "J. Allard", "J.K. Rowling": an initial's full stop
        } else {
          toldTo |= !run.isEmpty() && OUTLET_AFTER.contains(w); // "BBC Sport understands"
          flush(run, runAtStart, honorific);
          pendingHonorific = false;
          if (Character.isLowerCase(c) && w.length() > 2) {
            if (lowerCount == lower.length) {
              lower = Arrays.copyOf(lower, lowerCount * 2);
            }
            long h = ArchiveTagger.wordHash(w);
            lower[lowerCount++] = h;
            if (previous.equals("the") || previous.equals("The")) {
              if (referenceCount == references.length) {
                references = Arrays.copyOf(references, referenceCount * 2);
                referenceParagraphs = Arrays.copyOf(referenceParagraphs, referenceCount * 2);
              }
              references[referenceCount] = h;
              referenceParagraphs[referenceCount++] = paragraph;
            }
          }
          // A quote closed on a comma goes on with who said it: "...," Bureau chief Li said.
          sentenceStart = ".!?:;\"“”—–\n".indexOf(w.charAt(0)) >= 0
              && !((w.equals("\"") || w.equals("”")) && previous.equals(","))
              || w.equals("-") && sentenceStart;
        }
        previous = w;
        before[2] = before[1];
        before[1] = before[0];
        // Only a word with a capital has anything to lower (most are lower-case words or marks).
        before[0] = capital || w.length() > 1 && m.capitalAfterFirst()
            ? w.toLowerCase(Locale.ROOT) : w;
      }
      flush(run, runAtStart, honorific);
    }

    /**
     * A word named mid-sentence and a number of one or two digits are one name: "Channel 4",
     * "Doom 3", "Halo 2", "Maroon 5" (the word alone was a tag of its own: "Channel"). Not a
     * substitute's minute in a team list ("Tonge (Quinn 97)"); a sentence's first word and a
     * number are left out ("Aged 18"), as scores, sums and dates are by the callers' tests.
     */
    private static boolean brandNumber(String text, String number, int end) {
      int digits = number.endsWith("s") ? number.length() - 2 : number.length();
      if (digits > 2 || end < text.length() && text.charAt(end) == ')'
          || LIST_OF_NUMBERS.matcher(text).region(end, text.length()).lookingAt()) {
        return false;
      }
      Matcher unit = NEXT_WORD.matcher(text).region(end, text.length());
      return !unit.lookingAt() || !QUANTITIES.contains(unit.group(1));
    }

    /** One capital, or capitals joined by full stops: "W", "J.K". */
    private static boolean isInitial(String w) {
      for (int i = 0; i < w.length(); i++) {
        char ch = w.charAt(i);
        if (i % 2 == 0 ? !Character.isUpperCase(ch) : ch != '.') {
          return false;
        }
      }
      return w.length() % 2 == 1;
    }

    /**
     * A space and a capitalized word that is no stop word right after {@code at}: the name goes
     * on ("W. Bush"), where "Plan B. The" ends a sentence.
     */
    private static boolean nameFollows(String text, int at) {
      if (at + 1 >= text.length() || text.charAt(at) != ' '
          || !Character.isUpperCase(text.charAt(at + 1))) {
        return false;
      }
      int end = at + 1;
      while (end < text.length() && Character.isLetter(text.charAt(end))) {
        end++;
      }
      return !STOP.contains(text.substring(at + 1, end).toLowerCase(Locale.ROOT));
    }

    /** "(Sat)", "(Sun)", "(Wed)": a weekday's short form alone in brackets. */
    private static boolean bracketedWeekday(String text, String w, int start, int end) {
      return w.length() == 3 && WEEKDAYS_SHORT.contains(w) && start > 0
          && text.charAt(start - 1) == '(' && end < text.length() && text.charAt(end) == ')';
    }

    /**
     * "the film Man to Man", "his book, Lawless World", "the film Hide and Seek": after what a
     * work is, capitalized words with small lower-case words between them are its title, read
     * whole. Not across "and" after two words or more, which may join the title to another name
     * ("the film Hotel Rwanda and the BBC").
     */
    private static boolean workTitle(List<String> run) {
      if (run.size() < 3 || run.contains(POSSESSIVE)) {
        return false;
      }
      boolean small = false;
      for (int i = 1; i < run.size() - 1; i++) {
        String w = run.get(i);
        if ((w.equals("and") || w.equals("&"))
            && (i > 1 || personLike(run.subList(i + 1, run.size()), 0) && run.size() - i > 2)) {
          return false; // "the film Ray and Mike Leigh's Vera Drake"
        }
        small |= TITLE_WORDS.contains(w);
      }
      return small;
    }

    /** A stop word or honorific in the run, other than a connector: "No", "More", "Mr". */
    private static boolean hasStopWord(List<String> run) {
      for (String w : run) {
        String lw = w.toLowerCase(Locale.ROOT);
        if (!CONNECTORS.contains(w) && (STOP.contains(lw) || HONORIFICS.contains(lw))) {
          return true;
        }
      }
      return false;
    }

    /** A quote mark right before {@code start}, after no letter or digit. */
    private static boolean opensQuote(String text, int start) {
      return start > 0 && "'‘\"“".indexOf(text.charAt(start - 1)) >= 0
          && (start == 1 || !Character.isLetterOrDigit(text.charAt(start - 2)));
    }

    /** A quote mark at {@code end}, before no letter or digit. */
    private static boolean closesQuote(String text, int end) {
      return end < text.length() && "'’\"”".indexOf(text.charAt(end)) >= 0
          && (end + 1 == text.length() || !Character.isLetterOrDigit(text.charAt(end + 1)));
    }

    /**
     * "Ladbrokes' Warren Lush", "Wales' Six Nations": an apostrophe after a word ending in "s"
     * ends the name like "'s" does, unless the run ends like an institution ("Musicians' Union",
     * "British Bankers' Association", "Ulster Schools' Cup"). A closing quote ends it too.
     */
    private static boolean pluralPossessive(String text, String w, int end) {
      return w.endsWith("s") && end < text.length()
          && (text.charAt(end) == '\'' || text.charAt(end) == '’')
          && (end + 1 == text.length() || Character.isWhitespace(text.charAt(end + 1)));
    }

    /**
     * The words before a name make it the outlet a quote was given to, not a subject: "told
     * BBC News", "told the Times", "speaking to BBC Radio", "in an interview with ...".
     * Words after it may too: "BBC Sport understands", "a BBC Sport pundit"; and a reporter
     * is no subject: "political correspondent Nick Robinson", "correspondent, Daniel Sandford".
     */
    private static boolean told(String[] before) {
      int i = before[0].equals("the") ? 1 : 0;
      String w = before[i];
      String v = before[i + 1];
      if (v.endsWith("ly") && i + 2 < before.length) {
        v = before[i + 2]; // "speaking exclusively to"
      }
      return w.equals("told") || (w.equals("to") || w.equals("on") || w.equals("with"))
          && OUTLET_VERBS.contains(v)
          || JOURNALISTS.contains(before[0])
          || before[0].equals(",") && JOURNALISTS.contains(before[1]);
    }

    private void flush(List<String> run, boolean atStart, boolean honorific) {
      if (work) {
        // A title's small words inside are part of it, not after it.
        while (!run.isEmpty() && TITLE_WORDS.contains(run.get(run.size() - 1))) {
          run.remove(run.size() - 1);
        }
      }
      boolean title = quoted && run.size() >= 2 && closesQuote(text, runEnd) && !toldTo
          && !run.contains(POSSESSIVE) && hasStopWord(run) || work && workTitle(run);
      quoted = false;
      work = false;
      if (!run.isEmpty()) {
        lastRunPerson = run.size() >= 2 && run.size() <= 3 && personLike(run, 0);
        lastRunEnd = runEnd;
      }
      if (affiliation) {
        affiliation = false;
        run.clear();
        return;
      }
      if (title) {
        // 'No More Mr Nasty', "Who Wants to Be a Millionaire": capitalized words in quotes, and
        // only they, with a word that would be stripped or would end a name, are a title read
        // whole. (Other quoted names read as ever: "Save Betamax" is a slogan about Betamax.)
        trimConnectors(run);
        String name = String.join(" ", run);
        run.clear();
        where.computeIfAbsent(name, k -> new HashMap<>()).merge(paragraph, 1, Integer::sum);
        return;
      }
      if (run.contains(POSSESSIVE)) {
        trimConnectors(run); // "the Musicians' Union and" ends with "Union"
        int possessive = run.lastIndexOf(POSSESSIVE);
        boolean institution = possessive < run.size() - 1
            && endsLikeInstitution(run.get(run.size() - 1));
        if (!institution && possessive > 0 && possessive < run.size() - 1) {
          List<String> head = new ArrayList<>(run.subList(0, possessive));
          List<String> tail = new ArrayList<>(run.subList(possessive + 1, run.size()));
          run.clear();
          flush(head, atStart, honorific);
          flush(tail, false, false);
          return;
        }
        run.removeIf(POSSESSIVE::equals);
      }
      if (run.isEmpty()) {
        return;
      }
      // Split at a joining connector unless the whole names an organisation ("Marks and
      // Spencer" is not known, but "Public and Commercial Services Union" ends like one), or an
      // acronym in brackets spells it out ("Waste Electronic and Electrical Equipment (WEEE)").
      String last = run.get(run.size() - 1).toLowerCase(Locale.ROOT);
      if (!ORG_END.contains(last) && !definesWhole(run)) {
        for (int i = 1; i < run.size() - 1; i++) {
          if (JOINING.contains(run.get(i)) && !oneName(run, i)) {
            List<String> head = new ArrayList<>(run.subList(0, i));
            List<String> tail = new ArrayList<>(run.subList(i + 1, run.size()));
            run.clear();
            add(head, atStart, honorific);
            flush(tail, false, false);
            return;
          }
        }
      }
      add(new ArrayList<>(run), atStart, honorific);
      run.clear();
    }

    /**
     * The connector at {@code i} is inside one name: between two office domains ("Trade and
     * Industry Secretary", "Work and Pensions"), "for" after an organisation or an instrument
     * ("Department for ..."), "on" after an instrument ("European Convention on Human Rights").
     */
    private static boolean oneName(List<String> run, int i) {
      String before = run.get(i - 1).toLowerCase(Locale.ROOT);
      String after = run.get(i + 1).toLowerCase(Locale.ROOT);
      String c = run.get(i);
      return MINISTRY.contains(before) && MINISTRY.contains(after)
          // "Police Federation of England and Wales": "of" two countries is one body's reach.
          || c.equals("and") && i >= 2 && run.get(i - 2).equals("of")
              && Places.isCountry(run.get(i - 1)) && Places.isCountry(run.get(i + 1))
          || c.equals("for") && (ORG_END.contains(before) || INSTRUMENT.contains(before))
          || c.equals("on") && INSTRUMENT.contains(before); // not "Rob Da Bank on Radio 1"
    }

    private void add(List<String> run, boolean atStart, boolean honorific) {
      if (toldTo) {
        toldTo = false; // only the first of a split run: "told BBC News and Tony Blair"
        told.add(Map.entry(paragraph, String.join(" ", run)));
        return;
      }
      trimConnectors(run);
      if (kin && run.size() == 1) {
        kin = false;
        return; // "his wife Audrey", "guide dog Lucy": family, named by a first name alone
      }
      kin = false;
      boolean given = givenName(run, atStart);
      // A common acronym in capitals opens a name before more capitalized words ("PC Pro",
      // "PC World", "TV Go Home"); alone it is a thing ("TV", "PC").
      while (!run.isEmpty() && STOP.contains(run.get(0).toLowerCase(Locale.ROOT))
          && !((run.get(0).equals("The") || allOfAGroup(run)) && !atStart && run.size() > 1)
          && !(run.size() > 1 && BRAND_OPENERS.contains(run.get(0))
              && !CONNECTORS.contains(run.get(1)))
          && !given
          && Places.country(run.get(0)) == null) {
        if (HONORIFICS.contains(run.get(0).toLowerCase(Locale.ROOT))) {
          honorific = true;
        }
        run.remove(0);
        atStart = false;
        trimConnectors(run);
      }
      // Not a country written like a stop word: "the US" is no "us".
      while (!run.isEmpty() && STOP.contains(run.get(run.size() - 1).toLowerCase(Locale.ROOT))
          && !Places.isCountry(run.get(run.size() - 1))) {
        run.remove(run.size() - 1);
        trimConnectors(run);
      }
      // "a Pop Idol-style show", "a San Francisco-based firm": a name made a modifier describes
      // something else, as "Paris-based" alone does ({@link #hyphenModifier}).
      if (run.size() > 1 && hyphenModifier(run.get(run.size() - 1))) {
        return;
      }
      // "Paris-based Euronext", "Oscar-nominated Hotel Rwanda", "San Francisco-based Balco":
      // the name is what follows the modifier.
      for (int i = run.size() - 2; i >= 0; i--) {
        if (hyphenModifier(run.get(i))) {
          run.subList(0, i + 1).clear();
          atStart = false;
          break;
        }
      }
      // "Ex-Downing Street media chief": what someone was is no part of the name.
      String first = run.isEmpty() ? "" : run.get(0);
      if (first.length() > 3 && (first.startsWith("Ex-") || first.startsWith("ex-"))
          && Character.isUpperCase(first.codePointAt(3))) {
        run.set(0, first.substring(3));
        atStart = false;
      }
      if (run.size() >= 2 && (LEGAL_FORMS.contains(run.get(run.size() - 1))
          || SIDES.contains(run.get(run.size() - 1)))) {
        // "ABC Inc" is "ABC", as an editor tags the firm; "the England XV" is "England".
        run.remove(run.size() - 1);
      }
      if (run.isEmpty()) {
        return;
      }
      if (officeOf(run)) {
        atStart = false; // what opened the sentence was the office
      }
      // "British Sign Language (BSL)" is no Briton called Sign Language.
      boolean defined = !definedNames.isEmpty() && definedNames.contains(String.join(" ", run));
      if (!defined && !definedNames.isEmpty()) {
        // "North American Court of Arbitration for Sport (CAS)", "Director General of the
        // British Chambers of Commerce (BCC)": the words in front of a long form an acronym
        // defines are where it is or who works there, not part of it.
        String joined = String.join(" ", run);
        for (String whole : definedNames) {
          if (joined.endsWith(" " + whole)) {
            run = new ArrayList<>(List.of(whole.split(" ")));
            defined = true;
            atStart = false;
            break;
          }
        }
      }
      List<String> person = defined ? run : stripRoles(run, honorific);
      if (person.isEmpty()) {
        return;
      }
      if (person.size() < run.size()) {
        employer(run.subList(0, run.size() - person.size()), atStart);
        int of = personBeforeOf(person, 0);
        if (of > 0) {
          // "Detective Inspector Paul Miller of Thames Valley Police": a person named with an
          // office, and whom they serve, are two names.
          List<String> body = new ArrayList<>(person.subList(of + 1, person.size()));
          if (body.get(0).equals("the")) {
            body.remove(0);
          }
          person = new ArrayList<>(person.subList(0, of));
          if (!body.isEmpty()) {
            add(body, false, false);
          }
        }
      }
      // "Boss Sir Alex Ferguson said": the role opened the sentence, not the name.
      atStart &= run.subList(0, person.size()).equals(person);
      run = person;
      // "Sir Alex Ferguson" is "Alex Ferguson" (also after a role); "Sir Alex" alone stays. A
      // peer is known by title and surname: "Baroness Susan Greenfield" is "Baroness
      // Greenfield", as "Lord Browne".
      if (run.size() >= 3 && TITLES.contains(run.get(0)) && personLike(run, 1)) {
        run = KNIGHTS.contains(run.get(0)) ? new ArrayList<>(run.subList(1, run.size()))
            : new ArrayList<>(List.of(run.get(0), run.get(run.size() - 1)));
      }
      // Nationality adjective in front of a person: "Russian Nikolay Davydenko".
      String country = Places.country(run.get(0));
      if (country != null && run.size() >= 3 && run.size() <= 4 && personLike(run, 1)
          && !defined) {
        hints.merge(country, 1, Integer::sum);
        run = new ArrayList<>(run.subList(1, run.size()));
        atStart = false;
      }
      String name = String.join(" ", run);
      String c = Places.country(name);
      if (c == null && regionAdjective(run)) {
        // "North American", "Eastern European", "S Korean": an adjective, at most a hint.
        c = Places.country(name.replaceFirst("^S ", "South ").replaceFirst("^N ", "North "));
        if (c == null) {
          return;
        }
      }
      if (c != null && !c.equals(name)) { // "French" hints at France; "US" names the US
        hints.merge(c, 1, Integer::sum);
        return;
      }
      if (run.size() == 2 && (run.get(0).equals("S") || run.get(0).equals("N"))) {
        // "S Africa", "N Korea": a headline's or a list's short form of the country.
        String whole = (run.get(0).equals("S") ? "South " : "North ") + run.get(1);
        if (Places.isCountry(whole)) {
          name = whole;
        }
      }
      if (name.equals("European") || name.equals("Europeans")) {
        hints.merge("Europe", 1, Integer::sum); // like "French": a hint, and never a tag
      }
      if (run.size() == 1) {
        if (name.codePointCount(0, name.length()) < 2 || isGroupNoun(name)
            || hyphenModifier(name)) {
          return;
        }
        if (name.length() < 3 && !hasCapitalOrDigitInside(name) && !isUncased(name)) {
          return;
        }
      } else if (isGroupNoun(run.get(run.size() - 1))) {
        return;
      }
      name = Parties.name(name); // "Tories" and "Conservatives" are one party
      String key = atStart ? UNSURE + name : name;
      where.computeIfAbsent(key, k -> new HashMap<>()).merge(paragraph, 1, Integer::sum);
      if (honorific) {
        honor.put(key, true);
      }
      if (kind) {
        kind = false; // only the first of a split run: "firm Sophos and Graham Cluley"
        if (!honorific && !(run.size() >= 2 && run.size() <= 3 && personLike(run, 0))) {
          introduced.add(key);
        }
      }
    }

    /**
     * "Governor of the Bank of England", "Director General of the Confederation of British
     * Industry": an office of a body of two words or more names the body (not "Secretary of
     * State", nor "Archbishop of Canterbury", one word after "of", which stay whole).
     */
    private static boolean officeOf(List<String> run) {
      int of = run.indexOf("of");
      if (of < 1) {
        return false;
      }
      boolean job = false;
      for (String w : run.subList(0, of)) {
        String r = role(w);
        if (!ROLES.contains(r)) {
          return false;
        }
        job |= !DOMAINS.contains(r);
      }
      int from = of + 1 < run.size() && run.get(of + 1).equals("the") ? of + 2 : of + 1;
      if (job && run.size() - from >= 2 && !run.get(from).equals("State")) {
        run.subList(0, from).clear();
        return true;
      }
      return false;
    }

    /**
     * "MGM Vice Chairman Chris McGurk": the words in front of the stripped role name whom the
     * person speaks for, a mention of its own (an office's domain or a party is no employer:
     * "Education Secretary", "Tory").
     */
    private void employer(List<String> stripped, boolean atStart) {
      int end = 0;
      while (end < stripped.size() && !ROLES.contains(role(stripped.get(end)))
          && Places.country(stripped.get(end)) == null) {
        end++;
      }
      if (end > 0 && end < stripped.size()) {
        add(new ArrayList<>(stripped.subList(0, end)), atStart, false);
      }
    }

    /**
     * "Will Smith", "Will Young" mid-sentence: the verb is never capitalized there, so before a
     * surname it is a first name (at a sentence start it may still be the verb: "Will Labour
     * win?"). "Jan" before a surname is one anywhere: the month's short form goes with a number
     * ("5 Jan"), never before a capitalized word ("Jan Berry said").
     */
    private static boolean givenName(List<String> run, boolean atStart) {
      return run.size() >= 2 && run.size() <= 3
          && (!atStart && run.get(0).equals("Will") || run.get(0).equals("Jan"))
          && personLike(run, 1);
    }

    /** The lower-case words' hashes, sorted, each once. */
    long[] lowerWords() {
      long[] all = Arrays.copyOf(lower, lowerCount);
      Arrays.sort(all);
      int n = 0;
      for (int i = 0; i < all.length; i++) {
        if (n == 0 || all[i] != all[n - 1]) {
          all[n++] = all[i];
        }
      }
      return Arrays.copyOf(all, n);
    }

    /** Whether the run ends with a long form defined in brackets that has "and" inside. */
    private boolean definesWhole(List<String> run) {
      if (definedWhole.isEmpty()) {
        return false;
      }
      String name = String.join(" ", run);
      for (String whole : definedWhole) {
        if (name.equals(whole) || name.endsWith(" " + whole)) {
          return true;
        }
      }
      return false;
    }

    void acronyms(String text) {
      for (int open = text.indexOf('('); open >= 0; open = text.indexOf('(', open + 1)) {
        spelledInLowerCase(text, open);
      }
      Matcher m = ACRONYM_DEFINED.matcher(text);
      while (m.find()) {
        String[] words = m.group(1).split(" +");
        String acronym = m.group(2) != null ? m.group(2) : m.group(3);
        String letters = acronymLetters(acronym);
        // Find the shortest tail of the long name whose initials spell the acronym.
        for (int start = 0; start < words.length; start++) {
          StringBuilder initials = new StringBuilder();
          // An acronym inside the long name may give all its letters: "USA Track & Field
          // (USATF)".
          StringBuilder whole = new StringBuilder();
          for (int i = start; i < words.length; i++) {
            if (Character.isUpperCase(words[i].codePointAt(0))) {
              initials.append(words[i].charAt(0));
              whole.append(isAcronym(words[i]) ? words[i] : words[i].substring(0, 1));
            }
          }
          if ((initials.toString().equals(letters) || whole.toString().equals(letters))
              && Character.isUpperCase(words[start].codePointAt(0))) {
            String name = POSSESSIVE_END.matcher(
                String.join(" ", List.of(words).subList(start, words.length))).replaceAll("");
            acronyms.put(acronym, name);
            definedNames.add(name);
            if (name.contains(" and ") || name.contains(" & ") || name.contains(" for ")
                || name.contains(" on ")) {
              definedWhole.add(name);
            }
            break;
          }
        }
      }
    }

    /**
     * "digital video recorders (DVR)", "voice over internet protocol (Voip)": an acronym in
     * brackets right after lower-case words whose initials spell it names a thing, not an
     * entity ({@link #commonNouns}). Read backwards from the bracket, as a pattern tried at every
     * position of the paragraph cost half of all candidate finding.
     */
    private void spelledInLowerCase(String text, int open) {
      int close = open + 1;
      while (close < text.length() && Character.isLetter(text.charAt(close))) {
        close++;
      }
      int length = close - open - 1;
      if (close >= text.length() || text.charAt(close) != ')' || length < 2 || length > 6
          || !Character.isUpperCase(text.charAt(open + 1))) {
        return;
      }
      String acronym = text.substring(open + 1, close);
      String letters = acronymLetters(acronym);
      int k = open;
      // From the last letter back: a word gives its initial, and a hyphenated one may give its
      // parts' ("role-playing game (RPG)", "massively multi-player online role-playing games
      // (MMORPGs)").
      int w = letters.length() - 1;
      while (w >= 0) {
        int space = k;
        while (k > 0 && Character.isWhitespace(text.charAt(k - 1))) {
          k--;
        }
        int end = k;
        while (k > 0 && (Character.isLetter(text.charAt(k - 1)) || text.charAt(k - 1) == '-')) {
          k--;
        }
        if (space == end || k == end || !Character.isLowerCase(text.charAt(k))) {
          return;
        }
        String parts = hyphenInitials(text.substring(k, end));
        if (parts.length() > 1 && parts.length() <= w + 1
            && letters.regionMatches(w + 1 - parts.length(), parts, 0, parts.length())) {
          w -= parts.length();
        } else if (Character.toUpperCase(text.charAt(k)) == letters.charAt(w)) {
          w--;
        } else {
          return;
        }
      }
      commonNouns.add(acronym);
    }

    /** The capitals of a hyphenated word's parts: "role-playing" is "RP". */
    private static String hyphenInitials(String word) {
      StringBuilder b = new StringBuilder();
      for (String part : word.split("-")) {
        if (!part.isEmpty()) {
          b.append(Character.toUpperCase(part.charAt(0)));
        }
      }
      return b.toString();
    }

    /**
     * "told the BBC Michael Howard has...": a run after "told" whose last words the article
     * names elsewhere still mentions that name; the outlet in front does not count.
     */
    private void creditToldSuffixes() {
      for (Map.Entry<Integer, String> t : told) {
        String[] words = t.getValue().split(" ");
        for (int k = 1; k < words.length - 1; k++) {
          String tail = String.join(" ", List.of(words).subList(k, words.length));
          Map<Integer, Integer> at = where.containsKey(tail) ? where.get(tail)
              : where.get(UNSURE + tail);
          if (at != null) {
            at.merge(t.getKey(), 1, Integer::sum);
            break;
          }
        }
      }
    }

    /**
     * "the Mental Capacity Bill" and then "the bill", "the Bangkok International Film Festival"
     * and then "the festival": a lower-case {@link #REFERENTS} noun after "the" that ends the
     * one name the article has with that last word, after that name was first named, is one
     * more mention of it (none where two names end with the noun: "FA Cup" and "World Cup").
     */
    private void creditReferences() {
      if (referenceCount == 0) {
        return;
      }
      Map<String, String> byNoun = null;
      for (String key : where.keySet()) {
        int space = key.lastIndexOf(' ');
        String noun = space < 0 ? "" : key.substring(space + 1).toLowerCase(Locale.ROOT);
        if (!REFERENTS.contains(noun)) {
          continue;
        }
        if (byNoun == null) {
          byNoun = new HashMap<>();
        }
        // A name written both surely and at a sentence start is one name: the sure key.
        byNoun.merge(noun, key, (a, b) -> bare(a).equals(bare(b))
            ? (a.charAt(0) == UNSURE ? b : a) : "");
      }
      if (byNoun == null) {
        return;
      }
      byNoun.forEach((noun, key) -> {
        if (key.isEmpty()) {
          return;
        }
        Map<Integer, Integer> at = where.get(key);
        int first = Integer.MAX_VALUE;
        for (int p : at.keySet()) {
          first = Math.min(first, p);
        }
        long h = ArchiveTagger.wordHash(noun);
        for (int i = 0; i < referenceCount; i++) {
          if (references[i] == h && referenceParagraphs[i] >= first) {
            at.merge(referenceParagraphs[i], 1, Integer::sum);
          }
        }
      });
    }

    private static String bare(String key) {
      return key.isEmpty() || key.charAt(0) != UNSURE ? key : key.substring(1);
    }

    /**
     * "Bangkok film festival battles on" over a story about the "Bangkok International Film
     * Festival" and the "Bangkok Film Market": a headline written in sentence case names the
     * longer name whose words the lower-case words after its capitalized one go on with ("film
     * festival"). The headline's mention moves to the longer name that takes the most of them
     * (none on a tie).
     */
    private void creditHeadlineContinuations() {
      List<String> inHeadline = new ArrayList<>();
      where.forEach((key, at) -> {
        if (at.containsKey(0)) {
          inHeadline.add(key);
        }
      });
      for (String key : inHeadline) {
        Map<Integer, Integer> at = where.get(key);
        String name = bare(key);
        int i = headline.indexOf(name);
        if (i < 0) {
          continue;
        }
        List<String> after = lowerWordsAfter(headline, i + name.length());
        if (after.isEmpty()) {
          continue;
        }
        String best = null;
        int bestTaken = 0;
        boolean tie = false;
        for (String other : where.keySet()) {
          if (other.length() <= key.length() || other.charAt(0) == UNSURE
              || !other.startsWith(name + " ") && !other.contains(" " + name + " ")) {
            continue;
          }
          int taken = wordsTaken(other.substring(other.indexOf(name) + name.length()), after);
          if (taken > bestTaken) {
            best = other;
            bestTaken = taken;
            tie = false;
          } else if (taken == bestTaken && taken > 0) {
            tie = true;
          }
        }
        if (best == null || tie) {
          continue;
        }
        if (at.merge(0, -1, Integer::sum) == 0) {
          at.remove(0);
          if (at.isEmpty()) {
            where.remove(key);
          }
        }
        where.get(best).merge(0, 1, Integer::sum);
      }
    }

    /** Up to three lower-case words right after {@code from}, as written. */
    private static List<String> lowerWordsAfter(String text, int from) {
      List<String> words = new ArrayList<>(3);
      int i = from;
      while (words.size() < 3 && i < text.length() && text.charAt(i) == ' ') {
        int j = i + 1;
        while (j < text.length() && Character.isLowerCase(text.charAt(j))) {
          j++;
        }
        if (j == i + 1 || j < text.length() && Character.isLetterOrDigit(text.charAt(j))) {
          break;
        }
        words.add(text.substring(i + 1, j));
        i = j;
      }
      return words;
    }

    /** How many of {@code words}, from the first, appear in order among {@code rest}'s words. */
    private static int wordsTaken(String rest, List<String> words) {
      String[] in = rest.strip().split(" ");
      int taken = 0;
      for (String w : in) {
        if (taken < words.size() && w.equalsIgnoreCase(words.get(taken))) {
          taken++;
        }
      }
      return taken;
    }

    Map<String, Stats> finish() {
      creditToldSuffixes();
      creditHeadlineContinuations();
      creditReferences();
      Map<String, Stats> out = new HashMap<>();
      where.forEach((name, byParagraph) -> {
        if (!commonNouns.isEmpty() && (commonNouns.contains(name)
            || name.charAt(0) == UNSURE && commonNouns.contains(name.substring(1)))) {
          return;
        }
        int mentions = byParagraph.values().stream().mapToInt(Integer::intValue).sum();
        int first = byParagraph.keySet().stream().mapToInt(Integer::intValue).min().orElse(0);
        out.put(name, new Stats(mentions, byParagraph.containsKey(0), byParagraph.containsKey(1),
            byParagraph.size(), first, honor.getOrDefault(name, false),
            introduced.contains(name)));
      });
      resolveSentenceStarts(out);
      mergeAcronyms(out);
      mergeNationalityPrefixed(out);
      splitPersonOf(out, hints);
      mergeShortMentions(out);
      mergeContained(out);
      mergeTails(out);
      mergeCountryNames(out);
      return out;
    }

    /**
     * "Britain" and "UK", "America" and "US" in one article are one country, named as the
     * article names it more (on a tie, by the country's usual name): two of its few tags must
     * not go to one subject.
     */
    private static void mergeCountryNames(Map<String, Stats> out) {
      Map<String, String> named = null;
      for (String key : List.copyOf(out.keySet())) {
        String country = key.charAt(0) == UNSURE ? null : Places.sameCountry(key);
        if (country == null) {
          continue;
        }
        if (named == null) {
          named = new HashMap<>();
        }
        String other = named.putIfAbsent(country, key);
        if (other != null) {
          Stats a = out.get(other);
          Stats b = out.get(key);
          boolean keepOther = a.mentions() > b.mentions()
              || a.mentions() == b.mentions() && (other.equals(country)
                  || !key.equals(country) && other.compareTo(key) < 0);
          String keep = keepOther ? other : key;
          String drop = keepOther ? key : other;
          out.merge(keep, out.remove(drop), Stats::plus);
          named.put(country, keep);
        }
      }
    }

    /**
     * An acronym and the name it abbreviates are one entity, named by the long form (the archive
     * may name it by the acronym instead, {@link ArchiveTagger}): "International Association of
     * Athletics Federations (IAAF)" defined in brackets, or "FBI" in an article that also writes
     * "US Federal Bureau of Investigation" (a country in front of the long form is a hint). An
     * acronym of two letters that is not defined never joins a name that may be a person's
     * ("TB" and "Tony Blair").
     */
    private void mergeAcronyms(Map<String, Stats> out) {
      // The longer names, with how many capitals each has: no more initials than that.
      Map<String, Integer> capitals = new HashMap<>();
      // Every initials a longer name may be abbreviated by: no other acronym has a long form.
      Set<String> possible = null;
      for (String acronym : List.copyOf(out.keySet())) {
        boolean defined = acronyms.containsKey(acronym);
        if (!isAcronym(acronym) && !(defined || wordAcronym(acronym))
            || Places.isCountry(acronym)) {
          continue;
        }
        String letters = acronymLetters(acronym);
        String spelled = defined ? acronyms.get(acronym) : null;
        if (spelled != null && spelled.chars().anyMatch(c -> c == ' ')
            && out.containsKey(spelled) && isAcronym(spelled.substring(0, spelled.indexOf(' ')))) {
          // Spelled out in brackets with an acronym inside, which initials cannot match: "USA
          // Track & Field (USATF)".
          out.merge(spelled, out.remove(acronym), Stats::plus);
          continue;
        }
        if (possible == null) {
          possible = new HashSet<>();
          for (String key : out.keySet()) {
            if (key.indexOf(' ') > 0) {
              longFormInitials(key.charAt(0) == UNSURE ? key.substring(1) : key, possible);
            }
          }
        }
        if (!possible.contains(letters)) {
          continue;
        }
        String tail = null;
        List<String> keys = new ArrayList<>();
        for (String key : out.keySet()) {
          if (key.indexOf(' ') < 0
              || capitals.computeIfAbsent(key, TagExtractor::upperCaseChars) < letters.length()) {
            continue;
          }
          String name = key.charAt(0) == UNSURE ? key.substring(1) : key;
          String t = longForm(name, letters);
          if (t == null || tail != null && !t.equals(tail)
              || !defined && acronym.length() == 2 && personLike(List.of(t.split(" ")), 0)) {
            continue;
          }
          tail = t;
          keys.add(key);
        }
        if (tail == null) {
          continue;
        }
        Stats s = out.remove(acronym);
        for (String key : keys) {
          String name = key.charAt(0) == UNSURE ? key.substring(1) : key;
          if (name.length() > tail.length()) {
            hints.merge(name.substring(0, name.length() - tail.length() - 1), 1, Integer::sum);
          }
          s = s.plus(out.remove(key));
        }
        out.merge(tail, s, Stats::plus);
        longFormInitials(tail, possible);
      }
    }

    /** The initials {@link #longForm} may find {@code name} abbreviated by, added to {@code to}. */
    private static void longFormInitials(String name, Set<String> to) {
      List<String> words = List.of(name.split(" "));
      for (int start = 0; start < words.size() - 1; start++) {
        if (start > 0 && !Places.isCountry(String.join(" ", words.subList(0, start)))) {
          continue;
        }
        List<String> rest = words.subList(start, words.size());
        to.add(initials(rest, false));
        to.add(initials(rest, true));
      }
    }

    /**
     * The end of {@code name} that {@code acronym} abbreviates, the name itself or what follows a
     * country ("US Federal Bureau of Investigation"), or null.
     */
    private static String longForm(String name, String acronym) {
      String[] words = name.split(" ");
      for (int start = 0; start < words.length - 1; start++) {
        String head = String.join(" ", List.of(words).subList(0, start));
        if (start > 0 && !Places.isCountry(head)) {
          continue;
        }
        List<String> rest = List.of(words).subList(start, words.length);
        if (rest.stream().noneMatch(TagExtractor::isAcronym) // "ABC Inc" is not "AI"
            && (acronym.equals(initials(rest, false)) || acronym.equals(initials(rest, true)))) {
          return String.join(" ", rest);
        }
      }
      return null;
    }

    /**
     * "Brazilian Ronaldo" and "Swiss Xstrata" are "Ronaldo" and "Xstrata" when the article also
     * names them alone (the nationality is a hint for its country); "Australian Open" and
     * "Swiss Re", never written without it, stay whole.
     */
    private void mergeNationalityPrefixed(Map<String, Stats> out) {
      for (String key : List.copyOf(out.keySet())) {
        boolean unsure = key.charAt(0) == UNSURE;
        String name = unsure ? key.substring(1) : key;
        int space = name.indexOf(' ');
        if (space > 0 && name.indexOf(' ', space + 1) > 0 && !unsure) {
          // "European Digital Life Index" and "Digital Life Index", "US Secret Service" and
          // "Secret Service": a name of two words or more, written once with the region or
          // country it belongs to, is one entity named in full.
          String first = name.substring(0, space);
          String rest = name.substring(space + 1);
          if ((Places.country(first) != null || ADJECTIVES.contains(first.toLowerCase(Locale.ROOT)))
              && out.containsKey(rest) && !CONNECTORS.contains(rest.substring(0, rest.indexOf(' ')))) {
            out.merge(key, out.remove(rest), Stats::plus);
          }
          continue;
        }
        if (space < 0) {
          continue;
        }
        String country = Places.country(name.substring(0, space));
        String rest = name.substring(space + 1);
        if (country == null || Places.country(name) != null || !out.containsKey(rest)) {
          continue;
        }
        out.merge(rest, out.remove(key), Stats::plus);
        hints.merge(country, 1, Integer::sum);
      }
    }

    /**
     * A single capitalized word opening a sentence counts only when the article also writes it
     * capitalized mid-sentence; a longer run that opens a sentence stays marked for the archive.
     */
    private static void resolveSentenceStarts(Map<String, Stats> out) {
      // Otherwise an opener is left for the archive to judge.
      for (String key : List.copyOf(out.keySet())) {
        if (key.charAt(0) != UNSURE) {
          continue;
        }
        String name = key.substring(1);
        Stats s = out.get(key);
        if (out.containsKey(name)) {
          out.remove(key);
          out.merge(name, s, Stats::plus);
        }
      }
    }
  }

  /**
   * "Education Secretary Ruth Kelly" and "Tory Neil Hamilton" → "Ruth Kelly", "Neil Hamilton":
   * role, office-domain and party words in front of a person-like name are stripped, and letters
   * after it ("Tom McCabe MSP"). A run that
   * is only an office ("Deputy Prime Minister", "Secretary of State", "Labour MEP") is none.
   */
  static List<String> stripRoles(List<String> run, boolean honorific) {
    if (run.size() >= 3 && POST_NOMINALS.contains(run.get(run.size() - 1).toLowerCase(Locale.ROOT))
        && personLike(run.subList(0, run.size() - 1), 0)) {
      run = run.subList(0, run.size() - 1); // "Tom McCabe MSP", "Ian MacDonald QC"
    }
    int cut = -1;
    for (int i = 0; i < run.size() - 1; i++) {
      String w = role(run.get(i));
      boolean party = PARTIES.contains(w) && run.size() - i - 1 >= 2;
      // A nationality only before a full name: "Russian Nikolay Davydenko", not "French Open".
      boolean nationality = Places.country(run.get(i)) != null && run.size() - i - 1 >= 2;
      // "General" before one word opens a firm's or an event's name ("General Motors", "General
      // Election"); before a person it comes with the full name ("Attorney General Lord
      // Goldsmith").
      boolean firmWord = w.equals("general") && run.size() - i - 1 < 2;
      if ((ROLES.contains(w) && !firmWord || nationality)
          && Character.isUpperCase(run.get(i + 1).codePointAt(0))
          && (personLike(run, i + 1) || personBeforeOf(run, i + 1) > 0 && !nationality)
          && (party || hasOfficeWord(run, i))) {
        cut = i + 1;
      }
    }
    if (cut > 0) {
      return new ArrayList<>(run.subList(cut, run.size()));
    }
    String last = run.get(run.size() - 1).toLowerCase(Locale.ROOT);
    // "Labour Lords" are peers, but the "Law Lords" a court, as "Time Lords" are a people.
    if (last.equals("lords") && run.subList(0, run.size() - 1).stream()
        .allMatch(w -> ROLES.contains(role(w)) || Places.country(w) != null)) {
      return List.of();
    }
    // "The Scottish Executive" is a government, not an office.
    if (run.size() == 2 && last.equals("executive") && Places.country(run.get(0)) != null) {
      return run;
    }
    if (OFFICE_END.contains(last) && !run.contains("of") && !run.contains("for")) {
      return List.of();
    }
    if (run.size() == 1 && OFFICE_END.contains(last) || !honorific && onlyOffice(run)) {
      return List.of();
    }
    return run;
  }

  /** Whether the word names an office, job or domain ({@link #ROLES}): "Chairman", "Health". */
  static boolean isRole(String word) {
    return ROLES.contains(role(word));
  }

  /**
   * A role word as looked up: lower case, "Ex-" or "Co-" in front dropped ("Ex-PM"), a compound
   * of roles its last ("Vice-President" is "president").
   */
  private static String role(String word) {
    String w = word.toLowerCase(Locale.ROOT);
    if ((w.startsWith("ex-") || w.startsWith("co-")) && ROLES.contains(w.substring(3))) {
      return w.substring(3);
    }
    int dash = w.lastIndexOf('-');
    if (dash > 0 && !ROLES.contains(w) && ROLES.contains(w.substring(dash + 1))
        && List.of(w.substring(0, dash).split("-")).stream().allMatch(ROLES::contains)) {
      return w.substring(dash + 1); // "Vice-President", "Deputy-Chief-Executive"
    }
    return w;
  }

  /**
   * Every word a role, domain or connector, and one of them a job ("Secretary of State"), or
   * every word what a ministry is for ("Media and Sport" from "Culture, Media and Sport").
   */
  private static boolean onlyOffice(List<String> run) {
    if (run.stream().allMatch(w -> CONNECTORS.contains(w)
        || MINISTRY.contains(w.toLowerCase(Locale.ROOT)))) {
      return true;
    }
    boolean job = false;
    for (String word : run) {
      String w = role(word);
      if (CONNECTORS.contains(word)) {
        continue;
      }
      if (!ROLES.contains(w)) {
        return false;
      }
      job |= !DOMAINS.contains(w);
    }
    return job;
  }

  /** A job word up to {@code end}: "Beatle", "Secretary", "President" (not only "Health"). */
  private static boolean hasOfficeWord(List<String> run, int end) {
    for (int i = 0; i <= end; i++) {
      String w = role(run.get(i));
      if (ROLES.contains(w) && !DOMAINS.contains(w) || Places.country(run.get(i)) != null) {
        return true;
      }
    }
    return false;
  }

  /**
   * Where "of" follows a full name that starts at {@code from}, with a capitalized name after
   * it ("Paul Miller of Thames Valley Police", "Paul Miller of the FBI"), or -1.
   */
  static int personBeforeOf(List<String> run, int from) {
    int of = run.indexOf("of");
    if (of - from < 2 || of - from > 3 || of + 1 >= run.size()
        || !personLike(run.subList(0, of), from)) {
      return -1;
    }
    String next = run.get(of + 1).equals("the") && of + 2 < run.size() ? run.get(of + 2)
        : run.get(of + 1);
    return Character.isUpperCase(next.codePointAt(0)) ? of : -1;
  }

  /** Two or three plain capitalized words from {@code from}: a person's name. */
  static boolean personLike(List<String> run, int from) {
    int n = run.size() - from;
    if (n < 1 || n > 3) {
      return false;
    }
    for (int i = from; i < run.size(); i++) {
      String w = run.get(i);
      String lw = w.toLowerCase(Locale.ROOT);
      // A body's last word may be a first name before a surname: "Bill Armstrong".
      if (!Character.isUpperCase(w.codePointAt(0))
          || ORG_END.contains(lw) && (i == run.size() - 1 || i > from)
          || ROLES.contains(role(w)) || CONNECTORS.contains(lw)) {
        return false;
      }
    }
    return true;
  }

  /** What a ministry or department is for: "Trade and Industry", "Work and Pensions". */
  private static final Set<String> MINISTRY = set("foreign", "home", "education", "health",
      "culture", "trade", "industry", "defence", "defense", "environment", "transport", "work",
      "pensions", "justice", "interior", "finance", "economy", "energy", "sport", "sports",
      "media", "constitutional", "affairs", "international", "development", "employment",
      "agriculture", "science", "technology", "communications", "schools", "skills", "food",
      "rural");
  /** Office-domain words that are not a job on their own ("Health" in "Health Secretary"). */
  private static final Set<String> DOMAINS = set("foreign", "home", "education", "health",
      "culture", "trade", "industry", "defence", "defense", "environment", "transport", "work",
      "pensions", "justice", "interior", "finance", "economy", "energy", "sports", "sport",
      "media", "treasury", "constitutional", "affairs", "state", "international",
      "development", "employment", "agriculture", "science", "technology", "communications",
      "schools", "europe", "european", "welsh", "scottish", "northern", "ireland", "opposition",
      "party", "conservative", "labour", "tory", "democrat", "liberal", "republican",
      "democratic", "senate", "house", "world", "olympic", "controversial", "legendary",
      "acting", "vice", "deputy", "shadow", "prime", "chief", "assistant", "elect", "unionist",
      "nationalist", "ukip", "snp", "tories", "conservatives", "democrats", "republicans",
      "liberals", "unionists", "nationalists",
      "designate", "minority", "majority", "number", "veteran");

  /**
   * "Stuart Hensel of the Economist Intelligence Unit" is two names when the article calls the
   * person "Mr Hensel" or names "Stuart Hensel" alone, or when the other name is a country
   * ("Olivier Rochus of Belgium"): a person-like name, "of", another name.
   */
  static void splitPersonOf(Map<String, Stats> counts, Map<String, Integer> hints) {
    for (String key : List.copyOf(counts.keySet())) {
      boolean unsure = key.charAt(0) == UNSURE;
      String name = unsure ? key.substring(1) : key;
      int of = name.indexOf(" of ");
      if (of < 0) {
        continue;
      }
      List<String> head = List.of(name.substring(0, of).split(" "));
      String tail = name.substring(of + 4);
      if (tail.startsWith("the ")) {
        tail = tail.substring(4);
      }
      // "Mr Skeens of Brownsville": after an honorific, a surname alone is a person too.
      boolean titled = head.size() == 1 && counts.get(key).honorific();
      if ((head.size() < 2 && !titled) || head.size() > 3 || !personLike(head, 0)
          || tail.isEmpty() || !Character.isUpperCase(tail.codePointAt(0))) {
        continue;
      }
      String person = String.join(" ", head);
      Stats surname = counts.get(head.get(head.size() - 1));
      // "Olivier Rochus of Belgium": a person is never named after a country.
      if ((surname == null || !surname.honorific()) && !counts.containsKey(person)
          && !Places.isCountry(tail) && !titled) {
        continue;
      }
      Stats s = counts.remove(key);
      counts.merge(unsure ? UNSURE + person : person, s, Stats::plus);
      if (Places.isCountry(tail)) {
        hints.merge(tail, 1, Integer::sum); // like "Russian": who she plays for, no subject
      } else {
        // The honorific was the person's ("Mr Skeens of Brownsville").
        counts.merge(tail, new Stats(s.mentions(), s.headline(), s.lede(), s.paragraphs(),
            s.firstParagraph(), false), Stats::plus);
      }
    }
  }

  /**
   * "Harry" and "Mr Blair" count toward "Prince Harry" and "Tony Blair" when the article has the
   * full name: a short mention is the last or first word of a person-like name; "The Return"
   * absorbs "Return".
   */
  static void mergeShortMentions(Map<String, Stats> counts) {
    // Each single word → the full names it may be short for.
    Map<String, List<String>> fulls = new HashMap<>();
    Map<String, List<String>> byHyphenPart = new HashMap<>();
    Map<String, List<String>> inside = new HashMap<>();
    Map<String, List<String>> byFirst = new HashMap<>();
    for (String full : counts.keySet()) {
      if (full.charAt(0) == UNSURE || full.indexOf(' ') < 0) {
        continue;
      }
      String[] words = full.split(" ");
      boolean plain = true;
      for (String w : words) {
        if (CONNECTORS.contains(w)) {
          plain = false;
          break;
        }
      }
      if (plain) {
        String last = words[words.length - 1];
        if (words.length >= 3 && GENERATIONS.contains(last)) {
          last = words[words.length - 2]; // "Mr Evans" is "Charles Evans Jr"
        }
        // A party or a country is never a surname: "Labour" is not short for "New Labour".
        if (!PARTIES.contains(last.toLowerCase(Locale.ROOT)) && Places.country(last) == null
            && !Places.isCountry(last)) { // "Kenya" is not short for "Athletics Kenya"
          fulls.computeIfAbsent(last, k -> new ArrayList<>()).add(full);
        }
        int dash = last.indexOf('-');
        if (dash > 1 && words.length <= 3 && Character.isUpperCase(last.codePointAt(dash + 1))) {
          // "Kilroy" for "Robert Kilroy-Silk", when no other full name ends in "Kilroy".
          byHyphenPart.computeIfAbsent(last.substring(0, dash), k -> new ArrayList<>())
              .add(full);
        }
      }
      // Not a brand's model or unit: "Windows" is not short for "Windows XP", nor "Vodafone"
      // for "Vodafone KK" or "iPod" for "iPod mini" (a person's names are all capitalized words).
      // Nor a country for a name it opens: "US" is not short for "US Anti-Doping Agency".
      if ((plain && words.length <= 3 && wordsAfterFirst(words) || !plain)
          && !Places.isCountry(words[0])) {
        byFirst.computeIfAbsent(words[0], k -> new ArrayList<>()).add(full);
      }
      if (words.length == 2 && words[0].equals("The")) {
        fulls.computeIfAbsent(words[1], k -> new ArrayList<>()).add(full);
      }
      for (int i = 1; i < words.length - 1; i++) {
        if (!CONNECTORS.contains(words[i])) {
          inside.computeIfAbsent(words[i], k -> new ArrayList<>()).add(full);
        }
      }
    }
    List<String> singles = new ArrayList<>();
    for (String k : counts.keySet()) {
      if (k.indexOf(' ') < 0) {
        singles.add(k);
      }
    }
    singles.sort(null);
    for (String single : singles) {
      String bare = single.charAt(0) == UNSURE ? single.substring(1) : single;
      String best = null;
      int present = 0;
      for (String full : fulls.getOrDefault(bare, List.of())) {
        if (!counts.containsKey(full)) {
          continue;
        }
        best = moreMentioned(counts, best, full);
        present++;
      }
      if (present >= 2 && isAcronym(bare)) {
        // "DS" beside "Nintendo DS", "Mario Kart DS" and "Rayman DS": a product line its
        // models are named after, short for none of them.
        continue;
      }
      // A name's first word only where no name ends with it: "Mr Beckham" is "David Beckham",
      // not the "Beckham Windows" trojan.
      for (String full : best == null ? byFirst.getOrDefault(bare, List.of()) : List.<String>of()) {
        if (!counts.containsKey(full)) {
          continue;
        }
        best = moreMentioned(counts, best, full);
      }
      boolean longer = fulls.containsKey(bare) || byFirst.containsKey(bare);
      List<String> hyphened = byHyphenPart.getOrDefault(bare, List.of());
      if (best == null && !longer && hyphened.size() == 1
          && counts.containsKey(hyphened.get(0))) {
        best = hyphened.get(0);
      }
      if (best == null && !longer) {
        best = insideOf(counts, single, bare, inside.getOrDefault(bare, List.of()));
      }
      if (best != null) {
        Stats s = counts.remove(single);
        counts.merge(best, s, Stats::plus);
      } else if (counts.get(single).honorific()) {
        mergeIntoOpener(counts, single, bare);
      }
    }
    // After the surnames alone: a team list's "J Robinson" says nothing of which Robinson the
    // text's "Robinson" is.
    mergeInitials(counts);
    mergeTitledFirstNames(counts);
  }

  /** Every word after the first a capital, then lower case somewhere, or a number: no "XP". */
  private static boolean wordsAfterFirst(String[] words) {
    for (int i = 1; i < words.length; i++) {
      String w = words[i];
      if (w.chars().allMatch(Character::isDigit)) {
        continue; // "PlayStation 2": a model number leaves the brand the console's name
      }
      if (!Character.isUpperCase(w.codePointAt(0)) || w.chars().noneMatch(Character::isLowerCase)) {
        return false;
      }
    }
    return true;
  }

  /**
   * "Tulu to appear at Caledonian" over a story about the "BUPA Great Caledonian Run": a word
   * the headline alone names, from inside the one longer name the article has with it, is the
   * headline's short form of it (not a country, party or adjective, which stand alone). Not a
   * word opening the headline ("Supercomputer breaks speed record" beside the "International
   * Supercomputer Conference"), nor one named in the text, as often a name of its own.
   */
  private static String insideOf(Map<String, Stats> counts, String single, String bare,
      List<String> longer) {
    String lw = bare.toLowerCase(Locale.ROOT);
    if (longer.isEmpty() || single.charAt(0) == UNSURE || Places.country(bare) != null
        || Places.isCountry(bare)
        || PARTIES.contains(lw)
        || ADJECTIVES.contains(lw)) {
      return null;
    }
    String only = null;
    for (String full : longer) {
      if (counts.containsKey(full)) {
        if (only != null && !only.equals(full)) {
          return null;
        }
        only = full;
      }
    }
    Stats s = counts.get(single);
    return only != null && s.paragraphs() == 1 && s.firstParagraph() == 0 ? only : null;
  }

  /**
   * "B O'Driscoll" in a team list is the article's "Brian O'Driscoll": an initial and a surname
   * join the one full name with that surname whose first name starts with the initial.
   */
  private static void mergeInitials(Map<String, Stats> counts) {
    for (String key : List.copyOf(counts.keySet())) {
      // A team list's first entry opens a line: "\u0001B Odell" is as sure.
      String bare = key.charAt(0) == UNSURE ? key.substring(1) : key;
      int space = bare.indexOf(' ');
      if (space < 1 || space > 2 || bare.indexOf(' ', space + 1) >= 0
          || !Character.isUpperCase(bare.charAt(0)) || space == 2 && bare.charAt(1) != '.') {
        continue;
      }
      String surname = bare.substring(space + 1);
      String only = null;
      for (String full : counts.keySet()) {
        if (full.length() > bare.length() && full.charAt(0) == bare.charAt(0)
            && full.endsWith(" " + surname) && full.indexOf(' ') > 2
            && personLike(List.of(full.split(" ")), 0)) {
          if (only != null) {
            only = null;
            break;
          }
          only = full;
        }
      }
      if (only != null) {
        counts.merge(only, counts.remove(key), Stats::plus);
      }
    }
  }

  /** Of two names (the first may be null), the one mentioned more; on a tie, the first in order. */
  private static String moreMentioned(Map<String, Stats> counts, String best, String full) {
    if (best == null) {
      return full;
    }
    int a = counts.get(full).mentions();
    int b = counts.get(best).mentions();
    return a > b || a == b && full.compareTo(best) < 0 ? full : best;
  }

  /**
   * "Dame Julie" and "Sir Alex" are the article's "Julie Andrews" and "Alex Ferguson": a title
   * with a first name only joins the full name that starts with it (the one mentioned most).
   */
  private static void mergeTitledFirstNames(Map<String, Stats> counts) {
    for (String titled : List.copyOf(counts.keySet())) {
      int space = titled.indexOf(' ');
      if (space < 0 || !KNIGHTS.contains(titled.substring(0, space))) {
        continue;
      }
      String[] words = titled.split(" ");
      if (words.length != 2) {
        continue;
      }
      String best = null;
      for (String full : counts.keySet()) {
        if (full.charAt(0) == UNSURE || !full.startsWith(words[1] + " ")) {
          continue;
        }
        List<String> fw = List.of(full.split(" "));
        if (fw.size() > 3 || !personLike(fw, 0) || TITLES.contains(fw.get(0))) {
          continue;
        }
        best = moreMentioned(counts, best, full);
      }
      if (best != null) {
        counts.merge(best, counts.remove(titled), Stats::plus);
      }
    }
  }

  /**
   * "Mr Shipside" with "Miles Shipside" only at the start of a sentence: the honorific shows the
   * opener is a first name, so the two-word name is sure and takes the mention. Of several, the
   * one mentioned most (then the first in sort order). Not from the headline alone.
   */
  private static void mergeIntoOpener(Map<String, Stats> counts, String single, String surname) {
    String best = null;
    for (String key : counts.keySet()) {
      if (key.charAt(0) != UNSURE) {
        continue;
      }
      List<String> words = List.of(key.substring(1).split(" "));
      if (words.size() != 2 || !words.get(1).equals(surname) || !personLike(words, 0)
          || STOP.contains(words.get(0).toLowerCase(Locale.ROOT))
          || counts.get(key).firstParagraph() == 0) {
        continue; // "Sprinters Kostas Kenteris" and a headline's opener are left to the archive
      }
      if (best == null || counts.get(key).mentions() > counts.get(best).mentions()
          || counts.get(key).mentions() == counts.get(best).mentions() && key.compareTo(best) < 0) {
        best = key;
      }
    }
    if (best != null) {
      Stats opener = counts.remove(best);
      counts.merge(best.substring(1), opener.plus(counts.remove(single)), Stats::plus);
    }
  }

  /**
   * Last parts of a compound that make it describe what follows, besides participles and agent
   * nouns: "Trouble-hit", "Fit-again", "Hindi-language", "Three-time", "Twenty-two".
   */
  private static final Set<String> MODIFIER_ENDS = set("hit", "again", "language", "time",
      "style", "era", "free", "wide", "old", "run", "one", "two", "three", "four", "five", "six",
      "seven", "eight", "nine");

  /**
   * A compound whose last part is a lower-case participle or agent noun, "Paris-based",
   * "Tunisian-born", "Oscar-nominated", "Award-winning", "Car-maker", or one of {@link
   * #MODIFIER_ENDS}: it describes the name after it and is no part of it ("Blu-ray Disc",
   * "Low-fare Airlines" end otherwise).
   */
  static boolean hyphenModifier(String w) {
    int dash = w.lastIndexOf('-');
    if (dash <= 0 || dash >= w.length() - 2) {
      return false;
    }
    for (int i = dash + 1; i < w.length(); i++) {
      if (!Character.isLowerCase(w.charAt(i))) {
        return false;
      }
    }
    return w.endsWith("ed") || w.endsWith("ing") || w.endsWith("er") || w.endsWith("-born")
        || MODIFIER_ENDS.contains(w.substring(dash + 1));
  }

  /**
   * Compass and region words, then a nationality or continent adjective: "North American",
   * "Latin American", "Eastern European", "S Korean" (not "London Irish", a club).
   */
  static boolean regionAdjective(List<String> run) {
    if (run.size() < 2) {
      return false;
    }
    for (int i = 0; i < run.size() - 1; i++) {
      if (!COMPASS.contains(run.get(i).toLowerCase(Locale.ROOT))) {
        return false;
      }
    }
    String last = run.get(run.size() - 1);
    return ADJECTIVES.contains(last.toLowerCase(Locale.ROOT))
        || Places.country(last) != null && !Places.isCountry(last);
  }

  /**
   * "All Blacks", "All Saints", "All England Club" mid-sentence: "All" before a group or an
   * institution is part of its name (not "All Shook" from "All Shook Up", cut at "Up").
   */
  private static boolean allOfAGroup(List<String> run) {
    String last = run.get(run.size() - 1);
    return run.get(0).equals("All") && run.size() > 1
        && (last.endsWith("s") && !last.endsWith("ss") || endsLikeInstitution(last));
  }

  /**
   * "Berlin Festival" and "Berlin Film Festival", "Blue Gene" and "Blue Gene L" in one article
   * are one entity: a name whose words all appear, in order, in a longer one merges into it,
   * the longer naming both when the two end alike (it is the full name) and otherwise the one
   * mentioned more (the longer on a tie).
   */
  static void mergeContained(Map<String, Stats> counts) {
    List<String> multi = new ArrayList<>();
    for (String k : counts.keySet()) {
      if (k.indexOf(' ') > 0 && k.charAt(0) != UNSURE) {
        multi.add(k);
      }
    }
    if (multi.size() < 2 || multi.size() > 200) {
      return;
    }
    multi.sort(java.util.Comparator.comparingInt(String::length).thenComparing(k -> k));
    String[][] words = new String[multi.size()][];
    for (int i = 0; i < multi.size(); i++) {
      words[i] = multi.get(i).split(" ");
    }
    for (int i = 0; i < multi.size(); i++) {
      String shorter = multi.get(i);
      for (int j = multi.size() - 1; j > i; j--) {
        String longer = multi.get(j);
        if (!counts.containsKey(shorter) || !counts.containsKey(longer)
            || !inOrder(words[i], words[j])) {
          continue;
        }
        Stats a = counts.get(shorter);
        Stats b = counts.get(longer);
        // A word left out inside is a short form ("Berlin Festival"); a word left off the end
        // may be what the longer is part of ("Champions League" and its "Final").
        // Not across "and": "United Bank of Africa and Standard Trust Bank" is two.
        boolean inside = shorter.endsWith(longer.substring(longer.lastIndexOf(' ')))
            && !longer.contains(" and ") && !longer.contains(" & ");
        if (a.mentions() > b.mentions() && !inside) {
          counts.put(shorter, counts.remove(longer).plus(a));
        } else {
          counts.put(longer, counts.remove(shorter).plus(b));
        }
        break;
      }
    }
  }

  /**
   * "De Niro" after "Robert De Niro", "El Guerrouj" after "Hicham El Guerrouj": a surname that
   * opens with a particle (or follows an honorific: "Mr Saumarez Smith") is the short form of
   * the given name and that surname in one article.
   * (Only these: a longer name ending in a shorter one is as often a bigger thing, "Rugby World
   * Cup", "Parliamentary Labour Party".)
   */
  static void mergeTails(Map<String, Stats> counts) {
    for (String shorter : List.copyOf(counts.keySet())) {
      int space = shorter.indexOf(' ');
      // Or any two-word surname after an honorific: "Mr Saumarez Smith" is the article's
      // "Charles Saumarez Smith".
      if (space <= 0 || shorter.charAt(0) == UNSURE || shorter.indexOf(' ', space + 1) > 0
          || !counts.containsKey(shorter) || !SURNAME_PARTICLES.contains(shorter.substring(0, space).toLowerCase(Locale.ROOT))
          && !counts.get(shorter).honorific()) {
        continue;
      }
      // After an honorific the longer name is a person's even where it opened a sentence
      // (its first word a first name), and is sure from then on.
      boolean person = counts.get(shorter).honorific();
      String longer = null;
      for (String k : counts.keySet()) {
        int s = k.indexOf(' ');
        if ((k.charAt(0) != UNSURE || person) && s > 0 && k.substring(s + 1).equals(shorter)
            && (longer == null || k.compareTo(longer) < 0)) {
          longer = k;
        }
      }
      if (longer != null) {
        Stats s = counts.remove(shorter);
        if (longer.charAt(0) == UNSURE) {
          s = s.plus(counts.remove(longer));
          longer = longer.substring(1);
        }
        counts.merge(longer, s, Stats::plus);
      }
    }
  }

  /** Every word of {@code part} in {@code whole}, in order, sharing first and last word. */
  private static boolean inOrder(String[] part, String[] whole) {
    if (!part[0].equals(whole[0]) || !part[part.length - 1].equals(whole[whole.length - 1])
        && !part[part.length - 1].equals(whole[whole.length - 2])) {
      return false;
    }
    int j = 0;
    for (String w : whole) {
      if (j < part.length && w.equals(part[j])) {
        j++;
      }
    }
    return j == part.length;
  }

  /**
   * The first letters of a name's capitalized words ("Federal Bureau of Investigation" is
   * "FBI"), with {@code parts} also of the capitalized parts of a hyphenated word ("National
   * Hi-Tech Crime Unit" is "NHTCU").
   */
  static String initials(List<String> words, boolean parts) {
    StringBuilder b = new StringBuilder();
    for (String w : words) {
      if (!Character.isUpperCase(w.codePointAt(0))) {
        continue;
      }
      b.appendCodePoint(w.codePointAt(0));
      for (int i = w.indexOf('-'); parts && i >= 0 && i + 1 < w.length();
          i = w.indexOf('-', i + 1)) {
        if (Character.isUpperCase(w.charAt(i + 1))) {
          b.append(w.charAt(i + 1));
        }
      }
    }
    return b.toString();
  }

  /**
   * The last word of an event's or institution's name: "Olympics", "Games", "Open",
   * "Parliament", "Council", "Festival" (so "Sydney Olympics" is one name, not a place and an
   * event).
   */
  static boolean endsLikeInstitution(String word) {
    String w = word.toLowerCase(Locale.ROOT);
    return ORG_END.contains(w) || EVENT_END.contains(w);
  }

  /**
   * A sentence opener that is a name whatever the archive writes its first word as: a peer's
   * title before a name ("Lord Drayson", "Lady Boothroyd"), or two words joined by "and" in a
   * body's name ("Industrial and Commercial Bank", "Royal and Ancient Golf Club").
   *
   * @param space where the first word ends
   */
  static boolean titledOrJoinedBody(String name, int space) {
    if (TITLES.contains(name.substring(0, space))) {
      return Character.isUpperCase(name.codePointAt(space + 1));
    }
    return (name.startsWith("and ", space + 1) || name.startsWith("& ", space + 1))
        && endsLikeInstitution(name.substring(name.lastIndexOf(' ') + 1));
  }

  /** The last word of a body's name: "Committee", "Council", "Association" (not an event's). */
  static boolean endsLikeBody(String word) {
    return ORG_END.contains(word.toLowerCase(Locale.ROOT));
  }

  /**
   * A name written as digits and then three lower-case letters or more, "3ami", "5ive" (not a
   * quantity and its unit, "5bn", "63secs", "24hours", nor an ordinal, "21st").
   */
  static boolean numberedName(String w) {
    int i = 0;
    while (i < w.length() && w.charAt(i) >= '0' && w.charAt(i) <= '9') {
      i++;
    }
    if (w.length() - i < 3) {
      return false;
    }
    for (int j = i; j < w.length(); j++) {
      if (w.charAt(j) < 'a' || w.charAt(j) > 'z') {
        return false;
      }
    }
    return !UNITS.contains(w.substring(i));
  }

  /** Units and the like after a number: "63secs", "24hours", "512kbps". */
  private static final Set<String> UNITS = set("secs", "sec", "seconds", "second", "mins",
      "min", "minutes", "minute", "hours", "hour", "hrs", "days", "day", "weeks", "week",
      "months", "month", "years", "year", "yrs", "kbps", "mbps", "gbps", "mph", "kmh", "kph",
      "bhp", "yds", "lbs", "ghz", "mhz", "dpi", "fps", "mpg", "bit", "bits", "metres", "meters",
      "miles", "feet", "inches", "million", "billion", "pence", "cents", "euros", "pounds",
      "dollars", "and", "the", "for", "per", "kgs", "kms", "sqm", "hrs", "mins", "ish");

  /** Two to six capitals ({@code \p{Lu}{2,6}}), checked without a matcher for every word. */
  static boolean isAcronym(String w) {
    int n = 0;
    for (int i = 0; i < w.length(); ) {
      int c = w.codePointAt(i);
      if (Character.getType(c) != Character.UPPERCASE_LETTER || ++n > 6) {
        return false;
      }
      i += Character.charCount(c);
    }
    return n >= 2;
  }

  /** The chars of a name's capital letters: at least as many as any initials it has. */
  private static int upperCaseChars(String name) {
    int n = 0;
    for (int i = 0; i < name.length(); ) {
      int c = name.codePointAt(i);
      if (Character.isUpperCase(c)) {
        n += Character.charCount(c);
      }
      i += Character.charCount(c);
    }
    return n;
  }

  static boolean hasCapitalOrDigitInside(String w) {
    return w.codePoints().skip(1).anyMatch(c -> Character.isUpperCase(c) || Character.isDigit(c));
  }

  static boolean isUncased(String w) {
    int c = w.codePointAt(0);
    return Character.isLetter(c) && !Character.isUpperCase(c) && !Character.isLowerCase(c);
  }

  /**
   * An acronym said as a word and written like one: "Icann", "Nasa", "Unicef" (four letters or
   * more, so that a short word is not taken for one).
   */
  static boolean wordAcronym(String w) {
    if (w.length() < 4 || w.length() > 8 || !Character.isUpperCase(w.charAt(0))) {
      return false;
    }
    for (int i = 1; i < w.length(); i++) {
      if (!Character.isLowerCase(w.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  /**
   * The capitals an acronym stands for: "FBI", "BoE" as "BE", and one said as a word in capitals
   * ("Icann" is "ICANN").
   */
  static String acronymLetters(String acronym) {
    if (wordAcronym(acronym)) {
      return acronym.toUpperCase(Locale.ROOT);
    }
    StringBuilder b = new StringBuilder();
    acronym.codePoints().filter(Character::isUpperCase).forEach(b::appendCodePoint);
    return b.toString();
  }

  /** "MPs", "MEPs", "Americans": plurals naming a group, never an entity. */
  static boolean isGroupNoun(String w) {
    return groupAcronym(w) || w.endsWith("s") && Places.country(w.substring(0,
        w.length() - 1)) != null && Places.country(w) == null;
  }

  /** Two capitals or more, then "s" ({@code \p{Lu}{2,}s}): "MPs", "MEPs". */
  private static boolean groupAcronym(String w) {
    int n = w.length() - 1;
    if (n < 2 || w.charAt(n) != 's') {
      return false;
    }
    int capitals = 0;
    for (int i = 0; i < n; ) {
      int c = w.codePointAt(i);
      if (Character.getType(c) != Character.UPPERCASE_LETTER) {
        return false;
      }
      capitals++;
      i += Character.charCount(c);
    }
    return capitals >= 2;
  }

  /** An immutable set of words, repeats allowed in the list. */
  private static Set<String> set(String... words) {
    return Set.copyOf(List.of(words));
  }

  private static void trimConnectors(List<String> run) {
    while (!run.isEmpty() && CONNECTORS.contains(run.get(run.size() - 1))) {
      run.remove(run.size() - 1);
    }
    while (!run.isEmpty() && CONNECTORS.contains(run.get(0))) {
      run.remove(0);
    }
  }

  private static String clean(String w) {
    if ((w.indexOf('\'') >= 0 || w.indexOf('’') >= 0) && CONTRACTION.matcher(w).matches()) {
      return "i";
    }
    String s = w;
    if (s.endsWith("'s") || s.endsWith("’s")) {
      s = s.substring(0, s.length() - 2);
    }
    while (s.endsWith(".") && !INITIALS.matcher(s).matches() || s.endsWith("'")
        || s.endsWith("’") || s.endsWith("-")) {
      s = s.substring(0, s.length() - 1);
    }
    return s;
  }

  /**
   * The text split where {@code \n\s*\n} matches (a blank line), as {@link String#split} would,
   * without compiling the expression for every article: a separator is a run of whitespace
   * holding two line breaks or more, from its first line break to its last.
   */
  static List<String> paragraphs(String text) {
    List<String> out = new ArrayList<>();
    int n = text.length();
    int from = 0;
    int i = text.indexOf('\n');
    while (i >= 0) {
      int last = i;
      int j = i + 1;
      while (j < n && isRegexSpace(text.charAt(j))) {
        if (text.charAt(j) == '\n') {
          last = j;
        }
        j++;
      }
      if (last > i) {
        out.add(text.substring(from, i));
        from = last + 1;
      }
      i = text.indexOf('\n', j);
    }
    out.add(text.substring(from));
    return out;
  }

  /** What {@code \s} matches: space, tab, line breaks, vertical tab, form feed. */
  private static boolean isRegexSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
  }

  /** Markdown as plain text, enough for name finding: escapes and caption markers removed. */
  static String plain(String markdown) {
    // Each expression only where its first character is: most bodies have no quote, heading,
    // escape or caption, and one look at each character tells.
    boolean bracket = false;
    boolean quote = false;
    boolean heading = false;
    boolean escape = false;
    for (int i = 0; i < markdown.length(); i++) {
      switch (markdown.charAt(i)) {
        case '[' -> bracket = true;
        case '>' -> quote = true;
        case '#' -> heading = true;
        case '\\' -> escape = true;
        default -> { }
      }
    }
    String s = bracket ? markdown.replace("[!CAPTION]", "") : markdown;
    if (quote) {
      s = QUOTE_MARK.matcher(s).replaceAll("");
    }
    if (heading) {
      s = HEADING_MARK.matcher(s).replaceAll("");
    }
    return escape ? ESCAPED.matcher(s).replaceAll("$1") : s;
  }

  private static final Pattern QUOTE_MARK = Pattern.compile("(?m)^>\\s?");
  private static final Pattern HEADING_MARK = Pattern.compile("(?m)^#+\\s+");
  private static final Pattern ESCAPED = Pattern.compile("\\\\(\\p{Punct})");
}
