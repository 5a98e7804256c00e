package org.confide.adapter.web.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.MessageFormat;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.confide.application.port.in.Failure;
import org.confide.domain.questionnaire.DefaultQuestionnaire;
import org.confide.domain.questionnaire.Interpretation;
import org.confide.domain.questionnaire.RawAnswer;
import org.confide.domain.questionnaire.Words;
import org.confide.domain.report.ContactDetails;
import org.confide.domain.shared.FieldProblem;
import org.confide.domain.shared.FreeText;
import org.confide.domain.shared.Language;
import org.confide.domain.shared.ProblemCode;
import org.confide.domain.shared.ProblemSubject;
import org.junit.jupiter.api.Test;

/**
 * The problems the domain and the use cases name, as the web adapter says them: every code and
 * subject has words in every bundle, the English bundle says each exactly as the domain's English
 * does, and Welsh says each in its own words, its particulars in their places.
 */
class ProblemWordsTest {

  private static final Languages LANGUAGES = Languages.shipped();
  private static final Texts ENGLISH = LANGUAGES.first();
  private static final Texts WELSH = LANGUAGES.of(Language.WELSH).orElseThrow();
  private static final LocalDate TODAY = LocalDate.of(2026, 12, 7);
  private static final Pattern PLACE = Pattern.compile("\\{(\\d)(,number[^}]*)?}");

  @Test
  void every_code_and_subject_the_domain_can_name_has_words_in_every_language() {
    var missing = new ArrayList<String>();
    for (var texts : LANGUAGES.all()) {
      for (var code : ProblemCode.values()) {
        try {
          texts.text(ProblemWords.key(code));
        } catch (IllegalArgumentException e) {
          missing.add(texts.language() + " " + ProblemWords.key(code));
        }
      }
      for (var subject : ProblemSubject.values()) {
        try {
          texts.text(ProblemWords.key(subject));
        } catch (IllegalArgumentException e) {
          missing.add(texts.language() + " " + ProblemWords.key(subject));
        }
      }
    }
    assertThat(missing).isEmpty();
  }

  @Test
  void the_english_bundle_says_every_code_as_the_domain_does_and_welsh_in_other_words() {
    for (var code : ProblemCode.values()) {
      var arguments = samples(code);
      assertThat(ProblemWords.of(code, arguments, ENGLISH))
          .as(code.code())
          .isEqualTo(code.english(arguments));
      assertThat(ProblemWords.of(code, arguments, WELSH))
          .as(code.code())
          .isNotEqualTo(code.english(arguments));
    }
    for (var subject : ProblemSubject.values()) {
      assertThat(ENGLISH.text(ProblemWords.key(subject))).isEqualTo(subject.english());
    }
  }

  @Test
  void every_problem_a_reporter_can_meet_reads_in_english_as_the_domain_words_it() {
    assertThat(reporterProblems())
        .isNotEmpty()
        .allSatisfy(problem -> {
          assertThat(problem.code()).as(problem.message()).isPresent();
          assertThat(ProblemWords.of(problem, ENGLISH)).isEqualTo(problem.message());
        });
  }

  @Test
  void every_problem_a_reporter_can_meet_has_its_own_welsh_words() {
    assertThat(reporterProblems())
        .allSatisfy(problem ->
            assertThat(ProblemWords.of(problem, WELSH))
                .as(problem.message())
                .isNotEqualTo(WELSH.text("problem.other"))
                .isNotEqualTo(problem.message()));
  }

  @Test
  void a_text_over_its_limit_keeps_its_numbers_and_a_question_its_welsh_text() {
    var tooLong =
        FreeText.counted("body", ProblemSubject.YOUR_MESSAGE, "a".repeat(5_210), 5_000).get();
    assertThat(tooLong.message())
        .isEqualTo("Your message can be up to 5,000 characters: it has 5,210");
    assertThat(ProblemWords.of(tooLong, WELSH))
        .isEqualTo("Gall eich neges fod hyd at 5,000 nod o hyd: mae'n 5,210 nod ar hyn o bryd");

    var texts = new java.util.LinkedHashMap<Language, String>();
    texts.put(Language.ENGLISH, "Who?");
    texts.put(Language.WELSH, "Pwy?");
    var question = Words.of(texts);
    var unanswered = FieldProblem.of("answers.who", ProblemCode.UNANSWERED, question);
    assertThat(unanswered.message()).isEqualTo("Answer the question \u201cWho?\u201d");
    assertThat(ProblemWords.of(unanswered, WELSH)).isEqualTo("Atebwch y cwestiwn \u201cPwy?\u201d");
  }

  @Test
  void a_staff_members_free_text_and_a_refusal_are_said_in_the_page_language() {
    var blank = FreeText.problem("body", ProblemSubject.NOTE, " ".strip(), 10).get();
    assertThat(ProblemWords.of(blank, ENGLISH)).isEqualTo("The note must not be blank");
    assertThat(ProblemWords.of(blank, WELSH)).isEqualTo("Ysgrifennwch y nodyn");
    var long_ = FreeText.problem("reason", ProblemSubject.REASON, "a".repeat(1001), 1000).get();
    assertThat(long_.message()).isEqualTo("The reason must be at most 1000 characters");
    assertThat(ProblemWords.of(long_, WELSH)).isEqualTo("Gall y rheswm fod hyd at 1000 nod o hyd");

    var closed = Failure.Refused.of(ProblemCode.REPORT_CLOSED);
    assertThat(ProblemWords.of(closed, ENGLISH)).isEqualTo(closed.reason());
    assertThat(ProblemWords.of(closed, WELSH)).startsWith("Mae'r achos hwn wedi'i gau");
  }

