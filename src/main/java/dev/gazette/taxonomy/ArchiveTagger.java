package dev.gazette.taxonomy;

import dev.gazette.config.TagRules;
import dev.gazette.content.Article;
import dev.gazette.content.Tag;
import dev.gazette.taxonomy.TagExtractor.Candidates;
import dev.gazette.taxonomy.TagExtractor.Stats;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

/**
 * Tags decided across the whole archive, in two passes. First each article's candidate names are
 * found ({@link TagExtractor}, in parallel, keeping a few dozen per article), and the archive
 * learns which words it writes in lower case. Then, per article: a capitalized sentence opener
 * the archive writes in lower case is dropped from its name ("Across Europe" is "Europe"); two
 * names written together once are split when each is known alone ("Ladbrokes Warren Lush");
 * "Mr Blair" with no full name in the article becomes the archive's one "Tony Blair"; and the
 * names are ranked by how central they are (headline, lede, mentions, spread, and how rare the
 * name is across the archive). Last, {@code tags.yaml} folds aliases and drops banned tags, and
 * spellings that differ only by case, accents, punctuation or a plural fold into the archive's
 * most used one; the folded spellings are returned so their old URLs can redirect. The same
 * archive always gives the same tags.
 */
public final class ArchiveTagger {
  /** Candidates kept per article between the passes: bounds memory at 100,000 articles. */
  static final int CANDIDATES_KEPT = 40;
  /** Fewer articles than this say nothing about how rare a name is. */
  static final int RARITY_MIN_ARTICLES = 50;
  /** At most this many tags are extracted, whatever the cap: an article is about a few names. */
  static final int EXTRACTED_MAX = 6;
  /** The least score a tag needs: two mentions, or one in the headline or lede. */
  static final double MIN_SCORE = 1.5;
  /**
   * An article of a large archive that has fewer tags than this after the scores takes names of
   * two or more words named only once, from its first {@link #EARLY_PARAGRAPHS} and rare across
   * the archive ({@link #RARE_SHARE}): a story is about more
   * than its one or two most repeated names, and the people it introduces first are the
   * likeliest others (a single word named once is as often an ordinary capitalized word). Three,
   * not two, since the fifth round: of the 14 tune-sample articles the third took a name for,
   * 7 got a chosen name, 5 an acceptable one, 2 junk (recall 0.781 -> 0.790, precision 0.821 ->
   * 0.819); four cost more precision than it gained.
   */
  static final int TAGS_WANTED = 3;
  /**
   * The most of the archive's articles a name so taken may be in: rare across a large archive,
   * it is this story's own (in a small one a name's rarity says nothing, {@link
   * #RARITY_MIN_ARTICLES}, and a name named once is no tag).
   */
  static final double RARE_SHARE = 0.01;
  /** Headline, lede and the paragraph after it. */
  static final int EARLY_PARAGRAPHS = 2;
  /**
   * An article with fewer tags than this takes the bodies its text introduces by their kind
   * ({@link #addIntroduced}).
   */
  static final int INTRODUCED_WANTED = 4;
  /** And at least this share of the article's top score. */
  static final double RELATIVE_MIN = 0.1;
  /** A name in more than this share of the archive's articles is common (Archive.common). */
  static final double COMMON_SHARE = 0.04;
  /**
   * The mentions a common name needs to be a tag, unless it is in the headline ("Industrial
   * revival hope for Japan"): more than the background's one or two.
   */
  static final int COMMON_MENTIONS = 3;
  /** The part of its score a single-word name keeps ({@link #score}). */
  static final double SINGLE_WORD = 0.8;
  /** See {@link Archive#mostlyLowerCase}. */
  static final int LOWER_RATIO = 4;
  /** The fewest articles an acronym must be written alone in to name its entity. */
  static final int ACRONYM_MIN_ARTICLES = 3;
  /** "Sales of the iPod", "Fans of Northfield Rovers": an opener joined by a connector. */
  private static final Pattern CONNECTOR_AFTER_FIRST = Pattern.compile("\\S+ (?:of|for|and)"
      + "(?: the)? ");
  private static final Pattern MARKS = Pattern.compile("\\p{M}+");
  private static final Pattern FOLD_DROPPED = Pattern.compile("['’.]");
  private static final Pattern FOLD_AS_SPACE = Pattern.compile("[-–,&/]");
  private static final Pattern FOLD_SPACES = Pattern.compile("\\s+");
  /** Small words inside a name that its spellings vary in, left out of its fold key. */
  private static final Set<String> FOLD_JOINERS = Set.of("of", "for", "and", "the");

  private static final long[] NO_WORDS = {};

  private final TagExtractor extractor = new TagExtractor();
  private final int maxTags;
  private final TagRules rules;

  public ArchiveTagger(int maxTags, TagRules rules) {
    this.maxTags = maxTags;
    this.rules = rules;
  }

  /** An article and whether its tags are to be extracted from its text. */
  public record Input(Article article, boolean needsTags, Prepared prepared) {
    /** An input whose candidates are found when it is tagged. */
    public Input(Article article, boolean needsTags) {
      this(article, needsTags, null);
    }
  }

  /**
   * What one article brings to the archive pass, a pure function of the article as read, so a
   * build may keep it with the file it came from ({@code engine.ReadCache}) instead of finding it
   * again: its strongest candidates, and the words it writes in lower case, as 64-bit hashes (a
   * collision among an archive's few hundred thousand words is far less likely than one in a
   * billion builds; the words themselves would cost many times the memory).
   */
  public record Prepared(Candidates candidates, long[] lowerWords) {}

  /** Finds one article's candidates. Thread-safe. */
  public Prepared prepare(Article article) {
    Candidates c = extractor.candidates(article);
    return new Prepared(new Candidates(strongest(c.names()), c.countryHints(), NO_WORDS,
        c.paragraphs()), c.lowerWords());
  }

