package org.confide.adapter.web.pages;

import io.javalin.http.Context;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.confide.adapter.web.EnumNames;
import org.confide.adapter.web.pages.view.FormError;
import org.confide.adapter.web.pages.view.NotificationsPage;
import org.confide.application.Confide;
import org.confide.application.port.in.ChangeNotificationPreferencesUseCase;
import org.confide.application.port.in.Failure;
import org.confide.application.port.in.NotificationChoiceFailure;
import org.confide.application.port.in.Outcome;
import org.confide.application.port.in.ReadNotificationPreferencesUseCase;
import org.confide.application.port.in.ReadNotificationPreferencesUseCase.Preferences;
import org.confide.application.port.in.StaffSessionDenial;
import org.confide.domain.notification.Delivery;
import org.confide.domain.notification.NotificationKind;
import org.confide.domain.shared.FieldProblem;
import org.confide.domain.shared.Language;

/** A staff member's page for choosing how their emails reach them; any role may. */
public final class NotificationChoices {

  private final Pages pages;
  private final StaffSession session;
  private final ReadNotificationPreferencesUseCase read;
  private final ChangeNotificationPreferencesUseCase change;

  public NotificationChoices(Confide confide, Pages pages) {
    this.pages = pages;
    this.session = new StaffSession(confide, pages);
    this.read = confide.readNotificationPreferences();
    this.change = confide.changeNotificationPreferences();
  }

  /** {@code GET /staff/notifications}. */
  public void show(Context ctx) {
    var signed = session.signedIn(ctx);
    if (signed.isEmpty()) {
      return;
    }
    switch (read.read(signed.get().token())) {
      case Outcome.Done<Preferences, StaffSessionDenial>(var preferences) -> {
        var notice = "saved".equals(ctx.queryParam("done")) ? "notifications.saved" : null;
        pages.render(ctx, 200, page(ctx, signed.get(), preferences, notice, List.of()));
      }
      // The session ended, or must set up two-factor sign-in, since it was checked: sent on.
      case Outcome.Failed<Preferences, StaffSessionDenial> denied -> session.signedIn(ctx);
    }
  }

  /** {@code POST /staff/notifications}. */
  public void save(Context ctx) {
    var signed = session.signedIn(ctx);
    if (signed.isEmpty()) {
      return;
    }
    var texts = session.frame(ctx, signed.get()).texts();
    var emails = new EnumMap<NotificationKind, Delivery>(NotificationKind.class);
    var problems = new java.util.ArrayList<FieldProblem>();
    for (var kind : NotificationKind.values()) {
      var field = EnumNames.hyphenated(kind);
      var sent = ctx.formParam(field);
      if (sent == null) {
        continue;
      }
      EnumNames.hyphenated(Delivery.class, sent)
          .ifPresentOrElse(
              delivery -> emails.put(kind, delivery),
              () ->
                  problems.add(
                      new FieldProblem(
                          "emails." + field, texts.text("notifications.error.delivery"))));
    }
    var hour = hour(ctx.formParam("digestHour"));
    if (hour.isEmpty()) {
      problems.add(new FieldProblem("digestHour", texts.text("notifications.error.digestHour")));
    }
    // The language of the emails, apart from the page's own (the form's lang field): only one of
    // those offered is taken. Not sent at all, the one chosen before is kept.
    var sentLanguage = ctx.formParam("language");
    var language = Language.parse(sentLanguage).filter(pages.offered().offered()::contains);
    if (sentLanguage != null && language.isEmpty()) {
      problems.add(new FieldProblem("language", texts.text("notifications.error.language")));
    }
    if (PageLanguages.switching(ctx)) {
      // The choices as sent, in the language asked for; nothing saved, nothing checked.
      switch (read.read(signed.get().token())) {
        case Outcome.Done<Preferences, StaffSessionDenial>(var preferences) ->
            pages.render(
                ctx,
                200,
                page(ctx, signed.get(), preferences, emails, hour, language, null, List.of()));
        case Outcome.Failed<Preferences, StaffSessionDenial> denied -> session.signedIn(ctx);
      }
      return;
    }
    var outcome =
        problems.isEmpty()
            ? change.change(
                signed.get().token(),
                new ChangeNotificationPreferencesUseCase.Command(emails, hour.get(), language))
            : Outcome.<Preferences, NotificationChoiceFailure>failed(new Failure.Invalid(problems));
    switch (outcome) {
      case Outcome.Done<Preferences, NotificationChoiceFailure> saved ->
          Pages.seeOther(ctx, "/staff/notifications?done=saved");
      case Outcome.Failed<Preferences, NotificationChoiceFailure>(Failure.Invalid invalid) -> {
        // Shown again as they stand, with what was refused named beside its email.
        switch (read.read(signed.get().token())) {
          case Outcome.Done<Preferences, StaffSessionDenial>(var preferences) ->
              pages.render(
                  ctx,
                  400,
                  page(
                      ctx,
                      signed.get(),
                      preferences,
                      null,
                      invalid.problems().stream()
                          .map(p -> FormError.of(anchor(p.field()), p, pages.texts(ctx)))
                          .toList()));
          case Outcome.Failed<Preferences, StaffSessionDenial> denied -> session.signedIn(ctx);
        }
      }
      case Outcome.Failed<Preferences, NotificationChoiceFailure>(Failure.Unauthenticated gone) ->
          session.signedIn(ctx);
      case Outcome.Failed<Preferences, NotificationChoiceFailure>(Failure.TwoFactorFirst first) ->
          session.signedIn(ctx);
    }
  }

