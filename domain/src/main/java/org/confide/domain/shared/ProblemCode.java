package org.confide.domain.shared;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;

/**
 * Every problem Confide's own checks can tell a person of, by a stable name, with its words in
 * English. A {@link FieldProblem} and a use case's refusal carry one with its arguments; an adapter
 * says it in a person's language from its own words, found by {@link #code()} ({@code
 * problem.<code>} in the web adapter's bundles), and the domain says it in English ({@link
 * #english(List)}) for the problem's message.
 *
 * <p>The arguments a code's words name are particulars, never what the person typed: numbers (a
 * limit, a length), ids, a {@link ProblemSubject}, or a {@link Translated} text (a question).
 */
public enum ProblemCode {
  /** &#123;0&#125; must not be blank. */
  BLANK("blank", "{0} must not be blank"),
  /** &#123;0&#125; must not contain control characters. */
  CONTROL("control", "{0} must not contain control characters"),
  /** &#123;0&#125; must be at most &#123;1&#125; characters. */
  AT_MOST("atMost", "{0} must be at most {1,number,#} characters"),
  /** &#123;0&#125; can be up to &#123;1&#125; characters: it has &#123;2&#125;. */
  TOO_LONG("tooLong", "{0} can be up to {1,number,integer} characters: it has {2,number,integer}"),
  /** Answer the question “&#123;0&#125;”. */
  UNANSWERED("unanswered", "Answer the question “{0}”"),
  /** Your answer to “&#123;0&#125;” can be up to &#123;1&#125; characters: it has &#123;2&#125;. */
  ANSWER_TOO_LONG(
      "answerTooLong",
      "Your answer to “{0}” can be up to {1,number,integer} characters: it has {2,number,integer}"),
  /** There is a question id that isn't in this questionnaire. */
  UNKNOWN_QUESTION_ID(
      "answers.unknownId", "There is a question id that isn't in this questionnaire"),
  /** There is no question '&#123;0&#125;' in this questionnaire. */
  UNKNOWN_QUESTION("answers.unknown", "There is no question ''{0}'' in this questionnaire"),
  /** This question takes one answer. */
  ONE_ANSWER("oneAnswer", "This question takes one answer"),
  /** Choose only one of the options. */
  CHOICE_ONLY_ONE("choice.onlyOne", "Choose only one of the options"),
  /** Choose one of the options. */
  CHOICE_ONE("choice.one", "Choose one of the options"),
  /** Choose from the options given. */
  CHOICE_GIVEN("choice.given", "Choose from the options given"),
  /** Choose each option only once. */
  CHOICE_ONCE("choice.once", "Choose each option only once"),
  /** Enter one date. */
  DATE_ONE("date.one", "Enter one date"),
  /**
   * Enter the date as year-month-day, or year-month if you do not know the day, for example
   * 2024-03-15 or 2024-03, or more-than-a-year-ago.
   */
  DATE_FORM(
      "date.form",
      "Enter the date as year-month-day, or year-month if you do not know the day, for example"
          + " 2024-03-15 or 2024-03, or more-than-a-year-ago"),
  /** This date is in the future. */
  DATE_FUTURE("date.future", "This date is in the future"),
  /** This date is before 1900; please check the year. */
  DATE_BEFORE_1900("date.before1900", "This date is before 1900; please check the year"),
  /** Enter a month from 01 to 12, for example 2024-03. */
  DATE_MONTH("date.month", "Enter a month from 01 to 12, for example 2024-03"),
  /** This contains hidden characters that we can't save; please retype it. */
  HIDDEN("hidden", "This contains hidden characters that we can't save; please retype it"),
  /** Tell us what to call you. */
  CONTACT_NAME("contact.name", "Tell us what to call you"),
  /** Give an email address or a phone number, or both. */
  CONTACT_EMAIL_OR_PHONE(
      "contact.emailOrPhone", "Give an email address or a phone number, or both"),
  /** Enter an email address like name{@literal @}example.ac.uk. */
  CONTACT_EMAIL("contact.email", "Enter an email address like name@example.ac.uk"),
  /** Enter a phone number using digits, spaces and an optional +. */
  CONTACT_PHONE("contact.phone", "Enter a phone number using digits, spaces and an optional +"),
  /** An anonymous report keeps no contact details: leave them out, or choose to give them. */
  CONTACT_ANONYMOUS(
      "contact.anonymous",
      "An anonymous report keeps no contact details: leave them out, or choose to give them"),
  /** Give your contact details, or choose to tell us anonymously. */
  CONTACT_MISSING("contact.missing", "Give your contact details, or choose to tell us anonymously"),
  /**
   * Anonymous messaging is for anonymous reports; with contact details an adviser contacts you
   * directly.
   */
  MESSAGING_NAMED(
      "messaging.named",
      "Anonymous messaging is for anonymous reports; with contact details an adviser contacts you"
          + " directly"),
  /** An adviser can only offer support if you give contact details. */
  SUPPORT_ANONYMOUS(
      "support.anonymous", "An adviser can only offer support if you give contact details"),
  /**
   * Your message contains your access code. Please remove it: the code is your key, and nobody
   * needs it to answer you.
   */
  MESSAGE_CODE(
      "message.code",
      "Your message contains your access code. Please remove it: the code is your key, and nobody"
          + " needs it to answer you"),
  /** This report has since been erased. */
  REPORT_ERASED("report.erased", "This report has since been erased"),
  /**
   * This case has been closed, so messages are no longer read. If you need to tell us something
   * new, please make a new report..
   */
  REPORT_CLOSED(
      "report.closed",
      "This case has been closed, so messages are no longer read. If you need to tell us something"
          + " new, please make a new report."),
  /**
   * Someone else changed this case at the same moment, so nothing was saved. Look at it again, then
   * do what you meant to do if it is still needed..
   */
  CHANGED_MEANWHILE(
      "changedMeanwhile",
      "Someone else changed this case at the same moment, so nothing was saved. Look at it again,"
          + " then do what you meant to do if it is still needed."),
  /** Two-factor sign-in is required of all staff: set it up before anything else. */
  TWO_FACTOR_FIRST(
      "twoFactorFirst",
      "Two-factor sign-in is required of all staff: set it up before anything else"),
  /** Choose an active adviser's email address. */
  ASSIGNEE_NOT_AN_ADDRESS("case.assigneeNotAnAddress", "Choose an active adviser's email address"),
  /** Choose an adviser of this case's team. */
  ASSIGNEE_OTHER_TEAM("case.assigneeOtherTeam", "Choose an adviser of this case's team"),
  /** This adviser is excluded from this case (a conflict of interest): choose another. */
  ASSIGNEE_EXCLUDED(
      "case.assigneeExcluded",
      "This adviser is excluded from this case (a conflict of interest): choose another"),
  /** An outcome and tags are given only when closing a case. */
  ONLY_WHEN_CLOSING(
      "case.onlyWhenClosing", "An outcome and tags are given only when closing a case"),
  /** Choose an adviser by their email address or staff id. */
  ADVISER("case.adviser", "Choose an adviser by their email address or staff id"),
  /** Name who it was referred to, on one line (for example the police force). */
  REFERRED_TO(
      "escalation.referredTo",
      "Name who it was referred to, on one line (for example the police force)"),
  /** Enter the email address the reporter gave, such as sam{@literal @}example.ac.uk. */
  SUBJECT_ACCESS_EMAIL(
      "subjectAccess.email",
      "Enter the email address the reporter gave, such as sam@example.ac.uk");

  private final String code;
  private final String english;

  ProblemCode(String code, String english) {
    this.code = code;
    this.english = english;
  }

  /**
   * The stable name of the problem, the same in every language and every release.
   *
   * @return for example {@code contact.emailOrPhone}
   */
  public String code() {
    return code;
  }

  /**
   * The problem in English, its arguments in their places: a {@link ProblemSubject} by its English,
   * a {@link Translated} text by its first. Words with no arguments are read as written; words with
   * arguments are a {@link MessageFormat} pattern.
   *
   * @param arguments the particulars the words name, in their order
   * @return the sentence
   */
  public String english(List<?> arguments) {
    if (arguments.isEmpty()) {
      return english;
    }
    var said =
        arguments.stream()
            .map(
                argument ->
                    switch (argument) {
                      case ProblemSubject subject -> subject.english();
                      case Translated text -> text.first();
                      default -> argument;
                    })
            .toArray();
    return new MessageFormat(english, Locale.UK).format(said);
  }
}
