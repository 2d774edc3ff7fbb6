package dev.gazette.markdown;

/**
 * The article's text as Flexmark reads it, with a clock: every character Flexmark reads (while
 * parsing and while rendering) passes through {@link #charAt}, so a parse that runs past its
 * deadline stops there, whatever step of Flexmark is slow. Flexmark has no way to be interrupted.
 */
final class DeadlineText implements CharSequence {
  /** Thrown out of Flexmark when the time is up; caught by the renderer. */
  static final class TimeUp extends RuntimeException {
    private static final long serialVersionUID = 1L;

    TimeUp() {
      super(null, null, false, false);
    }
  }

  private final String text;
  /**
   * The text's characters: most article bodies hold one beyond Latin-1 (a curly quote, a dash),
   * and on the fast compiler a build runs on, charAt of such a string calls out for its bounds
   * check at every character Flexmark reads.
   */
  private final char[] chars;
  private final long deadline;
  private int reads;

  DeadlineText(String text, long deadlineNanos) {
    this.text = text;
    this.chars = text.toCharArray();
    this.deadline = deadlineNanos;
  }

  @Override
  public int length() {
    return text.length();
  }

  @Override
  public char charAt(int index) {
    // Reading the clock costs more than a character; look at it every 4096 reads.
    if ((++reads & 0xFFF) == 0 && System.nanoTime() - deadline > 0) {
      throw new TimeUp();
    }
    return chars[index];
  }

  @Override
  public CharSequence subSequence(int start, int end) {
    return text.subSequence(start, end);
  }

  @Override
  public String toString() {
    return text;
  }
}