  /** FNV-1a over the word's characters, 64 bits, then mixed. */
  static long wordHash(String w) {
    long h = 0xcbf29ce484222325L;
    for (int i = 0; i < w.length(); i++) {
      h = (h ^ w.charAt(i)) * 0x100000001b3L;
    }
    h ^= h >>> 33;
    h *= 0xff51afd7ed558ccdL;
    return h ^ (h >>> 33);
  }

  /**
   * The tagged articles, and the spellings folded into another (spelling → tag name), which get
   * redirect pages like {@code tags.yaml} aliases.
   */
  /**
   * @param chosen how many articles had their tags chosen against the counts (the others took
   *     a choice kept in a memo or saved by an earlier build)
   */
  public record Tagged(List<Article> articles, Map<String, String> folded, SavedTagging saved,
      int chosen) {
    public Tagged {
      articles = List.copyOf(articles);
      folded = Map.copyOf(folded);
    }
  }

  public Tagged tag(List<Input> inputs) {
    return tag(inputs, null, null);
  }

  /**
   * Tags the archive; with {@code last}, what a pass in another process saved ({@link
   * SavedTagging}), an article's choice is taken again only when its findings are new or a count
   * it read has changed, and the result carries the state to save for the next build.
   */
  public Tagged tag(List<Input> inputs, SavedTagging last) {
    return tag(inputs, null, last);
  }

  public Tagged tag(List<Input> inputs, Memo memo) {
    return tag(inputs, memo, null);
  }

  /**
   * Tags the archive; with a {@code memo} kept from the last call (a resident build), the
   * archive's counts are updated from the articles that changed, and an article's choice is
   * taken again only when a count it read has changed. A memo with nothing in it yet (the
   * preview's first build) takes the choices {@code last} saved where they still hold, as a
   * one-shot build does: a preview started on a warm cache need not choose every article's tags
   * again. The tags are the same either way.
   */
  public Tagged tag(List<Input> inputs, Memo memo, SavedTagging last) {
    Prepared[] prepared = new Prepared[inputs.size()];
    IntStream.range(0, inputs.size()).parallel().forEach(i -> {
      Input in = inputs.get(i);
      if (in.needsTags()) {
        prepared[i] = in.prepared() != null ? in.prepared() : prepare(in.article());
      }
    });
    boolean memoKept = memo != null && memo.fits(maxTags);
    Counted counted = memoKept ? memo.update(prepared) : Counted.of(prepared);
    Archive archive = counted.archive();
    Map<Prepared, Memo.Choice> before = memo != null && !counted.all() ? memo.choices
        : Map.of();
    Memo.Choice[] choices = new Memo.Choice[inputs.size()];
    boolean saving = memo == null && last != null;
    boolean fromSaved = last != null && !memoKept;
    long[] digests = new long[fromSaved ? inputs.size() : 0];
    IntStream.range(0, digests.length).parallel().forEach(i -> {
      if (prepared[i] != null) {
        digests[i] = SavedTagging.digest(prepared[i]);
      }
    });
    Set<Long> sinceSaved = fromSaved ? last.changed(maxTags, archive) : null;
    AtomicInteger chosenNow = new AtomicInteger();
    // The archive is only read from here on: each article's choice is its own, on both cores.
    List<List<String>> chosen = IntStream.range(0, inputs.size()).parallel().mapToObj(i -> {
      Input in = inputs.get(i);
      if (!in.needsTags()) {
        return applyRules(in.article().tags().stream().map(Tag::name).toList());
      }
      Memo.Choice old = before.get(prepared[i]);
      if (old != null && !old.readAny(counted.changed())) {
        choices[i] = old;
        return applyRules(old.names());
      }
      if (sinceSaved != null) {
        Memo.Choice saved = last.choice(digests[i]);
        if (saved != null && !saved.readAny(sinceSaved)) {
          choices[i] = saved;
          return applyRules(saved.names());
        }
      }
      chosenNow.incrementAndGet();
      if (memo == null && !saving) {
        return applyRules(choose(archive.resolve(prepared[i].candidates()), archive));
      }
      Reads reads = new Reads();
      Archive view = archive.reading(reads);
      List<String> names = choose(view.resolve(prepared[i].candidates()), view);
      choices[i] = new Memo.Choice(names, reads.toArray());
      return applyRules(names);
    }).toList();
    if (memo != null) {
      memo.keep(maxTags, counted, prepared, choices);
    }
    Map<String, String> fold = foldSpellings(chosen,
        memo != null ? memo.foldKeys : new HashMap<>());
    // A name is made a tag once, not once per article naming it: slugs are costly to make.
    Map<String, Tag> made = new ConcurrentHashMap<>();
    List<Article> out = IntStream.range(0, inputs.size()).parallel().mapToObj(i -> {
      Map<String, Tag> tags = new LinkedHashMap<>();
      for (String name : chosen.get(i)) {
        Tag t = made.computeIfAbsent(fold.getOrDefault(name, name), Tag::of);
        tags.putIfAbsent(t.slug().value(), t);
      }
      return inputs.get(i).article().withTags(List.copyOf(tags.values()));
    }).toList();
    Map<String, String> folded = new TreeMap<>();
    fold.forEach((from, to) -> {
      if (!from.equals(to)) {
        folded.put(from, to);
      }
    });
    return new Tagged(out, folded,
        saving ? SavedTagging.of(maxTags, archive, digests, choices) : null, chosenNow.get());
  }

  /**
   * One article's tag names chosen against the counts {@code memo} kept from the last tagging,
   * as they stood then: the preview's first look at an edit, before the archive is counted
   * again (the full pass that follows may choose otherwise). Empty when the memo has no counts
   * for this tagger's cap.
   */
  public Optional<List<String>> chooseBefore(Memo memo, Input in) {
    if (!in.needsTags()) {
      return Optional.of(applyRules(in.article().tags().stream().map(Tag::name).toList()));
    }
    if (memo == null || !memo.fits(maxTags)) {
      return Optional.empty();
    }
    Prepared p = in.prepared() != null ? in.prepared() : prepare(in.article());
    return Optional.of(applyRules(choose(memo.archive.resolve(p.candidates()), memo.archive)));
  }

