package org.confide.adapter.web.pages;

import io.javalin.http.Context;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.confide.adapter.web.i18n.Texts;
import org.confide.adapter.web.pages.view.CalendarPage;
import org.confide.adapter.web.pages.view.FormError;
import org.confide.application.Confide;
import org.confide.application.port.in.ChangeCalendarUseCase;
import org.confide.application.port.in.Outcome;
import org.confide.application.port.in.ReadSettingsUseCase;
import org.confide.application.port.in.StaffRequestFailure;
import org.confide.domain.calendar.ClosurePeriod;
import org.confide.domain.calendar.PublicHoliday;
import org.confide.domain.settings.CalendarChange;
import org.confide.domain.settings.ServiceSettings;
import org.confide.domain.shared.Checked;
import org.confide.domain.shared.FieldProblem;

/**
 * The administrator's page of working days: the service level (response and acknowledgement
 * targets), public holidays, and closures with their notices. Each form makes one change, in one
 * use case.
 */
public final class CalendarSettings {

  private final Pages pages;
  private final StaffSession session;
  private final ReadSettingsUseCase readSettings;
  private final ChangeCalendarUseCase changeCalendar;

  public CalendarSettings(Confide confide, Pages pages) {
    this.pages = pages;
    this.session = new StaffSession(confide, pages);
    this.readSettings = confide.readSettings();
    this.changeCalendar = confide.changeCalendar();
  }

  /** The changes this page makes, each by the {@code action} its form sends. */
  private enum Action {
    LEVEL("level"),
    ADD_HOLIDAY("add-holiday"),
    REMOVE_HOLIDAY("remove-holiday"),
    ADD_CLOSURE("add-closure"),
    REMOVE_CLOSURE("remove-closure");

    private final String sent;

    Action(String sent) {
      this.sent = sent;
    }

    static Optional<Action> sent(String text) {
      return Arrays.stream(values()).filter(action -> action.sent.equals(text)).findFirst();
    }
  }

  /** {@code GET /staff/admin/calendar}. */
  public void calendar(Context ctx) {
    session
        .signedIn(ctx)
        .ifPresent(signed ->
            showCalendar(ctx, signed, Administration.notice(ctx), Map.of(), List.of(), 200));
  }

  private void showCalendar(
      Context ctx,
      StaffSession.Signed signed,
      String notice,
      Map<String, String> values,
      List<FormError> errors,
      int status) {
    var frame = session.frame(ctx, signed);
    var read = Administration.settings(pages, ctx, frame, readSettings, signed);
    if (read.isEmpty()) {
      return;
    }
    var settings = read.get();
    var page =
        new CalendarPage(
            frame,
            notice,
            errors,
            settings.calendar().zone().getId(),
            settings.calendar().holidays().stream()
                .sorted(Comparator.comparing(PublicHoliday::date))
                .toList(),
            settings.calendar().closures().stream()
                .sorted(Comparator.comparing(ClosurePeriod::firstDay))
                .toList(),
            values.getOrDefault(
                "responseTarget",
                String.valueOf(settings.serviceLevel().responseTargetWorkingDays())),
            values.getOrDefault(
                "acknowledgement",
                String.valueOf(settings.serviceLevel().escalationAcknowledgementWorkingDays())),
            values.getOrDefault("holidayDate", ""),
            values.getOrDefault("holidayName", ""),
            values.getOrDefault("closureFirst", ""),
            values.getOrDefault("closureLast", ""),
            values.getOrDefault("closureNotice", ""),
            "calendar-" + answered(ctx).sent);
    pages.render(ctx, status, page);
  }

  /** The change whose form {@code ctx} sent, if it holds something typed; else the level's. */
  private static Action answered(Context ctx) {
    return Action.sent(Optional.ofNullable(ctx.formParam("action")).orElse(""))
        .filter(action -> action != Action.REMOVE_HOLIDAY && action != Action.REMOVE_CLOSURE)
        .orElse(Action.LEVEL);
  }

