package dev.gazette.diag;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Past the cap, which problems are shown depends on neither the order they came in (threads
 * report them as they go) nor how many warnings came first: errors are always shown.
 */
class ProblemsTest {
  @Test
  void theProblemsShownPastTheCapAreTheErrorsThenTheFirstByFileAndLine() {
    List<Problem> all = new ArrayList<>();
    for (int i = 0; i < 300; i++) {
      all.add(Problem.warning(String.format("content/%03d.txt", i), 1, "not valid UTF-8"));
    }
    all.add(Problem.error("content/999.txt", 4, "no title"));
    all.add(Problem.error("content/500.txt", 2, "no date"));
    List<Problem> shown = null;
    Random random = new Random(5);
    for (int round = 0; round < 20; round++) {
      List<Problem> order = new ArrayList<>(all);
      Collections.shuffle(order, random);
      if (round == 0) { // the errors last, after every warning
        order.removeIf(p -> p.severity() == Problem.Severity.ERROR);
        order.add(all.get(300));
        order.add(all.get(301));
      }
      Problems problems = new Problems(10);
      order.forEach(problems::add);
      assertThat(problems.errorCount()).isEqualTo(2);
      assertThat(problems.warningCount()).isEqualTo(300);
      assertThat(problems.omitted()).isEqualTo(292);
      List<Problem> list = problems.list();
      if (shown == null) {
        shown = list;
      }
      assertThat(list).as("round %d", round).isEqualTo(shown);
    }
    assertThat(shown).hasSize(10).contains(all.get(300), all.get(301))
        .containsAll(all.subList(0, 8));
    // Shown by file and line.
    assertThat(shown.get(0).file()).isEqualTo("content/000.txt");
    assertThat(shown.get(9).file()).isEqualTo("content/999.txt");
  }
}
