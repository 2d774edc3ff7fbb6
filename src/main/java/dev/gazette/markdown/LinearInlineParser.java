package dev.gazette.markdown;

import com.vladsch.flexmark.parser.InlineParserExtensionFactory;
import com.vladsch.flexmark.parser.delimiter.DelimiterProcessor;
import com.vladsch.flexmark.parser.internal.CommonmarkInlineParser;
import com.vladsch.flexmark.parser.internal.LinkRefProcessorData;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import java.util.BitSet;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Flexmark's inline parser without its quadratic step. Its {@code match} calls
 * {@code Matcher.toMatchResult()}, which on Java 17 copies the whole input to a String
 * ({@code text.toString()}); the input is the paragraph, and a link runs several matches, so a
 * paragraph of n links cost n times its length: 70 kB of {@code [b](c)} took 5.9 s. Here the
 * match positions are read from the matcher itself, which copies nothing.
 */
final class LinearInlineParser extends CommonmarkInlineParser {
  LinearInlineParser(DataHolder options, BitSet specialCharacters, BitSet delimiterCharacters,
      Map<Character, DelimiterProcessor> delimiterProcessors,
      LinkRefProcessorData linkRefProcessors,
      List<InlineParserExtensionFactory> inlineParserExtensions) {
    super(options, specialCharacters, delimiterCharacters, delimiterProcessors,
        linkRefProcessors, inlineParserExtensions);
  }

  @Override
  public BasedSequence match(Pattern re) {
    if (index >= input.length()) {
      return null;
    }
    Matcher matcher = re.matcher(input);
    matcher.region(index, input.length());
    if (!matcher.find()) {
      return null;
    }
    index = matcher.end();
    return input.subSequence(matcher.start(), matcher.end());
  }

  @Override
  public BasedSequence[] matchWithGroups(Pattern re) {
    if (index >= input.length()) {
      return null;
    }
    Matcher matcher = re.matcher(input);
    matcher.region(index, input.length());
    if (!matcher.find()) {
      return null;
    }
    index = matcher.end();
    BasedSequence[] results = new BasedSequence[matcher.groupCount() + 1];
    results[0] = input.subSequence(matcher.start(), matcher.end());
    for (int i = 1; i < results.length; i++) {
      results[i] = matcher.start(i) < 0 ? null
          : input.subSequence(matcher.start(i), matcher.end(i));
    }
    return results;
  }
}
