package org.confide.application.port.in;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.confide.application.port.in.ViewCaseUseCase.CaseFile;
import org.confide.domain.shared.ReportReference;

/**
 * A staff member exports a case file for a formal process (a disciplinary hearing, a complaint, a
 * referral): the answers, the account, who reported, the thread, the escalations and their
 * decisions, the closure, and the internal notes only when asked for. Every export is audited with
 * who made it, and its reason is kept as an internal note of the case.
 */
public interface ExportCaseUseCase {

  /**
   * The case file to export, if the session's holder may open the case; a case they may not open is
   * {@link Failure.NotFound}, exactly as one that does not exist. A missing or overlong reason is
   * {@link Failure.Invalid} on {@code reason}, and nothing is kept or audited.
   *
   * @param session the acting staff member's session, from {@link LogInStaffUseCase}
   * @param command which case, why, and whether with the internal notes
   * @return the export, or why not (one of {@link NoteFailure})
   */
  Outcome<CaseExport, NoteFailure> export(SessionToken session, Command command);

  /**
   * Which case, why, and whether with the internal notes.
   *
   * @param reference the case
   * @param reason why it is exported, as typed (for whom, for which process): kept as an internal
   *     note of the case, never in the audit trail
   * @param includeNotes whether the export holds the internal notes
   */
  record Command(ReportReference reference, String reason, boolean includeNotes) {
    /**
     * Refuses a missing component.
     *
     * @throws NullPointerException if a component is null
     */
    public Command {
      Objects.requireNonNull(reference, "reference must not be null");
      Objects.requireNonNull(reason, "reason must not be null");
    }

    @Override
    public String toString() {
      return "Command[" + reference + ", includeNotes=" + includeNotes + "]";
    }
  }

  /**
   * A case file as exported.
   *
   * @param file the case file; its notes are empty unless they were asked for
   * @param closure how the case was closed, if it is closed
   * @param notesIncluded whether the notes were asked for
   * @param exportedBy the name of the staff member who exported it
   * @param exportedAt when
   * @param reason why, as they gave it
   */
  record CaseExport(
      CaseFile file,
      Optional<CaseClosure> closure,
      boolean notesIncluded,
      String exportedBy,
      Instant exportedAt,
      String reason) {
    /**
     * Refuses a missing component.
     *
     * @throws NullPointerException if a component is null
     */
    public CaseExport {
      Objects.requireNonNull(file, "file must not be null");
      Objects.requireNonNull(closure, "closure must be Optional, not null");
      Objects.requireNonNull(exportedBy, "exported by must not be null");
      Objects.requireNonNull(exportedAt, "exported at must not be null");
      Objects.requireNonNull(reason, "reason must not be null");
    }

    @Override
    public String toString() {
      return "CaseExport[" + file.reference() + "]";
    }
  }
}
