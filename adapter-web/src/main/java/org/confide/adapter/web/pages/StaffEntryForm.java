package org.confide.adapter.web.pages;

import static org.confide.adapter.web.pages.ReportForm.ACCOUNT;
import static org.confide.adapter.web.pages.ReportForm.ANONYMITY;
import static org.confide.adapter.web.pages.ReportForm.CONTACT_EMAIL;
import static org.confide.adapter.web.pages.ReportForm.CONTACT_NAME;
import static org.confide.adapter.web.pages.ReportForm.CONTACT_PHONE;
import static org.confide.adapter.web.pages.ReportForm.PREFERENCE;
import static org.confide.adapter.web.pages.ReportForm.SUPPORT;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.confide.adapter.web.i18n.Texts;
import org.confide.adapter.web.pages.view.Choice;
import org.confide.adapter.web.pages.view.Field;
import org.confide.application.port.in.EnterReportUseCase;
import org.confide.application.port.in.SubmitReportUseCase;
import org.confide.domain.questionnaire.Questionnaire;
import org.confide.domain.report.Account;
import org.confide.domain.report.Channel;
import org.confide.domain.report.ContactDetails;
import org.confide.domain.report.SupportRequest;
import org.confide.domain.shared.Language;

/**
 * The form on which an adviser enters a report for someone who told them: the reporter's form on
 * one page, its questions built by {@link ReportForm} (so the two cannot drift apart), the parts
 * about the person worded for the adviser, and the channel and who works the case added.
 */
final class StaffEntryForm {

  static final String CHANNEL = "channel";
  static final String TAKE = "take";

  private final ReportForm form;
  private final ReportFields fields;
  private final Map<String, List<String>> posted;
  private final Texts texts;

  /**
   * The form of {@code questionnaire} holding {@code posted}, as sent, in the words of {@code
   * texts}.
   */
  StaffEntryForm(Questionnaire questionnaire, Map<String, List<String>> posted, Texts texts) {
    this.form = new ReportForm(questionnaire, posted, texts);
    this.posted = posted;
    this.texts = texts;
    this.fields = new ReportFields(name -> posted.getOrDefault(name, List.of()), texts);
  }

  /** What is wrong with the answers before the use case reads them (a date's boxes, say). */
  Map<String, String> problems(LocalDate today) {
    var problems = new LinkedHashMap<String, String>();
    if (Channel.read(first(CHANNEL)).isEmpty()) {
      problems.put(CHANNEL, texts.text("entry.problem.channel"));
    }
    for (int step = 1; form.isQuestionStep(step); step++) {
      form.problems(step, today).forEach(problems::putIfAbsent);
    }
    form.problems(form.accountStep(), today).forEach(problems::putIfAbsent);
    var anonymity = first(ANONYMITY);
    if (!anonymity.equals("anonymous") && !anonymity.equals("named")) {
      problems.put(ANONYMITY, texts.text("entry.problem.anonymity"));
    }
    if (!first(TAKE).equals("me") && !first(TAKE).equals("queue")) {
      problems.put(TAKE, texts.text("entry.problem.take"));
    }
    return problems;
  }

  /**
   * The form's idempotency key, so that the same form sent twice (a double press) enters one
   * report; a fresh one for an empty form.
   */
  String key() {
    return form.key().orElse("");
  }

  /** The command that enters this report; only once {@link #problems} found none. */
  EnterReportUseCase.Command command(int version) {
    boolean anonymous = first(ANONYMITY).equals("anonymous");
    return new EnterReportUseCase.Command(
        org.confide.domain.questionnaire.QuestionnaireVersion.of(version),
        form.rawAnswers(),
        form.account(),
        Channel.read(first(CHANNEL)).orElseThrow(),
        anonymous,
        anonymous
            ? Optional.empty()
            : Optional.of(
                new SubmitReportUseCase.ContactInput(
                    first(CONTACT_NAME), first(CONTACT_EMAIL), first(CONTACT_PHONE))),
        anonymous || !first(SUPPORT).equals("yes")
            ? Optional.empty()
            : Optional.of(
                new SubmitReportUseCase.SupportInput(
                    true, Optional.of(first(PREFERENCE)).filter(p -> !p.isBlank()))),
        first(TAKE).equals("me"),
        form.key());
  }

