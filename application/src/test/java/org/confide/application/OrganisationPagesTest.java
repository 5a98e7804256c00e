package org.confide.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.confide.application.port.in.ChangeOrganisationPageUseCase;
import org.confide.application.port.in.Failure;
import org.confide.application.port.in.ListOrganisationPagesUseCase.PageLink;
import org.confide.application.port.in.Outcome;
import org.confide.domain.audit.AuditAction;
import org.confide.domain.content.DefaultPages;
import org.confide.domain.content.OrganisationPage;
import org.confide.domain.content.PageKey;
import org.confide.domain.shared.Language;
import org.confide.testing.Fixture;
import org.junit.jupiter.api.Test;

/**
 * The organisation's pages: defaults, what reporters are shown in which language, editing each
 * language, and the checklist.
 */
class OrganisationPagesTest {

  private static final Language EN = Language.ENGLISH;
  private static final Language CY = Language.WELSH;

  /** A Welsh reader: Welsh, then the first language. */
  private static final List<Language> WELSH_READER = List.of(CY, EN);

  private static final List<Language> ENGLISH_READER = List.of(EN);

  private final Fixture fixture = new Fixture();
  private final Confide confide = fixture.confide;

  private Outcome<?, ?> save(PageKey key, String title, String body) {
    return save(key, EN, title, body);
  }

  private Outcome<?, ?> save(PageKey key, Language language, String title, String body) {
    return confide
        .changeOrganisationPage()
        .change(
            fixture.admin, new ChangeOrganisationPageUseCase.Command(key, language, title, body));
  }

  private OrganisationPage read(PageKey key, List<Language> languages) {
    return confide.readOrganisationPage().read(key, languages).orElseThrow();
  }

  @Test
  void reporters_are_shown_every_default_page_but_the_privacy_notice() {
    assertThat(confide.listOrganisationPages().list(ENGLISH_READER))
        .extracting(PageLink::key)
        .containsExactly(
            PageKey.WHAT_HAPPENS_NEXT,
            PageKey.SUPPORT,
            PageKey.COVERING_YOUR_TRACKS,
            PageKey.ACCESSIBILITY);
    assertThat(confide.listOrganisationPages().list(WELSH_READER))
        .allSatisfy(link -> {
          assertThat(link.edited()).isFalse();
          assertThat(link.language()).isEqualTo(DefaultPages.WRITTEN_IN);
        });
    assertThat(confide.readOrganisationPage().read(PageKey.PRIVACY, ENGLISH_READER)).isEmpty();
    assertThat(confide.readOrganisationPage().read(PageKey.IDENTIFYING_DETAILS, WELSH_READER))
        .isPresent();
  }

  @Test
  void a_saved_privacy_notice_is_shown_linked_and_ticks_the_checklist() {
    assertThat(confide.readSetUp().read(fixture.admin).orElseThrow().pages()).isFalse();

    assertThat(save(PageKey.PRIVACY, "Privacy at Example", "We are the controller.").isDone())
        .isTrue();

    assertThat(read(PageKey.PRIVACY, ENGLISH_READER).body()).isEqualTo("We are the controller.");
    assertThat(confide.listOrganisationPages().list(ENGLISH_READER))
        .contains(new PageLink(PageKey.PRIVACY, "Privacy at Example", EN, true));
    assertThat(confide.readSetUp().read(fixture.admin).orElseThrow().pages()).isTrue();
  }

  @Test
  void an_edited_page_replaces_the_default_for_reporters_and_administrators() {
    save(PageKey.SUPPORT, "Support at Example", "Call Nightline.");

    assertThat(read(PageKey.SUPPORT, ENGLISH_READER).title()).isEqualTo("Support at Example");
    var all = confide.readOrganisationContent().read(fixture.admin, EN).orElseThrow();
    assertThat(all).hasSize(PageKey.values().length);
    assertThat(all.get(1).title()).isEqualTo("Support at Example");
    assertThat(all.get(3).isDefault()).isTrue();
  }

  @Test
  void each_language_is_saved_apart_and_a_reader_is_shown_their_own() {
    save(PageKey.SUPPORT, EN, "Support at Example", "Call Nightline.");
    save(PageKey.SUPPORT, CY, "Cymorth yn Example", "Ffoniwch Nightline.");

    var welsh = read(PageKey.SUPPORT, WELSH_READER);
    assertThat(welsh.language()).isEqualTo(CY);
    assertThat(welsh.body()).isEqualTo("Ffoniwch Nightline.");
    var english = read(PageKey.SUPPORT, ENGLISH_READER);
    assertThat(english.language()).isEqualTo(EN);
    assertThat(english.body()).isEqualTo("Call Nightline.");
    assertThat(confide.listOrganisationPages().list(WELSH_READER))
        .contains(new PageLink(PageKey.SUPPORT, "Cymorth yn Example", CY, true));
    assertThat(confide.readOrganisationContent().read(fixture.admin, CY).orElseThrow().get(1))
        .extracting(OrganisationPage::language, OrganisationPage::title)
        .containsExactly(CY, "Cymorth yn Example");
  }

