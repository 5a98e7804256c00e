package org.confide.domain.questionnaire;

import static org.confide.domain.questionnaire.Question.date;
import static org.confide.domain.questionnaire.Question.multipleChoice;
import static org.confide.domain.questionnaire.Question.singleChoice;
import static org.confide.domain.questionnaire.Question.text;
import static org.confide.domain.questionnaire.SafeguardingSignal.IMMEDIATE_DANGER;
import static org.confide.domain.questionnaire.SafeguardingSignal.POSSIBLY_UNDER_18;
import static org.confide.domain.questionnaire.SafeguardingSignal.SERIOUS_HARM;
import static org.confide.domain.questionnaire.SafeguardingSignal.UNDER_18;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.confide.domain.shared.Language;

/**
 * The questionnaire that ships with Confide (version 2), and the version 1 it replaced. Its ids are
 * a stable contract for integrators: {@code incident-type}, {@code where}, {@code when}, {@code
 * reporter-role}, {@code affected-person}, {@code under-18}, {@code immediate-danger}, {@code
 * people-involved-role}, {@code named-person}, {@code location-detail} and the others below.
 *
 * <p>Version 2 differs from version 1 only in words a reporter reads: it asks "How often has it
 * happened?" where version 1 asked "Has it happened more than once?" (the answers, and their ids,
 * are the same), and the date question's hint says how rough a date may be. Every option id, and
 * every safeguarding signal, is unchanged, so reports made on either version count alike in trends
 * and alerts.
 */
public final class DefaultQuestionnaire {

  /**
   * The language the shipped texts are written in, as plain texts ({@link Words#PLAIN_LANGUAGE}):
   * every other language offered needs them in a file of its own (see {@link
   * #translated(Questionnaire, Map)}).
   */
  public static final Language WRITTEN_IN = Words.PLAIN_LANGUAGE;

  private static final String CHOOSE_ANY = "Choose as many as fit.";
  private static final Option PREFER_NOT_TO_SAY =
      Option.of("prefer-not-to-say", "I'd prefer not to say");
  private static final Option NO = Option.of("no", "No");
  private static final Option NOT_SURE = Option.of("not-sure", "I'm not sure");

  // A questionnaire never changes, so the ones built here are shared.
  private static final Questionnaire FIRST =
      build(
          1,
          "If it happened more than once, the most recent date. A rough date is fine, and you can"
              + " leave this blank.",
          "Has it happened more than once?");

  private static final Questionnaire STANDARD =
      build(
          2,
          "If it happened more than once, the most recent time. A rough date is fine: you can leave"
              + " out the day, say it was more than a year ago, or leave this blank.",
          "How often has it happened?");

  // Every text of the standard questionnaire by its key, for translating only what is unchanged.
  private static final Map<String, String> SHIPPED_TEXTS = shippedTexts();

  private DefaultQuestionnaire() {}

  private static Map<String, String> shippedTexts() {
    var texts = new LinkedHashMap<String, String>();
    for (var question : STANDARD.questions()) {
      question.withWords((key, words) -> {
        texts.put(key, words.first());
        return words;
      });
    }
    return Collections.unmodifiableMap(texts);
  }

  /**
   * The default questionnaire.
   *
   * @return version 2 of the questionnaire that ships with Confide, the same instance every time
   */
  public static Questionnaire standard() {
    return STANDARD;
  }

  /**
   * The default questionnaire as Confide first shipped it, which a deployment that has kept it
   * unchanged replaces with {@link #standard()}; reports made on it are read with it.
   *
   * @return version 1 of the questionnaire that ships with Confide, the same instance every time
   */
  public static Questionnaire first() {
    return FIRST;
  }

  /**
   * Whether questions are those of a version Confide ships, so an organisation that has not written
   * its own questions is told so.
   *
   * @param questions the questions of a version
   * @return true if they are the questions of {@link #first()} or of {@link #standard()}
   */
  public static boolean isShipped(List<Question> questions) {
    return FIRST.questions().equals(questions) || STANDARD.questions().equals(questions);
  }