  /** The questionnaire's questions as the reporter's form shows them, in {@code language}. */
  List<Field> questions(Map<String, String> errors, Language language) {
    var questions = new java.util.ArrayList<Field>();
    for (int step = 1; form.isQuestionStep(step); step++) {
      questions.addAll(form.questionFields(step, errors, language));
    }
    return questions;
  }

  Field channel(Map<String, String> errors) {
    return choice(
        CHANNEL,
        texts.text("entry.channel"),
        List.of(
            new Choice(Channel.IN_PERSON.code(), texts.text("entry.channel.in_person"), false),
            new Choice(Channel.PHONE.code(), texts.text("entry.channel.phone"), false),
            new Choice(Channel.EMAIL.code(), texts.text("entry.channel.email"), false)),
        errors);
  }

  Field account(Map<String, String> errors) {
    return line(
        ACCOUNT,
        texts.text("entry.account"),
        Optional.of(texts.text("entry.account.hint")),
        "text",
        Account.MAX_LENGTH,
        false,
        errors);
  }

  Field anonymity(Map<String, String> errors) {
    return choice(
        ANONYMITY,
        texts.text("entry.anonymity"),
        List.of(
            new Choice("named", texts.text("entry.anonymity.named"), false),
            new Choice("anonymous", texts.text("entry.anonymity.anonymous"), false)),
        errors);
  }

  List<Field> contact(Map<String, String> errors) {
    return List.of(
        line(
            CONTACT_NAME,
            texts.text("entry.name"),
            Optional.empty(),
            "line",
            ContactDetails.MAX_NAME_LENGTH,
            true,
            errors),
        line(
            CONTACT_EMAIL,
            texts.text("subjectAccess.email"),
            Optional.of(texts.text("entry.email.hint")),
            "email",
            ContactDetails.MAX_EMAIL_LENGTH,
            true,
            errors),
        line(
            CONTACT_PHONE,
            texts.text("entry.phone"),
            Optional.empty(),
            "tel",
            ContactDetails.MAX_PHONE_LENGTH,
            true,
            errors));
  }

  List<Field> support(Map<String, String> errors) {
    return List.of(
        choice(
            SUPPORT,
            texts.text("entry.support"),
            List.of(
                new Choice("yes", texts.text("entry.support.yes"), false),
                new Choice("no", texts.text("entry.support.no"), false)),
            errors),
        line(
            PREFERENCE,
            texts.text("entry.preference"),
            Optional.of(texts.text("entry.preference.hint")),
            "line",
            SupportRequest.MAX_PREFERENCE_LENGTH,
            false,
            errors));
  }

  Field take(Map<String, String> errors) {
    return choice(
        TAKE,
        texts.text("entry.take"),
        List.of(
            new Choice("me", texts.text("entry.take.me"), false),
            new Choice("queue", texts.text("entry.take.queue"), false)),
        errors);
  }

  private Field choice(String name, String text, List<Choice> options, Map<String, String> errors) {
    return fields.choice(name, text, Optional.empty(), true, options, errors);
  }

  private Field line(
      String name,
      String text,
      Optional<String> hint,
      String kind,
      int maxLength,
      boolean required,
      Map<String, String> errors) {
    return fields.line(name, text, hint, kind, maxLength, required, errors);
  }

  private String first(String name) {
    return posted.getOrDefault(name, List.of()).stream()
        .filter(value -> !value.isBlank())
        .findFirst()
        .map(value -> value.replace("\r\n", "\n"))
        .orElse("");
  }

  @Override
  public String toString() {
    return "StaffEntryForm[hidden]";
  }
}
