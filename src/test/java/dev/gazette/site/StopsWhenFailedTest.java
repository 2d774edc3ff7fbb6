package dev.gazette.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gazette.diag.GazetteException;
import dev.gazette.diag.Problem;
import dev.gazette.engine.SiteOutput;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/** Pages stop going out once the step running beside them has failed. */
class StopsWhenFailedTest {
  private static final class Recording implements SiteOutput {
    final List<String> put = new ArrayList<>();

    @Override
    public void put(String file, String fingerprint, Supplier<byte[]> content, boolean unique) {
      put.add(file);
    }

    @Override
    public List<Problem> commit() {
      return List.of();
    }

    @Override
    public void abandon() {}

    @Override
    public int rendered() {
      return put.size();
    }

    @Override
    public int reused() {
      return 0;
    }

    @Override
    public String mode() {
      return "test";
    }
  }

  @Test
  void filesGoOutWhileTheStepBesideRunsAndNotOnceItHasFailed() {
    Recording disk = new Recording();
    CompletableFuture<Void> search = new CompletableFuture<>();
    SiteOutput pages = new SiteBuilder.StopsWhenFailed(disk, search);
    pages.put("a/index.html", "f", () -> new byte[0], false);
    search.completeExceptionally(new GazetteException("cannot write search/index.json"));
    assertThatThrownBy(() -> pages.put("b/index.html", "f", () -> new byte[0], false))
        .isInstanceOf(GazetteException.class).hasMessageContaining("search/index.json");
    assertThat(disk.put).containsExactly("a/index.html");
  }

  @Test
  void anErrorBesideIsThrownAsItself() {
    CompletableFuture<Void> search = new CompletableFuture<>();
    search.completeExceptionally(new OutOfMemoryError("Java heap space"));
    SiteOutput pages = new SiteBuilder.StopsWhenFailed(new Recording(), search);
    assertThatThrownBy(() -> pages.put("a/index.html", "f", () -> new byte[0], false))
        .isInstanceOf(OutOfMemoryError.class);
  }
}
