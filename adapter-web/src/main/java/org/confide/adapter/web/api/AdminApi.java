package org.confide.adapter.web.api;

import io.javalin.http.Context;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import org.confide.adapter.web.EnumNames;
import org.confide.adapter.web.Json;
import org.confide.adapter.web.RequestProblems;
import org.confide.adapter.web.Responses;
import org.confide.application.Confide;
import org.confide.application.port.in.ChangeAnalysisUseCase;
import org.confide.application.port.in.ChangeCalendarUseCase;
import org.confide.application.port.in.CreateStaffUseCase;
import org.confide.application.port.in.Failure;
import org.confide.application.port.in.ReadSettingsUseCase;
import org.confide.application.port.in.RequireTwoFactorUseCase;
import org.confide.application.port.in.ResetTwoFactorUseCase;
import org.confide.domain.analytics.SuppressionThreshold;
import org.confide.domain.calendar.ClosurePeriod;
import org.confide.domain.calendar.PublicHoliday;
import org.confide.domain.calendar.ServiceLevel;
import org.confide.domain.calendar.WorkingCalendar;
import org.confide.domain.pattern.AlertRule;
import org.confide.domain.settings.AnalysisSettings;
import org.confide.domain.settings.CalendarChange;
import org.confide.domain.settings.ServiceSettings;
import org.confide.domain.shared.ProblemCode;
import org.confide.domain.staff.EmailAddress;
import org.confide.domain.staff.Permission;
import org.confide.domain.staff.Role;

/** The administrator's side of the API: staff accounts, and the calendar with the service level. */
public final class AdminApi {

  private final CreateStaffUseCase createStaff;
  private final ResetTwoFactorUseCase resetTwoFactor;
  private final RequireTwoFactorUseCase requireTwoFactor;
  private final ReadSettingsUseCase readSettings;
  private final ChangeAnalysisUseCase changeAnalysis;
  private final ChangeCalendarUseCase changeCalendar;
  private final Json json;
  private final Responses responses;
  private final StaffRoles roles;

  public AdminApi(Confide confide, Json json, Responses responses) {
    this.createStaff = confide.createStaff();
    this.resetTwoFactor = confide.resetTwoFactor();
    this.requireTwoFactor = confide.requireTwoFactor();
    this.readSettings = confide.readSettings();
    this.changeAnalysis = confide.changeAnalysis();
    this.changeCalendar = confide.changeCalendar();
    this.json = json;
    this.responses = responses;
    this.roles = new StaffRoles(confide, responses);
  }

  /** {@code GET /api/v1/admin/two-factor}: whether staff must sign in with a second factor. */
  public void twoFactor(Context ctx) {
    responses.send(
        ctx,
        readSettings.read(Bearer.token(ctx)),
        200,
        s -> new TwoFactorBody(s.staffTwoFactorRequired()));
  }

  /** {@code PUT /api/v1/admin/two-factor}: requires it of all staff, or stops requiring it. */
  public void replaceTwoFactor(Context ctx) {
    var token = Bearer.token(ctx);
    if (!roles.allow(ctx, token, Permission.MANAGE_SERVICE)) {
      return;
    }
    var request = json.read(ctx, TwoFactorBody.class);
    RequestProblems.of(request).check();
    Boolean value = request.required();
    responses.sendNoContent(
        ctx, requireTwoFactor.require(token, new RequireTwoFactorUseCase.Command(value)));
  }

  /** {@code POST /api/v1/admin/two-factor/reset}: removes a member's authenticator. */
  public void resetTwoFactor(Context ctx) {
    var token = Bearer.token(ctx);
    if (!roles.allow(ctx, token, Permission.MANAGE_STAFF)) {
      return;
    }
    var request = json.read(ctx, ResetRequest.class);
    RequestProblems.of(request).check();
    var email = EmailAddress.read(request.email());
    if (email.isEmpty()) {
      // Text that is no address names no account: answered as an address with none.
      responses.fail(ctx, new Failure.NotFound());
      return;
    }
    responses.sendNoContent(
        ctx, resetTwoFactor.reset(token, new ResetTwoFactorUseCase.Command(email.get())));
  }

  /** Whether two-factor sign-in is required of all staff. */
  record TwoFactorBody(@NotNull Boolean required) {}

  /** Whose two-factor sign-in to reset. */
  record ResetRequest(@NotNull String email) {}

