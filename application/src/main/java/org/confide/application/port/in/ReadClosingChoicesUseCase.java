package org.confide.application.port.in;

import java.util.Objects;
import org.confide.domain.outcome.Choices;

/**
 * Staff who close cases, and the administrators who keep the lists, read the outcomes and tags a
 * case can be closed with.
 */
public interface ReadClosingChoicesUseCase {

  /**
   * Both lists in force: the ones last saved, or the defaults (five outcomes, no tags) until an
   * administrator saves one. Open to staff who work cases and to administrators; anyone else is
   * {@link Failure.Forbidden}.
   *
   * @param session the acting staff member's session, from {@link LogInStaffUseCase}
   * @return the lists, or why not (one of {@link StaffDenial})
   */
  Outcome<ClosingChoices, StaffDenial> read(SessionToken session);

  /**
   * The two lists.
   *
   * @param outcomes the outcomes, offered then retired
   * @param tags the tags, offered then retired
   */
  record ClosingChoices(Choices outcomes, Choices tags) {
    /**
     * Refuses a missing component.
     *
     * @throws NullPointerException if a component is null
     */
    public ClosingChoices {
      Objects.requireNonNull(outcomes, "outcomes must not be null");
      Objects.requireNonNull(tags, "tags must not be null");
    }
  }
}