  @Test
  void the_organisations_own_words_in_the_first_language_come_before_a_default_in_the_readers() {
    save(PageKey.SUPPORT, EN, "Support at Example", "Call Nightline on 01234 567890.");

    // Nothing saved in Welsh: the organisation's English, marked as English, not a generic default.
    var shown = read(PageKey.SUPPORT, WELSH_READER);
    assertThat(shown.language()).isEqualTo(EN);
    assertThat(shown.body()).contains("01234 567890");
    assertThat(confide.listOrganisationPages().list(WELSH_READER))
        .contains(new PageLink(PageKey.SUPPORT, "Support at Example", EN, true));
    // Nothing saved in either: the default, for the adapter to show in the reader's language.
    assertThat(read(PageKey.COVERING_YOUR_TRACKS, WELSH_READER).isDefault()).isTrue();
    // An administrator reading Welsh sees Welsh is not yet written.
    assertThat(
            confide
                .readOrganisationContent()
                .read(fixture.admin, CY)
                .orElseThrow()
                .get(1)
                .isDefault())
        .isTrue();
  }

  @Test
  void a_privacy_notice_saved_only_in_welsh_is_not_shown_to_a_reader_of_the_first_language() {
    save(PageKey.PRIVACY, CY, "Hysbysiad preifatrwydd", "Ni yw'r rheolydd.");

    assertThat(read(PageKey.PRIVACY, WELSH_READER).language()).isEqualTo(CY);
    assertThat(confide.readOrganisationPage().read(PageKey.PRIVACY, ENGLISH_READER)).isEmpty();
    assertThat(confide.listOrganisationPages().list(ENGLISH_READER))
        .extracting(PageLink::key)
        .doesNotContain(PageKey.PRIVACY);
  }

  @Test
  void a_privacy_notice_saved_only_in_another_language_offered_is_shown_before_it_is_hidden() {
    save(PageKey.PRIVACY, CY, "Hysbysiad preifatrwydd", "Ni yw'r rheolydd.");
    save(PageKey.SUPPORT, CY, "Cymorth", "Siaradwch â ni.");

    var privacy = confide.readOrganisationPage().read(PageKey.PRIVACY, ENGLISH_READER, List.of(CY));

    assertThat(privacy)
        .hasValueSatisfying(page -> {
          assertThat(page.language()).isEqualTo(CY);
          assertThat(page.body()).isEqualTo("Ni yw'r rheolydd.");
        });
    assertThat(confide.listOrganisationPages().list(ENGLISH_READER, List.of(CY)))
        .contains(new PageLink(PageKey.PRIVACY, "Hysbysiad preifatrwydd", CY, true));
    // A page with a default reporters read is that default in the reader's language instead.
    assertThat(
            confide
                .readOrganisationPage()
                .read(PageKey.SUPPORT, ENGLISH_READER, List.of(CY))
                .orElseThrow()
                .isDefault())
        .isTrue();
    assertThat(confide.listOrganisationPages().list(ENGLISH_READER, List.of(CY)))
        .contains(
            new PageLink(PageKey.SUPPORT, DefaultPages.of(PageKey.SUPPORT).title(), EN, false));
  }

  @Test
  void a_change_is_audited_by_page_and_language_never_by_its_words() {
    save(PageKey.SUPPORT, CY, "Cymorth", "Ffoniwch Nightline.");

    assertThat(fixture.audited(AuditAction.PAGE_CHANGED))
        .singleElement()
        .satisfies(event -> assertThat(event.detail()).isEqualTo("support cy"));
  }

  @Test
  void reading_in_no_language_is_refused() {
    assertThatThrownBy(() -> confide.readOrganisationPage().read(PageKey.SUPPORT, List.of()))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void a_page_with_problems_changes_nothing() {
    var refused = save(PageKey.PRIVACY, "", "[FILL IN: the controller]");

    assertThat(refused).isInstanceOf(Outcome.Failed.class);
    assertThat(((Outcome.Failed<?, ?>) refused).failure()).isInstanceOf(Failure.Invalid.class);
    assertThat(confide.readOrganisationPage().read(PageKey.PRIVACY, ENGLISH_READER)).isEmpty();
  }

  @Test
  void only_an_administrator_edits_or_reads_them_for_editing() {
    assertThat(
            confide
                .changeOrganisationPage()
                .change(
                    fixture.adviser,
                    new ChangeOrganisationPageUseCase.Command(PageKey.SUPPORT, EN, "Mine", "Mine")))
        .isEqualTo(Outcome.failed(new Failure.Forbidden()));
    assertThat(confide.readOrganisationContent().read(fixture.lead, EN).isDone()).isFalse();
  }
}
