package org.confide.adapter.web.api;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.http.Context;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import org.confide.adapter.web.EnumNames;
import org.confide.adapter.web.Json;
import org.confide.adapter.web.RequestProblems;
import org.confide.adapter.web.Responses;
import org.confide.adapter.web.i18n.Languages;
import org.confide.application.Confide;
import org.confide.application.port.in.ChangeEmergencyContactsUseCase;
import org.confide.application.port.in.ChangeServiceUseCase;
import org.confide.application.port.in.ReadSettingsUseCase;
import org.confide.domain.safeguarding.EmergencyContact;
import org.confide.domain.safeguarding.EmergencyContacts;
import org.confide.domain.settings.MonitoringHours;
import org.confide.domain.settings.ServiceChange;
import org.confide.domain.settings.ServiceSettings;
import org.confide.domain.shared.Language;
import org.confide.domain.shared.ProblemCode;
import org.confide.domain.staff.Permission;

/**
 * The administrator's side of the API that makes Confide the organisation's own service: its
 * emergency contacts, and how the service runs (name, retention, monitoring hours, closure notice).
 */
public final class ServiceApi {

  private final ReadSettingsUseCase readSettings;
  private final ChangeEmergencyContactsUseCase changeContacts;
  private final ChangeServiceUseCase changeService;
  private final Json json;
  private final Responses responses;
  private final StaffRoles roles;
  private final List<Language> offered;

  public ServiceApi(Confide confide, Languages languages, Json json, Responses responses) {
    this.offered = languages.offered();
    this.readSettings = confide.readSettings();
    this.changeContacts = confide.changeEmergencyContacts();
    this.changeService = confide.changeService();
    this.json = json;
    this.responses = responses;
    this.roles = new StaffRoles(confide, responses);
  }

  /**
   * {@code GET /api/v1/admin/emergency-contacts}: the organisation's own contacts; an empty list
   * while reporters are shown the national ones.
   */
  public void emergencyContacts(Context ctx) {
    responses.send(
        ctx,
        readSettings.read(Bearer.token(ctx)),
        200,
        s -> new ContactsBody(s.emergencyContacts().own().stream().map(ContactBody::of).toList()));
  }

  /** {@code PUT /api/v1/admin/emergency-contacts}: replaces them; an empty list sets none. */
  public void replaceEmergencyContacts(Context ctx) {
    var token = Bearer.token(ctx);
    if (!roles.allow(ctx, token, Permission.MANAGE_SERVICE)) {
      return;
    }
    var request = json.read(ctx, ContactsBody.class);
    var problems = RequestProblems.of(request);
    var entries = new ArrayList<EmergencyContacts.Entry>();
    for (int i = 0; i < request.contacts().size(); i++) {
      var contact = request.contacts().get(i);
      var place = "contacts[" + i + "].";
      entries.add(
          new EmergencyContacts.Entry(
              OwnWordsJson.typed(contact.name(), place + "name", offered, problems),
              contact.phone(),
              contact.url(),
              OwnWordsJson.typed(contact.note(), place + "note", offered, problems)));
    }
    problems.check();
    responses.sendNoContent(
        ctx, changeContacts.change(token, new ChangeEmergencyContactsUseCase.Command(entries)));
  }

  /** {@code GET /api/v1/admin/service}. */
  public void service(Context ctx) {
    responses.send(ctx, readSettings.read(Bearer.token(ctx)), 200, ServiceBody::of);
  }

  /** {@code PUT /api/v1/admin/service}: replaces every part; the rest of the settings stays. */
  public void replaceService(Context ctx) {
    var token = Bearer.token(ctx);
    if (!roles.allow(ctx, token, Permission.MANAGE_SERVICE)) {
      return;
    }
    var request = json.read(ctx, ServiceBody.class);
    var problems = RequestProblems.of(request);
    var name =
        OwnWordsJson.typed(request.organisationName(), "organisationName", offered, problems);
    var days = EnumSet.noneOf(DayOfWeek.class);
    LocalTime from = null;
    LocalTime to = null;
    var monitoring = request.monitoring();
    if (monitoring != null) {
      var names = monitoring.days();
      for (int i = 0; names != null && i < names.size(); i++) {
        var day = EnumNames.named(DayOfWeek.class, String.valueOf(names.get(i)));
        if (day.isPresent()) {
          days.add(day.get());
        } else {
          problems.problem("monitoring.days[" + i + "]", ProblemCode.REQUEST_WEEKDAY);
        }
      }
      from = time(problems, "monitoring.from", monitoring.from());
      to = time(problems, "monitoring.to", monitoring.to());
    }
    problems.check();
    var change =
        new ServiceChange(
            name,
            request.closedCaseRetentionDays(),
            days,
            from,
            to,
            request.closureNoticeDaysAhead());
    responses.sendNoContent(
        ctx, changeService.change(token, new ChangeServiceUseCase.Command(change)));
  }

  private static LocalTime time(RequestProblems problems, String field, String text) {
    if (text == null) {
      return null;
    }
    try {
      if (text.length() == 5) {
        return LocalTime.parse(text);
      }
    } catch (DateTimeParseException e) {
      // Named below, as any other text that is not a time.
    }
    problems.problem(field, ProblemCode.REQUEST_TIME);
    return null;
  }

  /** The organisation's own emergency contacts, as read and as replaced. */
  record ContactsBody(@NotNull List<@NotNull @Valid ContactBody> contacts) {}

  /**
   * One emergency contact: a name, and a phone, a web address or both. The name and note are the
   * organisation's own words: a string, or an object of the text in each language.
   */
  record ContactBody(JsonNode name, String phone, String url, JsonNode note) {
    static ContactBody of(EmergencyContact contact) {
      return new ContactBody(
          OwnWordsJson.node(contact.name()),
          contact.phone().orElse(null),
          contact.url().orElse(null),
          contact.note().map(OwnWordsJson::node).orElse(null));
    }
  }

  /** How the service runs, as read and as replaced. */
  record ServiceBody(
      JsonNode organisationName,
      @NotNull Integer closedCaseRetentionDays,
      @NotNull @Valid MonitoringBody monitoring,
      @NotNull Integer closureNoticeDaysAhead) {
    static ServiceBody of(ServiceSettings settings) {
      var profile = settings.profile();
      return new ServiceBody(
          profile.organisationName().map(OwnWordsJson::node).orElse(null),
          settings.closedCaseRetentionDays(),
          MonitoringBody.of(profile.monitoring()),
          profile.closureNoticeDaysAhead());
    }
  }

  /** When messages are read: days of the week, and the times reading starts and stops. */
  record MonitoringBody(@NotNull List<String> days, @NotNull String from, @NotNull String to) {
    static MonitoringBody of(MonitoringHours hours) {
      return new MonitoringBody(
          hours.days().stream().sorted().map(DayOfWeek::name).toList(),
          hours.from().toString(),
          hours.to().toString());
    }
  }
}