  /** {@code POST /api/v1/admin/staff}. */
  public void createStaff(Context ctx) {
    var token = Bearer.token(ctx);
    if (!roles.allow(ctx, token, Permission.MANAGE_STAFF)) {
      return;
    }
    var request = json.read(ctx, NewStaffRequest.class);
    var required = RequestProblems.of(request);
    String email = request.email();
    String displayName = request.displayName();
    List<String> roleNames = request.roles();
    String password = request.password();
    var roles = EnumSet.noneOf(Role.class);
    if (roleNames != null) {
      for (int i = 0; i < roleNames.size(); i++) {
        var role = EnumNames.named(Role.class, String.valueOf(roleNames.get(i)));
        if (role.isPresent()) {
          roles.add(role.get());
        } else {
          required.problem(
              "roles[" + i + "]", ProblemCode.ONE_OF, "ADVISER, SAFEGUARDING_LEAD, ANALYST, ADMIN");
        }
      }
    }
    required.check();
    var staff = new CreateStaffUseCase.Command(email, displayName, roles, password.toCharArray());
    responses.send(
        ctx, createStaff.create(token, staff), 201, id -> new StaffCreated(id.toString()));
  }

  /** {@code GET /api/v1/admin/calendar}. */
  public void calendar(Context ctx) {
    var token = Bearer.token(ctx);
    responses.send(ctx, readSettings.read(token), 200, CalendarBody::of);
  }

  /**
   * {@code PUT /api/v1/admin/calendar}: replaces the calendar and the service level; the emergency
   * contacts and the retention period stay as they are.
   */
  public void replaceCalendar(Context ctx) {
    var token = Bearer.token(ctx);
    if (!roles.allow(ctx, token, Permission.MANAGE_SERVICE)) {
      return;
    }
    var request = json.read(ctx, CalendarBody.class);
    var required = RequestProblems.of(request);
    var calendar = request.toCalendar(required);
    var level = request.toServiceLevel(required);
    required.check();
    responses.sendNoContent(
        ctx,
        changeCalendar.change(
            token,
            new ChangeCalendarUseCase.Command(
                new CalendarChange.Replace(calendar.orElseThrow(), level.orElseThrow()))));
  }

  /** {@code GET /api/v1/admin/analysis}: the suppression threshold and the alert rule. */
  public void analysis(Context ctx) {
    var token = Bearer.token(ctx);
    responses.send(ctx, readSettings.read(token), 200, s -> AnalysisBody.of(s.analysis()));
  }

  /** {@code PUT /api/v1/admin/analysis}: replaces them; nothing else changes. */
  public void replaceAnalysis(Context ctx) {
    var token = Bearer.token(ctx);
    if (!roles.allow(ctx, token, Permission.MANAGE_SERVICE)) {
      return;
    }
    var request = json.read(ctx, AnalysisBody.class);
    var required = RequestProblems.of(request);
    Integer suppression = request.suppressionThreshold();
    Integer alerts = request.alertThreshold();
    Integer days = request.alertWindowDays();
    if (suppression != null
        && (suppression < SuppressionThreshold.MINIMUM
            || suppression > SuppressionThreshold.MAXIMUM)) {
      required.problem(
          "suppressionThreshold",
          ProblemCode.REQUEST_SUPPRESSION,
          SuppressionThreshold.MINIMUM,
          SuppressionThreshold.MAXIMUM);
    }
    if (alerts != null && (alerts < 2 || alerts > 100)) {
      required.problem("alertThreshold", ProblemCode.REQUEST_ALERT_THRESHOLD, 2, 100);
    }
    if (days != null && (days < 1 || days > 3660)) {
      required.problem("alertWindowDays", ProblemCode.REQUEST_ALERT_WINDOW, 1, 3660);
    }
    required.check();
    var analysis =
        new AnalysisSettings(
            new SuppressionThreshold(suppression),
            new AlertRule(alerts, java.time.Duration.ofDays(days)));
    responses.sendNoContent(
        ctx, changeAnalysis.change(token, new ChangeAnalysisUseCase.Command(analysis)));
  }

  /** The body of the analysis settings, as read and as replaced. */
  record AnalysisBody(
      @NotNull Integer suppressionThreshold,
      @NotNull Integer alertThreshold,
      @NotNull Integer alertWindowDays) {
    static AnalysisBody of(AnalysisSettings analysis) {
      return new AnalysisBody(
          analysis.suppression().value(),
          analysis.alerts().threshold(),
          (int) analysis.alerts().window().toDays());
    }
  }

