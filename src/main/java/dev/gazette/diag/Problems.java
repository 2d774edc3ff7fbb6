package dev.gazette.diag;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A thread-safe, capped collection of problems. Content problems are gathered and reported
 * together rather than failing on the first; the cap keeps a broken archive of 100,000 files from
 * producing a million-line log, while the counts stay exact.
 */
public final class Problems {
  public static final int DEFAULT_CAP = 200;

  private final int cap;
  private final List<Problem> kept = new ArrayList<>();
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
  }

  public synchronized void add(Problem problem) {
    if (problem.severity() == Problem.Severity.ERROR) {
      errors++;
    } else {
      warnings++;
    }
    if (kept.size() < cap) {
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
    sorted.sort(Comparator.comparing(Problem::file).thenComparingInt(Problem::line)
        .thenComparing(Problem::message));
    return List.copyOf(sorted);
  }

  /** How many problems were counted but not kept because of the cap. */
  public synchronized int omitted() {
    return errors + warnings - kept.size();
  }
}
