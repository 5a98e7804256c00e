package org.confide.application.service;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.confide.application.port.in.ChangeOrganisationPageUseCase;
import org.confide.application.port.in.Failure;
import org.confide.application.port.in.ListOrganisationPagesUseCase;
import org.confide.application.port.in.Outcome;
import org.confide.application.port.in.ReadOrganisationContentUseCase;
import org.confide.application.port.in.ReadOrganisationPageUseCase;
import org.confide.application.port.in.SessionToken;
import org.confide.application.port.in.StaffDenial;
import org.confide.application.port.in.StaffRequestFailure;
import org.confide.application.port.out.OrganisationPages;
import org.confide.domain.audit.Actor;
import org.confide.domain.audit.AuditAction;
import org.confide.domain.audit.AuditDetail;
import org.confide.domain.audit.AuditDetailCode;
import org.confide.domain.content.DefaultPages;
import org.confide.domain.content.OrganisationPage;
import org.confide.domain.content.PageKey;
import org.confide.domain.shared.Checked;
import org.confide.domain.shared.Language;
import org.confide.domain.staff.Permission;

/**
 * The organisation's own words: the pages reporters read and the passages of the report form, each
 * the default until an administrator saves the organisation's own, in each language it writes them
 * in. A reader is shown the organisation's own words in their language, else in the first language
 * offered (the driving adapter names both), else the default. Reading is open to anyone (it is what
 * every reporter page shows); editing is for administrators, audited by which page changed in which
 * language, never by what it now says.
 */
public final class OrganisationPagesService
    implements ReadOrganisationPageUseCase,
        ListOrganisationPagesUseCase,
        ReadOrganisationContentUseCase,
        ChangeOrganisationPageUseCase {

  private final Gate gate;
  private final Auditor auditor;
  private final OrganisationPages pages;
  private final Clock clock;

  /**
   * The service, wired by {@link org.confide.application.Confide#assemble}: an embedder uses that,
   * or {@link org.confide.application.InMemoryConfide}, rather than this.
   *
   * @param gate resolves the administrator's session, checks two-factor sign-in and the role, and
   *     runs the work in one transaction
   * @param auditor records the audit events, stamped with the time and a fresh id
   * @param pages the organisation's saved pages
   * @param clock the time a page is saved at
   */
  public OrganisationPagesService(
      Gate gate, Auditor auditor, OrganisationPages pages, Clock clock) {
    this.gate = Objects.requireNonNull(gate, "gate");
    this.auditor = Objects.requireNonNull(auditor, "auditor");
    this.pages = Objects.requireNonNull(pages, "pages");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  @Override
  public Optional<OrganisationPage> read(
      PageKey key, List<Language> languages, List<Language> otherwise) {
    return Optional.of(inForce(key, languages, otherwise))
        .filter(OrganisationPage::shownToReporters);
  }

  @Override
  public List<PageLink> list(List<Language> languages, List<Language> otherwise) {
    requireOne(languages);
    Objects.requireNonNull(otherwise, "otherwise must not be null");
    var saved = pages.savedTitles();
    var links = new ArrayList<PageLink>();
    for (var key : PageKey.values()) {
      if (!key.page()) {
        continue;
      }
      var titles = saved.getOrDefault(key, Map.of());
      lookIn(key, languages, otherwise).stream()
          .filter(titles::containsKey)
          .findFirst()
          .ifPresentOrElse(
              language -> links.add(new PageLink(key, titles.get(language), language, true)),
              () -> {
                if (key.shownUnedited()) {
                  var page = DefaultPages.of(key);
                  links.add(new PageLink(key, page.title(), page.language(), false));
                }
              });
    }
    return List.copyOf(links);
  }

  @Override
  public Outcome<List<OrganisationPage>, StaffDenial> read(
      SessionToken session, Language language) {
    Objects.requireNonNull(language, "language must not be null");
    return gate.asStaff(
        session,
        Permission.MANAGE_SERVICE,
        Function.identity(),
        admin ->
            Outcome.done(
                Arrays.stream(PageKey.values())
                    .map(key -> inForce(key, List.of(language), List.of()))
                    .toList()));
  }

  @Override
  public Outcome<OrganisationPage, StaffRequestFailure> change(
      SessionToken session, ChangeOrganisationPageUseCase.Command command) {
    return gate.asStaff(
        session,
        Permission.MANAGE_SERVICE,
        StaffRequestFailure::from,
        admin ->
            switch (OrganisationPage.check(
                command.key(),
                command.language(),
                command.title(),
                command.body(),
                clock.instant())) {
              case Checked.Valid<OrganisationPage>(var page) -> {
                pages.save(page);
                // Which page in which language, never its words: the trail records who changed
                // what.
                auditor.audit(
                    Actor.staff(admin.id()),
                    AuditAction.PAGE_CHANGED,
                    AuditDetail.of(AuditDetailCode.PAGE, page.key().slug(), page.language()));
                yield Outcome.done(page);
              }
              case Checked.Invalid<OrganisationPage> invalid ->
                  Outcome.failed(new Failure.Invalid(invalid.problems()));
            });
  }

  /**
   * The first of {@code languages} {@code key} is saved in (then of {@code otherwise}, for a page
   * not shown unedited), else the default.
   */
  private OrganisationPage inForce(
      PageKey key, List<Language> languages, List<Language> otherwise) {
    requireOne(languages);
    Objects.requireNonNull(otherwise, "otherwise must not be null");
    return pages
        .findFirst(key, lookIn(key, languages, otherwise))
        .orElseGet(() -> DefaultPages.of(key));
  }

  /**
   * The languages to look for {@code key} in: {@code languages}, then {@code otherwise} when its
   * default is not shown to reporters, so that the organisation's own in any language is shown
   * before the page is hidden; a page shown unedited is better read as its default in the reader's
   * language than in a third language.
   */
  private static List<Language> lookIn(
      PageKey key, List<Language> languages, List<Language> otherwise) {
    if (key.shownUnedited()) {
      return languages;
    }
    var all = new ArrayList<>(languages);
    otherwise.stream().filter(language -> !all.contains(language)).forEach(all::add);
    return all;
  }

  private static void requireOne(List<Language> languages) {
    if (languages.isEmpty()) {
      throw new IllegalArgumentException("name at least one language to read the pages in");
    }
  }
}
