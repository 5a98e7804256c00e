package org.confide.domain.pattern;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Brings the ways people write one name or place to one form, so that reports can be compared:
 * case, accents, punctuation and extra spaces are ignored; for people, titles (Dr, Prof, Mr, Ms,
 * Mx...) are dropped, and the words are sorted so that "Smith, John" is "John Smith". Answers that
 * name no one ("don't know", "n/a") give nothing, so that they never join reports together.
 *
 * <p>It compares exactly, after normalisation: "J. Smith" and "John Smith" stay apart. A false join
 * would show a safeguarding lead unrelated reports; a missed one is what happens without alerts.
 */
public final class Normalisation {

  // Letters that Unicode decomposition does not split into a base letter and an accent.
  private static final Map<String, String> LETTERS =
      Map.ofEntries(
          Map.entry("ß", "ss"),
          Map.entry("ẞ", "ss"),
          Map.entry("æ", "ae"),
          Map.entry("Æ", "ae"),
          Map.entry("œ", "oe"),
          Map.entry("Œ", "oe"),
          Map.entry("ø", "o"),
          Map.entry("Ø", "o"),
          Map.entry("ł", "l"),
          Map.entry("Ł", "l"),
          Map.entry("đ", "d"),
          Map.entry("Đ", "d"),
          Map.entry("ð", "d"),
          Map.entry("Ð", "d"),
          Map.entry("þ", "th"),
          Map.entry("Þ", "th"),
          Map.entry("ı", "i"));

  private static final Pattern MARKS = Pattern.compile("\\p{M}+");
  private static final Pattern APOSTROPHES = Pattern.compile("['’ʼ‘`´]");
  private static final Pattern SEPARATORS = Pattern.compile("[^\\p{L}\\p{N}]+");
  private static final Pattern MENTION_BREAKS = Pattern.compile("[;\\r\\n]+");

  private static final Set<String> TITLES =
      Set.of(
          "dr",
          "doctor",
          "prof",
          "professor",
          "mr",
          "mrs",
          "ms",
          "miss",
          "mx",
          "master",
          "sir",
          "dame",
          "rev",
          "revd",
          "reverend",
          "phd",
          "dphil");

  private static final Set<String> PLACE_FILLERS = Set.of("the");

  private static final Set<String> NON_ANSWERS =
      Set.of(
          "",
          "no",
          "none",
          "nil",
          "na",
          "n a",
          "x",
          "unknown",
          "not known",
          "dont know",
          "do not know",
          "i dont know",
          "idk",
          "not sure",
          "unsure",
          "prefer not to say",
          "anonymous",
          "nobody",
          "no one",
          "noone",
          "someone",
          "somebody",
          "anyone",
          "nowhere",
          "somewhere",
          "n a n a");

  private Normalisation() {}

  /**
   * The normal form of a person's name, or nothing when the text names no one.
   *
   * @param text one name as written, such as {@code Dr. Smith, John}; may be null
   * @return the lower-case words without accents, punctuation or titles, sorted ({@code john
   *     smith}); empty for null, for a non-answer, or for fewer than two characters left
   */
  public static Optional<String> person(String text) {
    return normalise(text, TITLES);
  }

  /**
   * The normal form of a place, or nothing when the text names no place.
   *
   * @param text one place as written, such as {@code The Library, 2nd floor}; may be null
   * @return the lower-case words without accents, punctuation or "the", sorted; empty for null, for
   *     a non-answer, or for fewer than two characters left
   */
  public static Optional<String> place(String text) {
    return normalise(text, PLACE_FILLERS);
  }

  /**
   * The normal form for {@code kind}.
   *
   * @param kind whether the text names a person or a place
   * @param text one name or place as written; may be null
   * @return what {@link #person} or {@link #place} gives
   */
  public static Optional<String> of(PatternKind kind, String text) {
    return switch (kind) {
      case PERSON -> person(text);
      case PLACE -> place(text);
    };
  }

  /**
   * The distinct normal forms of an answer that may name several people or places, one per line or
   * separated by semicolons.
   *
   * @param kind whether the text names people or places
   * @param text the whole answer
   * @return each distinct normal form, in the order first written; empty when it names no one
   */
  public static List<String> all(PatternKind kind, String text) {
    var forms = new ArrayList<String>();
    for (var part : MENTION_BREAKS.split(text)) {
      of(kind, part).filter(form -> !forms.contains(form)).ifPresent(forms::add);
    }
    return List.copyOf(forms);
  }

  private static Optional<String> normalise(String text, Set<String> dropped) {
    if (text == null) {
      return Optional.empty();
    }
    var letters = new StringBuilder(text.length());
    text.codePoints()
        .forEach(c ->
            letters.append(LETTERS.getOrDefault(Character.toString(c), Character.toString(c))));
    var plain = MARKS.matcher(Normalizer.normalize(letters, Normalizer.Form.NFKD)).replaceAll("");
    var lower = APOSTROPHES.matcher(plain.toLowerCase(Locale.ROOT)).replaceAll("");
    var words =
        Arrays.stream(SEPARATORS.split(lower))
            .filter(word -> !word.isEmpty())
            .filter(word -> !dropped.contains(word))
            .toList();
    var inOrder = String.join(" ", words);
    if (NON_ANSWERS.contains(inOrder) || inOrder.codePointCount(0, inOrder.length()) < 2) {
      return Optional.empty();
    }
    return Optional.of(String.join(" ", words.stream().sorted().toList()));
  }
}
