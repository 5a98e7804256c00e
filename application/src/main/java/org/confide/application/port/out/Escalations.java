package org.confide.application.port.out;

import java.util.List;
import java.util.Optional;
import org.confide.domain.safeguarding.Escalation;
import org.confide.domain.safeguarding.EscalationId;
import org.confide.domain.shared.ReportReference;

/** Every escalation raised, open or decided. */
public interface Escalations {

  /**
   * Stores the escalation, replacing what was stored under its id.
   *
   * @param escalation the escalation, with its whole history
   */
  void save(Escalation escalation);

  /**
   * The escalation with this id.
   *
   * @param id the escalation's id
   * @return the escalation as last saved; empty if there is none
   */
  Optional<Escalation> find(EscalationId id);

  /**
   * The escalations of one report.
   *
   * @param reference the report
   * @return its escalations, open or closed, oldest first
   */
  List<Escalation> of(ReportReference reference);

  /** {@return the escalations not yet referred or stood down, oldest first} */
  List<Escalation> open();

  /**
   * Whether any escalation was raised on a report, open or closed.
   *
   * @param reference the report
   * @return true if one was
   */
  boolean existsFor(ReportReference reference);

  /**
   * Removes the escalations of one report, erased or purged.
   *
   * @param reference the report
   */
  void removeAll(ReportReference reference);
}
