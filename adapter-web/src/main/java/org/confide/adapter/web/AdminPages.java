package org.confide.adapter.web;

import io.javalin.http.Context;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.confide.adapter.web.page.FormError;
import org.confide.application.Confide;
import org.confide.application.port.in.AdministerUseCase;
import org.confide.application.port.in.ChangeCalendarUseCase;
import org.confide.application.port.in.IdentifyStaffUseCase.StaffIdentity;
import org.confide.application.port.in.Outcome;
import org.confide.domain.calendar.ClosurePeriod;
import org.confide.domain.calendar.PublicHoliday;
import org.confide.domain.settings.CalendarChange;
import org.confide.domain.settings.ServiceSettings;
import org.confide.domain.shared.Checked;
import org.confide.domain.staff.Role;

/**
 * The administrator's pages: staff accounts (create, deactivate), and the working calendar with the
 * service level (public holidays, closures and their notices, response targets).
 */
final class AdminPages {

  private final Pages pages;
  private final StaffPages staffPages;
  private final AdministerUseCase administer;
  private final ChangeCalendarUseCase changeCalendar;

  AdminPages(Confide confide, Pages pages, StaffPages staffPages) {
    this.pages = pages;
    this.staffPages = staffPages;
    this.administer = confide.administer();
    this.changeCalendar = confide.changeCalendar();
  }

  /** {@code GET /staff/admin/staff}. */
  void staff(Context ctx) {
    staffPages
        .signedIn(ctx)
        .ifPresent(signed -> showStaff(ctx, signed, noticeFor(ctx), Map.of(), List.of(), 200));
  }

  private void showStaff(
      Context ctx,
      StaffPages.Signed signed,
      String notice,
      Map<String, Object> values,
      List<FormError> errors,
      int status) {
    var frame = pages.staffFrame(ctx, Optional.of(signed.nav()));
    if (!(administer.listStaff(signed.token()) instanceof Outcome.Done<List<StaffIdentity>> done)) {
      forbidden(ctx, frame);
      return;
    }
    var params = new LinkedHashMap<String, Object>();
    params.put("notice", notice);
    params.put("errors", errors);
    params.put("staff", done.value());
    params.put("me", signed.who().email());
    params.put(
        "twoFactorRequired",
        administer.settings(signed.token()) instanceof Outcome.Done<ServiceSettings> settings
            && settings.value().staffTwoFactorRequired());
    params.put("email", values.getOrDefault("email", ""));
    params.put("displayName", values.getOrDefault("displayName", ""));
    params.put("roles", values.getOrDefault("roles", List.of()));
    pages.render(ctx, status, frame, "staff/admin-staff.jte", params);
  }

  /** {@code POST /staff/admin/staff}: a new account. */
  void createStaff(Context ctx) {
    var signed = staffPages.signedIn(ctx);
    if (signed.isEmpty()) {
      return;
    }
    var email = Optional.ofNullable(ctx.formParam("email")).orElse("").strip();
    var displayName = Optional.ofNullable(ctx.formParam("displayName")).orElse("").strip();
    var password = Optional.ofNullable(ctx.formParam("password")).orElse("");
    var roles = EnumSet.noneOf(Role.class);
    for (var name : ctx.formParams("roles")) {
      // No unknown role can be ticked on this page; one sent by hand is dropped, and a form left
      // with no role is refused by the use case, which names the field.
      EnumNames.named(Role.class, name).ifPresent(roles::add);
    }
    var values =
        Map.<String, Object>of(
            "email",
            email,
            "displayName",
            displayName,
            "roles",
            roles.stream().map(Enum::name).toList());
    var outcome =
        administer.createStaff(
            signed.get().token(),
            new AdministerUseCase.NewStaff(email, displayName, roles, password.toCharArray()));
    switch (outcome) {
      case Outcome.Done<?> ignored -> Pages.seeOther(ctx, "/staff/admin/staff?done=created");
      case Outcome.Invalid<?> invalid ->
          showStaff(
              ctx,
              signed.get(),
              null,
              values,
              invalid.problems().stream()
                  .map(p -> new FormError(staffAnchor(p.field()), p.message()))
                  .toList(),
              400);
      case Outcome.Refused<?> refused ->
          showStaff(
              ctx,
              signed.get(),
              null,
              values,
              List.of(new FormError("email", refused.reason())),
              409);
      default -> forbidden(ctx, pages.staffFrame(ctx, Optional.of(signed.get().nav())));
    }
  }

