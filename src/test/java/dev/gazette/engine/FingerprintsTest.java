package dev.gazette.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gazette.config.SiteConfig;
import dev.gazette.content.Article;
import dev.gazette.content.DateSource;
import dev.gazette.content.Slug;
import dev.gazette.content.Tag;
import dev.gazette.render.PageData;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Articles and tags, walked by hand for speed, are digested to the bytes the generic walk over
 * their record components gives: a component added to {@code Article}, {@code Tag} or
 * {@code Slug} and not to the hand walk fails this, instead of being left out of every page's
 * fingerprint.
 */
class FingerprintsTest {
  private final Fingerprints fingerprints = Fingerprints.of(
      Fingerprints.reading(SiteConfig.defaults()), Path.of("no-templates-here"));

  @Test
  void articlesAndTagsDigestAsTheirRecordComponentsDo() {
    Random r = new Random(7);
    for (int i = 0; i < 200; i++) {
      Article a = article(r, i);
      assertThat(fingerprints.digest(a)).as("article %d", i)
          .isEqualTo(fingerprints.digestReflectively(a));
      for (Tag t : a.tags()) {
        assertThat(fingerprints.digest(t)).isEqualTo(fingerprints.digestReflectively(t));
      }
      PageData.TagCount count = new PageData.TagCount(Tag.of("Zoë Ball " + i), i);
      assertThat(fingerprints.digest(count)).isEqualTo(fingerprints.digestReflectively(count));
    }
  }

  @Test
  void articlesThatDifferInAnyComponentDigestApart() {
    Article a = article(new Random(1), 1);
    List<Article> changed = List.of(
        new Article(a.source() + "x", a.slug(), a.title(), a.date(), a.dateSource(), a.tags(),
            a.summary(), a.body(), a.draft(), a.sourceHash(), a.bodyLine()),
        new Article(a.source(), new Slug("other"), a.title(), a.date(), a.dateSource(),
            a.tags(), a.summary(), a.body(), a.draft(), a.sourceHash(), a.bodyLine()),
        new Article(a.source(), a.slug(), a.title() + "!", a.date(), a.dateSource(), a.tags(),
            a.summary(), a.body(), a.draft(), a.sourceHash(), a.bodyLine()),
        new Article(a.source(), a.slug(), a.title(),
            a.date().isPresent() ? Optional.empty() : Optional.of(LocalDate.of(2000, 1, 1)),
            a.dateSource(), a.tags(), a.summary(), a.body(), a.draft(), a.sourceHash(),
            a.bodyLine()),
        new Article(a.source(), a.slug(), a.title(), a.date(), a.dateSource() == DateSource.NONE ? DateSource.HEADER : DateSource.NONE, a.tags(),
            a.summary(), a.body(), a.draft(), a.sourceHash(), a.bodyLine()),
        new Article(a.source(), a.slug(), a.title(), a.date(), a.dateSource(),
            a.tags().isEmpty() ? List.of(Tag.of("Extra")) : List.of(), a.summary(), a.body(),
            a.draft(), a.sourceHash(), a.bodyLine()),
        new Article(a.source(), a.slug(), a.title(), a.date(), a.dateSource(), a.tags(),
            a.summary() + ".", a.body(), a.draft(), a.sourceHash(), a.bodyLine()),
        new Article(a.source(), a.slug(), a.title(), a.date(), a.dateSource(), a.tags(),
            a.summary(), a.body() + ".", a.draft(), a.sourceHash(), a.bodyLine()),
        new Article(a.source(), a.slug(), a.title(), a.date(), a.dateSource(), a.tags(),
            a.summary(), a.body(), !a.draft(), a.sourceHash(), a.bodyLine()),
        new Article(a.source(), a.slug(), a.title(), a.date(), a.dateSource(), a.tags(),
            a.summary(), a.body(), a.draft(), a.sourceHash() + "0", a.bodyLine()),
        new Article(a.source(), a.slug(), a.title(), a.date(), a.dateSource(), a.tags(),
            a.summary(), a.body(), a.draft(), a.sourceHash(), a.bodyLine() + 1));
    for (int i = 0; i < changed.size(); i++) {
      assertThat(fingerprints.digest(changed.get(i))).as("change %d", i)
          .isNotEqualTo(fingerprints.digest(a));
    }
  }

  private static Article article(Random r, int i) {
    List<Tag> tags = new ArrayList<>();
    for (int t = r.nextInt(5); t > 0; t--) {
      tags.add(Tag.of(List.of("Tony Blair", "Zoë Ball", "Путин", "日本", "G8").get(r.nextInt(5))
          + (t > 2 ? " " + t : "")));
    }
    return new Article("content/a" + i + ".txt", new Slug("a-" + i), "Title " + i + " ’quoted’",
        r.nextBoolean() ? Optional.of(LocalDate.of(2004, 1 + r.nextInt(12), 1 + r.nextInt(28)))
            : Optional.empty(), DateSource.values()[r.nextInt(DateSource.values().length)], tags,
        "Summary " + r.nextInt(), "Body text " + i + " with “curly” quotes.", r.nextBoolean(),
        Long.toHexString(r.nextLong()), 1 + r.nextInt(9));
  }
}