  /**
   * The archive's counts and the keys they changed in one call: {@code all} when every choice
   * must be taken again (a first call, or a different number of articles).
   */
  record Counted(Archive archive, Set<Long> changed, boolean all,
      Map<Prepared, Integer> contributions) {
    static Counted of(Prepared[] prepared) {
      // Every article's lower-case words counted in one table of primitives.
      int total = 0;
      for (Prepared p : prepared) {
        total += p == null ? 0 : p.lowerWords().length;
      }
      LongCounts counts = new LongCounts(Math.max(16, total / 16));
      for (Prepared p : prepared) {
        if (p != null) {
          for (long w : p.lowerWords()) {
            counts.add(w);
          }
        }
      }
      Map<Long, Integer> lowerDocs = counts.toMap();
      Archive archive = new Archive(
          (int) Arrays.stream(prepared).filter(Objects::nonNull).count(), lowerDocs);
      for (Prepared p : prepared) {
        if (p != null) {
          archive.count(p.candidates());
        }
      }
      archive.index();
      return new Counted(archive, Set.of(), true, null); // contributions: only a memo needs them
    }

    /** How many times each article's findings count (by identity, as a resident cache keeps them). */
    static Map<Prepared, Integer> contributions(Prepared[] prepared) {
      Map<Prepared, Integer> n = new IdentityHashMap<>();
      for (Prepared p : prepared) {
        if (p != null) {
          n.merge(p, 1, Integer::sum);
        }
      }
      return n;
    }
  }

  /**
   * What a tagging pass leaves for the next one in a resident build ({@code serve}): the
   * archive's counts, the articles that made them, and each article's choice with the counts it
   * read. One build at a time.
   */
  public static final class Memo {
    record Choice(List<String> names, long[] reads) {
      boolean readAny(Set<Long> changed) {
        return !changed.isEmpty() && Reads.any(reads, changed);
      }
    }

    private Archive archive;
    private int maxTags;
    private Map<Prepared, Integer> counted = new IdentityHashMap<>();
    Map<Prepared, Choice> choices = new IdentityHashMap<>();
    /** {@link #foldKey} by name: a pure function, kept across builds. */
    final Map<String, String> foldKeys = new ConcurrentHashMap<>();

    boolean fits(int maxTags) {
      return archive != null && this.maxTags == maxTags;
    }

    /** The counts brought up to date: only articles that came, went or changed are counted. */
    Counted update(Prepared[] prepared) {
      Archive a = archive;
      archive = null; // until keep(): a failed build leaves nothing half updated
      Map<Prepared, Integer> now = Counted.contributions(prepared);
      Map<String, Integer> sureBefore = new HashMap<>();
      Map<Long, Integer> lowerBefore = new HashMap<>();
      now.forEach((p, n) -> {
        int d = n - counted.getOrDefault(p, 0);
        if (d != 0) {
          add(a, p, d, sureBefore, lowerBefore);
        }
      });
      counted.forEach((p, n) -> {
        if (!now.containsKey(p)) {
          add(a, p, -n, sureBefore, lowerBefore);
        }
      });
      Set<Long> changed = new HashSet<>();
      sureBefore.forEach((name, was) -> {
        int n = a.sureDocs.getOrDefault(name, 0);
        if (n != was) {
          changed.add(wordHash(name) ^ Reads.SURE);
          a.indexName(name, n);
          Archive.surname(name).ifPresent(s -> changed.add(wordHash(s) ^ Reads.SURNAME));
        }
      });
      lowerBefore.forEach((w, was) -> {
        if (!was.equals(a.lowerDocs.getOrDefault(w, 0))) {
          changed.add(w ^ Reads.LOWER);
        }
      });
      int articles = now.values().stream().mapToInt(Integer::intValue).sum();
      return new Counted(a.withArticles(articles), changed, articles != a.articles, now);
    }

    private static void add(Archive a, Prepared p, int d, Map<String, Integer> sureBefore,
        Map<Long, Integer> lowerBefore) {
      for (String key : p.candidates().names().keySet()) {
        if (key.charAt(0) != TagExtractor.UNSURE) {
          sureBefore.putIfAbsent(key, a.sureDocs.getOrDefault(key, 0));
          if (a.sureDocs.merge(key, d, Integer::sum) == 0) {
            a.sureDocs.remove(key);
          }
        }
      }
      for (long w : p.lowerWords()) {
        lowerBefore.putIfAbsent(w, a.lowerDocs.getOrDefault(w, 0));
        if (a.lowerDocs.merge(w, d, Integer::sum) == 0) {
          a.lowerDocs.remove(w);
        }
      }
    }

    void keep(int maxTags, Counted c, Prepared[] prepared, Choice[] made) {
      Map<Prepared, Choice> next = new IdentityHashMap<>();
      for (int i = 0; i < prepared.length; i++) {
        if (prepared[i] != null && made[i] != null) {
          next.put(prepared[i], made[i]);
        }
      }
      counted = c.contributions() != null ? c.contributions() : Counted.contributions(prepared);
      choices = next;
      this.maxTags = maxTags;
      archive = c.archive();
    }
  }

  private static Map<String, Stats> strongest(Map<String, Stats> counts) {
    if (counts.size() <= CANDIDATES_KEPT) {
      return counts;
    }
    // By what the article's own figures say of a name ({@link #score} before the archive's
    // rarity), then the earliest named: a match report's team lists hold dozens of names named
    // once, and the one the text names early ("their Six Nations") must outlast them.
    List<Map.Entry<String, Stats>> ranked = new ArrayList<>(counts.entrySet());
    ranked.sort(Comparator.comparingInt((Map.Entry<String, Stats> e) -> -localWeight(e.getValue()))
        .thenComparingInt(e -> e.getValue().firstParagraph())
        .thenComparing(Map.Entry::getKey));
    Map<String, Stats> kept = new HashMap<>();
    for (int i = 0; i < CANDIDATES_KEPT; i++) {
      kept.put(ranked.get(i).getKey(), ranked.get(i).getValue());
    }
    return kept;
  }

