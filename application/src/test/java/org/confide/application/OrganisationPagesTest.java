package org.confide.application;

import static org.assertj.core.api.Assertions.assertThat;

import org.confide.application.port.in.ChangeOrganisationPageUseCase;
import org.confide.application.port.in.Failure;
import org.confide.application.port.in.ListOrganisationPagesUseCase.PageLink;
import org.confide.application.port.in.Outcome;
import org.confide.domain.content.PageKey;
import org.confide.testing.Fixture;
import org.junit.jupiter.api.Test;

/** The organisation's pages: defaults, what reporters are shown, editing and the checklist. */
class OrganisationPagesTest {

  private final Fixture fixture = new Fixture();
  private final Confide confide = fixture.confide;

  private Outcome<?, ?> save(PageKey key, String title, String body) {
    return confide
        .changeOrganisationPage()
        .change(fixture.admin, new ChangeOrganisationPageUseCase.Command(key, title, body));
  }

  @Test
  void reporters_are_shown_every_default_page_but_the_privacy_notice() {
    assertThat(confide.listOrganisationPages().list())
        .extracting(PageLink::key)
        .containsExactly(
            PageKey.WHAT_HAPPENS_NEXT,
            PageKey.SUPPORT,
            PageKey.COVERING_YOUR_TRACKS,
            PageKey.ACCESSIBILITY);
    assertThat(confide.readOrganisationPage().read(PageKey.PRIVACY)).isEmpty();
    assertThat(confide.readOrganisationPage().read(PageKey.IDENTIFYING_DETAILS)).isPresent();
  }

  @Test
  void a_saved_privacy_notice_is_shown_linked_and_ticks_the_checklist() {
    assertThat(confide.readSetUp().read(fixture.admin).orElseThrow().pages()).isFalse();

    assertThat(save(PageKey.PRIVACY, "Privacy at Example", "We are the controller.").isDone())
        .isTrue();

    assertThat(confide.readOrganisationPage().read(PageKey.PRIVACY).orElseThrow().body())
        .isEqualTo("We are the controller.");
    assertThat(confide.listOrganisationPages().list())
        .contains(new PageLink(PageKey.PRIVACY, "Privacy at Example"));
    assertThat(confide.readSetUp().read(fixture.admin).orElseThrow().pages()).isTrue();
  }

  @Test
  void an_edited_page_replaces_the_default_for_reporters_and_administrators() {
    save(PageKey.SUPPORT, "Support at Example", "Call Nightline.");

    assertThat(confide.readOrganisationPage().read(PageKey.SUPPORT).orElseThrow().title())
        .isEqualTo("Support at Example");
    var all = confide.readOrganisationContent().read(fixture.admin).orElseThrow();
    assertThat(all).hasSize(PageKey.values().length);
    assertThat(all.get(1).title()).isEqualTo("Support at Example");
    assertThat(all.get(3).isDefault()).isTrue();
  }

  @Test
  void a_page_with_problems_changes_nothing() {
    var refused = save(PageKey.PRIVACY, "", "[FILL IN: the controller]");

    assertThat(refused).isInstanceOf(Outcome.Failed.class);
    assertThat(((Outcome.Failed<?, ?>) refused).failure()).isInstanceOf(Failure.Invalid.class);
    assertThat(confide.readOrganisationPage().read(PageKey.PRIVACY)).isEmpty();
  }

  @Test
  void only_an_administrator_edits_or_reads_them_for_editing() {
    assertThat(
            confide
                .changeOrganisationPage()
                .change(
                    fixture.adviser,
                    new ChangeOrganisationPageUseCase.Command(PageKey.SUPPORT, "Mine", "Mine")))
        .isEqualTo(Outcome.failed(new Failure.Forbidden()));
    assertThat(confide.readOrganisationContent().read(fixture.lead).isDone()).isFalse();
  }
}
