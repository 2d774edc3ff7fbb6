package dev.gazette.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gazette.diag.GazetteException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A file put as unique (a static file, a search index file) is refused when its name was put
 * already, also when two threads put it at the same moment: the static files and the search
 * index are put from two threads.
 */
class UniqueNamesTest {
  @Test
  void ofTwoThreadsPuttingOneUniqueNameAtOnceExactlyOneIsRefused(@TempDir Path dir)
      throws Exception {
    DiskOutput out = DiskOutput.open(dir.resolve("site"), dir.resolve("cache"), true, f -> { },
        dir);
    try {
      int rounds = 300;
      CyclicBarrier start = new CyclicBarrier(2);
      AtomicInteger refused = new AtomicInteger();
      Runnable putAll = () -> {
        for (int i = 0; i < rounds; i++) {
          String name = "search/f" + i + ".json";
          byte[] bytes = name.getBytes(StandardCharsets.UTF_8);
          try {
            start.await();
            out.put(name, "fp" + i, () -> bytes, true);
          } catch (GazetteException e) {
            assertThat(e.getMessage()).contains("same name");
            refused.incrementAndGet();
          } catch (Exception e) {
            throw new AssertionError(e);
          }
        }
      };
      Thread other = new Thread(putAll);
      other.start();
      putAll.run();
      other.join();
      assertThat(refused.get()).isEqualTo(rounds);
    } finally {
      out.abandon();
    }
  }
}