  /** Twice the article's own part of {@link #score}: mentions, headline, lede, spread. */
  private static int localWeight(Stats s) {
    return 2 * s.mentions() + (s.headline() ? 4 : 0) + (s.lede() ? 2 : 0)
        + Math.min(4, Math.max(0, s.paragraphs() - 1));
  }

  /** What the archive as a whole knows about names and words. */
  static final class Archive {
    final int articles;
    /** Word hash ({@link #wordHash}) → articles writing the word in lower case. */
    final Map<Long, Integer> lowerDocs;
    /** Name → articles writing it where it is surely a name; no name maps to 0. */
    final Map<String, Integer> sureDocs;
    /** Surname → the person-like full names ending with it, with their articles. */
    final Map<String, Map<String, Integer>> bySurname;

    Archive(int articles, Map<Long, Integer> lowerDocs) {
      this(articles, lowerDocs, new HashMap<>(), new HashMap<>());
    }

    private Archive(int articles, Map<Long, Integer> lowerDocs, Map<String, Integer> sureDocs,
        Map<String, Map<String, Integer>> bySurname) {
      this.articles = articles;
      this.lowerDocs = lowerDocs;
      this.sureDocs = sureDocs;
      this.bySurname = bySurname;
    }

    /** The same counts for another number of articles. */
    Archive withArticles(int n) {
      return new Archive(n, lowerDocs, sureDocs, bySurname);
    }

    /** The same counts, noting into {@code reads} every key looked up through them. */
    Archive reading(Reads reads) {
      return new Archive(articles,
          new ReadingMap<>(lowerDocs, k -> reads.add(((Long) k) ^ Reads.LOWER)),
          new ReadingMap<>(sureDocs, k -> reads.add(wordHash((String) k) ^ Reads.SURE)),
          new ReadingMap<>(bySurname, k -> reads.add(wordHash((String) k) ^ Reads.SURNAME)));
    }

    void count(Candidates c) {
      for (String key : c.names().keySet()) {
        if (key.charAt(0) != TagExtractor.UNSURE) {
          sureDocs.merge(key, 1, Integer::sum);
        }
      }
    }

    void index() {
      sureDocs.forEach(this::indexName);
    }

    /** Files a person-like full name under its surname, or takes it out at no articles. */
    void indexName(String name, int n) {
      Optional<String> surname = surname(name);
      if (surname.isEmpty()) {
        return;
      }
      if (n > 0) {
        bySurname.computeIfAbsent(surname.get(), k -> new HashMap<>()).put(name, n);
        return;
      }
      Map<String, Integer> names = bySurname.get(surname.get());
      if (names != null) {
        names.remove(name);
        if (names.isEmpty()) {
          bySurname.remove(surname.get());
        }
      }
    }

    /** The surname of a plain two- or three-word name of letters, each word capitalized. */
    static Optional<String> surname(String name) {
      String[] words = name.split(" ");
      if (words.length >= 2 && words.length <= 3 && name.chars().allMatch(
          ch -> Character.isLetter(ch) || ch == ' ' || ch == '-' || ch == '\'')) {
        for (String w : words) {
          if (!Character.isUpperCase(w.codePointAt(0))) {
            return Optional.empty();
          }
        }
        return Optional.of(words[words.length - 1]);
      }
      return Optional.empty();
    }

    boolean lowerCaseWord(String w) {
      String lw = w.toLowerCase(Locale.ROOT);
      return TagExtractor.STOP.contains(lw) || lowerDocs.getOrDefault(wordHash(lw), 0) >= 2;
    }

    /**
     * Named in more than {@link #COMMON_SHARE} of a large archive's articles: "UK", "Britain",
     * "England" in a British one, where a mention or two is background.
     */
    boolean common(String name) {
      return articles >= RARITY_MIN_ARTICLES
          && sureDocs.getOrDefault(name, 0) > COMMON_SHARE * articles;
    }

    /**
     * A word the archive writes in lower case in more than {@link #LOWER_RATIO} times as many
     * articles as it writes it as a name: capitalized here only as a piece of a longer name or a
     * title ("the League", "the Championship", "Government", "Know"), not a name of its own.
     */
    boolean mostlyLowerCase(String word) {
      int lower = lowerDocs.getOrDefault(wordHash(word.toLowerCase(Locale.ROOT)), 0);
      return lower > LOWER_RATIO * Math.max(1, sureDocs.getOrDefault(word, 0));
    }

    boolean known(String name) {
      return sureDocs.getOrDefault(name, 0) >= 2;
    }

    /** The one full name the archive uses for this surname, if it clearly has one. */
    Optional<String> fullName(String surname) {
      Map<String, Integer> names = bySurname.get(surname);
      if (names == null) {
        return Optional.empty();
      }
      List<Map.Entry<String, Integer>> ranked = new ArrayList<>(names.entrySet());
      ranked.sort(Map.Entry.<String, Integer>comparingByValue().reversed()
          .thenComparing(Map.Entry::getKey));
      int best = ranked.get(0).getValue();
      int second = ranked.size() > 1 ? ranked.get(1).getValue() : 0;
      return best >= 3 && best >= 2 * second ? Optional.of(ranked.get(0).getKey())
          : Optional.empty();
    }

