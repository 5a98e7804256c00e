package org.confide.adapter.web.api;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.http.Context;
import jakarta.validation.constraints.NotNull;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.confide.adapter.web.EnumNames;
import org.confide.adapter.web.Json;
import org.confide.adapter.web.RequestProblems;
import org.confide.adapter.web.Responses;
import org.confide.adapter.web.i18n.Languages;
import org.confide.application.Confide;
import org.confide.application.port.in.ChangeNotificationPreferencesUseCase;
import org.confide.application.port.in.IdentifyStaffUseCase;
import org.confide.application.port.in.IdentifyStaffUseCase.StaffIdentity;
import org.confide.application.port.in.Outcome;
import org.confide.application.port.in.ReadNotificationPreferencesUseCase;
import org.confide.application.port.in.ReadNotificationPreferencesUseCase.Preferences;
import org.confide.application.port.in.StaffSessionDenial;
import org.confide.domain.notification.Delivery;
import org.confide.domain.notification.NotificationKind;
import org.confide.domain.shared.Language;
import org.confide.domain.shared.ProblemCode;

/**
 * A staff member's own notification preferences over the API: how each kind of email reaches them
 * ({@code at-once}, {@code daily-digest} or {@code none}) and the hour of their digest.
 */
public final class NotificationsApi {

  private final ReadNotificationPreferencesUseCase read;
  private final ChangeNotificationPreferencesUseCase change;
  private final IdentifyStaffUseCase identifyStaff;
  private final Json json;
  private final Responses responses;
  private final Languages languages;

  /**
   * The handler of a member's notification preferences.
   *
   * @param confide the use cases
   * @param json the reader and writer of bodies
   * @param responses the answers
   * @param languages the languages a member's emails may be written in
   */
  public NotificationsApi(Confide confide, Json json, Responses responses, Languages languages) {
    this.read = confide.readNotificationPreferences();
    this.change = confide.changeNotificationPreferences();
    this.identifyStaff = confide.identifyStaff();
    this.json = json;
    this.responses = responses;
    this.languages = languages;
  }

  /** {@code GET /api/v1/staff/notification-preferences}. */
  public void preferences(Context ctx) {
    responses.send(ctx, read.read(Bearer.token(ctx)), 200, this::response);
  }

  /** {@code PUT /api/v1/staff/notification-preferences}: replaces the member's choices whole. */
  public void replacePreferences(Context ctx) {
    // Asked before the body is read, so that someone without a session learns nothing of it.
    switch (identifyStaff.identify(Bearer.token(ctx))) {
      case Outcome.Done<StaffIdentity, StaffSessionDenial> who -> {}
      case Outcome.Failed<StaffIdentity, StaffSessionDenial>(var denied) -> {
        responses.fail(ctx, denied);
        return;
      }
    }
    var request = json.read(ctx, PreferencesRequest.class);
    var problems = RequestProblems.of(request);
    var emails = new EnumMap<NotificationKind, Delivery>(NotificationKind.class);
    if (request.emails() != null) {
      request
          .emails()
          .forEach((name, value) -> {
            var field = "emails." + name;
            var kind = EnumNames.hyphenated(NotificationKind.class, name);
            var delivery =
                value.isTextual()
                    ? EnumNames.hyphenated(Delivery.class, value.asText())
                    : Optional.<Delivery>empty();
            if (kind.isEmpty()) {
              problems.problem(
                  field,
                  ProblemCode.REQUEST_EMAIL_KIND,
                  EnumNames.hyphenatedNames(NotificationKind.class));
            } else if (delivery.isEmpty()) {
              problems.problem(
                  field, ProblemCode.ONE_OF, EnumNames.hyphenatedNames(Delivery.class));
            } else {
              emails.put(kind.get(), delivery.get());
            }
          });
    }
    var language = Optional.ofNullable(request.language()).flatMap(Language::parse);
    if (request.language() != null && language.filter(languages.offered()::contains).isEmpty()) {
      problems.problem(
          "language", ProblemCode.ONE_OF, String.join(", ", tags(languages.offered())));
    }
    problems.check();
    responses.send(
        ctx,
        change.change(
            Bearer.token(ctx),
            new ChangeNotificationPreferencesUseCase.Command(
                emails, request.digestHour(), language)),
        200,
        this::response);
  }

  private static List<String> tags(List<Language> offered) {
    return offered.stream().map(Language::tag).toList();
  }

  /** A member's preferences, each email's subject in the language of their emails. */
  private PreferencesResponse response(Preferences preferences) {
    var words = languages.wording(preferences.language().orElse(languages.first().language()));
    return new PreferencesResponse(
        preferences.emails().stream()
            .map(choice ->
                new EmailResponse(
                    EnumNames.hyphenated(choice.kind()),
                    words.text(choice.kind().subjectKey()),
                    EnumNames.hyphenated(choice.delivery()),
                    choice.choosable()))
            .toList(),
        preferences.digestHour(),
        preferences.timeZone().getId(),
        words.language().tag());
  }

  /**
   * The body of {@code PUT /api/v1/staff/notification-preferences}.
   *
   * @param emails the delivery wanted for each kind named
   * @param digestHour the hour of the daily digest
   * @param language the tag of the language of the member's emails, one of those offered; null to
   *     keep the one chosen before
   */
  record PreferencesRequest(
      @NotNull Map<String, JsonNode> emails, @NotNull Integer digestHour, String language) {}

  /** A member's preferences, with the tag of the language their emails are written in. */
  record PreferencesResponse(
      List<EmailResponse> emails, int digestHour, String timeZone, String language) {}

  /** How one kind of email reaches the member. */
  record EmailResponse(String kind, String subject, String delivery, boolean choosable) {}
}