  private static String staffAnchor(String field) {
    if (field.startsWith("roles")) {
      return "roles";
    }
    return switch (field) {
      case "displayName", "password" -> field;
      default -> "email";
    };
  }

  /** {@code POST /staff/admin/staff/deactivate}. */
  void deactivate(Context ctx) {
    var signed = staffPages.signedIn(ctx);
    if (signed.isEmpty()) {
      return;
    }
    var email = Optional.ofNullable(ctx.formParam("email")).orElse("");
    switch (administer.deactivateStaff(signed.get().token(), email)) {
      case Outcome.Done<?> ignored -> Pages.seeOther(ctx, "/staff/admin/staff?done=deactivated");
      case Outcome.Refused<?> refused ->
          showStaff(
              ctx,
              signed.get(),
              null,
              Map.of(),
              List.of(new FormError("email", refused.reason())),
              409);
      case Outcome.Invalid<?> invalid ->
          showStaff(
              ctx,
              signed.get(),
              null,
              Map.of(),
              List.of(new FormError("email", invalid.problems().getFirst().message())),
              400);
      case Outcome.NotFound<?> notFound ->
          showStaff(ctx, signed.get(), null, Map.of(), List.of(NO_SUCH_ACCOUNT), 404);
      default -> forbidden(ctx, pages.staffFrame(ctx, Optional.of(signed.get().nav())));
    }
  }

  private static final FormError NO_SUCH_ACCOUNT =
      new FormError("email", "There is no account with that email address");

  /** {@code POST /staff/admin/staff/reset-two-factor}: for a member's lost or replaced phone. */
  void resetTwoFactor(Context ctx) {
    var signed = staffPages.signedIn(ctx);
    if (signed.isEmpty()) {
      return;
    }
    var email = Optional.ofNullable(ctx.formParam("email")).orElse("");
    switch (administer.resetTwoFactor(signed.get().token(), email)) {
      case Outcome.Done<?> ignored -> Pages.seeOther(ctx, "/staff/admin/staff?done=reset");
      case Outcome.NotFound<?> notFound ->
          showStaff(ctx, signed.get(), null, Map.of(), List.of(NO_SUCH_ACCOUNT), 404);
      case Outcome.Unauthenticated<?> gone -> staffPages.signedIn(ctx);
      default -> forbidden(ctx, pages.staffFrame(ctx, Optional.of(signed.get().nav())));
    }
  }

  /** {@code POST /staff/admin/two-factor}: requires two-factor sign-in of all staff, or not. */
  void requireTwoFactor(Context ctx) {
    var signed = staffPages.signedIn(ctx);
    if (signed.isEmpty()) {
      return;
    }
    // A checkbox sends "yes" or nothing; anything else is not this form's.
    var sent = ctx.formParam("required");
    if (sent != null && !sent.equals("yes")) {
      showStaff(
          ctx,
          signed.get(),
          null,
          Map.of(),
          List.of(new FormError("required", "Tick the box to require it, or leave it empty")),
          400);
      return;
    }
    switch (administer.requireTwoFactor(signed.get().token(), sent != null)) {
      case Outcome.Done<?> ignored -> Pages.seeOther(ctx, "/staff/admin/staff?done=saved");
      case Outcome.Unauthenticated<?> gone -> staffPages.signedIn(ctx);
      default -> forbidden(ctx, pages.staffFrame(ctx, Optional.of(signed.get().nav())));
    }
  }