    /**
     * The acronym the archive mostly writes for this name instead: at least {@link
     * #ACRONYM_MIN_ARTICLES} articles, twice as many as write the name ("IAAF" for "International
     * Association of Athletics Federations", "FBI"; not "MPC" for "Monetary Policy Committee",
     * which the archive writes out about as often). The name must be written in two articles and
     * the acronym have three letters: two letters, or a name written once, may well be another
     * entity's ("GM" is not "George Michael", "NHS" not "Norfolk High School").
     */
    Optional<String> commonAcronym(String name) {
      List<String> words = List.of(name.split(" "));
      if (words.stream().anyMatch(w -> TagExtractor.isAcronym(w))) {
        return Optional.empty(); // "ABC Inc" is not "AI"
      }
      int written = sureDocs.getOrDefault(name, 0);
      if (written < 2) {
        return Optional.empty();
      }
      for (boolean parts : new boolean[] {false, true}) {
        String a = TagExtractor.initials(words, parts);
        if (a.length() < 3 || a.length() > 6) {
          continue;
        }
        // Written in capitals, or as a word when it is said as one ("Icann", "Nasa").
        String word = a.charAt(0) + a.substring(1).toLowerCase(Locale.ROOT);
        String spelled = sureDocs.getOrDefault(word, 0) > sureDocs.getOrDefault(a, 0)
            && TagExtractor.wordAcronym(word) ? word : a;
        int n = sureDocs.getOrDefault(spelled, 0);
        if (n >= ACRONYM_MIN_ARTICLES && n >= 2 * written) {
          return Optional.of(spelled);
        }
      }
      return Optional.empty();
    }

    /** One article's candidates with sentence openers, joined names and surnames resolved. */
    Resolved resolve(Candidates c) {
      Map<String, Stats> names = new HashMap<>();
      Map<String, String> dropped = new TreeMap<>();
      Map<String, Stats> openers = null;
      for (Map.Entry<String, Stats> e : c.names().entrySet()) {
        String key = e.getKey();
        if (key.charAt(0) != TagExtractor.UNSURE) {
          names.merge(key, e.getValue(), Stats::plus);
          continue;
        }
        String name = key.substring(1);
        int space = name.indexOf(' ');
        if (space < 0) {
          // A sentence opener is a name when the archive writes it capitalized elsewhere, and
          // not mostly in lower case.
          int sure = sureDocs.getOrDefault(name, 0);
          if (sure >= 1 && lowerDocs.getOrDefault(wordHash(name.toLowerCase(Locale.ROOT)), 0)
              <= 2 * sure
              && !TagExtractor.STOP.contains(name.toLowerCase(Locale.ROOT))) {
            names.merge(name, e.getValue(), Stats::plus);
          } else if (!TagExtractor.STOP.contains(name.toLowerCase(Locale.ROOT))) {
            if (openers == null) {
              openers = new TreeMap<>();
            }
            openers.put(name, e.getValue());
          }
        } else if (sureDocs.containsKey(name) || TagExtractor.titledOrJoinedBody(name, space)
            || wholeBody(name, space)) {
          names.merge(name, e.getValue(), Stats::plus);
        } else if (lowerCaseWord(name.substring(0, space))
            || CONNECTOR_AFTER_FIRST.matcher(name).lookingAt()
            && !sureDocs.containsKey(name.substring(0, space))) {
          String rest = name.substring(space + 1);
          while (rest.indexOf(' ') > 0 && (TagExtractor.STOP.contains(
              rest.substring(0, rest.indexOf(' ')).toLowerCase(Locale.ROOT))
              || Character.isLowerCase(rest.codePointAt(0)))) {
            rest = rest.substring(rest.indexOf(' ') + 1);
          }
          if (!TagExtractor.STOP.contains(rest.toLowerCase(Locale.ROOT))) {
            names.merge(rest, e.getValue(), Stats::plus);
            dropped.put(name, rest);
          }
        } else {
          names.merge(name, e.getValue(), Stats::plus);
        }
      }
      // An opener dropped from a name the article also writes whole was part of it after all.
      dropped.forEach((whole, rest) -> {
        if (names.containsKey(whole) && names.containsKey(rest)) {
          names.merge(whole, names.remove(rest), Stats::plus);
        }
      });
      splitJoined(names);
      // A sentence opener taken back as a name may be the full form of one the article
      // names shorter ("Robert De Niro" opening a sentence, "De Niro" after).
      TagExtractor.mergeTails(names);
      TagExtractor.mergeShortMentions(names);
      if (openers != null) {
        surnamesOpening(names, openers);
      }
      mergeSpellings(names);
      mergeHeadlineClippings(names);
      for (String single : List.copyOf(names.keySet())) {
        Stats s = names.get(single);
        if (single.indexOf(' ') < 0 && s.honorific()) {
          fullName(single).ifPresent(full -> names.merge(full, names.remove(single),
              Stats::plus));
        }
      }
      for (String name : List.copyOf(names.keySet())) {
        if (name.indexOf(' ') > 0 && !names.get(name).honorific()) {
          commonAcronym(name).ifPresent(a -> names.merge(a, names.remove(name), Stats::plus));
        }
      }
      c.countryHints().forEach((country, n) -> {
        Stats hint = new Stats(0, false, false, 0, Integer.MAX_VALUE, false);
        names.merge(country, hint, Stats::plus);
      });
      return new Resolved(names, c.countryHints(), c.paragraphs());
    }

    /**
     * "Kombou is likely to appear" after "Mario Kombou, who plays...": a word the archive never
     * writes as a name elsewhere, opening a sentence, is still a mention of the one person the
     * article names in full with it as the surname. A rare surname is as often written only at
     * a sentence's start, and dropping it left such people with one mention. Not a word the
     * archive writes in lower case ("Police" after "Strathclyde Police"), nor one two names end
     * with ("Betty Boothroyd", "Baroness Boothroyd"), where it may be either.
     */
    private void surnamesOpening(Map<String, Stats> names, Map<String, Stats> openers) {
      openers.forEach((word, s) -> {
        if (lowerCaseWord(word)) {
          return;
        }
        String only = null;
        for (String full : names.keySet()) {
          if (full.endsWith(" " + word)) {
            List<String> words = List.of(full.split(" "));
            if (only != null || words.size() > 3 || !TagExtractor.personLike(words, 0)) {
              return;
            }
            only = full;
          }
        }
        if (only != null) {
          names.merge(only, s, Stats::plus);
        }
      });
    }

