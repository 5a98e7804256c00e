package org.confide.adapter.persistence;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.Period;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.confide.domain.analytics.SuppressionThreshold;
import org.confide.domain.calendar.ClosurePeriod;
import org.confide.domain.calendar.PublicHoliday;
import org.confide.domain.calendar.ServiceLevel;
import org.confide.domain.calendar.WorkingCalendar;
import org.confide.domain.pattern.AlertRule;
import org.confide.domain.safeguarding.EmergencyContact;
import org.confide.domain.safeguarding.EmergencyContacts;
import org.confide.domain.safeguarding.SafeguardingHold;
import org.confide.domain.settings.AnalysisSettings;
import org.confide.domain.settings.MonitoringHours;
import org.confide.domain.settings.ServiceProfile;
import org.confide.domain.settings.ServiceSettings;
import org.confide.domain.shared.Language;
import org.confide.domain.shared.OwnText;

/**
 * {@link ServiceSettings} as the JSON text kept in the {@code settings} table, written and read
 * field by field so that renaming a Java component never silently changes the stored format.
 */
final class SettingsJson {

  // Stored settings outlive the code that wrote them: a later format can still read this one.
  // Format 3 may keep the organisation's own words (its name, a contact's name and note) in each
  // language, as an object of the text by language tag; a string is a plain text, the
  // organisation's first language's, as every text of format 2 is. Format 2 keeps only the
  // organisation's own emergency contacts, each with a phone, a web address or both, and the
  // service profile; format 1 kept a list with a placeholder in it.
  private static final int FORMAT = 3;
  private static final int FORMAT_BEFORE_LANGUAGES = 2;
  private static final int FORMAT_BEFORE_OWN_CONTACTS = 1;

  // The shipped contacts of format 1 that are national services: a stored list holding only
  // these (and the placeholder, which is dropped) is a list the organisation never set.
  private static final Set<String> FORMAT_1_NATIONAL = Set.of("Emergency services", "Samaritans");

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
    for (var contact : settings.emergencyContacts().own()) {
      var written = contacts.addObject();
      written.set("name", own(contact.name()));
      contact.phone().ifPresent(phone -> written.put("phone", phone));
      contact.url().ifPresent(url -> written.put("url", url));
      contact.note().ifPresent(note -> written.set("note", own(note)));
    }
    root.put("retention", settings.retention().toString());
    root.putObject("analysis")
        .put("suppressionThreshold", settings.analysis().suppression().value())
        .put("alertThreshold", settings.analysis().alerts().threshold())
        .put("alertWindowDays", settings.analysis().alerts().window().toDays());
    root.put("staffTwoFactorRequired", settings.staffTwoFactorRequired());
    root.put("referralRetention", settings.referralRetention().toString());
    var profile = root.putObject("profile");
    profile.set(
        "organisationName",
        settings.profile().organisationName().map(SettingsJson::own).orElse(null));
    var monitoring = profile.putObject("monitoring");
    var days = monitoring.putArray("days");
    EnumSet.copyOf(settings.profile().monitoring().days()).forEach(day -> days.add(day.name()));
    monitoring
        .put("from", settings.profile().monitoring().from().toString())
        .put("to", settings.profile().monitoring().to().toString());
    profile.put("closureNoticeDaysAhead", settings.profile().closureNoticeDaysAhead());
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
      if (format != FORMAT
          && format != FORMAT_BEFORE_LANGUAGES
          && format != FORMAT_BEFORE_OWN_CONTACTS) {
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
          format != FORMAT_BEFORE_OWN_CONTACTS
              ? new EmergencyContacts(list(root, "emergencyContacts", SettingsJson::contact))
              : contactsOfFormat1(root);
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
          referralRetention(root),
          profile(root));
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

  private static EmergencyContact contact(JsonNode contact) {
    return new EmergencyContact(
        ownText(contact, "name").orElseThrow(() -> new IllegalArgumentException("name is missing")),
        optionalText(contact, "phone"),
        optionalText(contact, "url"),
        ownText(contact, "note"));
  }

  /** Own words: a plain text as a string, texts in languages as an object by tag. */
  private static JsonNode own(OwnText text) {
    if (text.plain().isPresent()) {
      return JsonNodeFactory.instance.textNode(text.plain().get());
    }
    var byTag = JsonNodeFactory.instance.objectNode();
    text.texts().forEach((language, words) -> byTag.put(language.tag(), words));
    return byTag;
  }

  /**
   * Own words written by {@link #own}: a string is a plain text, the organisation's first
   * language's (every text before format 3 is one); empty when the field is missing or null.
   */
  private static Optional<OwnText> ownText(JsonNode parent, String field) {
    var node = parent.get(field);
    if (node == null || node.isNull()) {
      return Optional.empty();
    }
    if (node.isTextual()) {
      return Optional.of(OwnText.of(node.textValue()));
    }
    var byTag = object(node, field);
    var texts = new LinkedHashMap<Language, String>();
    byTag
        .propertyStream()
        .forEach(entry -> {
          var language =
              Language.parse(entry.getKey())
                  .orElseThrow(() -> new IllegalArgumentException(field + " names no language"));
          texts.put(language, text(byTag, entry.getKey()));
        });
    return Optional.of(OwnText.of(texts));
  }

  /**
   * The contacts of format 1, which shipped a placeholder ("Campus security: Not yet set") among
   * national services. A contact with no number to dial is dropped; a list left with only the
   * shipped national services was never the organisation's own, and reads as not set, so reporters
   * are shown the national contacts of today.
   */
  private static EmergencyContacts contactsOfFormat1(ObjectNode root) {
    var kept = new ArrayList<EmergencyContact>();
    for (var contact : list(root, "emergencyContacts", node -> node)) {
      EmergencyContact.check(
              text(contact, "name"), text(contact, "phone"), null, text(contact, "description"))
          .collect(new ArrayList<>())
          .ifPresent(kept::add);
    }
    if (kept.stream().allMatch(contact -> FORMAT_1_NATIONAL.contains(contact.name().first()))) {
      return EmergencyContacts.notSet();
    }
    return new EmergencyContacts(kept);
  }

  /** The service profile; settings saved before it existed have the defaults. */
  private static ServiceProfile profile(ObjectNode root) {
    if (!root.has("profile")) {
      return ServiceProfile.defaults();
    }
    var profile = object(root.get("profile"), "profile");
    var monitoring = object(profile.get("monitoring"), "monitoring");
    List<DayOfWeek> days = list(monitoring, "days", day -> DayOfWeek.valueOf(day.asText()));
    return new ServiceProfile(
        ownText(profile, "organisationName"),
        new MonitoringHours(
            Set.copyOf(days),
            LocalTime.parse(text(monitoring, "from")),
            LocalTime.parse(text(monitoring, "to"))),
        integer(profile, "closureNoticeDaysAhead"));
  }

  private static Optional<String> optionalText(JsonNode parent, String field) {
    var node = parent.get(field);
    if (node == null || node.isNull()) {
      return Optional.empty();
    }
    return Optional.of(text(parent, field));
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
