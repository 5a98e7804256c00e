package org.confide.adapter.web.pages;

import static org.confide.adapter.web.pages.ReportForm.ACCOUNT;
import static org.confide.adapter.web.pages.ReportForm.ANONYMITY;
import static org.confide.adapter.web.pages.ReportForm.ANSWER;
import static org.confide.adapter.web.pages.ReportForm.CONTACT_EMAIL;
import static org.confide.adapter.web.pages.ReportForm.CONTACT_NAME;
import static org.confide.adapter.web.pages.ReportForm.CONTACT_PHONE;
import static org.confide.adapter.web.pages.ReportForm.MESSAGING;
import static org.confide.adapter.web.pages.ReportForm.PREFERENCE;
import static org.confide.adapter.web.pages.ReportForm.SUPPORT;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.confide.adapter.web.i18n.Shown;
import org.confide.adapter.web.i18n.Texts;
import org.confide.adapter.web.pages.view.Choice;
import org.confide.adapter.web.pages.view.Field;
import org.confide.adapter.web.pages.view.FormError;
import org.confide.domain.questionnaire.Question;
import org.confide.domain.questionnaire.QuestionKind;
import org.confide.domain.report.Account;
import org.confide.domain.report.ContactDetails;
import org.confide.domain.report.SupportRequest;
import org.confide.domain.shared.Language;

/**
 * The fields of the report form as its pages show them, each holding what was posted and the
 * problem beside it, in the words of the page's language; the contact fields serve the page for
 * sharing contact details later too.
 */
final class ReportFields {

  private final Function<String, List<String>> values;
  private final Texts texts;

  /** Fields holding {@code values}, what was posted under each field name, in {@code texts}. */
  ReportFields(Function<String, List<String>> values, Texts texts) {
    this.values = values;
    this.texts = texts;
  }

  /** The field of the reporter's own account. */
  Field accountField(Map<String, String> errors) {
    return new Field(
        ACCOUNT,
        anchor(ACCOUNT),
        Shown.inPage(texts.text("report.account.question")),
        Optional.of(
            Shown.inPage(
                texts.text(
                    "report.account.hint",
                    org.confide.adapter.web.security.FormTokens.VISIT_HOURS))),
        "text",
        false,
        List.of(),
        first(ACCOUNT),
        Account.MAX_LENGTH,
        Optional.ofNullable(errors.get(ACCOUNT)),
        List.of());
  }

  Field anonymityField(Map<String, String> errors) {
    return choice(
        ANONYMITY,
        texts.text("report.anonymity.question"),
        Optional.empty(),
        true,
        List.of(
            new Choice("anonymous", texts.text("report.anonymity.anonymous"), false),
            new Choice("named", texts.text("report.anonymity.named"), false)),
        errors);
  }

  Field messagingField(Map<String, String> errors) {
    return choice(
        MESSAGING,
        texts.text("report.messaging.question"),
        Optional.empty(),
        true,
        List.of(
            new Choice("yes", texts.text("report.messaging.yes"), false),
            new Choice("no", texts.text("report.messaging.no"), false)),
        errors);
  }

  List<Field> contactFields(Map<String, String> errors) {
    // The name is needed, and an email address or a phone number: none is marked "(optional)".
    return List.of(
        line(
            CONTACT_NAME,
            texts.text("report.contact.name"),
            Optional.empty(),
            "line",
            ContactDetails.MAX_NAME_LENGTH,
            true,
            errors),
        line(
            CONTACT_EMAIL,
            texts.text("report.contact.email"),
            Optional.of(texts.text("report.contact.email.hint")),
            "email",
            ContactDetails.MAX_EMAIL_LENGTH,
            true,
            errors),
        line(
            CONTACT_PHONE,
            texts.text("report.contact.phone"),
            Optional.empty(),
            "tel",
            ContactDetails.MAX_PHONE_LENGTH,
            true,
            errors));
  }

  Field supportField(Map<String, String> errors) {
    return choice(
        SUPPORT,
        texts.text("report.support.question"),
        Optional.empty(),
        false,
        List.of(
            new Choice("yes", texts.text("report.support.yes"), false),
            new Choice("no", texts.text("report.support.no"), false)),
        errors);
  }

  Field preferenceField(Map<String, String> errors) {
    return line(
        PREFERENCE,
        texts.text("report.preference.question"),
        Optional.of(texts.text("report.preference.hint")),
        "line",
        SupportRequest.MAX_PREFERENCE_LENGTH,
        false,
        errors);
  }