    /**
     * "Local Government Association", "Factory Workers Union" opening a sentence: a body's name
     * whose first word the archive writes in lower case is still whole when what follows that
     * word is no name the archive knows and does not start with a connector ("Members of the
     * Royal Society" is the Royal Society), nor the word a stop word or a role.
     */
    private boolean wholeBody(String name, int space) {
      String first = name.substring(0, space).toLowerCase(Locale.ROOT);
      String rest = name.substring(space + 1);
      return rest.indexOf(' ') > 0
          && TagExtractor.endsLikeInstitution(name.substring(name.lastIndexOf(' ') + 1))
          && !TagExtractor.STOP.contains(first) && !TagExtractor.isRole(first)
          && Character.isUpperCase(rest.codePointAt(0))
          && sureDocs.getOrDefault(rest, 0) == 0;
    }

    /**
     * "Fed chief warning on US deficit" over "Federal Reserve chairman Alan Greenspan", "Gatlin
     * and Hayes win Owen awards" over "the 2004 Jesse Owens Awards": a word only the headline
     * names, clipped from a word of the one longer name the lede names, is the headline's short
     * form of that name, not a name of its own (it was a junk tag beside it). Not a word the
     * archive writes in lower case ("Man jailed" is no "Manchester") nor a country.
     */
    private void mergeHeadlineClippings(Map<String, Stats> names) {
      for (String single : List.copyOf(names.keySet())) {
        Stats s = names.get(single);
        if (single.indexOf(' ') >= 0 || single.length() < 3 || !s.headline()
            || s.mentions() != 1 || s.paragraphs() != 1 || Places.isCountry(single)
            || Places.country(single) != null || lowerCaseWord(single)) {
          continue;
        }
        String only = null;
        for (Map.Entry<String, Stats> e : names.entrySet()) {
          if (e.getKey().indexOf(' ') > 0 && e.getValue().lede() && clips(single, e.getKey())) {
            if (only != null) {
              only = null;
              break;
            }
            only = e.getKey();
          }
        }
        if (only != null) {
          names.merge(only, names.remove(single), Stats::plus);
        }
      }
    }

    /** Whether a word of {@code name} starts with {@code word} and is longer. */
    private static boolean clips(String word, String name) {
      for (String w : name.split(" ")) {
        if (w.length() > word.length() && w.startsWith(word)) {
          return true;
        }
      }
      return false;
    }

    /**
     * "iPods" beside "iPod", "Academy Awards" beside "Academy Award", "The Vagina Monologues"
     * beside "Vagina Monologues", "Tories" beside "Conservative Party" in one article: one
     * entity, which the archive would fold into one tag anyway ({@link #foldSpellings}), so it
     * must not take two of the article's slots (the second was a junk tag). The spelling
     * mentioned more names them all; between equals, the first in sort order.
     */
    static void mergeSpellings(Map<String, Stats> names) {
      // The key folds accents and runs patterns: worth it only for names that open alike.
      Map<String, Integer> openings = new HashMap<>();
      names.keySet().forEach(n -> openings.merge(opening(n), 1, Integer::sum));
      Map<String, String> byKey = new HashMap<>();
      for (String name : new TreeSet<>(names.keySet())) {
        if (openings.get(opening(name)) < 2) {
          continue;
        }
        String key = entityKey(name);
        String other = byKey.putIfAbsent(key, name);
        if (other == null) {
          continue;
        }
        Stats o = names.get(other);
        Stats s = names.get(name);
        String keep = s.mentions() > o.mentions() ? name : other;
        String drop = keep.equals(name) ? other : name;
        names.merge(keep, names.remove(drop), Stats::plus);
        byKey.put(key, keep);
      }
    }

    /**
     * The first three letters, in lower case, of a name's party name ({@link Parties}) after a
     * leading "The": spellings with one {@link #entityKey} open alike ("The Sims", "Sim").
     */
    private static String opening(String name) {
      String n = Parties.name(name);
      if (n.startsWith("The ")) {
        n = n.substring(4);
      }
      return n.substring(0, Math.min(3, n.length())).toLowerCase(Locale.ROOT);
    }

    /**
     * "Chairman of the Environmental Audit Committee Peter Ainsworth MP": a body's name of two
     * words or more, then two or three capitalized words none of which the archive writes in
     * lower case (a person's, not "Arts Alliance Digital Cinema" or "Norwich Union European
     * Championships"), are two names.
     */
    private boolean bodyThenPerson(String[] words, int k) {
      if (k < 2 || words.length - k < 2 || words.length - k > 3
          || !TagExtractor.endsLikeBody(words[k - 1])) {
        return false;
      }
      List<String> tail = List.of(words).subList(k, words.length);
      return TagExtractor.personLike(tail, 0) && tail.stream().noneMatch(this::lowerCaseWord);
    }

    /**
     * "Golden Globe and American Music Awards", read whole for its organisation's last word: a
     * name of two words or more that the archive knows alone, "and", then two words or more,
     * written together in no other article, are two names (not "Toshiba Elevator and Building
     * Systems", whose first part is never written alone).
     */
    private boolean knownAndAnother(String[] words, int k, int together) {
      return k >= 2 && words.length - k >= 3 && (words[k].equals("and") || words[k].equals("&"))
          && together <= 1 && known(String.join(" ", List.of(words).subList(0, k)));
    }

