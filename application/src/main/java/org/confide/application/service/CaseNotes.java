package org.confide.application.service;

import java.util.List;
import org.confide.application.port.in.ViewCaseUseCase.Note;
import org.confide.application.port.out.InternalNotes;
import org.confide.application.port.out.StaffDirectory;
import org.confide.domain.shared.ReportReference;
import org.confide.domain.staff.StaffMember;

/** The internal notes of a case as staff read them: oldest first, each with its author's name. */
final class CaseNotes {

  private CaseNotes() {}

  /** The notes of {@code reference}; an author who has left is "Former staff member". */
  static List<Note> of(InternalNotes notes, StaffDirectory staff, ReportReference reference) {
    return notes.of(reference).stream()
        .map(note ->
            new Note(
                staff
                    .find(note.author())
                    .map(StaffMember::displayName)
                    .orElse("Former staff member"),
                note.body().text(),
                note.writtenAt()))
        .toList();
  }
}
