package org.confide.adapter.web;

import io.javalin.http.Context;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import org.confide.application.Confide;
import org.confide.application.port.in.AdministerUseCase;
import org.confide.application.port.in.Outcome;
import org.confide.application.port.out.AnalysisSettings;
import org.confide.application.port.out.ServiceSettings;
import org.confide.domain.analytics.SuppressionThreshold;
import org.confide.domain.calendar.ClosurePeriod;
import org.confide.domain.calendar.PublicHoliday;
import org.confide.domain.calendar.ServiceLevel;
import org.confide.domain.calendar.WorkingCalendar;
import org.confide.domain.pattern.AlertRule;
import org.confide.domain.staff.Permission;
import org.confide.domain.staff.Role;

/** The administrator's side of the API: staff accounts, and the calendar with the service level. */
final class AdminApi {

  private final AdministerUseCase administer;
  private final Json json;
  private final Responses responses;
  private final StaffRoles roles;

  AdminApi(Confide confide, Json json, Responses responses) {
    this.administer = confide.administer();
    this.json = json;
    this.responses = responses;
    this.roles = new StaffRoles(confide, responses);
  }

  /** {@code GET /api/v1/admin/two-factor}: whether staff must sign in with a second factor. */
  void twoFactor(Context ctx) {
    responses.send(
        ctx,
        administer.settings(Bearer.token(ctx)),
        200,
        s -> new TwoFactorBody(s.staffTwoFactorRequired()));
  }

  /** {@code PUT /api/v1/admin/two-factor}: requires it of all staff, or stops requiring it. */
  void replaceTwoFactor(Context ctx) {
    var token = Bearer.token(ctx);
    if (!roles.allow(ctx, token, Permission.MANAGE_SERVICE)) {
      return;
    }
    var request = json.read(ctx, TwoFactorBody.class);
    var required = new Required();
    Boolean value = required.field("required", request.required());
    required.check();
    responses.sendNoContent(ctx, administer.requireTwoFactor(token, value));
  }

  /** {@code POST /api/v1/admin/two-factor/reset}: removes a member's authenticator. */
  void resetTwoFactor(Context ctx) {
    var token = Bearer.token(ctx);
    if (!roles.allow(ctx, token, Permission.MANAGE_STAFF)) {
      return;
    }
    var request = json.read(ctx, ResetRequest.class);
    var required = new Required();
    String email = required.field("email", request.email());
    required.check();
    responses.sendNoContent(ctx, administer.resetTwoFactor(token, email));
  }

  /** Whether two-factor sign-in is required of all staff. */
  record TwoFactorBody(Boolean required) {}

  /** Whose two-factor sign-in to reset. */
  record ResetRequest(String email) {}

  /** {@code POST /api/v1/admin/staff}. */
  void createStaff(Context ctx) {
    var token = Bearer.token(ctx);
    if (!roles.allow(ctx, token, Permission.MANAGE_STAFF)) {
      return;
    }
    var request = json.read(ctx, NewStaffRequest.class);
    var required = new Required();
    String email = required.field("email", request.email());
    String displayName = required.field("displayName", request.displayName());
    List<String> roleNames = required.field("roles", request.roles());
    String password = required.field("password", request.password());
    var roles = EnumSet.noneOf(Role.class);
    if (roleNames != null) {
      for (int i = 0; i < roleNames.size(); i++) {
        try {
          roles.add(Role.valueOf(String.valueOf(roleNames.get(i))));
        } catch (IllegalArgumentException e) {
          required.problem(
              "roles[" + i + "]", "Should be one of ADVISER, SAFEGUARDING_LEAD, ANALYST, ADMIN");
        }
      }
    }
    required.check();
    var staff = new AdministerUseCase.NewStaff(email, displayName, roles, password.toCharArray());
    responses.send(
        ctx, administer.createStaff(token, staff), 201, id -> new StaffCreated(id.toString()));
  }

  /** {@code GET /api/v1/admin/calendar}. */
  void calendar(Context ctx) {
    var token = Bearer.token(ctx);
    responses.send(ctx, administer.settings(token), 200, CalendarBody::of);
  }

  /**
   * {@code PUT /api/v1/admin/calendar}: replaces the calendar and the service level; the emergency
   * contacts and the retention period stay as they are.
   */
  void replaceCalendar(Context ctx) {
    var token = Bearer.token(ctx);
    if (!roles.allow(ctx, token, Permission.MANAGE_SERVICE)) {
      return;
    }
    var request = json.read(ctx, CalendarBody.class);
    var required = new Required();
    var calendar = request.toCalendar(required);
    var level = request.toServiceLevel(required);
    required.check();
    var current = administer.settings(token);
    if (!(current instanceof Outcome.Done<ServiceSettings> done)) {
      responses.sendNoContent(ctx, current);
      return;
    }
    var settings = done.value().withCalendar(calendar, level);
    responses.sendNoContent(ctx, administer.updateSettings(token, settings));
  }