    /** "Ladbrokes Warren Lush", once: two names the article or the archive knows apart. */
    private void splitJoined(Map<String, Stats> names) {
      for (String name : List.copyOf(names.keySet())) {
        Stats s = names.get(name);
        String[] words = name.split(" ");
        if (words.length < 2) {
          continue;
        }
        int together = sureDocs.getOrDefault(name, 0);
        boolean rare = words.length >= 3 && s.mentions() <= 1 && !known(name);
        for (int k = 1; k < words.length; k++) {
          String head = String.join(" ", List.of(words).subList(0, k));
          String tail = String.join(" ", List.of(words).subList(k, words.length));
          if (tail.startsWith("of ")) {
            tail = tail.substring(3);
          }
          boolean headKnown = names.containsKey(head) || known(head);
          boolean tailKnown = names.containsKey(tail) || known(tail);
          // Or a pair much rarer than either part alone: "Apple iPod"; but not an event or an
          // institution named with its place ("Sydney Olympics", "European Parliament").
          int apart = Math.min(sureDocs.getOrDefault(head, 0), sureDocs.getOrDefault(tail, 0));
          boolean compound = !tail.equals(String.join(" ", List.of(words).subList(k,
              words.length))) ? false : apart >= 5 && together * 3 < apart
              && !TagExtractor.endsLikeInstitution(words[words.length - 1]);
          boolean and = knownAndAnother(words, k, together);
          if (and) {
            tail = tail.substring(tail.indexOf(' ') + 1);
          }
          if (rare && headKnown && tailKnown || compound || bodyThenPerson(words, k) || and) {
            names.remove(name);
            names.merge(head, s, Stats::plus);
            names.merge(tail, s, Stats::plus);
            break;
          }
        }
      }
    }
  }

  /** One article's names after the archive's view, with its country hints and length. */
  record Resolved(Map<String, Stats> names, Map<String, Integer> hints, int paragraphs) {}

  double score(String name, Stats s, Resolved r, Archive archive) {
    double mentions = s.mentions() + 0.5 * r.hints().getOrDefault(name, 0);
    double score = mentions + (s.headline() ? 2 : 0) + (s.lede() ? 1 : 0)
        + 0.5 * Math.min(4, Math.max(0, s.paragraphs() - 1));
    if (s.firstParagraph() > r.paragraphs() * 2 / 3 + 1 && !s.headline() && s.mentions() < 2) {
      // Named once at the end: background, a quote's source. A name the closing paragraphs come
      // back to is what they are about ("the European Broadcast Union" three times at the end).
      score *= 0.6;
    }
    if (name.indexOf(' ') < 0) {
      // Of two names an article names as much, the single word is less often the one an editor
      // picks: a short form or nickname ("Spurs", "Manics", "Barca", "Blades"), a place the story
      // happens in, a brand beside its product. Measured on the tune samples: the single words
      // that took the last slots were half of them acceptable but not chosen, the longer names
      // beside them two thirds chosen.
      score *= SINGLE_WORD;
    }
    if (archive.articles >= RARITY_MIN_ARTICLES) {
      double share = (double) archive.sureDocs.getOrDefault(name, 1) / archive.articles;
      if (share > 0.03) {
        score *= Math.max(0.35, 1 - 3 * (share - 0.03));
      }
    }
    return score;
  }

  private List<String> choose(Resolved r, Archive archive) {
    List<Map.Entry<String, Double>> ranked = new ArrayList<>();
    r.names().forEach((name, s) -> {
      boolean single = name.indexOf(' ') < 0;
      double mentions = s.mentions() + 0.5 * r.hints().getOrDefault(name, 0);
      // A single word needs two mentions or the headline; a longer name may be named once.
      if (single && mentions < 2 && !s.headline()
          || single && TagExtractor.ADJECTIVES.contains(name.toLowerCase(Locale.ROOT))
          || TagExtractor.CALENDAR.contains(name.toLowerCase(Locale.ROOT))
          || single && mentions < COMMON_MENTIONS && !s.headline() && archive.common(name)
          || single && archive.mostlyLowerCase(name) && !s.introduced()) {
        return;
      }
      ranked.add(Map.entry(name, score(name, s, r, archive)));
    });
    ranked.sort(Map.Entry.<String, Double>comparingByValue().reversed()
        .thenComparing(Map.Entry::getKey));
    List<String> chosen = new ArrayList<>();
    int cap = Math.min(maxTags, EXTRACTED_MAX);
    double top = ranked.isEmpty() ? 0 : ranked.get(0).getValue();
    for (Map.Entry<String, Double> e : ranked) {
      if (chosen.size() >= cap || e.getValue() < MIN_SCORE || e.getValue() < RELATIVE_MIN * top) {
        break;
      }
      chosen.add(e.getKey());
    }
    int wanted = Math.min(cap, TAGS_WANTED);
    if (chosen.size() < wanted && archive.articles >= RARITY_MIN_ARTICLES) {
      // The longer names the article opens with, earliest first ("Nortel's head Frank Dunn"
      // in the second paragraph of a story about Nortel).
      List<String> early = new ArrayList<>();
      for (Map.Entry<String, Double> e : ranked) {
        String n = e.getKey();
        if (!chosen.contains(n) && n.indexOf(' ') > 0
            && r.names().get(n).firstParagraph() <= EARLY_PARAGRAPHS
            && archive.sureDocs.getOrDefault(n, 0)
                <= Math.max(1, RARE_SHARE * archive.articles)) {
          early.add(n);
        }
      }
      early.sort(Comparator.comparingInt((String n) -> r.names().get(n).firstParagraph())
          .thenComparing(n -> n));
      chosen.addAll(early.subList(0, Math.min(early.size(), wanted - chosen.size())));
    }
    if (chosen.size() < Math.min(cap, INTRODUCED_WANTED)) {
      addIntroduced(r, archive, chosen, Math.min(cap, INTRODUCED_WANTED));
    }
    return chosen;
  }

  /**
   * "said Graham Cluley from anti-virus firm Sophos", "rival Shell": an article with fewer than
   * {@link #INTRODUCED_WANTED} tags also takes the bodies its text says the kind of ({@link
   * Stats#introduced}), named once or more, earliest first: a body brought in that way is one
   * of the story's actors, where a name dropped in passing is not. Not a country, a name common
   * across the archive, an adjective or a day; a word the archive mostly writes in lower case
   * may be such a body ("manufacturer Sharp", "leisure group Rank").
   */
  private static void addIntroduced(Resolved r, Archive archive, List<String> chosen,
      int wanted) {
    List<String> introduced = new ArrayList<>();
    r.names().forEach((name, s) -> {
      String lower = name.toLowerCase(Locale.ROOT);
      if (s.introduced() && s.mentions() > 0 && !chosen.contains(name)
          && !Places.isCountry(name) && !archive.common(name)
          && !TagExtractor.ADJECTIVES.contains(lower) && !TagExtractor.CALENDAR.contains(lower)) {
        introduced.add(name);
      }
    });
    introduced.sort(Comparator.comparingInt((String n) -> r.names().get(n).firstParagraph())
        .thenComparing(n -> n));
    chosen.addAll(introduced.subList(0, Math.min(introduced.size(), wanted - chosen.size())));
  }

