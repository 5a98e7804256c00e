package org.confide.adapter.web.api;

import java.time.Instant;
import java.util.List;
import org.confide.application.port.in.ViewCaseUseCase;

/** A whole case as staff may know it. */
record CaseResponse(
    String reference,
    Instant receivedAt,
    String status,
    String assignee,
    String risk,
    List<ReporterApi.AnswerResponse> answers,
    String account,
    ContactResponse contact,
    boolean supportRequested,
    String supportPreference,
    boolean twoWayMessaging,
    List<ReporterApi.MessageResponse> messages,
    Instant responseDueBy,
    List<NoteResponse> notes,
    List<EscalationResponse> escalations,
    Instant erasureRequestedAt,
    OutcomesApi.ClosedWithResponse outcome,
    String channel,
    String enteredBy) {
  static CaseResponse of(ViewCaseUseCase.CaseFile file) {
    return new CaseResponse(
        file.reference().display(),
        file.receivedAt(),
        file.status().name(),
        file.assignee().orElse(null),
        file.risk().name(),
        file.answers().stream().map(ReporterApi.AnswerResponse::of).toList(),
        file.account().orElse(null),
        file.contact().map(ContactResponse::of).orElse(null),
        file.supportRequested(),
        file.supportPreference().orElse(null),
        file.twoWayMessaging(),
        file.thread().messages().stream().map(ReporterApi.MessageResponse::of).toList(),
        file.thread().responseDueBy().orElse(null),
        file.notes().stream().map(NoteResponse::of).toList(),
        file.escalations().stream().map(EscalationResponse::of).toList(),
        file.erasureRequestedAt().orElse(null),
        file.outcome().map(OutcomesApi.ClosedWithResponse::of).orElse(null),
        file.entered().map(entered -> entered.channel().code()).orElse(null),
        file.entered().map(ViewCaseUseCase.Entered::enteredBy).orElse(null));
  }

  @Override
  public String toString() {
    return "CaseResponse[" + reference + "]";
  }

  /** A named reporter's contact details. */
  record ContactResponse(String name, String email, String phone) {
    static ContactResponse of(ViewCaseUseCase.Contact contact) {
      return new ContactResponse(
          contact.name(), contact.email().orElse(null), contact.phone().orElse(null));
    }

    @Override
    public String toString() {
      return "ContactResponse[hidden]";
    }
  }

  /** An internal note. */
  record NoteResponse(String author, String body, Instant writtenAt) {
    static NoteResponse of(ViewCaseUseCase.Note note) {
      return new NoteResponse(note.author(), note.body(), note.writtenAt());
    }

    @Override
    public String toString() {
      return "NoteResponse[hidden]";
    }
  }

  /** An escalation of a case with its steps. */
  record EscalationResponse(
      String id,
      String status,
      Instant raisedAt,
      Instant acknowledgementDueBy,
      List<String> steps) {
    static EscalationResponse of(ViewCaseUseCase.EscalationSummary summary) {
      return new EscalationResponse(
          summary.id().toString(),
          summary.status().name(),
          summary.raisedAt(),
          summary.acknowledgementDueBy().orElse(null),
          summary.steps());
    }
  }
}