  /**
   * Every text of {@link #standard()} by the key a translation of it gives it by ({@link
   * Question#textKeys()}): {@code incident-type.text}, {@code incident-type.hint}, {@code
   * incident-type.option.bullying}...
   *
   * @return the texts as Confide writes them, in questionnaire order
   */
  public static Map<String, String> texts() {
    return SHIPPED_TEXTS;
  }

  /**
   * {@code questionnaire} with its words in other languages too, wherever a text is one Confide
   * ships, unchanged: the shipped words are translated, an organisation's own words are left as
   * they were written. Answers are kept by option id, so a translation changes no report.
   *
   * @param questionnaire any version
   * @param translations for each other language, the shipped texts in it, by the keys of {@link
   *     #texts()}
   * @return the questionnaire, of the same version, with the shipped texts translated
   * @throws IllegalArgumentException if a text given is blank or too long
   */
  public static Questionnaire translated(
      Questionnaire questionnaire, Map<Language, Map<String, String>> translations) {
    return Questionnaire.of(
        questionnaire.version(),
        questionnaire.questions().stream()
            .map(question ->
                question.withWords((key, words) -> translated(key, words, translations)))
            .toList());
  }

  /**
   * {@code answer} with its words in other languages too, wherever a text is one Confide ships,
   * unchanged, as {@link #translated(Questionnaire, Map)} does for a questionnaire.
   *
   * @param answer an answer in words
   * @param translations for each other language, the shipped texts in it, by the keys of {@link
   *     #texts()}
   * @return the answer, with the shipped texts translated
   */
  public static LabelledAnswer translated(
      LabelledAnswer answer, Map<Language, Map<String, String>> translations) {
    var prefix = answer.question().value() + ".";
    var options = STANDARD.question(answer.question()).map(Question::options).orElse(List.of());
    return new LabelledAnswer(
        answer.question(),
        translated(prefix + "text", answer.questionText(), translations),
        answer.answer().stream()
            .map(words ->
                options.stream()
                    .filter(option -> option.label().equals(words))
                    .findFirst()
                    .map(option ->
                        translated(prefix + "option." + option.id().value(), words, translations))
                    .orElse(words))
            .toList(),
        answer.chosen());
  }

  private static Words translated(
      String key, Words words, Map<Language, Map<String, String>> translations) {
    var shipped = SHIPPED_TEXTS.get(key);
    if (shipped == null || !words.equals(Words.of(shipped))) {
      return words;
    }
    var translated = words;
    for (var translation : translations.entrySet()) {
      var text = translation.getValue().get(key);
      if (text != null) {
        translated = translated.with(translation.getKey(), text);
      }
    }
    return translated;
  }

