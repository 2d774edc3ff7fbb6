package dev.gazette.markdown;

import com.vladsch.flexmark.parser.block.BlockParserFactory;
import com.vladsch.flexmark.parser.block.BlockStart;
import com.vladsch.flexmark.parser.block.CustomBlockParserFactory;
import com.vladsch.flexmark.parser.block.ParserState;
import com.vladsch.flexmark.parser.core.HeadingParser;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import com.vladsch.flexmark.util.sequence.mappers.SpecialLeadInHandler;
import java.util.Set;
import org.jetbrains.annotations.NotNull;
import org.jetbrains.annotations.Nullable;

/**
 * Flexmark's heading parser, asked only about lines that can start a heading. On every line of a
 * paragraph Flexmark's own one first copies the whole paragraph so far (to offer it as a setext
 * heading's text), whatever the line holds: a paragraph of n lines cost n times its length. A
 * heading line starts with {@code #} (ATX) or is a run of {@code =} or {@code -} (setext), so
 * every other line is answered "no" here without asking it; the answers are the same.
 */
final class HeadingStart implements CustomBlockParserFactory {
  private final HeadingParser.Factory core = new HeadingParser.Factory();

  @Override
  public @Nullable Set<Class<?>> getAfterDependents() {
    return core.getAfterDependents();
  }

  @Override
  public @Nullable Set<Class<?>> getBeforeDependents() {
    return core.getBeforeDependents();
  }

  @Override
  public boolean affectsGlobalScope() {
    return core.affectsGlobalScope();
  }

  @Override
  public @Nullable SpecialLeadInHandler getLeadInHandler(@NotNull DataHolder options) {
    return core.getLeadInHandler(options);
  }

  @Override
  public @NotNull BlockParserFactory apply(@NotNull DataHolder options) {
    BlockParserFactory headings = core.apply(options);
    return (state, matched) -> couldStartHeading(state)
        ? headings.tryStart(state, matched) : BlockStart.none();
  }

  static boolean couldStartHeading(ParserState state) {
    BasedSequence line = state.getLine();
    int i = state.getNextNonSpaceIndex();
    if (i >= line.length()) {
      return false;
    }
    char c = line.charAt(i);
    if (c == '#') {
      return true;
    }
    if (c != '=' && c != '-') {
      return false;
    }
    int j = i;
    while (j < line.length() && line.charAt(j) == c) {
      j++;
    }
    while (j < line.length() && " \t\r\n".indexOf(line.charAt(j)) >= 0) {
      j++;
    }
    return j == line.length();
  }
}