  /**
   * {@code POST /staff/admin/calendar}: one change, named by {@code action}: the service level, or
   * adding or removing a public holiday or a closure.
   */
  public void updateCalendar(Context ctx) {
    var signed = session.signedIn(ctx);
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
    if (PageLanguages.switching(ctx)) {
      // What was typed, in the language asked for (the other forms as they stand); nothing
      // checked or changed.
      var typed = new LinkedHashMap<String, String>();
      values.forEach((name, value) -> {
        if (ctx.formParam(name) != null) {
          typed.put(name, value);
        }
      });
      showCalendar(ctx, signed.get(), null, typed, List.of(), 200);
      return;
    }
    var texts = pages.texts(ctx);
    var sent = Action.sent(Optional.ofNullable(ctx.formParam("action")).orElse(""));
    if (sent.isEmpty()) {
      var errors = List.of(error("main", texts));
      showCalendar(ctx, signed.get(), null, values, errors, 400);
      return;
    }
    var action = sent.get();
    var errors = new ArrayList<FormError>();
    var change =
        switch (action) {
          case LEVEL -> level(values, errors, texts);
          case ADD_HOLIDAY -> addHoliday(values, errors, texts);
          case REMOVE_HOLIDAY ->
              date(ctx.formParam("date"), "main", errors, texts)
                  .map(CalendarChange.RemoveHoliday::new);
          case ADD_CLOSURE -> addClosure(values, errors, texts);
          case REMOVE_CLOSURE ->
              date(ctx.formParam("date"), "main", errors, texts)
                  .map(CalendarChange.RemoveClosure::new);
        };
    if (!errors.isEmpty() || change.isEmpty()) {
      showCalendar(ctx, signed.get(), null, values, errors, 400);
      return;
    }
    var outcome =
        changeCalendar.change(
            signed.get().token(), new ChangeCalendarUseCase.Command(change.get()));
    switch (outcome) {
      case Outcome.Done<ServiceSettings, StaffRequestFailure> saved ->
          Pages.seeOther(ctx, "/staff/admin/calendar?done=saved");
      case Outcome.Failed<ServiceSettings, StaffRequestFailure>(var failure) ->
          Administration.failed(
              pages,
              session,
              ctx,
              signed.get(),
              failure,
              problems ->
                  showCalendar(
                      ctx,
                      signed.get(),
                      null,
                      values,
                      problems.stream()
                          .map(p -> error(p, anchorOf(action, p.field()), texts))
                          .toList(),
                      400));
    }
  }

  private static Optional<CalendarChange> level(
      Map<String, String> values, List<FormError> errors, Texts texts) {
    var target = whole(values.get("responseTarget"), "responseTarget", errors, texts);
    var ack = whole(values.get("acknowledgement"), "acknowledgement", errors, texts);
    return Optional.of(new CalendarChange.SetServiceLevel(target, ack));
  }

  private static Optional<CalendarChange> addHoliday(
      Map<String, String> values, List<FormError> errors, Texts texts) {
    var date = date(values.get("holidayDate"), "holidayDate", errors, texts);
    var holiday = PublicHoliday.check(date.orElse(null), values.get("holidayName"));
    for (var problem : holiday.problems()) {
      if (date.isPresent() || !problem.field().equals("date")) {
        errors.add(error(problem, anchorOf(Action.ADD_HOLIDAY, problem.field()), texts));
      }
    }
    return switch (holiday) {
      case Checked.Valid<PublicHoliday> valid ->
          Optional.of(new CalendarChange.AddHoliday(valid.value()));
      case Checked.Invalid<PublicHoliday> invalid -> Optional.empty();
    };
  }

  private static Optional<CalendarChange> addClosure(
      Map<String, String> values, List<FormError> errors, Texts texts) {
    var first = date(values.get("closureFirst"), "closureFirst", errors, texts);
    var last = date(values.get("closureLast"), "closureLast", errors, texts);
    var closure =
        ClosurePeriod.check(first.orElse(null), last.orElse(null), values.get("closureNotice"));
    for (var problem : closure.problems()) {
      var missingDate =
          (problem.field().equals("firstDay") && first.isEmpty())
              || (problem.field().equals("lastDay") && last.isEmpty());
      if (!missingDate) {
        errors.add(error(problem, anchorOf(Action.ADD_CLOSURE, problem.field()), texts));
      }
    }
    return switch (closure) {
      case Checked.Valid<ClosurePeriod> valid ->
          Optional.of(new CalendarChange.AddClosure(valid.value()));
      case Checked.Invalid<ClosurePeriod> invalid -> Optional.empty();
    };
  }

  private static int whole(String text, String field, List<FormError> errors, Texts texts) {
    try {
      return Integer.parseInt(text);
    } catch (NumberFormatException e) {
      errors.add(error(field, texts));
      return 0;
    }
  }

  private static Optional<LocalDate> date(
      String text, String field, List<FormError> errors, Texts texts) {
    try {
      // A field left out of the post is a date not given, told as any other.
      return Optional.of(LocalDate.parse(text == null ? "" : text));
    } catch (DateTimeParseException e) {
      errors.add(error(field, texts));
      return Optional.empty();
    }
  }

  /** The error at {@code anchor}: what this page found wrong with the field, in its words. */
  private static FormError error(String anchor, Texts texts) {
    return new FormError(anchor, texts.text("admin.calendar.error." + anchor));
  }

  /** The error at {@code anchor} for what a check or the use case found wrong. */
  private static FormError error(FieldProblem problem, String anchor, Texts texts) {
    return FormError.of(anchor, problem, texts);
  }

  /** The field of this page that a problem with part {@code part} of a change belongs to. */
  private static String anchorOf(Action action, String part) {
    return switch (action) {
      case LEVEL ->
          part.equals("escalationAcknowledgementWorkingDays")
              ? "acknowledgement"
              : "responseTarget";
      case ADD_HOLIDAY -> part.equals("name") ? "holidayName" : "holidayDate";
      case ADD_CLOSURE ->
          part.equals("lastDay")
              ? "closureLast"
              : part.equals("notice") ? "closureNotice" : "closureFirst";
      case REMOVE_HOLIDAY, REMOVE_CLOSURE -> "main";
    };
  }
}