  /** {@code GET /api/v1/admin/analysis}: the suppression threshold and the alert rule. */
  void analysis(Context ctx) {
    var token = Bearer.token(ctx);
    responses.send(ctx, administer.settings(token), 200, s -> AnalysisBody.of(s.analysis()));
  }

  /** {@code PUT /api/v1/admin/analysis}: replaces them; nothing else changes. */
  void replaceAnalysis(Context ctx) {
    var token = Bearer.token(ctx);
    if (!roles.allow(ctx, token, Permission.MANAGE_SERVICE)) {
      return;
    }
    var request = json.read(ctx, AnalysisBody.class);
    var required = new Required();
    Integer suppression = required.field("suppressionThreshold", request.suppressionThreshold());
    Integer alerts = required.field("alertThreshold", request.alertThreshold());
    Integer days = required.field("alertWindowDays", request.alertWindowDays());
    if (suppression != null
        && (suppression < SuppressionThreshold.MINIMUM
            || suppression > SuppressionThreshold.MAXIMUM)) {
      required.problem(
          "suppressionThreshold",
          "Should be from "
              + SuppressionThreshold.MINIMUM
              + " to "
              + SuppressionThreshold.MAXIMUM
              + ": smaller counts could point at a person");
    }
    if (alerts != null && (alerts < 2 || alerts > 100)) {
      required.problem("alertThreshold", "Should be from 2 to 100 reports");
    }
    if (days != null && (days < 1 || days > 3660)) {
      required.problem("alertWindowDays", "Should be from 1 to 3660 days");
    }
    required.check();
    var current = administer.settings(token);
    if (!(current instanceof Outcome.Done<ServiceSettings> done)) {
      responses.sendNoContent(ctx, current);
      return;
    }
    var analysis =
        new AnalysisSettings(
            new SuppressionThreshold(suppression),
            new AlertRule(alerts, java.time.Duration.ofDays(days)));
    responses.sendNoContent(
        ctx, administer.updateSettings(token, done.value().withAnalysis(analysis)));
  }

  /** The body of the analysis settings, as read and as replaced. */
  record AnalysisBody(
      Integer suppressionThreshold, Integer alertThreshold, Integer alertWindowDays) {
    static AnalysisBody of(AnalysisSettings analysis) {
      return new AnalysisBody(
          analysis.suppression().value(),
          analysis.alerts().threshold(),
          (int) analysis.alerts().window().toDays());
    }
  }

  /** The body of {@code POST /api/v1/admin/staff}. */
  record NewStaffRequest(String email, String displayName, List<String> roles, String password) {
    @Override
    public String toString() {
      return "NewStaffRequest[hidden]";
    }
  }

  /** The account created. */
  record StaffCreated(String id) {}

