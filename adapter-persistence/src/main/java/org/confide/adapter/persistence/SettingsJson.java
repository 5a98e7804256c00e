package org.confide.adapter.persistence;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.confide.domain.analytics.SuppressionThreshold;
import org.confide.domain.calendar.ClosurePeriod;
import org.confide.domain.calendar.PublicHoliday;
import org.confide.domain.calendar.ServiceLevel;
import org.confide.domain.calendar.WorkingCalendar;
import org.confide.domain.pattern.AlertRule;
import org.confide.domain.safeguarding.EmergencyContact;
import org.confide.domain.safeguarding.SafeguardingHold;
import org.confide.domain.settings.AnalysisSettings;
import org.confide.domain.settings.ServiceSettings;

/**
 * {@link ServiceSettings} as the JSON text kept in the {@code settings} table, written and read
 * field by field so that renaming a Java component never silently changes the stored format.
 */
final class SettingsJson {

  // Stored settings outlive the code that wrote them: a later format can still read this one.
  private static final int FORMAT = 1;

  private static final ObjectMapper MAPPER = new ObjectMapper();

  private SettingsJson() {}

  /** The settings as JSON text. */
  static String write(ServiceSettings settings) {
    var root = MAPPER.createObjectNode();
    root.put("format", FORMAT);
    var calendar = root.putObject("calendar");
    var weekdays = calendar.putArray("workingWeekdays");
    EnumSet.copyOf(settings.calendar().workingWeekdays()).forEach(day -> weekdays.add(day.name()));
    calendar.put("zone", settings.calendar().zone().getId());
    var holidays = calendar.putArray("holidays");
    for (var holiday : settings.calendar().holidays()) {
      holidays.addObject().put("date", holiday.date().toString()).put("name", holiday.name());
    }
    var closures = calendar.putArray("closures");
    for (var closure : settings.calendar().closures()) {
      closures
          .addObject()
          .put("firstDay", closure.firstDay().toString())
          .put("lastDay", closure.lastDay().toString())
          .put("notice", closure.notice());
    }
    root.putObject("serviceLevel")
        .put("responseTargetWorkingDays", settings.serviceLevel().responseTargetWorkingDays())
        .put(
            "escalationAcknowledgementWorkingDays",
            settings.serviceLevel().escalationAcknowledgementWorkingDays());
    var contacts = root.putArray("emergencyContacts");
    for (var contact : settings.emergencyContacts()) {
      contacts
          .addObject()
          .put("name", contact.name())
          .put("phone", contact.phone())
          .put("description", contact.description());
    }
    root.put("retention", settings.retention().toString());
    root.putObject("analysis")
        .put("suppressionThreshold", settings.analysis().suppression().value())
        .put("alertThreshold", settings.analysis().alerts().threshold())
        .put("alertWindowDays", settings.analysis().alerts().window().toDays());
    root.put("staffTwoFactorRequired", settings.staffTwoFactorRequired());
    root.put("referralRetention", settings.referralRetention().toString());
    try {
      return MAPPER.writeValueAsString(root);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("settings could not be written as JSON", e);
    }
  }

  /**
   * Reads settings written by {@link #write}; throws {@link IllegalStateException} naming the field
   * when the stored text is not such settings.
   */
  static ServiceSettings read(String json) {
    try {
      var root = object(MAPPER.readTree(json), "(document)");
      int format = integer(root, "format");
      if (format != FORMAT) {
        throw new IllegalArgumentException("format " + format + " is not known");
      }
      var calendar = object(root.get("calendar"), "calendar");
      List<DayOfWeek> working =
          list(calendar, "workingWeekdays", day -> DayOfWeek.valueOf(day.asText()));
      var holidays =
          list(
              calendar,
              "holidays",
              holiday ->
                  new PublicHoliday(LocalDate.parse(text(holiday, "date")), text(holiday, "name")));
      var closures =
          list(
              calendar,
              "closures",
              closure ->
                  new ClosurePeriod(
                      LocalDate.parse(text(closure, "firstDay")),
                      LocalDate.parse(text(closure, "lastDay")),
                      text(closure, "notice")));
      var level = object(root.get("serviceLevel"), "serviceLevel");
      var contacts =
          list(
              root,
              "emergencyContacts",
              contact ->
                  new EmergencyContact(
                      text(contact, "name"), text(contact, "phone"), text(contact, "description")));
      return new ServiceSettings(
          new WorkingCalendar(
              Set.copyOf(working), ZoneId.of(text(calendar, "zone")), holidays, closures),
          new ServiceLevel(
              integer(level, "responseTargetWorkingDays"),
              integer(level, "escalationAcknowledgementWorkingDays")),
          contacts,
          Period.parse(text(root, "retention")),
          analysis(root),
          staffTwoFactorRequired(root),
          referralRetention(root));
    } catch (JsonProcessingException | RuntimeException e) {
      // The message names fields only: settings hold no personal data, but stay terse anyway.
      throw new IllegalStateException("stored settings are unreadable: " + e.getMessage(), e);
    }
  }

  /**
   * Whether staff must sign in with a second factor. Settings saved before two-factor sign-in
   * existed keep sign-in as it was (not required) until an administrator requires it; a new
   * deployment, with no settings saved, has the default: required.
   */
  private static boolean staffTwoFactorRequired(ObjectNode root) {
    var node = root.get("staffTwoFactorRequired");
    if (node == null) {
      return false;
    }
    if (!node.isBoolean()) {
      throw new IllegalArgumentException("staffTwoFactorRequired must be true or false");
    }
    return node.booleanValue();
  }

  /** How long a held, referred report is kept; settings saved before holds existed: the default. */
  private static Period referralRetention(ObjectNode root) {
    return root.has("referralRetention")
        ? Period.parse(text(root, "referralRetention"))
        : SafeguardingHold.DEFAULT_REFERRAL_RETENTION;
  }

  /** The analysis settings; settings saved before they existed have the defaults. */
  private static AnalysisSettings analysis(ObjectNode root) {
    if (!root.has("analysis")) {
      return AnalysisSettings.defaults();
    }
    var analysis = object(root.get("analysis"), "analysis");
    return new AnalysisSettings(
        new SuppressionThreshold(integer(analysis, "suppressionThreshold")),
        new AlertRule(
            integer(analysis, "alertThreshold"),
            Duration.ofDays(integer(analysis, "alertWindowDays"))));
  }

  private static ObjectNode object(JsonNode node, String field) {
    if (!(node instanceof ObjectNode object)) {
      throw new IllegalArgumentException(field + " must be an object");
    }
    return object;
  }

  private static String text(JsonNode parent, String field) {
    var node = parent.get(field);
    if (node == null || !node.isTextual()) {
      throw new IllegalArgumentException(field + " must be a string");
    }
    return node.asText();
  }

  private static int integer(JsonNode parent, String field) {
    var node = parent.get(field);
    if (node == null || !node.canConvertToExactIntegral() || !node.canConvertToInt()) {
      throw new IllegalArgumentException(field + " must be a whole number");
    }
    return node.asInt();
  }

  private static <T> List<T> list(JsonNode parent, String field, Function<JsonNode, T> item) {
    var node = parent.get(field);
    if (node == null || !node.isArray()) {
      throw new IllegalArgumentException(field + " must be a list");
    }
    var items = new ArrayList<T>(node.size());
    node.forEach(element -> items.add(item.apply(element)));
    return items;
  }
}
