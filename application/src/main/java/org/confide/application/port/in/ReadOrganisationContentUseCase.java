package org.confide.application.port.in;

import java.util.List;
import org.confide.domain.content.OrganisationPage;
import org.confide.domain.shared.Language;

/** An administrator reads every page and passage of the organisation's in a language, to edit. */
public interface ReadOrganisationContentUseCase {

  /**
   * Every piece of content in {@code language}, in the order of {@link
   * org.confide.domain.content.PageKey}: the one saved in that language, or the default (with its
   * blanks, written in {@link org.confide.domain.content.DefaultPages#WRITTEN_IN}) while none is.
   *
   * @param session an administrator's session
   * @param language the language to read the content in
   * @return every page and passage, or why not
   */
  Outcome<List<OrganisationPage>, StaffDenial> read(SessionToken session, Language language);
}
