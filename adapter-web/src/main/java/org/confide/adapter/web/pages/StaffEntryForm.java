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

  /** The form of {@code questionnaire} holding {@code posted}, as sent. */
  StaffEntryForm(Questionnaire questionnaire, Map<String, List<String>> posted) {
    this.form = new ReportForm(questionnaire, posted);
    this.posted = posted;
    this.fields = new ReportFields(name -> posted.getOrDefault(name, List.of()));
  }

  /** What is wrong with the answers before the use case reads them (a date's boxes, say). */
  Map<String, String> problems(LocalDate today) {
    var problems = new LinkedHashMap<String, String>();
    if (Channel.read(first(CHANNEL)).isEmpty()) {
      problems.put(CHANNEL, "Choose how they told you");
    }
    for (int step = 1; form.isQuestionStep(step); step++) {
      form.problems(step, today).forEach(problems::putIfAbsent);
    }
    form.problems(form.accountStep(), today).forEach(problems::putIfAbsent);
    var anonymity = first(ANONYMITY);
    if (!anonymity.equals("anonymous") && !anonymity.equals("named")) {
      problems.put(ANONYMITY, "Choose whether they gave their contact details");
    }
    if (!first(TAKE).equals("me") && !first(TAKE).equals("queue")) {
      problems.put(TAKE, "Choose who works the case");
    }
    return problems;
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
        first(TAKE).equals("me"));
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
        "How did they tell you?",
        List.of(
            new Choice(Channel.IN_PERSON.code(), "In person", false),
            new Choice(Channel.PHONE.code(), "By phone", false),
            new Choice(Channel.EMAIL.code(), "By email", false)),
        errors);
  }

  Field account(Map<String, String> errors) {
    return line(
        ACCOUNT,
        "What they told you, in their words as far as you can",
        Optional.of("Write what they said rather than your view of it."),
        "text",
        Account.MAX_LENGTH,
        false,
        errors);
  }

  Field anonymity(Map<String, String> errors) {
    return choice(
        ANONYMITY,
        "Did they give their contact details?",
        List.of(
            new Choice("named", "Yes, so that an adviser can contact them", false),
            new Choice("anonymous", "No, they chose to stay anonymous", false)),
        errors);
  }

  List<Field> contact(Map<String, String> errors) {
    return List.of(
        line(
            CONTACT_NAME,
            "Their name",
            Optional.empty(),
            "line",
            ContactDetails.MAX_NAME_LENGTH,
            true,
            errors),
        line(
            CONTACT_EMAIL,
            "Their email address",
            Optional.of("An email address or a phone number, or both."),
            "email",
            ContactDetails.MAX_EMAIL_LENGTH,
            true,
            errors),
        line(
            CONTACT_PHONE,
            "Their phone number",
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
            "Would they like an adviser to offer them support?",
            List.of(new Choice("yes", "Yes", false), new Choice("no", "Not now", false)),
            errors),
        line(
            PREFERENCE,
            "Anything we should know about who supports them?",
            Optional.of("For example, that they would prefer to speak to a woman."),
            "line",
            SupportRequest.MAX_PREFERENCE_LENGTH,
            false,
            errors));
  }

  Field take(Map<String, String> errors) {
    return choice(
        TAKE,
        "Who works the case?",
        List.of(
            new Choice("me", "I will work it myself", false),
            new Choice("queue", "Leave it in the team's queue", false)),
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