  private NotificationsPage page(
      Context ctx,
      StaffSession.Signed signed,
      Preferences preferences,
      String notice,
      List<FormError> errors) {
    return page(
        ctx, signed, preferences, Map.of(), Optional.empty(), Optional.empty(), notice, errors);
  }

  /**
   * The page, each choice as {@code preferences} hold it unless another was sent ({@code emails},
   * {@code hour}, {@code language}): a form switched to another language holds what was chosen.
   */
  private NotificationsPage page(
      Context ctx,
      StaffSession.Signed signed,
      Preferences preferences,
      Map<NotificationKind, Delivery> emails,
      Optional<Integer> hour,
      Optional<Language> language,
      String notice,
      List<FormError> errors) {
    var offered = pages.offered();
    return new NotificationsPage(
        session.frame(ctx, signed),
        preferences.emails().stream()
            .map(choice ->
                new NotificationsPage.EmailLine(
                    EnumNames.hyphenated(choice.kind()),
                    choice.kind().subjectKey(),
                    EnumNames.hyphenated(
                        choice.choosable()
                            ? emails.getOrDefault(choice.kind(), choice.delivery())
                            : choice.delivery()),
                    choice.choosable(),
                    choice.choosable() ? null : whyAtOnce(choice.kind())))
            .toList(),
        hour.orElse(preferences.digestHour()),
        preferences.timeZone().getId(),
        offered.all().stream()
            .map(
                texts -> new NotificationsPage.LanguageOption(texts.language().tag(), texts.name()))
            .toList(),
        language.or(preferences::language).orElse(offered.first().language()).tag(),
        notice,
        errors);
  }

  /** The key of why an email of {@code kind}, which is not a choice, always comes at once. */
  private static String whyAtOnce(NotificationKind kind) {
    return kind == NotificationKind.URGENT_ESCALATION
        ? "notifications.fixed.urgent"
        : "notifications.fixed.ownAccount";
  }

  // A problem named emails.new-report is about the radio group whose first choice has the id
  // new-report; the hour keeps its name.
  private static String anchor(String field) {
    return field.startsWith("emails.") ? field.substring("emails.".length()) : field;
  }

  private static Optional<Integer> hour(String sent) {
    if (sent == null || !sent.matches("[0-9]{1,2}")) {
      return Optional.empty();
    }
    int hour = Integer.parseInt(sent);
    return hour <= 23 ? Optional.of(hour) : Optional.empty();
  }
}
