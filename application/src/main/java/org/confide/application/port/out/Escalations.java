package org.confide.application.port.out;

import java.util.List;
import java.util.Optional;
import org.confide.domain.safeguarding.Escalation;
import org.confide.domain.safeguarding.EscalationId;
import org.confide.domain.shared.ReportReference;

/** Every escalation raised, open or decided. */
public interface Escalations {

  /** Stores the escalation, replacing what was stored under its id. */
  void save(Escalation escalation);

  /** The escalation with this id. */
  Optional<Escalation> find(EscalationId id);

  /** The escalations of one report, oldest first. */
  List<Escalation> of(ReportReference reference);

  /** Escalations not yet referred or stood down, oldest first. */
  List<Escalation> open();

  /** Whether any escalation was raised on {@code reference}. */
  boolean existsFor(ReportReference reference);

  /** Removes the escalations of one report. */
  void removeAll(ReportReference reference);
}