  /** The body of {@code POST /api/v1/admin/staff}. */
  record NewStaffRequest(
      @NotNull String email,
      @NotNull String displayName,
      @NotNull List<String> roles,
      @NotNull String password) {
    @Override
    public String toString() {
      return "NewStaffRequest[hidden]";
    }
  }

  /** The account created. */
  record StaffCreated(String id) {}

  /** The working calendar and service level, as read and as replaced. */
  record CalendarBody(
      @NotNull List<String> workingWeekdays,
      @NotNull String zone,
      @NotNull List<@NotNull @Valid HolidayBody> holidays,
      @NotNull List<@NotNull @Valid ClosureBody> closures,
      @NotNull @Valid ServiceLevelBody serviceLevel) {

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

    Optional<WorkingCalendar> toCalendar(RequestProblems required) {
      var days = new HashSet<DayOfWeek>();
      var dayNames = workingWeekdays;
      if (dayNames != null) {
        for (int i = 0; i < dayNames.size(); i++) {
          var day = EnumNames.named(DayOfWeek.class, String.valueOf(dayNames.get(i)));
          if (day.isPresent()) {
            days.add(day.get());
          } else {
            required.problem("workingWeekdays[" + i + "]", ProblemCode.REQUEST_WEEKDAY);
          }
        }
      }
      ZoneId zoneId = null;
      if (zone != null) {
        try {
          zoneId = ZoneId.of(zone);
        } catch (DateTimeException e) {
          required.problem("zone", ProblemCode.REQUEST_ZONE);
        }
      }
      var holidayList = new ArrayList<PublicHoliday>();
      var holidayBodies = holidays;
      if (holidayBodies != null) {
        for (int i = 0; i < holidayBodies.size(); i++) {
          var holiday = holidayBodies.get(i);
          var field = "holidays[" + i + "]";
          if (holiday == null) {
            continue;
          }
          var date = date(required, field + ".date", holiday.date());
          if (holiday.name() != null && date != null) {
            PublicHoliday.check(date, holiday.name())
                .renamed(part -> field + "." + part)
                .collect(required.problems())
                .ifPresent(holidayList::add);
          }
        }
      }
      var closureList = new ArrayList<ClosurePeriod>();
      var closureBodies = closures;
      if (closureBodies != null) {
        for (int i = 0; i < closureBodies.size(); i++) {
          var closure = closureBodies.get(i);
          var field = "closures[" + i + "]";
          if (closure == null) {
            continue;
          }
          var first = date(required, field + ".firstDay", closure.firstDay());
          var last = date(required, field + ".lastDay", closure.lastDay());
          var notice = closure.notice();
          if (first != null && last != null && notice != null) {
            ClosurePeriod.check(first, last, notice)
                .renamed(part -> field)
                .collect(required.problems())
                .ifPresent(closureList::add);
          }
        }
      }
      if (dayNames == null || (days.isEmpty() && !dayNames.isEmpty()) || zoneId == null) {
        return Optional.empty();
      }
      return WorkingCalendar.check(days, zoneId, holidayList, closureList)
          .collect(required.problems());
    }

    Optional<ServiceLevel> toServiceLevel(RequestProblems required) {
      var level = serviceLevel;
      if (level == null) {
        return Optional.empty();
      }
      var response = level.responseTargetWorkingDays();
      var acknowledgement = level.escalationAcknowledgementWorkingDays();
      if (response == null || acknowledgement == null) {
        return Optional.empty();
      }
      return ServiceLevel.check(response, acknowledgement)
          .renamed(part -> "serviceLevel." + part)
          .collect(required.problems());
    }

    private static LocalDate date(RequestProblems required, String field, String text) {
      if (text == null) {
        return null;
      }
      try {
        return LocalDate.parse(text);
      } catch (DateTimeException e) {
        required.problem(field, ProblemCode.REQUEST_DATE);
        return null;
      }
    }
  }

  /** A public holiday. */
  record HolidayBody(@NotNull String date, @NotNull String name) {}

  /** A closure period with its notice. */
  record ClosureBody(@NotNull String firstDay, @NotNull String lastDay, @NotNull String notice) {}

  /** The response targets, in working days. */
  record ServiceLevelBody(
      @NotNull Integer responseTargetWorkingDays,
      @NotNull Integer escalationAcknowledgementWorkingDays) {}
}