  /** The form's element id for a field name: the summary links to it. */
  static String anchor(String name) {
    return name.replace('.', '-');
  }

  /**
   * The field of {@code question}, its words in {@code language}, each marked with the language it
   * is in where the version lacks that one.
   */
  Field question(Question question, Map<String, String> errors, Language language) {
    var shown = Shown.in(language);
    var name = ANSWER + question.id().value();
    var given = values.apply(name);
    var kind =
        switch (question.kind()) {
          case SINGLE_CHOICE -> "single";
          case MULTIPLE_CHOICE -> "multiple";
          case DATE -> "date";
          case TEXT -> "text";
        };
    var choices =
        question.kind() == QuestionKind.DATE
            ? List.of(new DateParts(name).longAgo(this::first, texts))
            : question.options().stream()
                .map(o ->
                    Choice.of(
                        o.id().value(), shown.apply(o.label()), given.contains(o.id().value())))
                .toList();
    return new Field(
        name,
        anchor(name),
        shown.apply(question.text()),
        question.hint().map(shown),
        kind,
        question.required(),
        choices,
        question.kind().isChoice() || given.isEmpty() ? "" : given.getFirst(),
        question.maxLength().orElse(0),
        Optional.ofNullable(errors.get(name)),
        question.kind() == QuestionKind.DATE
            ? new DateParts(name).boxes(this::first, texts)
            : List.of());
  }

  /** A choice of {@code options}, holding what was posted under {@code name}. */
  Field choice(
      String name,
      String text,
      Optional<String> hint,
      boolean required,
      List<Choice> options,
      Map<String, String> errors) {
    var chosen = first(name);
    var choices =
        options.stream()
            .map(c -> new Choice(c.value(), c.label(), c.value().equals(chosen), c.lang()))
            .toList();
    return new Field(
        name,
        anchor(name),
        Shown.inPage(text),
        hint.map(Shown::inPage),
        "single",
        required,
        choices,
        "",
        0,
        Optional.ofNullable(errors.get(name)),
        List.of());
  }

  /** A box for a line or more of text, holding what was posted under {@code name}. */
  Field line(
      String name,
      String text,
      Optional<String> hint,
      String kind,
      int maxLength,
      boolean required,
      Map<String, String> errors) {
    return new Field(
        name,
        anchor(name),
        Shown.inPage(text),
        hint.map(Shown::inPage),
        kind,
        required,
        List.of(),
        first(name),
        maxLength,
        Optional.ofNullable(errors.get(name)),
        List.of());
  }

  /** {@code problems} as the error summary lists them, in the order of the page. */
  static List<FormError> summary(Map<String, String> problems) {
    return problems.entrySet().stream()
        .map(e -> new FormError(anchor(e.getKey()), e.getValue()))
        .toList();
  }

  /** The choice of how to tell us, in words, for the check before sending. */
  String choiceInWords() {
    return texts.text(
        switch (first(ANONYMITY)) {
          case "named" -> "report.review.named";
          case "anonymous" -> "report.review.anonymous";
          default -> "report.review.notChosen";
        });
  }

  /**
   * Keeping in touch in words, for the check before sending; {@code detailsNotSent} adds that the
   * contact details typed before choosing to stay anonymous will not be sent.
   */
  String touchInWords(boolean detailsNotSent) {
    return switch (first(ANONYMITY)) {
      case "named" -> {
        var parts =
            java.util.stream.Stream.of(
                    first(CONTACT_NAME), first(CONTACT_EMAIL), first(CONTACT_PHONE))
                .filter(p -> !p.isBlank())
                .collect(
                    java.util.stream.Collectors.joining(texts.text("report.review.separator")));
        yield texts.text(
            first(SUPPORT).equals("yes")
                ? "report.review.contactAndSupport"
                : "report.review.contact",
            parts);
      }
      case "anonymous" ->
          texts.text(
                  first(MESSAGING).equals("yes")
                      ? "report.review.withCode"
                      : "report.review.withoutReply")
              + (detailsNotSent ? " " + texts.text("report.review.detailsNotSent") : "");
      default -> texts.text("report.review.notChosen");
    };
  }

  private String first(String name) {
    return values.apply(name).stream().findFirst().orElse("");
  }

  @Override
  public String toString() {
    return "ReportFields[hidden]";
  }
}
