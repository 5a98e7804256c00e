package org.confide.application.port.in;

import java.util.Optional;
import org.confide.domain.content.OrganisationPage;
import org.confide.domain.content.PageKey;

/** Anyone reads one of the organisation's pages or passages, as reporters are shown it. */
public interface ReadOrganisationPageUseCase {

  /**
   * The content in force under {@code key}: the organisation's, once saved, else the default.
   *
   * @param key which content
   * @return the content, or empty when reporters are not shown it (the privacy notice until the
   *     organisation has saved its own)
   */
  Optional<OrganisationPage> read(PageKey key);
}
