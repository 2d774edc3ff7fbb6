package dev.gazette.taxonomy;

import java.util.HashMap;
import java.util.Map;

/**
 * Nationality adjectives and the country each names ("French" → "France"), so that an article
 * about France is tagged with the country, never the adjective.
 */
final class Places {
  private static final Map<String, String> COUNTRY = table(new String[] {
        "British", "UK", "English", "England", "Scottish", "Scotland", "Welsh", "Wales",
        "Irish", "Ireland", "American", "US", "French", "France", "German", "Germany",
        "Italian", "Italy", "Spanish", "Spain", "Portuguese", "Portugal", "Dutch", "Netherlands",
        "Belgian", "Belgium", "Swiss", "Switzerland", "Austrian", "Austria", "Swedish", "Sweden",
        "Norwegian", "Norway", "Danish", "Denmark", "Finnish", "Finland", "Icelandic", "Iceland",
        "Polish", "Poland", "Czech", "Czech Republic", "Slovak", "Slovakia", "Hungarian",
        "Hungary", "Romanian", "Romania", "Bulgarian", "Bulgaria", "Greek", "Greece", "Turkish",
        "Turkey", "Russian", "Russia", "Ukrainian", "Ukraine", "Belarusian", "Belarus",
        "Georgian", "Georgia", "Armenian", "Armenia", "Serbian", "Serbia", "Croatian", "Croatia",
        "Bosnian", "Bosnia", "Slovenian", "Slovenia", "Albanian", "Albania", "Latvian", "Latvia",
        "Lithuanian", "Lithuania", "Estonian", "Estonia", "Canadian", "Canada", "Mexican",
        "Mexico", "Brazilian", "Brazil", "Argentine", "Argentina", "Argentinian", "Argentina",
        "Chilean", "Chile", "Peruvian", "Peru", "Colombian", "Colombia", "Venezuelan",
        "Venezuela", "Cuban", "Cuba", "Jamaican", "Jamaica", "Chinese", "China", "Japanese",
        "Japan", "Korean", "Korea", "South Korean", "South Korea", "North Korean", "North Korea",
        "Indian", "India", "Pakistani", "Pakistan", "Afghan", "Afghanistan", "Bangladeshi",
        "Bangladesh", "Sri Lankan", "Sri Lanka", "Nepalese", "Nepal", "Thai", "Thailand",
        "Vietnamese", "Vietnam", "Indonesian", "Indonesia", "Malaysian", "Malaysia",
        "Filipino", "Philippines", "Singaporean", "Singapore", "Taiwanese", "Taiwan",
        "Australian", "Australia", "New Zealander", "New Zealand", "Iranian", "Iran", "Iraqi",
        "Iraq", "Israeli", "Israel", "Palestinian", "Palestine", "Syrian", "Syria", "Lebanese",
        "Lebanon", "Jordanian", "Jordan", "Saudi", "Saudi Arabia", "Egyptian", "Egypt",
        "Libyan", "Libya", "Moroccan", "Morocco", "Algerian", "Algeria", "Tunisian", "Tunisia",
        "Nigerian", "Nigeria", "Kenyan", "Kenya", "Ethiopian", "Ethiopia", "Ghanaian", "Ghana",
        "South African", "South Africa", "Zimbabwean", "Zimbabwe", "Sudanese", "Sudan",
        "Ugandan", "Uganda", "Somali", "Somalia", "Congolese", "Congo", "Rwandan", "Rwanda",
        "Kazakh", "Kazakhstan", "Uzbek", "Uzbekistan", "Chechen", "Chechnya", "Kuwaiti",
        "Kuwait", "Qatari", "Qatar", "Yemeni", "Yemen", "Cypriot", "Cyprus", "Maltese", "Malta",
        "Soviet", "Soviet Union",
        // Nouns for a country's people, as used before a name ("Spaniard Albert Costa").
        "Spaniard", "Spain", "Frenchman", "France", "Briton", "UK", "Scot", "Scotland",
        "Welshman", "Wales", "Irishman", "Ireland", "Englishman", "England", "Dane", "Denmark",
        "Swede", "Sweden", "Finn", "Finland", "Pole", "Poland", "Argentine", "Argentina",
        "Kiwi", "New Zealand", "Aussie", "Australia", "Yorkshireman", "England",
        // Country codes written as names ("US" is never the pronoun "us").
        "US", "US",
  });

  private static Map<String, String> table(String[] pairs) {
    Map<String, String> m = new HashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      m.put(pairs[i], pairs[i + 1]);
    }
    return Map.copyOf(m);
  }

  private static final java.util.Set<String> COUNTRIES = java.util.Set.copyOf(COUNTRY.values());

  /** Names of one country that an article may use side by side ("Britain" and "UK"). */
  private static final Map<String, String> SAME = Map.of("Britain", "UK", "United Kingdom", "UK",
      "America", "US", "United States", "US", "USA", "US", "Holland", "Netherlands");

  private Places() {}

  /**
   * The country another name of it stands for ("Britain" → "UK", "America" → "US"), the name
   * itself for a country's usual name, or null for a name no country has.
   */
  static String sameCountry(String name) {
    String c = SAME.get(name);
    return c != null ? c : COUNTRIES.contains(name) ? name : null;
  }

  /** Whether the name is one of the countries the table knows ("US", "France"). */
  static boolean isCountry(String name) {
    return COUNTRIES.contains(name);
  }

  /** The country a nationality adjective names, or null when the word is not one. */
  static String country(String adjective) {
    return COUNTRY.get(adjective);
  }
}