  @Test
  void a_refusal_listing_its_reasons_says_each_of_them_in_the_language() {
    var kept = FieldProblem.of("questions", ProblemCode.MUST_KEEP, "where");
    var refused = Failure.Refused.of(ProblemCode.VERSION_UNSTABLE, "3", List.of(kept, kept));
    assertThat(refused.reason())
        .isEqualTo(
            "Version 3 cannot be put in use: Must keep the question \"where\": trends,"
                + " safeguarding or pattern alerts depend on it; Must keep the question"
                + " \"where\": trends, safeguarding or pattern alerts depend on it");
    assertThat(ProblemWords.of(refused, ENGLISH)).isEqualTo(refused.reason());
    assertThat(ProblemWords.of(refused, WELSH))
        .startsWith(
            "Does dim modd defnyddio fersiwn 3: Rhaid cadw'r cwestiwn \"where\": mae tueddiadau,"
                + " diogelu neu rybuddion patrwm yn dibynnu arno; Rhaid cadw'r cwestiwn");
  }

  @Test
  void a_number_of_options_takes_its_plural_and_an_entry_its_subject_in_each_language() {
    var one = Failure.Refused.of(ProblemCode.VERSION_DROPS_SIGNALS, "4", 1);
    assertThat(one.reason()).startsWith("Version 4 would stop 1 option raising");
    assertThat(ProblemWords.of(one, WELSH)).startsWith("Byddai fersiwn 4 yn atal 1 opsiwn rhag");
    var two = Failure.Refused.of(ProblemCode.VERSION_DROPS_SIGNALS, "4", 2);
    assertThat(ProblemWords.of(two, ENGLISH)).startsWith("Version 4 would stop 2 options raising");

    var blank = FreeText.problem("outcomes[0]", ProblemSubject.ENTRY, "", 80).get();
    assertThat(blank.message()).isEqualTo("The entry must not be blank");
    assertThat(ProblemWords.of(blank, WELSH)).isEqualTo("Ysgrifennwch y cofnod");
  }

  @Test
  void a_problem_named_with_words_alone_is_shown_as_written() {
    var own = new FieldProblem("answers", "An embedder's own sentence");
    assertThat(ProblemWords.of(own, WELSH)).isEqualTo("An embedder's own sentence");
    assertThat(ProblemWords.of(new Failure.Refused("Not today"), WELSH)).isEqualTo("Not today");
  }

  /** Arguments of the kinds the code's English takes: a number where it says one, else a text. */
  private static List<Object> samples(ProblemCode code) {
    var english = code.english(List.of());
    var places = new ArrayList<Object>();
    var matcher = PLACE.matcher(english);
    while (matcher.find()) {
      int index = Integer.parseInt(matcher.group(1));
      while (places.size() <= index) {
        places.add("Sample");
      }
      if (matcher.group(2) != null) {
        places.set(index, 1234 + index);
      }
    }
    // The patterns are valid MessageFormat in English.
    new MessageFormat(english);
    return places;
  }

  /** What the domain says of contact details, answers and texts a reporter may get wrong. */
  private static List<FieldProblem> reporterProblems() {
    var problems = new ArrayList<FieldProblem>();
    contact(problems, "", null, null);
    contact(problems, "Sam", "not an email", "call me");
    contact(problems, "n".repeat(500), "e".repeat(500) + "@example.ac.uk", "1".repeat(500));
    var questionnaire = DefaultQuestionnaire.standard();
    for (var raw :
        List.of(
            Map.<String, RawAnswer>of(),
            Map.of("incident-type", RawAnswer.of("no-such-option")),
            Map.of("where", RawAnswer.of("online", "off-campus")),
            Map.of("when", RawAnswer.of("2999-01-01")),
            Map.of("when", RawAnswer.of("1850-01")),
            Map.of("when", RawAnswer.of("2026-13")),
            Map.of("when", RawAnswer.of("yesterday")),
            Map.of("location-detail", RawAnswer.of("x".repeat(600))),
            Map.of("location-detail", RawAnswer.of("a\u0000b")))) {
      if (questionnaire.interpret(raw, TODAY) instanceof Interpretation.Invalid invalid) {
        problems.addAll(invalid.problems());
      }
    }
    for (var what :
        List.of(
            ProblemSubject.ACCOUNT, ProblemSubject.YOUR_MESSAGE, ProblemSubject.YOUR_PREFERENCE)) {
      FreeText.counted("x", what, "", 10).ifPresent(problems::add);
      FreeText.counted("x", what, "a".repeat(11), 10).ifPresent(problems::add);
      FreeText.counted("x", what, "a\u0001", 10).ifPresent(problems::add);
    }
    return problems;
  }

  private static void contact(
      List<FieldProblem> problems, String name, String email, String phone) {
    if (ContactDetails.check(name, email, phone) instanceof ContactDetails.Check.Invalid invalid) {
      problems.addAll(invalid.problems());
    }
  }
}