  private static Questionnaire build(int version, String whenHint, String howOften) {
    return Questionnaire.of(
        QuestionnaireVersion.of(version),
        List.of(
            multipleChoice(
                    "incident-type",
                    "What happened?",
                    true,
                    List.of(
                        Option.of("relationship-abuse", "Abuse in a relationship"),
                        Option.of("bullying", "Bullying"),
                        Option.of("discrimination", "Discrimination"),
                        Option.of("harassment", "Harassment"),
                        Option.of(
                            "hate-incident",
                            "A hate incident (targeted because of who someone is)"),
                        Option.of("physical-violence", "Physical violence"),
                        Option.of(
                            "sexual-misconduct",
                            "Sexual harassment, assault or other sexual misconduct"),
                        Option.of("stalking", "Stalking"),
                        Option.of("other", "Something else")))
                .withHint(
                    "Choose as many as fit. You can tell us more in your own words later, if"
                        + " you want to."),
            date("when", "When did it happen?", false).withHint(whenHint),
            singleChoice(
                "how-often",
                howOften,
                false,
                List.of(
                    Option.of("once", "Once"),
                    Option.of("more-than-once", "More than once"),
                    Option.of("ongoing", "It is still happening"),
                    PREFER_NOT_TO_SAY)),
            singleChoice(
                "where",
                "Where did it happen?",
                true,
                List.of(
                    Option.of("on-campus", "On campus, including university housing"),
                    Option.of("off-campus", "Off campus"),
                    Option.of("online", "Online, including social media, email and messages"),
                    PREFER_NOT_TO_SAY)),
            text("location-detail", "Can you tell us more about where it happened?", false)
                .withHint(
                    "For example a building, a street, a website or an app. Only share what you"
                        + " feel comfortable sharing.")
                .withMaxLength(500),
            singleChoice(
                "reporter-role",
                "Which of these describes you best?",
                true,
                List.of(
                    Option.of("student", "A student"),
                    Option.of("staff", "A member of staff"),
                    Option.of("visitor", "A visitor"),
                    Option.of("other", "Something else"),
                    PREFER_NOT_TO_SAY)),
            singleChoice(
                    "affected-person",
                    "Who did this happen to?",
                    true,
                    List.of(Option.of("me", "Me"), Option.of("someone-else", "Someone else")))
                .withHint(
                    "You can report something that happened to you, or something you saw or"
                        + " were told about."),
            singleChoice(
                    "under-18",
                    "Is the person it happened to under 18?",
                    true,
                    List.of(
                        Option.of("yes", "Yes", UNDER_18),
                        NO,
                        Option.of("not-sure", "I'm not sure", POSSIBLY_UNDER_18)))
                .withHint("We ask so that the right people can make sure they are safe."),
            singleChoice(
                    "immediate-danger",
                    "Is anyone in danger right now?",
                    true,
                    List.of(Option.of("yes", "Yes", IMMEDIATE_DANGER), NO))
                .withHint("If you choose Yes, we will show you who to contact straight away."),
            singleChoice(
                "threats-made",
                "Has anyone threatened to seriously hurt you or someone else?",
                false,
                List.of(Option.of("yes", "Yes", SERIOUS_HARM), NO, NOT_SURE, PREFER_NOT_TO_SAY)),
            singleChoice(
                "ongoing-risk",
                "Are you worried that you or someone else could be seriously hurt?",
                false,
                List.of(Option.of("yes", "Yes", SERIOUS_HARM), NO, NOT_SURE)),
            multipleChoice(
                    "people-involved-role",
                    "Who was the person or people who did this?",
                    false,
                    List.of(
                        Option.of("student", "A student"),
                        Option.of("staff", "A member of staff"),
                        Option.of("visitor", "A visitor"),
                        Option.of("someone-outside", "Someone from outside the university"),
                        Option.of("do-not-know", "I don't know"),
                        PREFER_NOT_TO_SAY))
                .withHint(CHOOSE_ANY),
            text("named-person", "If you know their name, would you like to tell us?", false)
                .withHint(
                    "This is up to you. It helps us notice when more than one person reports"
                        + " the same behaviour.")
                .withMaxLength(200),
            multipleChoice(
                    "told-anyone-else",
                    "Have you told anyone else about this?",
                    false,
                    List.of(
                        Option.of("friend-or-family", "A friend or family member"),
                        Option.of("university-staff", "Someone at the university"),
                        Option.of("health-professional", "A doctor, nurse or counsellor"),
                        Option.of("police", "The police"),
                        Option.of("no-one", "No one yet"),
                        PREFER_NOT_TO_SAY))
                .withHint(CHOOSE_ANY),
            multipleChoice(
                    "impact",
                    "How has this affected you, or the person it happened to?",
                    false,
                    List.of(
                        Option.of("feeling-unsafe", "Feeling unsafe"),
                        Option.of("health", "Physical or mental health"),
                        Option.of("studies-or-work", "Studies or work"),
                        Option.of("avoiding-places", "Avoiding places or people"),
                        Option.of("money-or-housing", "Money or housing"),
                        Option.of("other", "In another way"),
                        PREFER_NOT_TO_SAY))
                .withHint(CHOOSE_ANY),
            multipleChoice(
                    "support-wanted",
                    "What would you like to happen next?",
                    false,
                    List.of(
                        Option.of("talk-to-adviser", "Talk to an adviser about my options"),
                        Option.of("information-only", "Just information about support"),
                        Option.of("formal-complaint", "Find out about making a formal complaint"),
                        Option.of("record-only", "Nothing for now; I want it on record"),
                        Option.of("not-sure", "I'm not sure yet")))
                .withHint("This helps us know how to help. You can change your mind later.")));
  }
}
