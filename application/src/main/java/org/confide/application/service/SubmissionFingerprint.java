package org.confide.application.service;

import java.util.List;
import java.util.Optional;
import java.util.TreeMap;
import org.confide.application.port.in.SubmitReportUseCase.Command;
import org.confide.domain.questionnaire.RawAnswer;

/**
 * Every field of a submission written out unambiguously, so that an idempotency key reused for a
 * different report is told apart from a retry of the same one. Each value is written with its
 * length first and each optional part says whether it is there, so no two different submissions
 * write out alike: not two that differ only in the support request, nor two whose contact details
 * split the same characters differently between name, email and phone.
 */
final class SubmissionFingerprint {

  private final StringBuilder out = new StringBuilder();

  private SubmissionFingerprint() {}

  /** The submission {@code command} written out; digest it before keeping it. */
  static String of(Command command) {
    var fingerprint = new SubmissionFingerprint();
    fingerprint.value(Integer.toString(command.questionnaireVersion().value()));
    var answers = new TreeMap<>(command.answers());
    fingerprint.value(Integer.toString(answers.size()));
    answers.forEach((question, answer) -> {
      fingerprint.value(question);
      fingerprint.values(answer instanceof RawAnswer.Many ? "many" : "one", answer.values());
    });
    fingerprint.optional(command.account());
    fingerprint.flag(command.anonymous());
    fingerprint.flag(command.messaging());
    fingerprint.flag(command.contact().isPresent());
    command
        .contact()
        .ifPresent(contact -> {
          fingerprint.optional(Optional.ofNullable(contact.name()));
          fingerprint.optional(Optional.ofNullable(contact.email()));
          fingerprint.optional(Optional.ofNullable(contact.phone()));
        });
    fingerprint.flag(command.support().isPresent());
    command
        .support()
        .ifPresent(support -> {
          fingerprint.flag(support.wanted());
          fingerprint.optional(support.adviserPreference());
        });
    return fingerprint.out.toString();
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
