package dev.gazette.taxonomy;

import dev.gazette.content.Archive;
import dev.gazette.content.Article;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Years, newest first, each with its months, newest first; undated articles apart. */
public final class Timeline {

  public record Month(YearMonth month, List<Article> articles) {
    public Month {
      articles = List.copyOf(articles);
    }
  }

  public record Year(int year, List<Month> months) {
    public Year {
      months = List.copyOf(months);
    }

    public int count() {
      return months.stream().mapToInt(m -> m.articles().size()).sum();
    }

    public List<Article> articles() {
      List<Article> all = new ArrayList<>();
      months.forEach(m -> all.addAll(m.articles()));
      return all;
    }
  }

  private final List<Year> years;
  private final List<Article> undated;

  private Timeline(List<Year> years, List<Article> undated) {
    this.years = List.copyOf(years);
    this.undated = List.copyOf(undated);
  }

  public static Timeline of(Archive archive) {
    Map<YearMonth, List<Article>> byMonth = new TreeMap<>(Comparator.reverseOrder());
    List<Article> undated = new ArrayList<>();
    for (Article a : archive.articles()) {
      if (a.date().isPresent()) {
        byMonth.computeIfAbsent(YearMonth.from(a.date().get()), k -> new ArrayList<>()).add(a);
      } else {
        undated.add(a);
      }
    }
    Map<Integer, List<Month>> byYear = new TreeMap<>(Comparator.reverseOrder());
    byMonth.forEach((ym, list) ->
        byYear.computeIfAbsent(ym.getYear(), k -> new ArrayList<>()).add(new Month(ym, list)));
    List<Year> years = new ArrayList<>();
    byYear.forEach((y, months) -> years.add(new Year(y, months)));
    return new Timeline(years, undated);
  }

  public List<Year> years() {
    return years;
  }

  public List<Article> undated() {
    return undated;
  }
}
