package org.confide.adapter.web.pages;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.confide.adapter.web.i18n.Texts;
import org.confide.domain.shared.FieldProblem;

/**
 * What the domain finds wrong with what a reporter sent, in the words of the page's language. The
 * domain words its problems in English, for the API; the pages say each one from the bundles
 * ({@code problem.*}), read from the domain's sentence and the field it names. A sentence not known
 * here is said as "check this answer", never in English on a page in another language.
 */
final class ProblemWords {

  private static final String NUMBER = "([\\d,]+)";

  /** The subject of a sentence about a text, as the domain names it, by its message key. */
  private static final Map<String, String> SUBJECTS =
      Map.of(
          "Your account", "problem.subject.account",
          "Your message", "problem.subject.message",
          "Your name", "problem.subject.name",
          "Your email address", "problem.subject.email",
          "Your phone number", "problem.subject.phone",
          "Your preference", "problem.subject.preference");

  /** The domain's sentences with something in them, in order: the first that matches is said. */
  private static final List<Rule> RULES =
      List.of(
          new Rule("Answer the question \u201c(.+)\u201d", "problem.unanswered", false),
          new Rule(
              "Your answer to \u201c(.+)\u201d can be up to "
                  + NUMBER
                  + " characters: it has "
                  + NUMBER,
              "problem.answerTooLong",
              false),
          new Rule(
              "(.+?) can be up to " + NUMBER + " characters: it has " + NUMBER,
              "problem.tooLong",
              true),
          new Rule("(.+?) must be at most " + NUMBER + " characters", "problem.atMost", true),
          new Rule("(.+?) must not be blank", "problem.blank", true),
          new Rule("(.+?) must not contain control characters", "problem.control", true),
          new Rule("Enter the date as year-month-day.*", "problem.date.form", false));

  /** The domain's sentences said as they are, by their message key. */
  private static final Map<String, String> SENTENCES = sentences();

  private ProblemWords() {}

  private static Map<String, String> sentences() {
    var sentences = new LinkedHashMap<String, String>();
    sentences.put("Tell us what to call you", "problem.contact.name");
    sentences.put(
        "Give an email address or a phone number, or both", "problem.contact.emailOrPhone");
    sentences.put("Enter an email address like name@example.ac.uk", "problem.contact.email");
    sentences.put(
        "Enter a phone number using digits, spaces and an optional +", "problem.contact.phone");
    sentences.put(
        "An anonymous report keeps no contact details: leave them out, or choose to give them",
        "problem.contact.anonymous");
    sentences.put(
        "Give your contact details, or choose to tell us anonymously", "problem.contact.missing");
    sentences.put(
        "Anonymous messaging is for anonymous reports; with contact details an adviser contacts"
            + " you directly",
        "problem.messaging.named");
    sentences.put(
        "An adviser can only offer support if you give contact details",
        "problem.support.anonymous");
    sentences.put(
        "Your message contains your access code. Please remove it: the code is your key, and"
            + " nobody needs it to answer you",
        "problem.message.code");
    sentences.put("This report has since been erased", "report.erased");
    sentences.put(
        "This case has been closed, so messages are no longer read. If you need to tell us"
            + " something new, please make a new report.",
        "myReport.closed");
    sentences.put("This date is in the future", "problem.date.future");
    sentences.put("This date is before 1900; please check the year", "problem.date.before1900");
    sentences.put("Enter a month from 01 to 12, for example 2024-03", "problem.date.month");
    sentences.put("Enter one date", "problem.date.one");
    sentences.put("This question takes one answer", "problem.oneAnswer");
    sentences.put("Choose only one of the options", "problem.choice.onlyOne");
    sentences.put("Choose one of the options", "problem.choice.one");
    sentences.put("Choose from the options given", "problem.choice.given");
    sentences.put("Choose each option only once", "problem.choice.once");
    sentences.put(
        "This contains hidden characters that we can't save; please retype it", "problem.hidden");
    return Map.copyOf(sentences);
  }

  /** {@return {@code problem}'s message in the words of {@code texts}} */
  static String of(FieldProblem problem, Texts texts) {
    return of(problem.message(), texts);
  }

  /** {@return the domain's {@code message} in the words of {@code texts}} */
  static String of(String message, Texts texts) {
    var sentence = SENTENCES.get(message);
    if (sentence != null) {
      return texts.text(sentence);
    }
    for (var rule : RULES) {
      var matched = rule.pattern().matcher(message);
      if (matched.matches()) {
        var said = rule.say(matched, texts);
        if (said != null) {
          return said;
        }
      }
    }
    return texts.text("problem.other");
  }

  /**
   * A sentence of the domain's with parts in it: a question's text (shown as the questionnaire has
   * it), a subject ("Your message"), numbers.
   *
   * @param subject whether the first part is a subject, said in the page's words
   */
  private record Rule(Pattern pattern, String key, boolean subject) {

    Rule(String pattern, String key, boolean subject) {
      this(Pattern.compile(pattern), key, subject);
    }

    /** The sentence in {@code texts}' words, or null when its subject is not one known. */
    String say(Matcher matched, Texts texts) {
      if (matched.groupCount() == 0) {
        return texts.text(key);
      }
      var parts = new Object[matched.groupCount()];
      for (int i = 0; i < parts.length; i++) {
        var part = matched.group(i + 1);
        parts[i] = part.matches("[\\d,]+") ? Long.parseLong(part.replace(",", "")) : part;
      }
      if (subject) {
        var subjectKey = SUBJECTS.get(matched.group(1));
        if (subjectKey == null) {
          return null;
        }
        parts[0] = texts.text(subjectKey);
      }
      return texts.text(key, parts);
    }
  }
}
