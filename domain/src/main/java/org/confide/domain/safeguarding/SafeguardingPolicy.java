package org.confide.domain.safeguarding;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.confide.domain.questionnaire.Answer;
import org.confide.domain.questionnaire.Answers;
import org.confide.domain.questionnaire.Questionnaire;
import org.confide.domain.questionnaire.SafeguardingSignal;

/**
 * Turns a report's answers, and as an advisory signal its free text, into a {@link RiskAssessment}.
 *
 * <ul>
 *   <li>An option signalling {@code UNDER_18} or {@code IMMEDIATE_DANGER}: {@code URGENT}.
 *   <li>{@code SERIOUS_HARM} from one question: {@code CONCERN}; from two questions, or together
 *       with {@code POSSIBLY_UNDER_18}: {@code URGENT}.
 *   <li>{@code POSSIBLY_UNDER_18} (the default's {@code under-18} = {@code not-sure}): {@code
 *       CONCERN}.
 *   <li>An indicator phrase in the account or a text answer: at most {@code CONCERN}.
 * </ul>
 */
public final class SafeguardingPolicy {

  private static final SafeguardingPolicy STANDARD = new SafeguardingPolicy();

  // Phrases that often come with self-harm, threats to life, weapons or a child writing. Matched
  // as whole words in the text folded to lower case (see normalise), which is several times faster
  // than matching with the case-insensitive flags on every report received.
  private static final List<String> PHRASES =
      List.of(
          "kill(?:ing)? myself",
          "end(?:ing)? my life",
          "end it all",
          "want(?:ed)? to die",
          "suicid(?:e|al)",
          "self[- ]?harm(?:ing)?",
          "(?:hurt|harm)(?:ing)? myself",
          "going to (?:hurt|kill|attack)",
          "threat(?:s|ened)? to (?:hurt|kill)",
          "kill (?:me|you|him|her|them)",
          "weapons?",
          "knife",
          "knives",
          "guns?",
          "firearms?",
          "(?:i'?m|i am|aged?) 1[0-7]",
          "1[0-7] ?(?:years? old|yo|y/o)",
          "under ?age(?:d)?",
          "under 18");

  static final Pattern INDICATORS = wholeWords(PHRASES);

  // For each ASCII character, the phrases that can begin with it, as one pattern (null where none
  // can), found once from the phrases themselves: the search tries only those, and only where such
  // a character starts a word, not all nineteen at every character. Characters beyond ASCII try
  // every phrase.
  private static final Pattern[] BY_FIRST_CHARACTER = byFirstCharacter(PHRASES);

  private SafeguardingPolicy() {}

  /**
   * The policy described above.
   *
   * @return the one policy, the same instance every time
   */
  public static SafeguardingPolicy standard() {
    return STANDARD;
  }

  /**
   * Assesses {@code answers}, checked against {@code questionnaire}, and the reporter's free-text
   * {@code account}, if any.
   *
   * @param questionnaire the questionnaire the answers were checked against; its options carry the
   *     signals
   * @param answers the checked answers
   * @param account the reporter's own account in free text, if they gave one
   * @return the level and its reasons
   */
  public RiskAssessment assess(
      Questionnaire questionnaire, Answers answers, Optional<String> account) {
    Objects.requireNonNull(account, "account must not be null");
    var questionsSignalling = questionsSignalling(questionnaire, answers);
    var reasons = EnumSet.noneOf(RiskReason.class);
    questionsSignalling.keySet().forEach(signal -> reasons.add(reason(signal)));
    var level = questionsSignalling.isEmpty() ? RiskLevel.NONE : RiskLevel.CONCERN;
    int seriousHarm = questionsSignalling.getOrDefault(SafeguardingSignal.SERIOUS_HARM, 0);
    if (questionsSignalling.containsKey(SafeguardingSignal.UNDER_18)
        || questionsSignalling.containsKey(SafeguardingSignal.IMMEDIATE_DANGER)
        // One "serious harm" answer is common in harassment reports (threats are often made) and
        // an adviser can take it on; making every one urgent would bury the urgent reports in the
        // lead's queue. Two answers that corroborate each other, or a possible child at risk of
        // serious harm, need a lead now.
        || seriousHarm >= 2
        || (seriousHarm >= 1
            && questionsSignalling.containsKey(SafeguardingSignal.POSSIBLY_UNDER_18))) {
      level = RiskLevel.URGENT;
    }
    // Free text is advisory only: a phrase match misfires ("a knife to cut the cake", "I'm 15
    // minutes late") and misses what matters, so it can ask a person to read the report, never
    // raise an escalation or add weight to the answers. A person must decide.
    if (holdsIndicator(answers, account)) {
      reasons.add(RiskReason.FREE_TEXT_INDICATOR);
      level = level.atLeast(RiskLevel.CONCERN);
    }
    return new RiskAssessment(level, List.copyOf(reasons));
  }

  /**
   * Whether the answers say someone is in danger right now, so the reporter is shown who to call.
   *
   * @param questionnaire the questionnaire the answers were checked against
   * @param answers the checked answers
   * @return true if an option chosen signals {@link SafeguardingSignal#IMMEDIATE_DANGER}
   */
  public boolean showsImmediateDanger(Questionnaire questionnaire, Answers answers) {
    return questionsSignalling(questionnaire, answers)
        .containsKey(SafeguardingSignal.IMMEDIATE_DANGER);
  }

