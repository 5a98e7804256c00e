package org.confide.adapter.web.pages;

import io.javalin.http.Context;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.confide.adapter.web.i18n.Phrases;
import org.confide.adapter.web.i18n.Texts;
import org.confide.adapter.web.pages.view.Choice;
import org.confide.adapter.web.pages.view.FormError;
import org.confide.adapter.web.pages.view.ServicePage;
import org.confide.application.Confide;
import org.confide.application.port.in.ChangeServiceUseCase;
import org.confide.application.port.in.Outcome;
import org.confide.application.port.in.ReadNotificationCountsUseCase;
import org.confide.application.port.in.ReadSettingsUseCase;
import org.confide.application.port.in.StaffDenial;
import org.confide.application.port.in.StaffRequestFailure;
import org.confide.domain.settings.ServiceChange;
import org.confide.domain.settings.ServiceSettings;
import org.confide.domain.shared.Language;

/**
 * The administrator's page of how the service runs: the organisation's name, how long closed cases
 * are kept, when messages are read, and how early closures are announced; one form, one use case.
 */
public final class OrganisationSettings {

  private final Pages pages;
  private final StaffSession session;
  private final ReadSettingsUseCase readSettings;
  private final ChangeServiceUseCase changeService;
  private final ReadNotificationCountsUseCase readNotificationCounts;
  private final boolean notificationsOn;
  private final OwnWordsForm ownWords;

  public OrganisationSettings(Confide confide, Pages pages, boolean notificationsOn) {
    this.pages = pages;
    this.ownWords = new OwnWordsForm(pages.languages());
    this.notificationsOn = notificationsOn;
    this.readNotificationCounts = confide.readNotificationCounts();
    this.session = new StaffSession(confide, pages);
    this.readSettings = confide.readSettings();
    this.changeService = confide.changeService();
  }

  /** What the form sent, as typed, to show again beside its problems. */
  private record Sent(
      Map<Language, String> organisationName,
      String retentionDays,
      EnumSet<DayOfWeek> days,
      String from,
      String to,
      String noticeDays) {}

  /** {@code GET /staff/admin/service}. */
  public void service(Context ctx) {
    session
        .signedIn(ctx)
        .ifPresent(signed -> show(ctx, signed, Administration.notice(ctx), null, List.of(), 200));
  }

  /** {@code POST /staff/admin/service}. */
  public void saveService(Context ctx) {
    var signed = session.signedIn(ctx);
    if (signed.isEmpty()) {
      return;
    }
    var days = EnumSet.noneOf(DayOfWeek.class);
    for (var day : ctx.formParams("days")) {
      // A day this page does not offer is one not chosen.
      for (var offered : DayOfWeek.values()) {
        if (offered.name().equals(day)) {
          days.add(offered);
        }
      }
    }
    var sent =
        new Sent(
            ownWords.read(ctx, "organisationName"),
            field(ctx, "retentionDays"),
            days,
            field(ctx, "from"),
            field(ctx, "to"),
            field(ctx, "noticeDays"));
    if (PageLanguages.switching(ctx)) {
      // The form as typed, in the language asked for; nothing checked or saved.
      show(ctx, signed.get(), null, sent, List.of(), 200);
      return;
    }
    var errors = new ArrayList<FormError>();
    var texts = pages.texts(ctx);
    var retention = whole(sent.retentionDays(), "retentionDays", errors, texts);
    var notice = whole(sent.noticeDays(), "noticeDays", errors, texts);
    var from = time(sent.from(), "from", errors, texts);
    var to = time(sent.to(), "to", errors, texts);
    if (!errors.isEmpty()) {
      show(ctx, signed.get(), null, sent, errors, 400);
      return;
    }
    var change =
        new ServiceChange(
            ownWords.typed(sent.organisationName()),
            retention,
            days,
            from.orElseThrow(),
            to.orElseThrow(),
            notice);
    switch (changeService.change(signed.get().token(), new ChangeServiceUseCase.Command(change))) {
      case Outcome.Done<ServiceSettings, StaffRequestFailure> saved ->
          Pages.seeOther(ctx, "/staff/admin/service?done=saved");
      case Outcome.Failed<ServiceSettings, StaffRequestFailure>(var failure) ->
          Administration.failed(
              pages,
              session,
              ctx,
              signed.get(),
              failure,
              problems ->
                  show(
                      ctx,
                      signed.get(),
                      null,
                      sent,
                      problems.stream()
                          .map(p -> {
                            var anchor = anchorOf(p.field());
                            return FormError.of(anchor, p, texts);
                          })
                          .toList(),
                      400));
    }
  }

