package org.confide.adapter.web.pages.view;

import java.util.List;
import java.util.Map;
import org.confide.adapter.web.i18n.AnswerLine;
import org.confide.application.port.in.ViewCaseUseCase.Contact;

/**
 * The page {@code staff/case.jte}; {@code notice} is the message key of what was just done, or
 * null; {@code erasureRequested} is the day the reporter asked for erasure when the case is held
 * for safeguarding, otherwise null; {@code exclusions}, shown to the safeguarding leads alone, says
 * who is excluded from the case for a conflict of interest; {@code closedWith} says (as safe HTML)
 * how a closed case ended (null when nothing was recorded), and {@code outcomes} and {@code tags}
 * are the entries offered when closing it; {@code excludedAdvisers}, for a lead, are the advisers
 * whose exclusion may be lifted (by email address); {@code team} names the case's team (null when
 * it has none), and {@code moveTeams} are the teams it may be moved to (none when the holder may
 * not move it, or no other team is defined), with {@code moveReason} as typed; {@code typed} holds
 * what was typed into the other fields of a form sent back, by field name.
 */
public record CasePage(
    Frame frame,
    String notice,
    List<FormError> errors,
    String reference,
    String received,
    String status,
    String statusText,
    String risk,
    String assignee,
    String me,
    List<AnswerLine> answers,
    String account,
    Contact contact,
    boolean supportRequested,
    String supportPreference,
    boolean twoWay,
    List<MessageLine> messages,
    String dueBy,
    List<NoteLine> notes,
    List<EscalationLine> escalations,
    boolean lead,
    String reply,
    String note,
    String escalate,
    String reason,
    String erasureRequested,
    List<String> exclusions,
    String excludeReason,
    String conflict,
    String closedWith,
    List<Choice> outcomes,
    List<Choice> tags,
    List<Choice> excludedAdvisers,
    String liftReason,
    String entered,
    String team,
    List<Choice> moveTeams,
    String moveReason,
    Map<String, String> typed)
    implements Page {

  public CasePage {
    typed = Map.copyOf(typed);
  }

  /**
   * What was typed into {@code field} of a form sent back (with a problem, or to switch language),
   * for a field no other component holds; empty when nothing was.
   */
  public String typed(String field) {
    return typed.getOrDefault(field, "");
  }

  @Override
  public String template() {
    return "staff/case.jte";
  }

  /** The message of the error that names {@code field}, or null. */
  public String errorFor(String field) {
    return FormError.messageFor(errors, field);
  }
}