  // For each signal, how many questions raised it through a chosen option.
  private static Map<SafeguardingSignal, Integer> questionsSignalling(
      Questionnaire questionnaire, Answers answers) {
    Objects.requireNonNull(questionnaire, "questionnaire must not be null");
    Objects.requireNonNull(answers, "answers must not be null");
    var counts = new EnumMap<SafeguardingSignal, Integer>(SafeguardingSignal.class);
    for (var question : questionnaire.questions()) {
      var answer = answers.byQuestion().get(question.id());
      if (answer == null) {
        continue;
      }
      var raised = EnumSet.noneOf(SafeguardingSignal.class);
      for (var option : question.options()) {
        var signal = option.signal();
        if (signal.isPresent() && answer.chose(option.id())) {
          raised.add(signal.get());
        }
      }
      raised.forEach(signal -> counts.merge(signal, 1, Integer::sum));
    }
    return counts;
  }

  // Whether the account or a text answer holds an indicator phrase.
  private static boolean holdsIndicator(Answers answers, Optional<String> account) {
    if (account.isPresent() && holdsIndicator(normalise(account.get()))) {
      return true;
    }
    for (var answer : answers.byQuestion().values()) {
      if (answer instanceof Answer.Text text && holdsIndicator(normalise(text.text()))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether {@code text}, already normalised, holds an indicator phrase as whole words: exactly
   * what {@code INDICATORS.matcher(text).find()} answers, but only the phrases that can begin with
   * a character are tried there, and not inside a word. Trying all nineteen phrases at every
   * character of every account was most of the time a submission spent on safeguarding.
   */
  static boolean holdsIndicator(String text) {
    // Each pattern's matcher, made the first time it is tried on this text: by character, and
    // every phrase's last.
    Matcher[] matchers = null;
    int length = text.length();
    for (int i = 0; i < length; i++) {
      char c = text.charAt(i);
      int which = Math.min(c, BY_FIRST_CHARACTER.length);
      var phrases = which < BY_FIRST_CHARACTER.length ? BY_FIRST_CHARACTER[which] : INDICATORS;
      if (phrases == null) {
        continue;
      }
      // A phrase beginning with a letter or digit right after another cannot be at a word boundary.
      if (i > 0 && isAsciiWordCharacter(c) && isAsciiWordCharacter(text.charAt(i - 1))) {
        continue;
      }
      if (matchers == null) {
        matchers = new Matcher[BY_FIRST_CHARACTER.length + 1];
      }
      var matcher = matchers[which];
      if (matcher == null) {
        // Transparent bounds: the boundary test at the region's start sees the character before.
        matcher = phrases.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
        matchers[which] = matcher;
      }
      if (matcher.region(i, length).lookingAt()) {
        return true;
      }
    }
    return false;
  }

  /**
   * For each ASCII character, the pattern of the phrases after which, tried on that one character
   * alone, either match or run out of text wanting more; null where none does, as every phrase
   * fails at once on such a character.
   */
  private static Pattern[] byFirstCharacter(List<String> phrases) {
    var compiled = phrases.stream().map(Pattern::compile).toList();
    var patterns = new Pattern[128];
    for (char c = 0; c < patterns.length; c++) {
      var starting = new ArrayList<String>();
      for (int i = 0; i < phrases.size(); i++) {
        var matcher = compiled.get(i).matcher(String.valueOf(c));
        if (matcher.lookingAt() || matcher.hitEnd()) {
          starting.add(phrases.get(i));
        }
      }
      if (!starting.isEmpty()) {
        patterns[c] = wholeWords(starting);
      }
    }
    return patterns;
  }

  private static Pattern wholeWords(List<String> phrases) {
    return Pattern.compile("\\b(?:" + String.join("|", phrases) + ")\\b");
  }

  private static boolean isAsciiWordCharacter(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
  }

  // Curly apostrophes come from phone keyboards; runs of spaces from line breaks. Folding through
  // upper case first reads letters such as the long s and the dotless i as the pattern's letters,
  // as Unicode case-insensitive matching would; ASCII text, the most of what is written, folds the
  // same way straight to lower case.
  private static String normalise(String text) {
    var folded =
        isAscii(text)
            ? text.toLowerCase(Locale.ROOT)
            : text.replace('\u2019', '\'').toUpperCase(Locale.ROOT).toLowerCase(Locale.ROOT);
    var spaced = new StringBuilder(folded.length());
    boolean afterSpace = false;
    for (int i = 0; i < folded.length(); i++) {
      char c = folded.charAt(i);
      // The characters of the regular expression \s, each run of them one space.
      boolean space = c == ' ' || (c >= '\t' && c <= '\r');
      if (!space) {
        spaced.append(c);
      } else if (!afterSpace) {
        spaced.append(' ');
      }
      afterSpace = space;
    }
    return spaced.toString();
  }

  private static boolean isAscii(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) >= 0x80) {
        return false;
      }
    }
    return true;
  }

  private static RiskReason reason(SafeguardingSignal signal) {
    return switch (signal) {
      case UNDER_18 -> RiskReason.UNDER_18;
      case POSSIBLY_UNDER_18 -> RiskReason.POSSIBLY_UNDER_18;
      case IMMEDIATE_DANGER -> RiskReason.IMMEDIATE_DANGER;
      case SERIOUS_HARM -> RiskReason.SERIOUS_HARM;
    };
  }
}
