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

  public NotificationsApi(Confide confide, Json json, Responses responses) {
    this.read = confide.readNotificationPreferences();
    this.change = confide.changeNotificationPreferences();
    this.identifyStaff = confide.identifyStaff();
    this.json = json;
    this.responses = responses;
  }

  /** {@code GET /api/v1/staff/notification-preferences}. */
  public void preferences(Context ctx) {
    responses.send(ctx, read.read(Bearer.token(ctx)), 200, PreferencesResponse::of);
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
                  "Not a kind of email; one of "
                      + EnumNames.hyphenatedNames(NotificationKind.class));
            } else if (delivery.isEmpty()) {
              problems.problem(
                  field, "Should be one of " + EnumNames.hyphenatedNames(Delivery.class));
            } else {
              emails.put(kind.get(), delivery.get());
            }
          });
    }
    problems.check();
    responses.send(
        ctx,
        change.change(
            Bearer.token(ctx),
            new ChangeNotificationPreferencesUseCase.Command(emails, request.digestHour())),
        200,
        PreferencesResponse::of);
  }

  /** The body of {@code PUT /api/v1/staff/notification-preferences}. */
  record PreferencesRequest(@NotNull Map<String, JsonNode> emails, @NotNull Integer digestHour) {}

  /** A member's preferences. */
  record PreferencesResponse(List<EmailResponse> emails, int digestHour, String timeZone) {
    static PreferencesResponse of(Preferences preferences) {
      return new PreferencesResponse(
          preferences.emails().stream()
              .map(choice ->
                  new EmailResponse(
                      EnumNames.hyphenated(choice.kind()),
                      choice.kind().subject(),
                      EnumNames.hyphenated(choice.delivery()),
                      choice.choosable()))
              .toList(),
          preferences.digestHour(),
          preferences.timeZone().getId());
    }
  }

  /** How one kind of email reaches the member. */
  record EmailResponse(String kind, String subject, String delivery, boolean choosable) {}
}
