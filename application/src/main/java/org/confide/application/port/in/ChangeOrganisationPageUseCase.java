package org.confide.application.port.in;

import java.util.Objects;
import org.confide.domain.content.OrganisationPage;
import org.confide.domain.content.PageKey;
import org.confide.domain.shared.Language;

/** An administrator edits one of the organisation's pages or passages in one language. */
public interface ChangeOrganisationPageUseCase {

  /**
   * Saves the title and body under the command's key and language, audited by key and language
   * alone; what is saved in other languages stays. Text that breaks a rule of {@link
   * OrganisationPage#check} is {@link Failure.Invalid}, each problem named {@code title} or {@code
   * body}; nothing is changed. Which languages may be written is the driving adapter's to check (it
   * offers them).
   *
   * @param session an administrator's session
   * @param command the key, language, title and body
   * @return the content now in force in that language, or why not
   */
  Outcome<OrganisationPage, StaffRequestFailure> change(SessionToken session, Command command);

  /**
   * A page as typed.
   *
   * @param key which content
   * @param language the language it is written in
   * @param title the title as typed; null is missing, checked by the use case
   * @param body the body in Markdown as typed; null is missing, checked by the use case
   */
  record Command(PageKey key, Language language, String title, String body) {
    /**
     * Refuses a missing key or language.
     *
     * @throws NullPointerException if {@code key} or {@code language} is null
     */
    public Command {
      Objects.requireNonNull(key, "key must not be null");
      Objects.requireNonNull(language, "language must not be null");
    }

    @Override
    public String toString() {
      return "Command[" + key.slug() + ", " + language + "]";
    }
  }
}
