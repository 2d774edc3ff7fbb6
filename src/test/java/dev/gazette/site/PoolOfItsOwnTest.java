package dev.gazette.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * Work run in a pool of its own (the pages, the search index) has stopped everywhere when the
 * call returns, even when one of its elements failed: nothing writes into an output after the
 * build that made it has thrown it away.
 */
class PoolOfItsOwnTest {
  @Test
  void whenOneElementFailsEveryOtherHasStoppedBeforeTheFailureIsThrown() {
    for (int round = 0; round < 20; round++) {
      AtomicInteger started = new AtomicInteger();
      AtomicInteger finished = new AtomicInteger();
      assertThatThrownBy(() -> WriteStep.inPoolOfItsOwn(() -> {
        IntStream.range(0, 256).parallel().forEach(i -> {
          if (i == 200) {
            throw new IllegalStateException("element " + i + " failed");
          }
          started.incrementAndGet();
          long h = i;
          for (int k = 0; k < 200_000; k++) {
            h = h * 31 + k;
          }
          if (h != 42) { // always: keeps the loop from being optimized away
            finished.incrementAndGet();
          }
        });
        return null;
      })).isInstanceOf(IllegalStateException.class).hasMessageContaining("element 200 failed");
      assertThat(finished.get()).as("round %d", round).isEqualTo(started.get());
    }
  }

  @Test
  void aResultIsReturnedAndAnErrorIsThrownAsItself() {
    assertThat(WriteStep.inPoolOfItsOwn(() -> IntStream.range(0, 1000).parallel().sum()))
        .isEqualTo(499_500);
    assertThatThrownBy(() -> WriteStep.inPoolOfItsOwn(() -> {
      throw new AssertionError("an error stays itself");
    })).isInstanceOf(AssertionError.class);
  }

  @Test
  void aThreadThatCannotStartFailsItsStepInsteadOfLeavingItsWaiterForEver() {
    CompletableFuture<Void> done = new CompletableFuture<>();
    Thread started = new Thread(() -> { });
    started.start();
    SideSteps.startOrFail(started, done); // a thread cannot be started twice
    assertThat(done).isCompletedExceptionally();
  }
}
