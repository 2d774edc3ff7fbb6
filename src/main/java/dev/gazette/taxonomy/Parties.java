package dev.gazette.taxonomy;

import java.util.Map;

/**
 * The short forms and nicknames a party is written by, and the name an editor tags it with:
 * "Tories" and "Tory" are the "Conservatives", "Lib Dems" the "Liberal Democrats" (so an article
 * that says "Tories" five times and "Conservatives" once is about one entity, not two). Spellings
 * that only differ by a trailing "Party" or a plural are left to {@link ArchiveTagger#foldKey}.
 */
final class Parties {
  private static final Map<String, String> NAME = Map.of(
      "Tories", "Conservatives",
      "Tory", "Conservatives",
      "Tory Party", "Conservatives",
      "Conservative", "Conservatives",
      "Lib Dems", "Liberal Democrats",
      "Lib Dem", "Liberal Democrats",
      "Liberal Democrat", "Liberal Democrats");

  private Parties() {}

  /** The party's tag name for a short form of it, or the name itself. */
  static String name(String written) {
    return NAME.getOrDefault(written, written);
  }
}