  /** {@code GET /staff/admin/calendar}. */
  void calendar(Context ctx) {
    staffPages
        .signedIn(ctx)
        .ifPresent(signed -> showCalendar(ctx, signed, noticeFor(ctx), Map.of(), List.of(), 200));
  }

  private void showCalendar(
      Context ctx,
      StaffPages.Signed signed,
      String notice,
      Map<String, String> values,
      List<FormError> errors,
      int status) {
    var frame = pages.staffFrame(ctx, Optional.of(signed.nav()));
    if (!(administer.settings(signed.token()) instanceof Outcome.Done<ServiceSettings> done)) {
      forbidden(ctx, frame);
      return;
    }
    var settings = done.value();
    var params = new LinkedHashMap<String, Object>();
    params.put("notice", notice);
    params.put("errors", errors);
    params.put("zone", settings.calendar().zone().getId());
    params.put(
        "holidays",
        settings.calendar().holidays().stream()
            .sorted(java.util.Comparator.comparing(PublicHoliday::date))
            .toList());
    params.put(
        "closures",
        settings.calendar().closures().stream()
            .sorted(java.util.Comparator.comparing(ClosurePeriod::firstDay))
            .toList());
    params.put(
        "responseTarget",
        values.getOrDefault(
            "responseTarget", String.valueOf(settings.serviceLevel().responseTargetWorkingDays())));
    params.put(
        "acknowledgement",
        values.getOrDefault(
            "acknowledgement",
            String.valueOf(settings.serviceLevel().escalationAcknowledgementWorkingDays())));
    params.put("values", values);
    pages.render(ctx, status, frame, "staff/admin-calendar.jte", params);
  }

  /**
   * {@code POST /staff/admin/calendar}: one change, named by {@code action}: the service level, or
   * adding or removing a public holiday or a closure.
   */
  void updateCalendar(Context ctx) {
    var signed = staffPages.signedIn(ctx);
    if (signed.isEmpty()) {
      return;
    }
    var values = new LinkedHashMap<String, String>();
    for (var name :
        List.of(
            "responseTarget",
            "acknowledgement",
            "holidayDate",
            "holidayName",
            "closureFirst",
            "closureLast",
            "closureNotice")) {
      values.put(name, Optional.ofNullable(ctx.formParam(name)).orElse("").strip());
    }
    var action = Optional.ofNullable(ctx.formParam("action")).orElse("");
    var errors = new ArrayList<FormError>();
    var change =
        switch (action) {
          case "level" -> level(values, errors);
          case "add-holiday" -> addHoliday(values, errors);
          case "remove-holiday" ->
              date(ctx.formParam("date"), "main", "the holiday", errors)
                  .map(CalendarChange.RemoveHoliday::new);
          case "add-closure" -> addClosure(values, errors);
          case "remove-closure" ->
              date(ctx.formParam("date"), "main", "the closure", errors)
                  .map(CalendarChange.RemoveClosure::new);
          default -> {
            errors.add(new FormError("main", "That change is not one this page makes"));
            yield Optional.<CalendarChange>empty();
          }
        };
    if (!errors.isEmpty() || change.isEmpty()) {
      showCalendar(ctx, signed.get(), null, values, errors, 400);
      return;
    }
    var outcome =
        changeCalendar.change(
            new ChangeCalendarUseCase.Command(signed.get().token(), change.get()));
    switch (outcome) {
      case Outcome.Done<?> ignored -> Pages.seeOther(ctx, "/staff/admin/calendar?done=saved");
      case Outcome.Invalid<?> invalid ->
          showCalendar(
              ctx,
              signed.get(),
              null,
              values,
              invalid.problems().stream()
                  .map(p -> new FormError(anchorOf(action, p.field()), p.message()))
                  .toList(),
              400);
      case Outcome.Unauthenticated<?> gone -> staffPages.signedIn(ctx);
      default -> forbidden(ctx, pages.staffFrame(ctx, Optional.of(signed.get().nav())));
    }
  }

