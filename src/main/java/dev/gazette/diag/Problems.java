package dev.gazette.diag;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;

/**
 * A thread-safe, capped collection of problems. Content problems are gathered and reported
 * together rather than failing on the first; the cap keeps a broken archive of 100,000 files from
 * producing a million-line log, while the counts stay exact.
 */
public final class Problems {
  public static final int DEFAULT_CAP = 200;

  private final int cap;
  /**
   * The problems shown: the first {@code cap} by {@link #KEEP}, held with the last of them on
   * top, so that which are shown depends neither on the order threads report them in nor on
   * how many warnings came before an error.
   */
  private final PriorityQueue<Problem> kept;
  private int errors;
  private int warnings;
  /** Every problem's kind ({@link Problem#kind}), counted, with its first problem. */
  private final java.util.Map<String, Kind> kinds = new java.util.HashMap<>();
  /**
   * Problems not yet counted by kind: kinds are worked out when asked for, after the build,
   * not on its way (a large archive re-reports thousands of warnings on every preview build).
   */
  private final List<Problem> uncounted = new ArrayList<>();

  /** Problems of one kind: how many, and one of them to show. */
  public record Kind(String kind, int count, Problem example) {}

  public Problems() {
    this(DEFAULT_CAP);
  }

  public Problems(int cap) {
    this.cap = cap;
    this.kept = new PriorityQueue<>(KEEP.reversed());
  }

  public synchronized void add(Problem problem) {
    if (problem.severity() == Problem.Severity.ERROR) {
      errors++;
    } else {
      warnings++;
    }
    if (kept.size() < cap) {
      kept.add(problem);
    } else if (cap > 0 && KEEP.compare(problem, kept.peek()) < 0) {
      kept.poll();
      kept.add(problem);
    }
    uncounted.add(problem);
  }

  /** The same example whatever order the problems came in. */
  private static Problem earlier(Problem a, Problem b) {
    return ORDER.compare(a, b) <= 0 ? a : b;
  }

  private static final Comparator<Problem> ORDER = Comparator.comparing(Problem::file)
      .thenComparingInt(Problem::line).thenComparing(Problem::message);

  /** Which problems are shown when there are more than the cap: errors, then by file and line. */
  private static final Comparator<Problem> KEEP = Comparator.comparing(
      (Problem p) -> p.severity() != Problem.Severity.ERROR).thenComparing(ORDER);

  /** Every kind of problem seen, the most frequent first, with exact counts (no cap). */
  public synchronized List<Kind> kinds() {
    for (Problem problem : uncounted) {
      String kind = problem.kind();
      kinds.merge(kind, new Kind(kind, 1, problem),
          (a, b) -> new Kind(a.kind(), a.count() + 1, earlier(a.example(), b.example())));
    }
    uncounted.clear();
    List<Kind> list = new ArrayList<>(kinds.values());
    list.sort(Comparator.comparingInt((Kind k) -> -k.count()).thenComparing(Kind::kind));
    return List.copyOf(list);
  }

  public synchronized void addAll(Iterable<Problem> problems) {
    for (Problem p : problems) {
      add(p);
    }
  }

  public synchronized int errorCount() {
    return errors;
  }

  public synchronized int warningCount() {
    return warnings;
  }

  public synchronized boolean isEmpty() {
    return errors == 0 && warnings == 0;
  }

  /** Kept problems sorted by file and line, so output is the same on every run. */
  public synchronized List<Problem> list() {
    List<Problem> sorted = new ArrayList<>(kept);
    sorted.sort(ORDER);
    return List.copyOf(sorted);
  }

  /** How many problems were counted but not kept because of the cap. */
  public synchronized int omitted() {
    return errors + warnings - kept.size();
  }
}
