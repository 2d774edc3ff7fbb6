package dev.gazette.render;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The tag cloud's five sizes span the counts shown, whatever their range. */
class TagCloudWeightTest {

  @Test
  void theMostAndLeastUsedTagsShownGetTheLargestAndSmallestSize() {
    // The 10,000-article archive's cloud: UK on 523 articles down to tags on 45.
    assertThat(Views.cloudWeight(523, 45, 523)).isEqualTo(5);
    assertThat(Views.cloudWeight(45, 45, 523)).isEqualTo(1);
    assertThat(Views.cloudWeight(160, 45, 523)).isEqualTo(3);
  }

  @Test
  void weightsGrowWithTheCountAndStayWithinOneToFive() {
    int previous = 1;
    for (int count = 4; count <= 4000; count++) {
      int w = Views.cloudWeight(count, 4, 4000);
      assertThat(w).isBetween(previous, 5);
      previous = w;
    }
    assertThat(previous).isEqualTo(5);
  }

  @Test
  void equalCountsAllGetTheMiddleSize() {
    assertThat(Views.cloudWeight(7, 7, 7)).isEqualTo(3);
  }
}
