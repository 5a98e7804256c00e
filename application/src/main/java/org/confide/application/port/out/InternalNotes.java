package org.confide.application.port.out;

import java.util.List;
import org.confide.domain.shared.ReportReference;
import org.confide.domain.thread.InternalNote;

/** The case team's notes on each report; never shown to the reporter. */
public interface InternalNotes {

  /**
   * Adds a note to the case; notes are never changed once written.
   *
   * @param reference the case
   * @param note the note
   */
  void add(ReportReference reference, InternalNote note);

  /**
   * The notes on a case.
   *
   * @param reference the case
   * @return its notes, oldest first
   */
  List<InternalNote> of(ReportReference reference);

  /**
   * Removes every note on a case, erased or purged.
   *
   * @param reference the case
   */
  void removeAll(ReportReference reference);
}
