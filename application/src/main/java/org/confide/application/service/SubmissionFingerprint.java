package org.confide.application.service;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.confide.application.port.in.EnterReportUseCase;
import org.confide.application.port.in.SubmitReportUseCase.Command;
import org.confide.application.port.in.SubmitReportUseCase.ContactInput;
import org.confide.application.port.in.SubmitReportUseCase.SupportInput;
import org.confide.domain.questionnaire.QuestionnaireVersion;
import org.confide.domain.questionnaire.RawAnswer;

/**
 * Every field of a submission written out unambiguously, so that an idempotency key reused for a
 * different report is told apart from a retry of the same one. Each value is written with its
 * length first and each optional part says whether it is there, so no two different submissions
 * write out alike: not two that differ only in the support request, nor two whose contact details
 * split the same characters differently between name, email and phone. A report entered by staff is
 * written out the same way, with its channel and who works it after.
 */
final class SubmissionFingerprint {

  private final StringBuilder out = new StringBuilder();

  private SubmissionFingerprint() {}

  /** The submission {@code command} written out; digest it before keeping it. */
  static String of(Command command) {
    return written(
            command.questionnaireVersion(),
            command.answers(),
            command.account(),
            command.anonymous(),
            command.messaging(),
            command.contact(),
            command.support())
        .out
        .toString();
  }

  /** The report entered by staff {@code command} written out; digest it before keeping it. */
  static String of(EnterReportUseCase.Command command) {
    var fingerprint =
        written(
            command.questionnaireVersion(),
            command.answers(),
            command.account(),
            command.anonymous(),
            false,
            command.contact(),
            command.support());
    fingerprint.value(command.channel().code());
    fingerprint.flag(command.take());
    return fingerprint.out.toString();
  }

  private static SubmissionFingerprint written(
      QuestionnaireVersion version,
      Map<String, RawAnswer> given,
      Optional<String> account,
      boolean anonymous,
      boolean messaging,
      Optional<ContactInput> contact,
      Optional<SupportInput> support) {
    var fingerprint = new SubmissionFingerprint();
    fingerprint.value(Integer.toString(version.value()));
    var answers = new TreeMap<>(given);
    fingerprint.value(Integer.toString(answers.size()));
    answers.forEach((question, answer) -> {
      fingerprint.value(question);
      fingerprint.values(answer instanceof RawAnswer.Many ? "many" : "one", answer.values());
    });
    fingerprint.optional(account);
    fingerprint.flag(anonymous);
    fingerprint.flag(messaging);
    fingerprint.flag(contact.isPresent());
    contact.ifPresent(details -> {
      fingerprint.optional(Optional.ofNullable(details.name()));
      fingerprint.optional(Optional.ofNullable(details.email()));
      fingerprint.optional(Optional.ofNullable(details.phone()));
    });
    fingerprint.flag(support.isPresent());
    support.ifPresent(wanted -> {
      fingerprint.flag(wanted.wanted());
      fingerprint.optional(wanted.adviserPreference());
    });
    return fingerprint;
  }

  private void value(String value) {
    out.append(value.length()).append(':').append(value);
  }

  private void values(String kind, List<String> values) {
    value(kind);
    value(Integer.toString(values.size()));
    values.forEach(this::value);
  }

  private void optional(Optional<String> value) {
    flag(value.isPresent());
    value.ifPresent(this::value);
  }

  private void flag(boolean flag) {
    out.append(flag ? 'T' : 'F');
  }
}
