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
 * articles from ../shared/corpus when it is present. So does a one-shot build's, which starts
 * from the state the last build saved ({@link SavedTagging}, read back from its bytes).
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
    SavedTagging saved = SavedTagging.none();
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
      ArchiveTagger.Tagged fromSaved = tagger.tag(inputs, saved);
      assertThat(tags(kept)).as("round %d", round).isEqualTo(tags(fresh));
      assertThat(kept.folded()).isEqualTo(fresh.folded());
      assertThat(tags(fromSaved)).as("round %d from the saved state", round)
          .isEqualTo(tags(fresh));
      assertThat(fromSaved.folded()).isEqualTo(fresh.folded());
      saved = roundTrip(fromSaved.saved());
    }
  }

  /** The state as the next build's process reads it from the cache folder. */
  private static SavedTagging roundTrip(SavedTagging state) {
    try {
      java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
      state.write(new java.io.DataOutputStream(bytes), "env");
      return SavedTagging.read(new java.io.DataInputStream(
          new java.io.ByteArrayInputStream(bytes.toByteArray())), "env");
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  @Test
  void aNameGoneFromTheArchiveTakesAgainTheChoicesThatReadIt() {
    ArchiveTagger tagger = new ArchiveTagger(5, TagRules.none());
    String full = "Manager visits Leeds\n\nFans cheered as Gordon Strachan arrived in Leeds. "
        + "Later, Gordon Strachan said Leeds would rise.\n\nThe club agreed.";
    String other = "Markets in Paris\n\nShares rose in Paris. Traders in Paris were calm.";
    String surnameOnly = "Strachan sets out plan\n\nMr Strachan said the plan was ready. "
        + "Mr Strachan will speak again.\n\nMr Strachan was calm.";
    // The archive knows one Strachan, from three articles, until they are rewritten.
    List<Article> before = List.of(article("a", full), article("b", full + " More."),
        article("c", full + " Again."), article("d", surnameOnly));
    List<Article> after = List.of(article("a", other), article("b", other + " More."),
        article("c", other + " Again."), article("d", surnameOnly));
    SavedTagging saved = roundTrip(tagger.tag(inputs(tagger, before), SavedTagging.none())
        .saved());
    ArchiveTagger.Tagged fromSaved = tagger.tag(inputs(tagger, after), saved);
    ArchiveTagger.Tagged fresh = tagger.tag(inputs(tagger, after));
    assertThat(tags(tagger.tag(inputs(tagger, before))).get(3)).as("the case holds")
        .isNotEqualTo(tags(fresh).get(3));
    assertThat(tags(fromSaved)).isEqualTo(tags(fresh));
  }

  private static List<ArchiveTagger.Input> inputs(ArchiveTagger tagger, List<Article> articles) {
    return articles.stream().map(a -> new ArchiveTagger.Input(a, true, tagger.prepare(a)))
        .toList();
  }

  @Test
  void aFirstMemoTakesTheSavedChoicesAndFollowsEditsFromThere() {
    ArchiveTagger tagger = new ArchiveTagger(5, TagRules.none());
    Random random = new Random(8);
    List<ArchiveTagger.Input> inputs = new ArrayList<>();
    for (int i = 0; i < 40; i++) {
      Article a = article("a" + i, madeUp(random));
      inputs.add(new ArchiveTagger.Input(a, true, tagger.prepare(a)));
    }
    SavedTagging saved = roundTrip(tagger.tag(inputs, SavedTagging.none()).saved());
    ArchiveTagger.Memo memo = new ArchiveTagger.Memo();
    ArchiveTagger.Tagged first = tagger.tag(inputs, memo, saved);
    assertThat(first.chosen()).as("nothing changed since the state was saved").isZero();
    assertThat(tags(first)).isEqualTo(tags(tagger.tag(inputs)));
    assertThat(tagger.tag(inputs, memo, null).chosen())
        .as("the memo keeps the choices it took from the saved state").isZero();
    for (int round = 0; round < 10; round++) {
      // One body changes: found afresh, the others kept as the read cache keeps them.
      int i = random.nextInt(inputs.size());
      Article a = article(inputs.get(i).article().slug().value(), madeUp(random));
      inputs.set(i, new ArchiveTagger.Input(a, true, tagger.prepare(a)));
      // Later calls follow from the memo alone, the saved state no longer asked.
      ArchiveTagger.Tagged kept = tagger.tag(inputs, memo, null);
      ArchiveTagger.Tagged fresh = tagger.tag(inputs);
      assertThat(tags(kept)).as("round %d", round).isEqualTo(tags(fresh));
      assertThat(kept.folded()).isEqualTo(fresh.folded());
      assertThat(fresh.chosen()).isEqualTo(inputs.size());
    }
  }

  @Test
  void aStateSavedUnderAnotherEnvironmentOrDamagedIsNotUsed() throws IOException {
    ArchiveTagger tagger = new ArchiveTagger(5, TagRules.none());
    Random random = new Random(3);
    List<ArchiveTagger.Input> inputs = new ArrayList<>();
    for (int i = 0; i < 30; i++) {
      Article a = article("a" + i, madeUp(random));
      inputs.add(new ArchiveTagger.Input(a, true, tagger.prepare(a)));
    }
    SavedTagging state = tagger.tag(inputs, SavedTagging.none()).saved();
    java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
    state.write(new java.io.DataOutputStream(bytes), "env");
    byte[] b = bytes.toByteArray();
    SavedTagging other = SavedTagging.read(new java.io.DataInputStream(
        new java.io.ByteArrayInputStream(b)), "another env");
    // Nothing saved under another environment is reused: its choices would be taken again.
    assertThat(other.choice(SavedTagging.digest(inputs.get(0).prepared()))).isNull();
    assertThat(SavedTagging.read(new java.io.DataInputStream(
        new java.io.ByteArrayInputStream(b)), "env")
        .choice(SavedTagging.digest(inputs.get(0).prepared()))).isNotNull();
    byte[] cut = java.util.Arrays.copyOf(b, b.length - 3);
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> SavedTagging.read(
        new java.io.DataInputStream(new java.io.ByteArrayInputStream(cut)), "env"))
        .isInstanceOf(IOException.class);
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
