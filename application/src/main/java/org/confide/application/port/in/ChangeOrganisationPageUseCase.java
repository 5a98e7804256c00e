package org.confide.application.port.in;

import java.util.Objects;
import org.confide.domain.content.OrganisationPage;
import org.confide.domain.content.PageKey;

/** An administrator edits one of the organisation's pages or passages. */
public interface ChangeOrganisationPageUseCase {

  /**
   * Saves the title and body under the command's key, audited by key alone. Text that breaks a rule
   * of {@link OrganisationPage#check} is {@link Failure.Invalid}, each problem named {@code title}
   * or {@code body}; nothing is changed.
   *
   * @param session an administrator's session
   * @param command the key, title and body
   * @return the content now in force, or why not
   */
  Outcome<OrganisationPage, StaffRequestFailure> change(SessionToken session, Command command);

  /**
   * A page as typed.
   *
   * @param key which content
   * @param title the title as typed; null is missing, checked by the use case
   * @param body the body in Markdown as typed; null is missing, checked by the use case
   */
  record Command(PageKey key, String title, String body) {
    /**
     * Refuses a missing key.
     *
     * @throws NullPointerException if {@code key} is null
     */
    public Command {
      Objects.requireNonNull(key, "key must not be null");
    }

    @Override
    public String toString() {
      return "Command[" + key.slug() + "]";
    }
  }
}