  private static Optional<CalendarChange> level(
      Map<String, String> values, List<FormError> errors) {
    var target =
        whole(values.get("responseTarget"), "responseTarget", "The response target", errors);
    var ack =
        whole(values.get("acknowledgement"), "acknowledgement", "The acknowledgement time", errors);
    return Optional.of(new CalendarChange.SetServiceLevel(target, ack));
  }

  private static Optional<CalendarChange> addHoliday(
      Map<String, String> values, List<FormError> errors) {
    var date = date(values.get("holidayDate"), "holidayDate", "the holiday", errors);
    var holiday = PublicHoliday.check(date.orElse(null), values.get("holidayName"));
    for (var problem : holiday.problems()) {
      if (date.isPresent() || !problem.field().equals("date")) {
        errors.add(new FormError(anchorOf("add-holiday", problem.field()), problem.message()));
      }
    }
    return switch (holiday) {
      case Checked.Valid<PublicHoliday> valid ->
          Optional.of(new CalendarChange.AddHoliday(valid.value()));
      case Checked.Invalid<PublicHoliday> invalid -> Optional.empty();
    };
  }

  private static Optional<CalendarChange> addClosure(
      Map<String, String> values, List<FormError> errors) {
    var first = date(values.get("closureFirst"), "closureFirst", "the first day", errors);
    var last = date(values.get("closureLast"), "closureLast", "the last day", errors);
    var closure =
        ClosurePeriod.check(first.orElse(null), last.orElse(null), values.get("closureNotice"));
    for (var problem : closure.problems()) {
      var missingDate =
          (problem.field().equals("firstDay") && first.isEmpty())
              || (problem.field().equals("lastDay") && last.isEmpty());
      if (!missingDate) {
        errors.add(new FormError(anchorOf("add-closure", problem.field()), problem.message()));
      }
    }
    return switch (closure) {
      case Checked.Valid<ClosurePeriod> valid ->
          Optional.of(new CalendarChange.AddClosure(valid.value()));
      case Checked.Invalid<ClosurePeriod> invalid -> Optional.empty();
    };
  }

  private static int whole(String text, String field, String what, List<FormError> errors) {
    try {
      return Integer.parseInt(text);
    } catch (NumberFormatException e) {
      errors.add(new FormError(field, what + " must be a whole number of working days"));
      return 0;
    }
  }

  private static Optional<LocalDate> date(
      String text, String field, String what, List<FormError> errors) {
    try {
      // A field left out of the post is a date not given, told as any other.
      return Optional.of(LocalDate.parse(text == null ? "" : text));
    } catch (DateTimeParseException e) {
      errors.add(new FormError(field, "Enter " + what + " as a date, like 2026-12-25"));
      return Optional.empty();
    }
  }

  /** The field of this page that a problem with part {@code part} of a change belongs to. */
  private static String anchorOf(String action, String part) {
    return switch (action + ":" + part) {
      case "level:escalationAcknowledgementWorkingDays" -> "acknowledgement";
      case "add-holiday:name" -> "holidayName";
      case "add-closure:lastDay" -> "closureLast";
      case "add-closure:notice" -> "closureNotice";
      default ->
          switch (action) {
            case "level" -> "responseTarget";
            case "add-holiday" -> "holidayDate";
            case "add-closure" -> "closureFirst";
            default -> "main";
          };
    };
  }

  private static String noticeFor(Context ctx) {
    return switch (Optional.ofNullable(ctx.queryParam("done")).orElse("")) {
      case "created" -> "The account has been created. Give its holder the password in person.";
      case "deactivated" -> "The account has been deactivated and its sessions ended.";
      case "reset" ->
          "Their two-factor sign-in has been reset and their sessions ended. They set it up again"
              + " when they next sign in.";
      case "saved" -> "The change has been saved.";
      default -> null;
    };
  }

  private void forbidden(Context ctx, org.confide.adapter.web.page.Frame frame) {
    pages.message(
        ctx,
        403,
        frame,
        "Not part of your role",
        "This page is for administrators.",
        "Back to the first page",
        "/staff");
  }
}
