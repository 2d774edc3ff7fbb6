package dev.gazette.taxonomy;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gazette.config.TagRules;
import dev.gazette.content.Article;
import dev.gazette.content.DateSource;
import dev.gazette.content.Slug;
import dev.gazette.content.Tag;
import dev.gazette.testing.NewsCorpus;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * A resident build's tagging, which keeps counts and choices between calls and takes again only
 * what a change touched, gives the tags a fresh tagging gives, after every random edit: bodies
 * changed, articles added and removed, on made-up articles whose names recur, and on news
 * articles from ../shared/corpus when it is present.
 */
class TaggingMemoTest {
  private static final String[] PEOPLE = {"Anna Berg", "Tom Reed", "Ole Vik", "Mikhail Saakashvili",
      "Trevor Manuel", "Ruth Kelly", "Tony Blair", "Gordon Brown", "Will Smith", "Ana Ruiz"};
  private static final String[] PLACES = {"Paris", "Tbilisi", "Cape Town", "Leeds", "Berlin",
      "New York", "Across Europe", "Sydney"};
  private static final String[] GROUPS = {"Acme Holdings", "National Bakers Guild", "BBC News",
      "Labour", "World Trade Organisation (WTO)", "FBI", "iPod", "G8"};
  private static final String[] VERBS = {"met", "praised", "criticised", "called", "visited"};

  @Test
  void keptChoicesEqualFreshOnesAfterRandomEdits() {
    Random random = new Random(11);
    List<String> bodies = new ArrayList<>();
    for (int i = 0; i < 120; i++) {
      bodies.add(madeUp(random));
    }
    check(bodies, random, this::madeUp);
  }

  @Test
  void keptChoicesEqualFreshOnesOnNewsArticles() throws IOException {
    List<String> bodies = new ArrayList<>();
    for (Path f : NewsCorpus.texts(400)) {
      bodies.add(new String(Files.readAllBytes(f), StandardCharsets.ISO_8859_1));
    }
    List<String> pool = List.copyOf(bodies);
    check(new ArrayList<>(bodies.subList(0, 300)), new Random(5),
        r -> pool.get(r.nextInt(pool.size())));
  }

  private void check(List<String> bodies, Random random,
      java.util.function.Function<Random, String> another) {
    ArchiveTagger tagger = new ArchiveTagger(5, TagRules.none());
    ArchiveTagger.Memo memo = new ArchiveTagger.Memo();
    List<Article> articles = new ArrayList<>();
    List<ArchiveTagger.Prepared> prepared = new ArrayList<>();
    for (int i = 0; i < bodies.size(); i++) {
      articles.add(article("a" + i, bodies.get(i)));
      prepared.add(tagger.prepare(articles.get(i)));
    }
    int next = bodies.size();
    for (int round = 0; round < 40; round++) {
      int edits = 1 + random.nextInt(3);
      for (int e = 0; e < edits; e++) {
        int i = random.nextInt(articles.size());
        switch (random.nextInt(round % 10 == 9 ? 3 : 1)) {
          case 0 -> { // the body changes: found afresh, as the read cache would
            articles.set(i, article(articles.get(i).slug().value(), another.apply(random)));
            prepared.set(i, tagger.prepare(articles.get(i)));
          }
          case 1 -> {
            articles.remove(i);
            prepared.remove(i);
          }
          default -> {
            articles.add(article("a" + next++, another.apply(random)));
            prepared.add(tagger.prepare(articles.get(articles.size() - 1)));
          }
        }
      }
      List<ArchiveTagger.Input> inputs = new ArrayList<>();
      for (int i = 0; i < articles.size(); i++) {
        inputs.add(new ArchiveTagger.Input(articles.get(i), true, prepared.get(i)));
      }
      ArchiveTagger.Tagged kept = tagger.tag(inputs, memo);
      ArchiveTagger.Tagged fresh = tagger.tag(inputs);
      assertThat(tags(kept)).as("round %d", round).isEqualTo(tags(fresh));
      assertThat(kept.folded()).isEqualTo(fresh.folded());
    }
  }

  private static List<List<String>> tags(ArchiveTagger.Tagged t) {
    return t.articles().stream().map(a -> a.tags().stream().map(Tag::name).toList()).toList();
  }

  private String madeUp(Random r) {
    StringBuilder b = new StringBuilder(pick(r, PEOPLE) + " in " + pick(r, PLACES) + "\n\n");
    for (int p = 0; p < 4 + r.nextInt(4); p++) {
      for (int s = 0; s < 3; s++) {
        String person = pick(r, PEOPLE);
        String surname = person.substring(person.lastIndexOf(' ') + 1);
        b.append(switch (r.nextInt(5)) {
          case 0 -> person + " " + pick(r, VERBS) + " " + pick(r, PEOPLE) + " in "
              + pick(r, PLACES) + ".";
          case 1 -> "Mr " + surname + " said " + pick(r, GROUPS) + " would act.";
          case 2 -> pick(r, PLACES) + " shares fell as " + pick(r, GROUPS) + " warned.";
          case 3 -> "Critics of " + pick(r, GROUPS) + " said " + surname + " was wrong.";
          default -> "The talks went on until late, officials said.";
        }).append(' ');
      }
      b.append("\n\n");
    }
    return b.toString();
  }

  private static String pick(Random r, String[] from) {
    return from[r.nextInt(from.length)];
  }

  private static Article article(String slug, String text) {
    int cut = text.indexOf("\n\n");
    String title = cut > 0 ? text.substring(0, cut).strip() : slug;
    String body = cut > 0 ? text.substring(cut + 2) : text;
    return new Article("content/" + slug + ".txt", new Slug(slug), title,
        Optional.of(LocalDate.of(2020, 1, 1)), DateSource.FRONT_MATTER, List.of(), "", body,
        false, "0");
  }
}