  /** The working calendar and service level, as read and as replaced. */
  record CalendarBody(
      List<String> workingWeekdays,
      String zone,
      List<HolidayBody> holidays,
      List<ClosureBody> closures,
      ServiceLevelBody serviceLevel) {

    static CalendarBody of(ServiceSettings settings) {
      var calendar = settings.calendar();
      return new CalendarBody(
          calendar.workingWeekdays().stream().sorted().map(DayOfWeek::name).toList(),
          calendar.zone().getId(),
          calendar.holidays().stream()
              .map(h -> new HolidayBody(h.date().toString(), h.name()))
              .toList(),
          calendar.closures().stream()
              .map(
                  c -> new ClosureBody(c.firstDay().toString(), c.lastDay().toString(), c.notice()))
              .toList(),
          new ServiceLevelBody(
              settings.serviceLevel().responseTargetWorkingDays(),
              settings.serviceLevel().escalationAcknowledgementWorkingDays()));
    }

    WorkingCalendar toCalendar(Required required) {
      var days = new HashSet<DayOfWeek>();
      var dayNames = required.field("workingWeekdays", workingWeekdays);
      if (dayNames != null) {
        for (int i = 0; i < dayNames.size(); i++) {
          try {
            days.add(DayOfWeek.valueOf(String.valueOf(dayNames.get(i))));
          } catch (IllegalArgumentException e) {
            required.problem("workingWeekdays[" + i + "]", "Should be a day such as MONDAY");
          }
        }
        if (dayNames.isEmpty()) {
          required.problem("workingWeekdays", "Name at least one working day");
        }
      }
      ZoneId zoneId = null;
      if (required.field("zone", zone) != null) {
        try {
          zoneId = ZoneId.of(zone);
        } catch (DateTimeException e) {
          required.problem("zone", "Should be a time zone such as Europe/London");
        }
      }
      var holidayList = new ArrayList<PublicHoliday>();
      var holidayBodies = required.field("holidays", holidays);
      if (holidayBodies != null) {
        for (int i = 0; i < holidayBodies.size(); i++) {
          var holiday = holidayBodies.get(i);
          var field = "holidays[" + i + "]";
          if (holiday == null) {
            required.problem(field, "Is required");
            continue;
          }
          var date = date(required, field + ".date", holiday.date());
          if (required.field(field + ".name", holiday.name()) != null && date != null) {
            try {
              holidayList.add(new PublicHoliday(date, holiday.name()));
            } catch (IllegalArgumentException e) {
              required.problem(field + ".name", "Should be 1 to 100 characters");
            }
          }
        }
      }
      var closureList = new ArrayList<ClosurePeriod>();
      var closureBodies = required.field("closures", closures);
      if (closureBodies != null) {
        for (int i = 0; i < closureBodies.size(); i++) {
          var closure = closureBodies.get(i);
          var field = "closures[" + i + "]";
          if (closure == null) {
            required.problem(field, "Is required");
            continue;
          }
          var first = date(required, field + ".firstDay", closure.firstDay());
          var last = date(required, field + ".lastDay", closure.lastDay());
          var notice = required.field(field + ".notice", closure.notice());
          if (first != null && last != null && notice != null) {
            try {
              closureList.add(new ClosurePeriod(first, last, notice));
            } catch (IllegalArgumentException e) {
              required.problem(field, closureProblem(first, last, notice));
            }
          }
        }
      }
      if (days.isEmpty() || zoneId == null) {
        return null;
      }
      try {
        return new WorkingCalendar(days, zoneId, holidayList, closureList);
      } catch (IllegalArgumentException e) {
        // Only the relations between entries are left to fail here: repeats and overlaps.
        required.problem(
            "holidays".equals(firstWord(e.getMessage())) ? "holidays" : "closures",
            "holidays".equals(firstWord(e.getMessage()))
                ? "Two holidays fall on the same date"
                : "Two closures overlap");
        return null;
      }
    }

    ServiceLevel toServiceLevel(Required required) {
      var level = required.field("serviceLevel", serviceLevel);
      if (level == null) {
        return null;
      }
      var response =
          required.field(
              "serviceLevel.responseTargetWorkingDays", level.responseTargetWorkingDays());
      var acknowledgement =
          required.field(
              "serviceLevel.escalationAcknowledgementWorkingDays",
              level.escalationAcknowledgementWorkingDays());
      if (response == null || acknowledgement == null) {
        return null;
      }
      if (response < 1 || response > ServiceLevel.MAX_RESPONSE_TARGET_WORKING_DAYS) {
        required.problem(
            "serviceLevel.responseTargetWorkingDays",
            "Should be 1 to " + ServiceLevel.MAX_RESPONSE_TARGET_WORKING_DAYS + " working days");
        return null;
      }
      if (acknowledgement < 1 || acknowledgement > response) {
        required.problem(
            "serviceLevel.escalationAcknowledgementWorkingDays",
            "Should be at least 1 and no more than the response target");
        return null;
      }
      return new ServiceLevel(response, acknowledgement);
    }

    private static LocalDate date(Required required, String field, String text) {
      if (required.field(field, text) == null) {
        return null;
      }
      try {
        return LocalDate.parse(text);
      } catch (DateTimeException e) {
        required.problem(field, "Should be a date, written YYYY-MM-DD");
        return null;
      }
    }

    private static String closureProblem(LocalDate first, LocalDate last, String notice) {
      if (last.isBefore(first)) {
        return "The last day must not be before the first day";
      }
      return notice.isBlank()
          ? "A closure needs a notice for reporters"
          : "The notice should be at most " + ClosurePeriod.MAX_NOTICE_LENGTH + " characters";
    }

    private static String firstWord(String message) {
      return message == null ? "" : message.split(" ", 2)[0];
    }
  }

  /** A public holiday. */
  record HolidayBody(String date, String name) {}

  /** A closure period with its notice. */
  record ClosureBody(String firstDay, String lastDay, String notice) {}

  /** The response targets, in working days. */
  record ServiceLevelBody(
      Integer responseTargetWorkingDays, Integer escalationAcknowledgementWorkingDays) {}
}
