package org.confide.application.port.in;

import java.util.List;
import org.confide.domain.content.OrganisationPage;

/** An administrator reads every page and passage of the organisation's, to edit them. */
public interface ReadOrganisationContentUseCase {

  /**
   * Every piece of content, in the order of {@link org.confide.domain.content.PageKey}: the saved
   * one, or the default (with its blanks) while none is saved.
   *
   * @param session an administrator's session
   * @return every page and passage, or why not
   */
  Outcome<List<OrganisationPage>, StaffDenial> read(SessionToken session);
}
