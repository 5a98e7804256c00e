package org.confide.application.port.out;

import java.util.Optional;
import java.util.Set;
import org.confide.domain.outcome.CaseOutcome;
import org.confide.domain.outcome.ChoiceKey;
import org.confide.domain.outcome.ChoiceList;
import org.confide.domain.outcome.Choices;
import org.confide.domain.shared.ReportReference;

/**
 * The administrator's lists of outcomes and tags, and the outcome and tags each closed case was
 * given. A list nobody saved is not stored (the application uses its default); a case's outcome
 * belongs to its case and goes with it.
 */
public interface Outcomes {

  /**
   * The list as last saved.
   *
   * @param list which list
   * @return its entries, offered then retired, or empty if it was never saved
   */
  Optional<Choices> saved(ChoiceList list);

  /**
   * Saves {@code choices} as the list, replacing the one before, entries and order.
   *
   * @param list which list
   * @param choices its entries
   */
  void replace(ChoiceList list, Choices choices);

  /**
   * The keys of {@code list} that some case's outcome uses.
   *
   * @param list which list
   * @return the outcomes (or tags) given to at least one case; empty if none
   */
  Set<ChoiceKey> inUse(ChoiceList list);

  /**
   * Records how case {@code reference} ended, replacing what was recorded before.
   *
   * @param reference a stored case
   * @param outcome its outcome and tags
   */
  void record(ReportReference reference, CaseOutcome outcome);

  /**
   * How case {@code reference} ended.
   *
   * @param reference a case
   * @return its outcome and tags (the tags in the order recorded), or empty if none is recorded
   */
  Optional<CaseOutcome> of(ReportReference reference);

  /**
   * Forgets how case {@code reference} ended: when it reopens, or is purged or erased.
   *
   * @param reference a case
   */
  void clear(ReportReference reference);
}