  /** The message that says how to put right the field {@code anchor}, when it cannot be read. */
  private static String key(String anchor) {
    return "admin.service.error." + (anchor.startsWith("day-") ? "days" : anchor);
  }

  private String anchorOf(String problem) {
    if (problem.startsWith("organisationName.")) {
      return ownWords.anchor("organisationName", problem.substring("organisationName.".length()));
    }
    return switch (problem) {
      case "organisationName" -> "organisationName";
      case "closedCaseRetentionDays" -> "retentionDays";
      case "closureNoticeDaysAhead" -> "noticeDays";
      case "monitoring.days" -> "day-MONDAY";
      default -> "to";
    };
  }

  private void show(
      Context ctx,
      StaffSession.Signed signed,
      String notice,
      Sent sent,
      List<FormError> errors,
      int status) {
    var frame = session.frame(ctx, signed);
    var read = Administration.settings(pages, ctx, frame, readSettings, signed);
    if (read.isEmpty()) {
      return;
    }
    var settings = read.get();
    var profile = settings.profile();
    var shown =
        sent != null
            ? sent
            : new Sent(
                ownWords.shown(profile.organisationName()),
                String.valueOf(settings.closedCaseRetentionDays()),
                EnumSet.copyOf(profile.monitoring().days()),
                profile.monitoring().from().toString(),
                profile.monitoring().to().toString(),
                String.valueOf(profile.closureNoticeDaysAhead()));
    var days =
        EnumSet.allOf(DayOfWeek.class).stream()
            .map(day ->
                new Choice(
                    day.name(),
                    frame.t("admin.day." + day.name().toLowerCase(Locale.ROOT)),
                    shown.days().contains(day)))
            .toList();
    pages.render(
        ctx,
        status,
        new ServicePage(
            frame,
            notice,
            errors,
            ownWords.boxes("organisationName", shown.organisationName()),
            shown.retentionDays(),
            days,
            shown.from(),
            shown.to(),
            shown.noticeDays(),
            Phrases.monitoring(profile.monitoring(), frame.texts()),
            notifications(signed)));
  }

  private ServicePage.Notifications notifications(StaffSession.Signed signed) {
    return switch (readNotificationCounts.read(signed.token())) {
      case Outcome.Done<ReadNotificationCountsUseCase.Counts, StaffDenial>(var counts) ->
          new ServicePage.Notifications(
              notificationsOn,
              true,
              counts.waiting(),
              counts.held(),
              counts.sent(),
              counts.givenUp(),
              counts.notWanted());
      // The settings were read under the same permission a moment ago; a session ended meanwhile
      // shows the page without the counts rather than failing it.
      case Outcome.Failed<ReadNotificationCountsUseCase.Counts, StaffDenial> denied ->
          new ServicePage.Notifications(notificationsOn, false, 0, 0, 0, 0, 0);
    };
  }

  private static String field(Context ctx, String name) {
    return Optional.ofNullable(ctx.formParam(name)).orElse("").strip();
  }

  private static int whole(String text, String field, List<FormError> errors, Texts texts) {
    try {
      return Integer.parseInt(text);
    } catch (NumberFormatException e) {
      errors.add(new FormError(field, texts.text(key(field))));
      return 0;
    }
  }

  private static Optional<LocalTime> time(
      String text, String field, List<FormError> errors, Texts texts) {
    try {
      return Optional.of(LocalTime.parse(text));
    } catch (DateTimeParseException e) {
      errors.add(new FormError(field, texts.text(key(field))));
      return Optional.empty();
    }
  }
}