  private List<String> applyRules(List<String> names) {
    List<String> out = new ArrayList<>();
    for (String n : names) {
      rules.apply(n).ifPresent(out::add);
    }
    return out;
  }

  /**
   * Spelling → the archive's spelling of the same entity: names equal after folding case,
   * accents, punctuation, a leading "The" and plural endings take the most used spelling (ties:
   * the first in sort order), so the choice is deterministic.
   */
  static Map<String, String> foldSpellings(List<List<String>> chosen) {
    return foldSpellings(chosen, new HashMap<>());
  }

  /** @param foldKeys {@link #foldKey} of names seen before (a pure function, so kept) */
  static Map<String, String> foldSpellings(List<List<String>> chosen,
      Map<String, String> foldKeys) {
    Map<String, Integer> uses = new HashMap<>();
    chosen.forEach(list -> list.forEach(n -> uses.merge(n, 1, Integer::sum)));
    Map<String, String> best = new HashMap<>();
    Map<String, String> keys = new HashMap<>();
    uses.forEach((name, n) -> keys.put(name, foldKeys.computeIfAbsent(name,
        ArchiveTagger::foldKey)));
    // "Nazis" beside "Nazi", "Israelis" beside "Israeli": a plural foldKey leaves alone (it may
    // be "Paris" or "Davis") folds into its singular when the archive uses that spelling too.
    Set<String> inUse = new HashSet<>(keys.values());
    keys.replaceAll((name, key) -> key.length() > 3 && key.endsWith("s")
        && inUse.contains(key.substring(0, key.length() - 1))
        ? key.substring(0, key.length() - 1) : key);
    // The most used spelling; between equals, the first in sort order (whatever the order here).
    uses.forEach((name, n) -> best.merge(keys.get(name), name, (a, b) -> {
      int ua = uses.get(a);
      int ub = uses.get(b);
      return ua != ub ? (ua > ub ? a : b) : (a.compareTo(b) <= 0 ? a : b);
    }));
    Map<String, String> out = new HashMap<>();
    uses.keySet().forEach(name -> out.put(name, best.get(keys.get(name))));
    return out;
  }

  /**
   * The key two spellings of one entity share: case, accents, punctuation, a leading "The", a
   * trailing "Party", plural endings and the small words "of", "for", "and", "the" inside
   * folded ("The Oscars" and "Oscar", "Office of National Statistics" and "Office for ...").
   * Public so that the quality scorer judges a tag by the same rule the archive folds its
   * spellings with.
   */
  public static String foldKey(String name) {
    String n = MARKS.matcher(Normalizer.normalize(name, Normalizer.Form.NFKD)).replaceAll("")
        .toLowerCase(Locale.ROOT);
    n = FOLD_SPACES.matcher(FOLD_AS_SPACE.matcher(FOLD_DROPPED.matcher(n).replaceAll(""))
        .replaceAll(" ")).replaceAll(" ").strip();
    if (n.startsWith("the ")) {
      n = n.substring(4);
    }
    if (n.endsWith(" party") && n.length() > 6) {
      n = n.substring(0, n.length() - 6); // "Labour Party" is "Labour"
    }
    StringBuilder b = new StringBuilder();
    for (String w : n.split(" ")) {
      if (b.length() > 0) {
        if (FOLD_JOINERS.contains(w)) {
          continue; // "Office for/of National Statistics", "Oil and/& Natural Gas Corporation"
        }
        b.append(' ');
      }
      b.append(singular(w));
    }
    return b.toString();
  }

  /**
   * The key an editor judges two names one entity by: {@link #foldKey} after the party names the
   * tagger writes for a party's short forms ("Lib Dems" is the "Liberal Democrats", {@link
   * Parties}). Public for the quality scorer.
   */
  public static String entityKey(String name) {
    return foldKey(Parties.name(name.strip()));
  }

  /**
   * Whether {@code acronym} (two to six capitals, or one said as a word: "Icann") is the
   * initials of {@code name}'s capitalized words, by the rule the tagger joins an acronym to its
   * long form with ("FBI" and "Federal Bureau of Investigation", "NHTCU" and "National Hi-Tech
   * Crime Unit"). Public for the quality scorer, which judges the two one entity as an editor does.
   */
  public static boolean abbreviates(String acronym, String name) {
    if (!TagExtractor.isAcronym(acronym) && !TagExtractor.wordAcronym(acronym)
        || name.indexOf(' ') < 0) {
      return false;
    }
    List<String> words = List.of(name.strip().split(" +"));
    if (words.stream().anyMatch(TagExtractor::isAcronym)) {
      return false;
    }
    String letters = TagExtractor.acronymLetters(acronym); // "Icann" is "ICANN"
    return letters.equals(TagExtractor.initials(words, false))
        || letters.equals(TagExtractor.initials(words, true));
  }

  private static String singular(String w) {
    if (w.length() > 4 && w.endsWith("ies")) {
      return w.substring(0, w.length() - 3) + "y";
    }
    // "Xboxes", "Matches", "Wishes", "Classes": after x, ch, sh and ss the plural adds "es".
    if (w.length() > 4 && (w.endsWith("xes") || w.endsWith("ches") || w.endsWith("shes")
        || w.endsWith("sses"))) {
      return w.substring(0, w.length() - 2);
    }
    if (w.length() > 3 && w.endsWith("s") && !w.endsWith("ss") && !w.endsWith("us")
        && !w.endsWith("is")) {
      return w.substring(0, w.length() - 1);
    }
    return w;
  }
}
