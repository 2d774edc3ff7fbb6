package dev.gazette.taxonomy;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gazette.content.Archive;
import dev.gazette.content.Article;
import dev.gazette.content.DateSource;
import dev.gazette.content.Slug;
import dev.gazette.content.Tag;
import dev.gazette.engine.StateFiles;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Related lists, and the memo a build saves of them for the next build. */
class RelatedArticlesTest {
  private static final String[] TAGS = {"Tony Blair", "Chelsea", "Apple", "Oscars", "Budget",
      "Arsenal", "Microsoft", "Gordon Brown", "Iraq", "Kylie Minogue"};

  @Test
  void sharedRareTagsComeFirstAndAnArticleIsNeverItsOwnRelation() {
    List<Article> articles = List.of(
        article("a", 1, "Iraq", "Tony Blair", "Budget"),
        article("b", 2, "Iraq", "Tony Blair"),
        article("c", 3, "Budget"),
        article("d", 4, "Chelsea"));
    RelatedArticles related = RelatedArticles.of(TagIndex.of(Archive.of(articles, false)), 5);
    assertThat(related.of(articles.get(0))).extracting(a -> a.slug().value())
        .containsExactly("b", "c");
    assertThat(related.of(articles.get(3))).isEmpty();
  }

  @Test
  void listsChosenFromASavedMemoAreTheListsChosenFromNothing(@TempDir Path cache)
      throws Exception {
    Random random = new Random(5);
    List<Article> articles = new ArrayList<>();
    for (int i = 0; i < 400; i++) {
      articles.add(randomArticle(random, "r" + i));
    }
    for (int step = 0; step < 12; step++) {
      int at = random.nextInt(articles.size());
      switch (step % 4) {
        case 0 -> articles.set(at, randomArticle(random, articles.get(at).slug().value()));
        case 1 -> articles.add(randomArticle(random, "new" + step));
        case 2 -> articles.remove(at);
        default -> { } // nothing changed: every list comes from the memo
      }
      TagIndex tags = TagIndex.of(Archive.of(articles, false));
      StoryGroups stories = StoryGroups.of(articles);
      RelatedArticles fresh = RelatedArticles.of(tags, 5, new RelatedArticles.Memo(), stories);
      RelatedArticles.Memo memo = StateFiles.related(cache, "env");
      RelatedArticles remembered = RelatedArticles.of(tags, 5, memo, stories);
      StateFiles.save(cache, "env", memo);
      for (Article a : articles) {
        assertThat(remembered.of(a)).as("step %d, %s", step, a.slug()).isEqualTo(fresh.of(a));
      }
    }
    Path file = cache.resolve(StateFiles.RELATED);
    byte[] whole = Files.readAllBytes(file);
    Files.write(file, java.util.Arrays.copyOf(whole, whole.length / 2));
    TagIndex tags = TagIndex.of(Archive.of(articles, false));
    StoryGroups stories = StoryGroups.of(articles);
    RelatedArticles fromDamaged = RelatedArticles.of(tags, 5,
        StateFiles.related(cache, "env"), stories);
    RelatedArticles fresh = RelatedArticles.of(tags, 5, new RelatedArticles.Memo(), stories);
    for (Article a : articles) {
      assertThat(fromDamaged.of(a)).isEqualTo(fresh.of(a));
    }
  }

  private static Article randomArticle(Random random, String slug) {
    Map<String, Tag> tags = new LinkedHashMap<>();
    for (int i = 0; i < 1 + random.nextInt(3); i++) {
      Tag t = Tag.of(TAGS[random.nextInt(TAGS.length)]);
      tags.put(t.slug().value(), t);
    }
    return new Article("content/" + slug + ".md", new Slug(slug), "Story " + slug,
        Optional.of(LocalDate.of(2020, 1, 1).plusDays(random.nextInt(90))),
        DateSource.FRONT_MATTER, List.copyOf(tags.values()), "",
        "Words of " + slug + " " + random.nextInt(1_000_000), false, "0");
  }

  private static Article article(String slug, int day, String... tags) {
    return new Article("content/" + slug + ".md", new Slug(slug), "Story " + slug,
        Optional.of(LocalDate.of(2020, 1, day)), DateSource.FRONT_MATTER,
        java.util.Arrays.stream(tags).map(Tag::of).toList(), "", "Body of " + slug, false, "0");
  }
}
