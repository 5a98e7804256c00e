package org.confide.adapter.web.rendering;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.confide.application.port.in.CaseClosure;
import org.confide.application.port.in.ExportReporterDataUseCase.ReporterData;
import org.confide.application.port.in.ViewCaseUseCase.CaseFile;
import org.confide.domain.thread.AuthorSide;

/**
 * What is held about a named reporter as JSON, for the API and the subject access page alike: plain
 * records mapped explicitly from the use case's answer, so that no domain object is serialised.
 */
public final class ReporterDataJson {

  private ReporterDataJson() {}

  /**
   * The body of a subject access export.
   *
   * @param data what is held
   * @return the body to write as JSON
   */
  public static Body of(ReporterData data) {
    return Body.of(data);
  }

  /**
   * What is held about a reporter.
   *
   * @param email the address asked for
   * @param exportedAt when
   * @param exportedBy who exported it
   * @param withheld how many reports the exporter is excluded from
   * @param reports each report held
   */
  public record Body(
      String email,
      Instant exportedAt,
      String exportedBy,
      int withheld,
      List<HeldReportResponse> reports) {
    static Body of(ReporterData data) {
      return new Body(
          data.email(),
          data.exportedAt(),
          data.exportedBy(),
          data.withheld(),
          data.reports().stream()
              .map(report -> HeldReportResponse.of(report.file(), report.closure()))
              .toList());
    }
  }

  /**
   * One report of the reporter, as held.
   *
   * @param reference the report's reference
   * @param receivedAt when it arrived
   * @param status new, open or closed
   * @param answers the answers with the words the reporter saw
   * @param account their account, or null
   * @param contact their contact details, or null
   * @param supportRequested whether they asked for an adviser's support
   * @param supportPreference whom they would like support from, or null
   * @param messages the thread, oldest first; staff by role, never by name
   * @param escalations the escalations and their steps
   * @param closure how the case was closed, or null
   * @param erasureRequestedAt when they asked for erasure, if the report is held, or null
   */
  public record HeldReportResponse(
      String reference,
      Instant receivedAt,
      String status,
      List<AnswerResponse> answers,
      String account,
      ContactResponse contact,
      boolean supportRequested,
      String supportPreference,
      List<MessageResponse> messages,
      List<EscalationResponse> escalations,
      ClosureResponse closure,
      Instant erasureRequestedAt) {
    static HeldReportResponse of(CaseFile file, Optional<CaseClosure> closure) {
      return new HeldReportResponse(
          file.reference().display(),
          file.receivedAt(),
          file.status().name(),
          file.answers().stream()
              .map(a ->
                  new AnswerResponse(
                      a.question().value(), a.questionText().first(), a.answerFirst()))
              .toList(),
          file.account().orElse(null),
          file.contact()
              .map(c ->
                  new ContactResponse(c.name(), c.email().orElse(null), c.phone().orElse(null)))
              .orElse(null),
          file.supportRequested(),
          file.supportPreference().orElse(null),
          file.thread().messages().stream()
              // Staff appear to the reporter by role, never by name, here as in their thread.
              .map(m ->
                  new MessageResponse(
                      m.from() == AuthorSide.REPORTER ? "REPORTER" : "STAFF", m.body(), m.sentAt()))
              .toList(),
          file.escalations().stream()
              .map(e -> new EscalationResponse(e.status().name(), e.raisedAt(), e.steps()))
              .toList(),
          closure.map(c -> new ClosureResponse(c.closedAt(), c.reason().orElse(null))).orElse(null),
          file.erasureRequestedAt().orElse(null));
    }
  }

  /**
   * An answer with the words the reporter saw.
   *
   * @param question the question's id
   * @param text the question
   * @param answer the answer in words
   */
  public record AnswerResponse(String question, String text, List<String> answer) {}

  /**
   * The contact details the reporter gave.
   *
   * @param name their name
   * @param email their email, or null
   * @param phone their phone, or null
   */
  public record ContactResponse(String name, String email, String phone) {}

  /**
   * A message of the thread.
   *
   * @param from REPORTER or STAFF
   * @param body what was written
   * @param sentAt when
   */
  public record MessageResponse(String from, String body, Instant sentAt) {}

  /**
   * An escalation and its steps.
   *
   * @param status where it stands
   * @param raisedAt when it was raised
   * @param steps each step in words
   */
  public record EscalationResponse(String status, Instant raisedAt, List<String> steps) {}

  /**
   * How the case was closed.
   *
   * @param closedAt when
   * @param reason the reason given, or null
   */
  public record ClosureResponse(Instant closedAt, String reason) {}
}
