package org.confide.bootstrap.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiPredicate;
import java.util.function.Function;
import java.util.function.Supplier;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * A corpus of bad input sent to every input of the API and of the forms, over real HTTP: SQL and
 * script injection, template syntax, over-long and empty values, control characters and NUL,
 * invalid UTF-8, deep and huge JSON, wrong types, duplicate keys and wrong content types.
 *
 * <p>Every answer is below 500. A refusal is a clear 4xx — problem+json naming the field for the
 * API, a page with the error for a form — and leaves every row of the database as it was (a case
 * page shown again records that it was read, a refused password that it was tried, and nothing
 * else). Free text that is accepted is stored and read back exactly as sent: injection is text,
 * never code.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
abstract class BadInput extends AgainstTheServer {

  private static final ObjectMapper JSON = new ObjectMapper();

  /** Valid free text that looks like an attack: stored and read back verbatim. */
  static final List<String> ATTACKS =
      List.of(
          "' OR '1'='1",
          "'; DROP TABLE reports; --",
          "1 UNION SELECT token_digest FROM sessions --",
          "\\\" OR \\\"\\\"=\\\"",
          "<script>alert('canary')</script>",
          "\"><img src=x onerror=alert(1)>",
          "javascript:alert(1)",
          "${7*7}",
          "{{7*7}}",
          "@{7*7}",
          "#{7*7}",
          "<%= 7*7 %>",
          "@raw(\"<b>bold</b>\")",
          "${jndi:ldap://127.0.0.1/a}",
          "../../../../etc/passwd",
          "%00%0d%0a",
          "Ω≈ç√ 👩‍💻 \u202Eevil");

  /** Text no free-text field may take: NUL, other control characters, far too long. */
  static final List<String> REFUSED_TEXT =
      List.of("nul\u0000byte", "bell\u0007", "escape\u001b[31m", "x".repeat(100_000));

  /** What a field may hold. */
  enum Kind {
    /** Free text: attacks are stored verbatim, refused text is refused. */
    FREE,
    /** One of a closed set (an option, an enum, an email, a date, a number): all refused. */
    CLOSED,
    /** Credentials: every value is refused (a wrong code or password), and only the try logged. */
    SECRET,
    /** Anything below 500, refused clearly or taken (a step number, an idempotency key). */
    ANY
  }

  private SoftAssertions soft;
  private int probes;

  /**
   * The database as the last refused probe left it, while nothing else has been asked since; null
   * when it must be read again. (Stale, it could only make a probe fail, never pass.)
   */
  private Map<String, List<String>> known;

  /**
   * Whether the forms are tried here too. They reach the same use cases and queries as the API, so
   * one database is enough for them; the API is tried on every database.
   */
  boolean triesTheForms() {
    return true;
  }

  private String adviserA;
  private String adviserB;
  private String lead;
  private String admin;
  private World.Receipt reporter;

  /** Fresh sessions for every test. */
  @BeforeEach
  void softly() {
    soft = new SoftAssertions();
    probes = 0;
    known = null;
    adviserA = world.signIn(World.ADVISER_A);
    adviserB = world.signIn(World.ADVISER_B);
    lead = world.signIn(World.LEAD);
    admin = world.signIn(RunningConfide.ADMIN);
    reporter = world.report("canary-bad-input");
  }

  @AfterEach
  void noServerError() {
    assertThat(confide.logged()).as("server errors logged").doesNotContain("Unexpected ");
  }

  // ---------------------------------------------------------------------------------------------
  // The checks.

  /**
   * The database, less what moves by itself (job leases) and the record of cases being read (with
   * the audit chain's head, which every audit event moves on).
   */
  private Map<String, List<String>> state() {
    var tables = new LinkedHashMap<>(confide.tables());
    tables.remove("job_leases");
    tables.remove("audit_chain_head");
    tables.computeIfPresent(
        "audit_events",
        (name, rows) ->
            rows.stream()
                .filter(row -> !row.contains("REPORT_VIEWED"))
                .filter(row -> !row.contains("STAFF_LOGIN_FAILED"))
                .toList());
    return tables;
  }

  /**
   * Sends one probe and checks the answer: below 500; when refused, clear and with nothing stored;
   * when {@code kind} says it must be refused, refused; when accepted free text, read back verbatim
   * by {@code readBack} (if given).
   */
  /**
   * Each value of the corpus as the path id of {@code route}, sent by {@code send} given the value
   * encoded for a path. Left out: a control character, which Jetty refuses before any route (400,
   * no field named), and an id over 1,000 characters, past the URL limit tried on its own.
   */
  private void pathIds(String route, Function<String, Client.Reply> send) {
    for (var value : corpus(false)) {
      var text = text(value);
      if (text.isBlank()
          || text.length() > 1000
          || text.chars().anyMatch(Character::isISOControl)) {
        continue;
      }
      var encoded = java.net.URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
      probe(route, "id", Kind.CLOSED, text, () -> send.apply(encoded), null);
    }
  }

  private void probe(
      String what,
      String field,
      Kind kind,
      String value,
      Supplier<Client.Reply> send,
      Function<Client.Reply, Optional<String>> readBack) {
    probes++;
    var before = known != null ? known : state();
    known = null;
    var reply = send.get();
    var label = what + " " + field + "=" + shown(value) + " -> " + reply;
    soft.assertThat(reply.status()).as(label).isBetween(200, 499);
    boolean refused = reply.status() >= 400;
    boolean blank = value.isBlank();
    boolean mustRefuse =
        switch (kind) {
          case FREE -> REFUSED_TEXT.contains(value);
          case CLOSED -> !blank;
          case SECRET -> true;
          case ANY -> false;
        };
    if (mustRefuse) {
      soft.assertThat(refused).as("refused: " + label).isTrue();
    }
    if (refused) {
      clear(label, field, reply);
      var after = state();
      soft.assertThat(changes(before, after)).as("nothing stored: " + label).isEmpty();
      // Nothing changed, so the next probe may start from here without reading it all again.
      known = after;
    } else if (kind == Kind.FREE && ATTACKS.contains(value) && readBack != null) {
      soft.assertThat(readBack.apply(reply)).as("read back: " + label).contains(value);
    }
  }

  /**
   * A refusal that says what was wrong: problem+json (naming the field when invalid), or a page.
   */
  private void clear(String label, String field, Client.Reply reply) {
    if (reply.contentType().startsWith("text/html")) {
      soft.assertThat(reply.text())
          .as("a page with the error: " + label)
          .containsAnyOf("There is a problem", "error-message", "<h1>");
      return;
    }
    soft.assertThat(reply.contentType()).as(label).startsWith("application/problem+json");
    var problem = reply.json();
    soft.assertThat(problem.path("status").asInt()).as(label).isEqualTo(reply.status());
    soft.assertThat(problem.path("detail").asText()).as(label).isNotBlank();
    if (reply.status() == 400) {
      var fields = new ArrayList<String>();
      problem.path("errors").forEach(e -> fields.add(e.path("field").asText()));
      soft.assertThat(fields).as("a field is named: " + label).isNotEmpty();
      if (field.isEmpty()) {
        return;
      }
      soft.assertThat(fields)
          .as("the field is named: " + label)
          .anySatisfy(named ->
              // "contact.phone" may be named "phone" where contact details are the whole body.
              assertThat(
                      named.startsWith(field)
                          || field.startsWith(named)
                          || named.endsWith("." + field)
                          || field.endsWith("." + named))
                  .isTrue());
      soft.assertThat(reply.text()).as("the problem repeats nothing sent").doesNotContain("canary");
    }
  }

  /** The rows added to or gone from each table, briefly, printable. */
  static List<String> changes(Map<String, List<String>> before, Map<String, List<String>> after) {
    var changes = new ArrayList<String>();
    for (var table : after.keySet()) {
      var added = new ArrayList<>(after.get(table));
      added.removeAll(before.getOrDefault(table, List.of()));
      var gone = new ArrayList<>(before.getOrDefault(table, List.of()));
      gone.removeAll(after.get(table));
      added.forEach(row -> changes.add(table + " + " + printable(row)));
      gone.forEach(row -> changes.add(table + " - " + printable(row)));
    }
    return changes;
  }

  private static String printable(String row) {
    var clean = row.replaceAll("[^\\x20-\\x7e]", "?");
    return clean.length() > 300 ? clean.substring(0, 300) + "..." : clean;
  }

  private static String shown(String value) {
    var text = value.length() > 40 ? value.substring(0, 40) + "...(" + value.length() + ")" : value;
    return text.replace("\u0000", "\\0").replace("\u0007", "\\a").replace("\u001b", "\\e");
  }

  /** Every value of the corpus for a field of {@code kind}, with wrong JSON types. */
  private static List<JsonNode> corpus(boolean withTypes) {
    var values = new ArrayList<JsonNode>();
    var f = JsonNodeFactory.instance;
    ATTACKS.forEach(a -> values.add(f.textNode(a)));
    REFUSED_TEXT.forEach(r -> values.add(f.textNode(r)));
    values.add(f.textNode(""));
    values.add(f.textNode("   "));
    if (withTypes) {
      values.add(f.numberNode(12345));
      values.add(f.booleanNode(true));
      values.add(f.objectNode().put("nested", "object"));
      values.add(f.arrayNode().add(f.arrayNode().add("deeper")));
    }
    return values;
  }

  /**
   * Whether {@code value} is of the type the field at {@code pointer} already holds (a valid one).
   */
  private static boolean sameType(ObjectNode body, String pointer, JsonNode value) {
    var current = body.at(pointer);
    return !current.isMissingNode()
        && current.getNodeType() == value.getNodeType()
        && !value.isTextual();
  }

  private static String text(JsonNode value) {
    return value.isTextual() ? value.textValue() : value.toString();
  }

  private static ObjectNode parse(String json) {
    try {
      return (ObjectNode) JSON.readTree(json);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** {@code body} with the field at {@code pointer} set to {@code value}. */
  private static String with(ObjectNode body, String pointer, JsonNode value) {
    var copy = body.deepCopy();
    var parent = pointer.substring(0, pointer.lastIndexOf('/'));
    var name = pointer.substring(pointer.lastIndexOf('/') + 1);
    var node = parent.isEmpty() ? copy : copy.at(parent);
    if (node instanceof ArrayNode array) {
      array.set(Integer.parseInt(name), value);
    } else {
      ((ObjectNode) node).set(name, value);
    }
    return copy.toString();
  }

  /**
   * Every value of the corpus, and wrong JSON types, at each field of a JSON body made by {@code
   * template}: {@code send} sends one body, and {@code readBack}, if not null, says whether an
   * accepted value reads back exactly.
   */
  private void jsonFields(
      String what,
      Supplier<ObjectNode> template,
      Map<String, Kind> fields,
      Function<String, Client.Reply> send,
      BiPredicate<Client.Reply, String> readBack) {
    jsonFields(what, template, fields, () -> {}, send, readBack);
  }

  /** As above, with {@code prepare} run before each probe (a report or escalation of its own). */
  private void jsonFields(
      String what,
      Supplier<ObjectNode> template,
      Map<String, Kind> fields,
      Runnable prepare,
      Function<String, Client.Reply> send,
      BiPredicate<Client.Reply, String> readBack) {
    for (var field : fields.entrySet()) {
      for (var value : corpus(true)) {
        prepare.run();
        known = null;
        var base = template.get();
        if (sameType(base, field.getKey(), value)) {
          continue;
        }
        var body = with(base, field.getKey(), value);
        var text = text(value);
        probe(
            what,
            field.getKey().substring(1).replaceAll("/(\\d+)", "[$1]").replace('/', '.'),
            value.isTextual() ? field.getValue() : Kind.CLOSED,
            text,
            () -> send.apply(body),
            readBack == null
                ? null
                : reply -> readBack.test(reply, text) ? Optional.of(text) : Optional.empty());
      }
    }
  }

  /** All the text values in a JSON answer, at any depth. */
  private static List<String> texts(JsonNode node) {
    var all = new ArrayList<String>();
    if (node.isTextual()) {
      all.add(node.textValue());
    }
    node.forEach(child -> all.addAll(texts(child)));
    return all;
  }

  // ---------------------------------------------------------------------------------------------
  // The API.

  private static final String REPORT =
      """
      {"questionnaireVersion": 1,
       "answers": {"incident-type": ["harassment"], "where": "on-campus", "reporter-role": "student",
                   "affected-person": "me", "under-18": "no", "immediate-danger": "no",
                   "named-person": "Someone", "location-detail": "The library"},
       "account": "What happened", "anonymous": true, "messaging": true}
      """;

  // Every text in English and Welsh, the languages the server is offered in.
  private static final String STABLE_QUESTIONNAIRE =
      """
      {"questions": [
        {"id": "incident-type", "text": {"en": "What happened?", "cy": "Beth ddigwyddodd?"},
         "kind": "MULTIPLE_CHOICE", "required": true,
         "hint": {"en": "Choose any.", "cy": "Dewiswch unrhyw rai."},
         "options": [{"id": "harassment", "label": {"en": "Harassment", "cy": "Aflonyddu"},
                      "signal": "SERIOUS_HARM"}]},
        {"id": "where", "text": {"en": "Where?", "cy": "Ble?"}, "kind": "SINGLE_CHOICE",
         "options": [{"id": "online", "label": {"en": "Online", "cy": "Ar-lein"}}]},
        {"id": "reporter-role", "text": {"en": "You are?", "cy": "Pwy ydych chi?"},
         "kind": "SINGLE_CHOICE",
         "options": [{"id": "student", "label": {"en": "A student", "cy": "Myfyriwr"}}]},
        {"id": "under-18", "text": {"en": "Under 18?", "cy": "O dan 18?"}, "kind": "SINGLE_CHOICE",
         "options": [{"id": "yes", "label": {"en": "Yes", "cy": "Ydy"}, "signal": "UNDER_18"}]},
        {"id": "immediate-danger", "text": {"en": "In danger?", "cy": "Mewn perygl?"},
         "kind": "SINGLE_CHOICE",
         "options": [{"id": "yes", "label": {"en": "Yes", "cy": "Oes"},
                      "signal": "IMMEDIATE_DANGER"}]},
        {"id": "named-person", "text": {"en": "Their name?", "cy": "Eu henw?"}, "kind": "TEXT",
         "maxLength": 200},
        {"id": "location-detail", "text": {"en": "Where exactly?", "cy": "Ble yn union?"},
         "kind": "TEXT"}]}
      """;

  private static final String NAMED_REPORT =
      """
      {"questionnaireVersion": 1,
       "answers": {"incident-type": ["harassment"], "where": "on-campus", "reporter-role": "student",
                   "affected-person": "me", "under-18": "no", "immediate-danger": "no"},
       "anonymous": false, "messaging": false,
       "contact": {"name": "Sam", "email": "sam@example.ac.uk", "phone": "01234 567890"},
       "support": {"wanted": true, "adviserPreference": "A woman adviser"}}
      """;

  private JsonNode reporterCopy(Client.Reply receipt) {
    var code = receipt.json().path("accessCode").asText();
    var token = world.openSession(code);
    return client.get("/api/v1/reporter/report").bearer(token).send().json();
  }

  /** A case as the first staff member who may read it sees it. */
  private JsonNode caseFile(String reference) {
    for (var token : List.of(adviserA, adviserB, lead)) {
      var reply = client.get("/api/v1/staff/cases/" + reference).bearer(token).send();
      if (reply.status() == 200) {
        return reply.json();
      }
    }
    throw new IllegalStateException("no one may read " + reference);
  }

  @Test
  void the_submission() {
    var anonymous = parse(REPORT);
    var fields = new LinkedHashMap<String, Kind>();
    fields.put("/questionnaireVersion", Kind.CLOSED);
    fields.put("/answers/where", Kind.CLOSED);
    fields.put("/answers/incident-type", Kind.CLOSED);
    fields.put("/answers/incident-type/0", Kind.CLOSED);
    fields.put("/answers/when", Kind.CLOSED);
    fields.put("/answers/named-person", Kind.FREE);
    fields.put("/answers/location-detail", Kind.FREE);
    fields.put("/account", Kind.FREE);
    fields.put("/anonymous", Kind.CLOSED);
    fields.put("/messaging", Kind.CLOSED);
    jsonFields(
        "POST /api/v1/reports",
        () -> anonymous,
        fields,
        body -> client.post("/api/v1/reports").json(body).send(),
        (reply, text) -> texts(reporterCopy(reply)).contains(text));
    var named = new LinkedHashMap<String, Kind>();
    named.put("/contact/name", Kind.FREE);
    named.put("/contact/email", Kind.CLOSED);
    named.put("/contact/phone", Kind.CLOSED);
    named.put("/support/adviserPreference", Kind.FREE);
    named.put("/support/wanted", Kind.CLOSED);
    jsonFields(
        "POST /api/v1/reports (named)",
        () -> parse(NAMED_REPORT),
        named,
        body -> client.post("/api/v1/reports").json(body).send(),
        (reply, text) -> texts(caseFile(reply.json().path("reference").asText())).contains(text));
    // An answer to a question that does not exist, named by an attack.
    for (var attack : ATTACKS) {
      var body = anonymous.deepCopy();
      ((ObjectNode) body.get("answers")).put(attack, "on-campus");
      probe(
          "POST /api/v1/reports",
          "answers",
          Kind.CLOSED,
          attack,
          () -> client.post("/api/v1/reports").json(body.toString()).send(),
          null);
    }
    // The Idempotency-Key header.
    for (var key : List.of("' OR '1'='1", "<script>", "${7*7}", "k".repeat(4_000), "")) {
      probe(
          "POST /api/v1/reports Idempotency-Key",
          "Idempotency-Key",
          Kind.ANY,
          key,
          () -> client.post("/api/v1/reports").header("Idempotency-Key", key).json(REPORT).send(),
          null);
    }
    soft.assertAll();
  }

  /** Issue 23: a report an adviser enters, through the API and through its page. */
  @Test
  void the_staff_entry() {
    var entry = parse(REPORT);
    entry.remove("messaging");
    entry.put("channel", "phone");
    entry.put("take", true);
    var fields = new LinkedHashMap<String, Kind>();
    fields.put("/channel", Kind.CLOSED);
    fields.put("/questionnaireVersion", Kind.CLOSED);
    fields.put("/answers/where", Kind.CLOSED);
    fields.put("/answers/named-person", Kind.FREE);
    fields.put("/account", Kind.FREE);
    fields.put("/anonymous", Kind.CLOSED);
    fields.put("/take", Kind.CLOSED);
    jsonFields(
        "POST /api/v1/staff/reports",
        () -> entry.deepCopy(),
        fields,
        body -> client.post("/api/v1/staff/reports").bearer(adviserA).json(body).send(),
        (reply, text) -> texts(caseFile(reply.json().path("reference").asText())).contains(text));
    // The Idempotency-Key header of an entry.
    for (var key : List.of("' OR '1'='1", "<script>", "${7*7}", "k".repeat(4_000), "")) {
      probe(
          "POST /api/v1/staff/reports Idempotency-Key",
          "Idempotency-Key",
          Kind.ANY,
          key,
          () ->
              client
                  .post("/api/v1/staff/reports")
                  .bearer(adviserA)
                  .header("Idempotency-Key", key)
                  .json(entry.toString())
                  .send(),
          null);
    }
    if (triesTheForms()) {
      var form = new LinkedHashMap<String, String>();
      form.put("version", "1");
      form.put("channel", "in-person");
      form.put("answers.incident-type", "harassment");
      form.put("answers.where", "on-campus");
      form.put("answers.reporter-role", "student");
      form.put("answers.affected-person", "me");
      form.put("answers.under-18", "no");
      form.put("answers.immediate-danger", "no");
      form.put("account", "What they told me");
      form.put("anonymity", "anonymous");
      form.put("take", "me");
      var adviser = Optional.of(adviserA);
      formField("/staff/reports/new", adviser, form, "account", Kind.FREE, null);
      for (var field : List.of("channel", "answers.where", "anonymity", "take")) {
        formField("/staff/reports/new", adviser, form, field, Kind.CLOSED, null);
      }
      formField("/staff/reports/new", adviser, form, "version", Kind.ANY, null);
      formField("/staff/reports/new", adviser, form, "key", Kind.ANY, null);
    }
    soft.assertAll();
  }

  @Test
  void the_body_itself() {
    var routes =
        List.of(
            "/api/v1/reports",
            "/api/v1/reporter/session",
            "/api/v1/staff/session",
            "/api/v1/reporter/messages",
            "/api/v1/staff/cases/" + world.reportA.reference() + "/messages",
            "/api/v1/staff/reports",
            "/api/v1/admin/staff");
    var deep = "[".repeat(10_000) + "]".repeat(10_000);
    var huge = "{\"account\": \"" + "x".repeat(300 * 1024) + "\"}";
    Map<String, byte[]> bodies = new LinkedHashMap<>();
    bodies.put("10,000 levels deep", deep.getBytes(StandardCharsets.UTF_8));
    bodies.put(
        "10,000 levels deep in a field",
        ("{\"account\": " + deep + "}").getBytes(StandardCharsets.UTF_8));
    bodies.put("over the size limit", huge.getBytes(StandardCharsets.UTF_8));
    bodies.put(
        "invalid UTF-8",
        new byte[] {
          '{',
          '"',
          'b',
          'o',
          'd',
          'y',
          '"',
          ':',
          '"',
          (byte) 0xC3,
          (byte) 0x28,
          (byte) 0xFF,
          '"',
          '}'
        });
    bodies.put(
        "a key twice", "{\"body\": \"a\", \"body\": \"b\"}".getBytes(StandardCharsets.UTF_8));
    bodies.put("not JSON", "body=hello".getBytes(StandardCharsets.UTF_8));
    bodies.put("JSON null", "null".getBytes(StandardCharsets.UTF_8));
    bodies.put("a JSON array", "[1, 2]".getBytes(StandardCharsets.UTF_8));
    bodies.put("trailing garbage", "{} {}".getBytes(StandardCharsets.UTF_8));
    bodies.put("empty", new byte[0]);
    bodies.put("a byte-order mark", "\uFEFF{}".getBytes(StandardCharsets.UTF_8));
    bodies.put("NaN", "{\"questionnaireVersion\": NaN}".getBytes(StandardCharsets.UTF_8));
    bodies.put(
        "a huge number", "{\"questionnaireVersion\": 1e400}".getBytes(StandardCharsets.UTF_8));
    for (var route : routes) {
      var token =
          route.contains("/reporter/")
              ? Optional.of(reporter.token())
              : route.contains("/admin/") ? Optional.of(admin) : Optional.of(lead);
      for (var body : bodies.entrySet()) {
        for (boolean chunked : new boolean[] {false, true}) {
          probe(
              "POST " + route + (chunked ? " (chunked)" : ""),
              "",
              Kind.CLOSED,
              body.getKey(),
              () -> {
                // On a connection of its own: Jetty may answer a chunked or broken body before
                // reading it whole and then close the connection, which must carry nothing after.
                var call =
                    client
                        .post(route)
                        .bytes("application/json", body.getValue())
                        .onItsOwnConnection();
                token.ifPresent(call::bearer);
                return (chunked ? call.chunked() : call).send();
              },
              null);
        }
      }
      for (var type :
          new String[] {
            "text/plain", "application/xml", "application/x-www-form-urlencoded",
            "multipart/form-data; boundary=x", "application/jsonx", "application/json-patch+json"
          }) {
        probe(
            "POST " + route + " as " + type,
            "body",
            Kind.CLOSED,
            type,
            () -> {
              var call =
                  client
                      .post(route)
                      .bytes(type, "{}".getBytes(StandardCharsets.UTF_8))
                      .onItsOwnConnection();
              token.ifPresent(call::bearer);
              return call.send();
            },
            null);
      }
    }
    soft.assertAll();
    assertThat(probes).isGreaterThan(150);
  }

  @Test
  void the_reporters_and_the_staffs_writing() {
    // The reporter's messages, read back from the reporter's thread.
    jsonFields(
        "POST /api/v1/reporter/messages",
        () -> parse("{\"body\": \"x\"}"),
        Map.of("/body", Kind.FREE),
        body -> client.post("/api/v1/reporter/messages").bearer(reporter.token()).json(body).send(),
        (reply, text) ->
            texts(client.get("/api/v1/reporter/messages").bearer(reporter.token()).send().json())
                .contains(text));
    // Sharing contact details, each on a report of its own (a report becomes named once).
    var fresh = new World.Receipt[1];
    jsonFields(
        "POST /api/v1/reporter/contact",
        () -> parse("{\"name\": \"Sam\", \"email\": \"sam@example.ac.uk\"}"),
        Map.of("/name", Kind.FREE, "/email", Kind.CLOSED, "/phone", Kind.CLOSED),
        () -> fresh[0] = world.report("canary-contact"),
        body -> client.post("/api/v1/reporter/contact").bearer(fresh[0].token()).json(body).send(),
        (reply, text) -> texts(caseFile(fresh[0].reference())).contains(text));
    // The case team: a reply, an assignment, a status with its reason, an escalation's reason.
    var reference = world.reportA.reference();
    var path = "/api/v1/staff/cases/" + reference + "/";
    jsonFields(
        "POST " + path + "messages",
        () -> parse("{\"body\": \"x\"}"),
        Map.of("/body", Kind.FREE),
        body -> client.post(path + "messages").bearer(adviserA).json(body).send(),
        (reply, text) -> texts(caseFile(reference)).contains(text));
    jsonFields(
        "POST " + path + "assignment",
        () -> parse("{\"assignee\": \"" + World.ADVISER_A + "\"}"),
        Map.of("/assignee", Kind.CLOSED),
        body -> client.post(path + "assignment").bearer(adviserA).json(body).send(),
        null);
    jsonFields(
        "POST " + path + "status",
        () -> parse("{\"status\": \"OPEN\", \"reason\": \"x\"}"),
        Map.of("/status", Kind.CLOSED, "/reason", Kind.FREE),
        body -> client.post(path + "status").bearer(adviserA).json(body).send(),
        null);
    jsonFields(
        "POST " + path + "escalations",
        () -> parse("{\"reason\": \"x\"}"),
        Map.of("/reason", Kind.FREE),
        body -> client.post(path + "escalations").bearer(adviserA).json(body).send(),
        null);
    // A lead's decision, each on an escalation of its own (an escalation is decided once).
    var escalation = new String[1];
    var decisions = new LinkedHashMap<String, Kind>();
    decisions.put("/decision", Kind.CLOSED);
    decisions.put("/rationale", Kind.FREE);
    decisions.put("/referredTo", Kind.FREE);
    jsonFields(
        "POST /api/v1/staff/escalations/{id}/decision",
        () ->
            parse("{\"decision\": \"REFER\", \"referredTo\": \"Police\", \"rationale\": \"Why\"}"),
        decisions,
        () ->
            escalation[0] =
                World.ok(
                        client
                            .post(path + "escalations")
                            .bearer(adviserA)
                            .json("{\"reason\": \"Worried\"}")
                            .send(),
                        201)
                    .json()
                    .get("id")
                    .asText(),
        body ->
            client
                .post("/api/v1/staff/escalations/" + escalation[0] + "/decision")
                .bearer(lead)
                .json(body)
                .send(),
        (reply, text) -> texts(caseFile(reference)).contains(text));
    soft.assertAll();
  }

  /**
   * A team's name (read back from the list), its members, the routing (put back to none after, so
   * later reports go to no team) and a case's move to another team (one adviser A and the lead
   * belong to, so case A stays theirs).
   */
  private void teamsAndRouting() {
    jsonFields(
        "POST /api/v1/admin/teams",
        () -> parse("{\"name\": \"x\"}"),
        Map.of("/name", Kind.FREE),
        body -> client.post("/api/v1/admin/teams").bearer(admin).json(body).send(),
        (reply, text) ->
            texts(client.get("/api/v1/admin/teams").bearer(admin).send().json()).contains(text));
    var team =
        World.ok(
                client
                    .post("/api/v1/admin/teams")
                    .bearer(admin)
                    .json("{\"name\": \"Bad input team\"}")
                    .send(),
                201)
            .json()
            .get("id")
            .asText();
    var members = "{\"emails\": [\"" + World.ADVISER_A + "\", \"" + World.LEAD + "\"]}";
    var membersPath = "/api/v1/admin/teams/" + team + "/members";
    jsonFields(
        "PUT /api/v1/admin/teams/{id}/members",
        () -> parse(members),
        Map.of("/emails", Kind.CLOSED, "/emails/0", Kind.CLOSED),
        body -> client.call("PUT", membersPath).bearer(admin).json(body).send(),
        null);
    World.ok(client.call("PUT", membersPath).bearer(admin).json(members).send(), 204);
    var routing = new LinkedHashMap<String, Kind>();
    routing.put("/rules", Kind.CLOSED);
    routing.put("/rules/0/question", Kind.CLOSED);
    routing.put("/rules/0/option", Kind.CLOSED);
    routing.put("/rules/0/team", Kind.CLOSED);
    routing.put("/defaultTeam", Kind.CLOSED);
    jsonFields(
        "PUT /api/v1/admin/routing",
        () ->
            parse(
                """
                {"rules": [{"question": "reporter-role", "option": "student", "team": "%s"}],
                 "defaultTeam": "%s"}
                """
                    .formatted(team, team)),
        routing,
        body -> client.call("PUT", "/api/v1/admin/routing").bearer(admin).json(body).send(),
        null);
    World.ok(
        client
            .call("PUT", "/api/v1/admin/routing")
            .bearer(admin)
            .json("{\"rules\": [], \"defaultTeam\": null}")
            .send(),
        204);
    var move = "/api/v1/staff/cases/" + world.reportA.reference() + "/team";
    jsonFields(
        "POST /api/v1/staff/cases/{reference}/team",
        () -> parse("{\"team\": \"" + team + "\", \"reason\": \"x\"}"),
        Map.of("/team", Kind.CLOSED, "/reason", Kind.FREE),
        body -> client.post(move).bearer(adviserA).json(body).send(),
        null);
    if (triesTheForms()) {
      var movePage = "/staff/cases/" + world.reportA.reference() + "/move";
      var form = new LinkedHashMap<String, String>();
      form.put("move-team", team);
      form.put("move-reason", "x");
      formField(movePage, Optional.of(adviserA), form, "move-team", Kind.CLOSED, null);
      formField(movePage, Optional.of(adviserA), form, "move-reason", Kind.FREE, null);
    }
    conflictsOfInterest();
    exports();
  }

  /**
   * An adviser's export of case A (each kept reason adds a note, read by no later probe), and a
   * lead's subject access export for an address no report gives.
   */
  private void exports() {
    var export = "/api/v1/staff/cases/" + world.reportA.reference() + "/export";
    var caseFields = new LinkedHashMap<String, Kind>();
    caseFields.put("/reason", Kind.FREE);
    caseFields.put("/includeNotes", Kind.CLOSED);
    caseFields.put("/format", Kind.CLOSED);
    jsonFields(
        "POST /api/v1/staff/cases/{reference}/export",
        () -> parse("{\"reason\": \"x\", \"includeNotes\": false, \"format\": \"html\"}"),
        caseFields,
        body -> client.post(export).bearer(adviserA).json(body).send(),
        null);
    var subjectFields = new LinkedHashMap<String, Kind>();
    subjectFields.put("/email", Kind.CLOSED);
    subjectFields.put("/reason", Kind.FREE);
    subjectFields.put("/format", Kind.CLOSED);
    jsonFields(
        "POST /api/v1/staff/subject-access",
        () -> parse("{\"email\": \"nobody@example.ac.uk\", \"reason\": \"x\"}"),
        subjectFields,
        body -> client.post("/api/v1/staff/subject-access").bearer(lead).json(body).send(),
        null);
  }

  /**
   * A lead's exclusion of an adviser from case A (one who works no case here), and an adviser's
   * declared conflict, each on a case of its own (a declaration excludes its adviser).
   */
  private void conflictsOfInterest() {
    var excluded = "bad-input-excluded@example.ac.uk";
    world.newStaff(excluded, "ADVISER");
    var exclusions = "/api/v1/staff/cases/" + world.reportA.reference() + "/exclusions";
    jsonFields(
        "POST /api/v1/staff/cases/{reference}/exclusions",
        () -> parse("{\"adviser\": \"" + excluded + "\", \"reason\": \"x\"}"),
        Map.of("/adviser", Kind.CLOSED, "/reason", Kind.FREE),
        body -> client.post(exclusions).bearer(lead).json(body).send(),
        null);
    // Lifting the exclusion, made again before each probe.
    jsonFields(
        "POST /api/v1/staff/cases/{reference}/exclusions/lifting",
        () -> parse("{\"adviser\": \"" + excluded + "\", \"reason\": \"x\"}"),
        Map.of("/adviser", Kind.CLOSED, "/reason", Kind.FREE),
        () ->
            World.ok(
                client
                    .post(exclusions)
                    .bearer(lead)
                    .json("{\"adviser\": \"" + excluded + "\", \"reason\": \"x\"}")
                    .send(),
                204),
        body -> client.post(exclusions + "/lifting").bearer(lead).json(body).send(),
        null);
    var fresh = new World.Receipt[1];
    jsonFields(
        "POST /api/v1/staff/cases/{reference}/conflict",
        () -> parse("{\"reason\": \"x\"}"),
        Map.of("/reason", Kind.FREE),
        () -> fresh[0] = world.report("canary-conflict"),
        body ->
            client
                .post("/api/v1/staff/cases/" + fresh[0].reference() + "/conflict")
                .bearer(adviserA)
                .json(body)
                .send(),
        null);
  }

  /**
   * The lists of outcomes and tags (each label read back from its list; both put back after), and
   * closing a case with an outcome and tags, each on a case of its own (a case closes once).
   */
  @Test
  void the_outcomes_and_tags() {
    for (var list : List.of("outcomes", "tags")) {
      var route = "/api/v1/admin/" + list;
      jsonFields(
          "PUT " + route,
          () -> parse("{\"" + list + "\": [\"First\", \"Second\"]}"),
          Map.of("/" + list, Kind.CLOSED, "/" + list + "/0", Kind.FREE),
          body -> client.call("PUT", route).bearer(admin).json(body).send(),
          (reply, text) -> texts(client.get(route).bearer(admin).send().json()).contains(text));
    }
    World.ok(
        client
            .call("PUT", "/api/v1/admin/outcomes")
            .bearer(admin)
            .json("{\"outcomes\": [\"Support provided\", \"No further action\"]}")
            .send(),
        200);
    World.ok(
        client
            .call("PUT", "/api/v1/admin/tags")
            .bearer(admin)
            .json("{\"tags\": [\"Online\"]}")
            .send(),
        200);
    var closing = new LinkedHashMap<String, Kind>();
    closing.put("/outcome", Kind.CLOSED);
    closing.put("/tags", Kind.CLOSED);
    closing.put("/tags/0", Kind.CLOSED);
    var fresh = new World.Receipt[1];
    jsonFields(
        "POST /api/v1/staff/cases/{reference}/status (closing)",
        () ->
            parse(
                """
                {"status": "CLOSED", "reason": "x", "outcome": "support-provided",
                 "tags": ["online"]}
                """),
        closing,
        () -> fresh[0] = world.report("canary-closing"),
        body ->
            client
                .post("/api/v1/staff/cases/" + fresh[0].reference() + "/status")
                .bearer(adviserA)
                .json(body)
                .send(),
        null);
    World.ok(
        client.call("PUT", "/api/v1/admin/tags").bearer(admin).json("{\"tags\": []}").send(), 200);
    soft.assertAll();
  }

  @Test
  void the_administration_and_the_queries() {
    var counter = new int[] {0};
    var staffFields = new LinkedHashMap<String, Kind>();
    staffFields.put("/email", Kind.CLOSED);
    staffFields.put("/displayName", Kind.FREE);
    staffFields.put("/roles", Kind.CLOSED);
    staffFields.put("/roles/0", Kind.CLOSED);
    staffFields.put("/password", Kind.FREE);
    jsonFields(
        "POST /api/v1/admin/staff",
        () ->
            parse(
                """
                {"email": "new%d@example.ac.uk", "displayName": "New", "roles": ["ADVISER"],
                 "password": "a long enough password"}
                """
                    .formatted(counter[0]++)),
        staffFields,
        body -> client.post("/api/v1/admin/staff").bearer(admin).json(body).send(),
        null);
    var calendar = new LinkedHashMap<String, Kind>();
    calendar.put("/workingWeekdays/0", Kind.CLOSED);
    calendar.put("/zone", Kind.CLOSED);
    calendar.put("/holidays/0/date", Kind.CLOSED);
    calendar.put("/holidays/0/name", Kind.FREE);
    calendar.put("/closures/0/firstDay", Kind.CLOSED);
    calendar.put("/closures/0/notice", Kind.FREE);
    calendar.put("/serviceLevel/responseTargetWorkingDays", Kind.CLOSED);
    jsonFields(
        "PUT /api/v1/admin/calendar",
        () ->
            parse(
                """
                {"workingWeekdays": ["MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY"],
                 "zone": "Europe/London",
                 "holidays": [{"date": "2026-12-25", "name": "Christmas Day"}],
                 "closures": [{"firstDay": "2026-12-24", "lastDay": "2027-01-02",
                               "notice": "Closed"}],
                 "serviceLevel": {"responseTargetWorkingDays": 3,
                                  "escalationAcknowledgementWorkingDays": 1}}
                """),
        calendar,
        body -> client.call("PUT", "/api/v1/admin/calendar").bearer(admin).json(body).send(),
        (reply, text) ->
            texts(client.get("/api/v1/admin/calendar").bearer(admin).send().json()).contains(text));
    var analysis = new LinkedHashMap<String, Kind>();
    analysis.put("/suppressionThreshold", Kind.CLOSED);
    analysis.put("/alertThreshold", Kind.CLOSED);
    analysis.put("/alertWindowDays", Kind.CLOSED);
    jsonFields(
        "PUT /api/v1/admin/analysis",
        () ->
            parse("{\"suppressionThreshold\": 5, \"alertThreshold\": 3, \"alertWindowDays\": 90}"),
        analysis,
        body -> client.call("PUT", "/api/v1/admin/analysis").bearer(admin).json(body).send(),
        null);
    jsonFields(
        "PUT /api/v1/admin/two-factor",
        () -> parse("{\"required\": true}"),
        Map.of("/required", Kind.CLOSED),
        body -> client.call("PUT", "/api/v1/admin/two-factor").bearer(admin).json(body).send(),
        null);
    jsonFields(
        "POST /api/v1/admin/two-factor/reset",
        () -> parse("{\"email\": \"nobody@example.ac.uk\"}"),
        Map.of("/email", Kind.CLOSED),
        body -> client.post("/api/v1/admin/two-factor/reset").bearer(admin).json(body).send(),
        null);
    // An account that does not exist: the body is judged before the account is looked up, so
    // every bad value is named, and one that passes is answered 404 and changes nothing.
    // A member's own password: the current one is a secret, so every probe is refused as not
    // theirs and nothing changes. (The new one is judged only once the current one is proved,
    // which no probe can do without changing the administrator's password: OwnPasswordTest.)
    jsonFields(
        "POST /api/v1/staff/two-factor/recovery-codes",
        () -> parse("{\"code\": \"000000\"}"),
        Map.of("/code", Kind.SECRET),
        body ->
            client
                .call("POST", "/api/v1/staff/two-factor/recovery-codes")
                .bearer(admin)
                .json(body)
                .send(),
        null);
    var password = new LinkedHashMap<String, Kind>();
    password.put("/currentPassword", Kind.SECRET);
    jsonFields(
        "PUT /api/v1/staff/password",
        () ->
            parse(
                "{\"currentPassword\": \"not it at all\", \"newPassword\": \"a new long password\"}"),
        password,
        body -> client.call("PUT", "/api/v1/staff/password").bearer(admin).json(body).send(),
        null);
    // A member's own notification preferences: a kind and its delivery are each one of a closed
    // set, the hour a number from 0 to 23; a refused change leaves the preferences as they were.
    var preferences = new LinkedHashMap<String, Kind>();
    preferences.put("/emails/new-report", Kind.CLOSED);
    preferences.put("/digestHour", Kind.CLOSED);
    jsonFields(
        "PUT /api/v1/staff/notification-preferences",
        () -> parse("{\"emails\": {\"new-report\": \"daily-digest\"}, \"digestHour\": 8}"),
        preferences,
        body ->
            client
                .call("PUT", "/api/v1/staff/notification-preferences")
                .bearer(adviserA)
                .json(body)
                .send(),
        null);
    var change = new LinkedHashMap<String, Kind>();
    change.put("/displayName", Kind.FREE);
    change.put("/roles/0", Kind.CLOSED);
    change.put("/active", Kind.CLOSED);
    jsonFields(
        "PUT /api/v1/admin/staff/{id}",
        () -> parse("{\"displayName\": \"Someone\", \"roles\": [\"ADVISER\"], \"active\": true}"),
        change,
        body ->
            client
                .call("PUT", "/api/v1/admin/staff/00000000-0000-4000-8000-000000000001")
                .bearer(admin)
                .json(body)
                .send(),
        null);
    teamsAndRouting();
    var contacts = new LinkedHashMap<String, Kind>();
    contacts.put("/contacts/0/name", Kind.FREE);
    // A phone needs three digits and a web address https://: free text that is often refused.
    contacts.put("/contacts/0/phone", Kind.FREE);
    contacts.put("/contacts/0/url", Kind.FREE);
    contacts.put("/contacts/0/note", Kind.FREE);
    jsonFields(
        "PUT /api/v1/admin/emergency-contacts",
        () ->
            parse(
                """
                {"contacts": [{"name": "Campus security", "phone": "01632 960 000",
                               "url": "https://example.ac.uk/security", "note": "Day and night"}]}
                """),
        contacts,
        body ->
            client.call("PUT", "/api/v1/admin/emergency-contacts").bearer(admin).json(body).send(),
        (reply, text) ->
            texts(client.get("/api/v1/admin/emergency-contacts").bearer(admin).send().json())
                .contains(text));
    var service = new LinkedHashMap<String, Kind>();
    service.put("/organisationName", Kind.FREE);
    service.put("/closedCaseRetentionDays", Kind.CLOSED);
    service.put("/monitoring/days/0", Kind.CLOSED);
    service.put("/monitoring/from", Kind.CLOSED);
    service.put("/monitoring/to", Kind.CLOSED);
    service.put("/closureNoticeDaysAhead", Kind.CLOSED);
    jsonFields(
        "PUT /api/v1/admin/service",
        () ->
            parse(
                """
                {"organisationName": "University of Example", "closedCaseRetentionDays": 2192,
                 "monitoring": {"days": ["MONDAY", "FRIDAY"], "from": "09:00", "to": "17:00"},
                 "closureNoticeDaysAhead": 14}
                """),
        service,
        body -> client.call("PUT", "/api/v1/admin/service").bearer(admin).json(body).send(),
        (reply, text) ->
            texts(client.get("/api/v1/admin/service").bearer(admin).send().json()).contains(text));
    var page = new LinkedHashMap<String, Kind>();
    page.put("/title", Kind.FREE);
    page.put("/body", Kind.FREE);
    jsonFields(
        "PUT /api/v1/admin/pages/{slug}",
        () -> parse("{\"title\": \"Support\", \"body\": \"Call [Samaritans](tel:116123).\"}"),
        page,
        body -> client.call("PUT", "/api/v1/admin/pages/support").bearer(admin).json(body).send(),
        // Kept as sent, but for its ends and line endings, which the page's rules make plain.
        (reply, text) ->
            texts(client.get("/api/v1/admin/pages/support").bearer(admin).send().json())
                .contains(text.replace("\r\n", "\n").replace('\r', '\n').strip()));
    // A questionnaire of the stable questions only: each accepted probe adds a version, never in
    // use, and reads back as the document it was made from.
    var questionnaire = new LinkedHashMap<String, Kind>();
    questionnaire.put("/questions/0/text/en", Kind.FREE);
    questionnaire.put("/questions/0/text/cy", Kind.FREE);
    questionnaire.put("/questions/0/hint/cy", Kind.FREE);
    questionnaire.put("/questions/0/kind", Kind.CLOSED);
    questionnaire.put("/questions/0/required", Kind.CLOSED);
    questionnaire.put("/questions/0/options/0/label/en", Kind.FREE);
    questionnaire.put("/questions/0/options/0/label/cy", Kind.FREE);
    // A text as one string stands for English alone, so it lacks Welsh: refused, or taken.
    questionnaire.put("/questions/0/text", Kind.ANY);
    questionnaire.put("/questions/0/options/0/label", Kind.ANY);
    // Any well-formed id is an id; the stable ones cannot be dropped, so these are often refused.
    questionnaire.put("/questions/0/options/0/id", Kind.ANY);
    questionnaire.put("/questions/0/options/0/signal", Kind.CLOSED);
    questionnaire.put("/questions/5/maxLength", Kind.CLOSED);
    questionnaire.put("/questions/6/id", Kind.ANY);
    jsonFields(
        "POST /api/v1/admin/questionnaires",
        () -> parse(STABLE_QUESTIONNAIRE),
        questionnaire,
        body -> client.call("POST", "/api/v1/admin/questionnaires").bearer(admin).json(body).send(),
        (reply, text) ->
            texts(
                    client
                        .get("/api/v1/admin/questionnaires/" + reply.json().path("version").asInt())
                        .bearer(admin)
                        .send()
                        .json())
                .contains(text));
    jsonFields(
        "PUT /api/v1/admin/questionnaires/current",
        () -> parse("{\"version\": 1}"),
        Map.of("/version", Kind.CLOSED),
        body ->
            client
                .call("PUT", "/api/v1/admin/questionnaires/current")
                .bearer(admin)
                .json(body)
                .send(),
        null);
    var settingUp = world.settingUpTwoFactor("setting.up.api@example.ac.uk");
    known = null;
    jsonFields(
        "POST /api/v1/staff/two-factor/confirmation",
        () -> parse("{\"code\": \"000000\"}"),
        Map.of("/code", Kind.SECRET),
        body ->
            client
                .post("/api/v1/staff/two-factor/confirmation")
                .bearer(settingUp)
                .json(body)
                .send(),
        null);
    // Query parameters.
    var queries = new LinkedHashMap<String, String>();
    queries.put("/api/v1/staff/cases?view=", "view");
    queries.put("/api/v1/staff/trends?from=", "from");
    queries.put("/api/v1/staff/trends?to=", "to");
    queries.put("/api/v1/staff/trends?by=", "by");
    queries.put("/api/v1/staff/trends.csv?by=", "by");
    queries.put("/api/v1/staff/dashboard?from=", "from");
    queries.put("/api/v1/staff/dashboard?to=", "to");
    queries.put("/api/v1/staff/dashboard.csv?from=", "from");
    for (var name : List.of("from", "to", "action", "actor", "reference", "after", "limit")) {
      queries.put("/api/v1/admin/audit?" + name + "=", name);
    }
    queries.put("/api/v1/admin/audit.csv?after=", "after");
    for (var query : queries.entrySet()) {
      for (var value : corpus(false)) {
        var text = text(value);
        if (text.length() > 1000) {
          continue; // over the URL limit: refused by Jetty itself, tried below
        }
        probe(
            "GET " + query.getKey(),
            query.getValue(),
            Kind.CLOSED,
            text,
            () ->
                client
                    .get(query.getKey() + java.net.URLEncoder.encode(text, StandardCharsets.UTF_8))
                    .bearer(lead)
                    .send(),
            null);
      }
    }
    // A path id that is no account's: the reset is refused (404), and nobody's password changes.
    pathIds(
        "POST /api/v1/admin/staff/{id}/password-reset",
        id -> client.post("/api/v1/admin/staff/" + id + "/password-reset").bearer(admin).send());
    pathIds(
        "DELETE /api/v1/staff/sessions/{id}",
        id -> client.call("DELETE", "/api/v1/staff/sessions/" + id).bearer(admin).send());
    probe(
        "GET an over-long URL",
        "view",
        Kind.CLOSED,
        "v".repeat(20_000),
        () ->
            client
                .get("/api/v1/staff/cases?view=" + "v".repeat(20_000))
                .bearer(lead)
                .onItsOwnConnection()
                .send(),
        null);
    soft.assertAll();
  }

  /**
   * Codes and passwords: each wrong one is refused, and after five a minute the throttle refuses
   * the rest (a 429 is a clear refusal too). The clock stands still here, so that the scheduled
   * jobs never fall due and change the database between two looks at it; security/sqlmap.sh sends
   * thousands of tries past raised throttles.
   */
  @Test
  @Order(Integer.MAX_VALUE) // last: the throttle it sets off would refuse the others' sign-ins
  void guessed_codes_and_passwords() {
    for (var value : corpus(true)) {
      var body = with(parse("{\"accessCode\": \"x\"}"), "/accessCode", value);
      probe(
          "POST /api/v1/reporter/session",
          "accessCode",
          Kind.SECRET,
          text(value),
          () -> client.post("/api/v1/reporter/session").json(body).send(),
          null);
    }
    for (var pointer : List.of("/email", "/password", "/code")) {
      for (var value : corpus(true)) {
        var body =
            with(
                parse("{\"email\": \"" + World.ANALYST + "\", \"password\": \"not it\"}"),
                pointer,
                value);
        probe(
            "POST /api/v1/staff/session",
            pointer.substring(1),
            Kind.SECRET,
            text(value),
            () -> client.post("/api/v1/staff/session").json(body).send(),
            null);
      }
    }
    for (var value : corpus(false)) {
      probe(
          "POST /sign-in",
          "code",
          Kind.SECRET,
          text(value),
          () -> form("/sign-in", Optional.empty(), Client.encode(Map.of("code", text(value)))),
          null);
    }
    for (var value : corpus(false)) {
      probe(
          "POST /staff/sign-in",
          "email",
          Kind.SECRET,
          text(value),
          () ->
              form(
                  "/staff/sign-in",
                  Optional.empty(),
                  Client.encode(Map.of("email", text(value), "password", "not the password"))),
          null);
    }
    // Single sign-on: the member's code without a provider's sign-in behind it, and what a
    // provider (or someone posing as one) sends back to a sign-in this browser really started.
    for (var value : corpus(false)) {
      probe(
          "POST /staff/sign-in/sso/code",
          "code",
          Kind.SECRET,
          text(value),
          () ->
              form(
                  "/staff/sign-in/sso/code",
                  Optional.empty(),
                  Client.encode(Map.of("code", text(value)))),
          null);
    }
    for (var parameter : List.of("code", "state", "error", "iss")) {
      for (var value : corpus(false)) {
        if (text(value).length() > 1000) {
          continue;
        }
        probe(
            "GET /staff/sign-in/sso/callback",
            parameter,
            Kind.SECRET,
            text(value),
            () -> {
              var started = client.get("/staff/sign-in/sso").send().cookies();
              var query = new LinkedHashMap<String, String>();
              query.put("code", "a-code");
              query.put("state", "a-state");
              query.put(parameter, text(value));
              return client
                  .get("/staff/sign-in/sso/callback?" + Client.encode(query))
                  .cookies(started)
                  .send();
            },
            null);
      }
    }
    soft.assertAll();
  }

  // ---------------------------------------------------------------------------------------------
  // The forms.

  /** Form values, as a browser would send them and as one never would (bad percent-encoding). */
  private static final List<String> BROKEN_ENCODINGS =
      List.of("%C3%28", "%FF%FE", "%zz", "%", "%u0041", "%00", "a%2", "%E2%82");

  private Client.Reply form(String path, Optional<String> token, String encoded) {
    var call = World.present(client.post(path), token);
    return call.formEncoded("csrf=" + call.formToken() + "&" + encoded).send();
  }

  /** The id of the administrator's own account. */
  private String ownId() {
    for (var account : client.get("/api/v1/admin/staff").bearer(admin).send().json().get("staff")) {
      if (account.get("email").asText().equals(RunningConfide.ADMIN)) {
        return account.get("id").asText();
      }
    }
    throw new AssertionError("no account " + RunningConfide.ADMIN);
  }

  private void formField(
      String path,
      Optional<String> token,
      Map<String, String> valid,
      String field,
      Kind kind,
      Function<String, Optional<String>> readBack) {
    for (var value : corpus(false)) {
      var fields = new LinkedHashMap<>(valid);
      fields.put(field, text(value));
      probe(
          "POST " + path,
          field,
          kind,
          text(value),
          () -> form(path, token, Client.encode(fields)),
          readBack == null ? null : reply -> readBack.apply(text(value)));
    }
    for (var broken : BROKEN_ENCODINGS) {
      var fields = new LinkedHashMap<>(valid);
      fields.remove(field);
      probe(
          "POST " + path,
          field,
          Kind.ANY,
          broken,
          () -> form(path, token, Client.encode(fields) + "&" + field + "=" + broken),
          null);
    }
  }

  @Test
  void the_reporters_forms() {
    assumeTrue(triesTheForms(), "the forms are tried on H2");
    var session = Optional.of(reporter.token());
    var report = new LinkedHashMap<String, String>();
    report.put("step", "99");
    report.put("go", "send");
    report.put("version", "1");
    report.put("answers.incident-type", "harassment");
    report.put("answers.where", "on-campus");
    report.put("answers.reporter-role", "student");
    report.put("answers.affected-person", "me");
    report.put("answers.under-18", "no");
    report.put("answers.immediate-danger", "no");
    report.put("account", "What happened");
    report.put("anonymity", "anonymous");
    report.put("messaging", "no");
    // A report sent from the form: the first field keeps it valid (each probe is a new report).
    for (var field : List.of("answers.where", "answers.incident-type", "account", "anonymity")) {
      formField(
          "/report",
          Optional.empty(),
          report,
          field,
          field.equals("account") ? Kind.FREE : Kind.CLOSED,
          null);
    }
    for (var field : List.of("step", "go", "key")) {
      formField("/report", Optional.empty(), report, field, Kind.ANY, null);
    }
    formField(
        "/report/saved",
        Optional.empty(),
        Map.of("saved", "yes", "due", "x"),
        "due",
        Kind.ANY,
        null);
    formField("/report/saved", Optional.empty(), Map.of("saved", "no"), "code", Kind.ANY, null);
    formField(
        "/my-report/messages",
        session,
        Map.of("body", "x"),
        "body",
        Kind.FREE,
        text ->
            texts(client.get("/api/v1/reporter/messages").bearer(reporter.token()).send().json())
                    .contains(text)
                ? Optional.of(text)
                : Optional.empty());
    for (var field : List.of("contact.name", "contact.email", "contact.phone")) {
      for (var value : corpus(false)) {
        var fresh = world.report("canary-contact-form");
        known = null;
        var fields = new LinkedHashMap<String, String>();
        fields.put("contact.name", "Sam");
        fields.put("contact.email", "sam@example.ac.uk");
        fields.put(field, text(value));
        probe(
            "POST /my-report/contact",
            field,
            field.equals("contact.name") ? Kind.FREE : Kind.CLOSED,
            text(value),
            () -> form("/my-report/contact", Optional.of(fresh.token()), Client.encode(fields)),
            reply ->
                texts(caseFile(fresh.reference())).contains(text(value))
                    ? Optional.of(text(value))
                    : Optional.empty());
      }
    }
    soft.assertAll();
  }

  @Test
  void the_staff_forms() {
    assumeTrue(triesTheForms(), "the forms are tried on H2");
    var reference = world.reportA.reference();
    var adviser = Optional.of(adviserA);
    var casePath = "/staff/cases/" + reference;
    Function<String, Optional<String>> inCase =
        text -> texts(caseFile(reference)).contains(text) ? Optional.of(text) : Optional.empty();
    formField(casePath + "/reply", adviser, Map.of(), "reply", Kind.FREE, inCase);
    formField(casePath + "/note", adviser, Map.of(), "note", Kind.FREE, inCase);
    formField(casePath + "/escalate", adviser, Map.of(), "escalate", Kind.FREE, null);
    formField(casePath + "/assign", adviser, Map.of(), "assignee", Kind.CLOSED, null);
    formField(casePath + "/status", adviser, Map.of("reason", "x"), "status", Kind.CLOSED, null);
    formField(casePath + "/status", adviser, Map.of("status", "OPEN"), "reason", Kind.FREE, null);
    var leadSession = Optional.of(lead);
    // A lead's exclusion, of an adviser who works no case here.
    var excluded = "bad-input-form-excluded@example.ac.uk";
    world.newStaff(excluded, "ADVISER");
    formField(
        casePath + "/exclude",
        leadSession,
        Map.of("exclude-reason", "x"),
        "exclude-adviser",
        Kind.CLOSED,
        null);
    formField(
        casePath + "/exclude",
        leadSession,
        Map.of("exclude-adviser", excluded),
        "exclude-reason",
        Kind.FREE,
        null);
    for (var field : List.of("decision", "rationale", "referredTo")) {
      var id =
          World.ok(
                  client
                      .post("/api/v1/staff/cases/" + reference + "/escalations")
                      .bearer(adviserA)
                      .json("{\"reason\": \"Worried\"}")
                      .send(),
                  201)
              .json()
              .get("id")
              .asText();
      known = null;
      // The valid decision is left out, so that no probe decides the escalation for the next.
      var valid = new LinkedHashMap<String, String>();
      valid.put("decision", "NOT-A-DECISION");
      valid.put("referredTo", "Police");
      valid.put("rationale", "Why");
      valid.remove(field);
      formField(
          "/staff/escalations/" + id + "/decision",
          leadSession,
          valid,
          field,
          field.equals("decision") ? Kind.CLOSED : Kind.FREE,
          null);
    }
    var adminSession = Optional.of(admin);
    formField(
        "/staff/admin/staff",
        adminSession,
        Map.of("displayName", "New", "roles", "ADVISER", "password", "a long enough password"),
        "email",
        Kind.CLOSED,
        null);
    formField(
        "/staff/admin/staff",
        adminSession,
        Map.of("email", "form.new@example.ac.uk", "roles", "NOT-A-ROLE", "password", "short"),
        "displayName",
        Kind.FREE,
        null);
    formField("/staff/admin/staff/deactivate", adminSession, Map.of(), "email", Kind.CLOSED, null);
    formField(
        "/staff/admin/staff/reset-two-factor", adminSession, Map.of(), "email", Kind.CLOSED, null);
    formField("/staff/admin/two-factor", adminSession, Map.of(), "required", Kind.CLOSED, null);
    // No link was issued: every token is refused with a kind page, and no password changes.
    formField(
        "/staff/set-password",
        Optional.empty(),
        Map.of("newPassword", "a new long password"),
        "token",
        Kind.SECRET,
        null);
    formField(
        "/staff/two-factor/recovery-codes", adminSession, Map.of(), "code", Kind.SECRET, null);
    formField(
        "/staff/password",
        adminSession,
        Map.of("newPassword", "a new long password"),
        "currentPassword",
        Kind.SECRET,
        null);
    formField(
        "/staff/notifications",
        Optional.of(adviserA),
        Map.of("digestHour", "8"),
        "new-report",
        Kind.CLOSED,
        null);
    formField(
        "/staff/notifications",
        Optional.of(adviserA),
        Map.of("new-report", "daily-digest"),
        "digestHour",
        Kind.CLOSED,
        null);
    // The administrator's own account: it may be renamed, but neither deactivated nor left
    // without the role, so no probe takes away the session or rights the later ones need.
    var ownAccount = "/staff/admin/staff/" + ownId();
    formField(
        ownAccount,
        adminSession,
        Map.of("roles", "ADMIN", "active", "yes"),
        "displayName",
        Kind.FREE,
        null);
    formField(
        ownAccount,
        adminSession,
        Map.of("displayName", "Admin", "active", "yes"),
        "roles",
        Kind.CLOSED,
        null);
    formField(
        ownAccount,
        adminSession,
        Map.of("displayName", "Admin", "roles", "ADMIN"),
        "active",
        Kind.CLOSED,
        null);
    var settingUp = world.settingUpTwoFactor("setting.up.page@example.ac.uk");
    known = null;
    formField("/staff/two-factor", Optional.of(settingUp), Map.of(), "code", Kind.SECRET, null);
    formField(
        "/staff/admin/calendar",
        adminSession,
        Map.of("action", "add-holiday", "holidayName", "A day"),
        "holidayDate",
        Kind.CLOSED,
        null);
    formField(
        "/staff/admin/calendar",
        adminSession,
        Map.of("action", "level", "acknowledgement", "1"),
        "responseTarget",
        Kind.CLOSED,
        null);
    formField(
        "/staff/admin/emergency-contacts",
        adminSession,
        Map.of("phone-0", "01632 960 000"),
        "name-0",
        Kind.FREE,
        null);
    formField(
        "/staff/admin/emergency-contacts",
        adminSession,
        Map.of("name-0", "Campus security"),
        "url-0",
        Kind.FREE,
        null);
    var serviceForm =
        Map.of(
            "organisationName", "University of Example",
            "retentionDays", "2192",
            "days", "MONDAY",
            "from", "09:00",
            "to", "17:00",
            "noticeDays", "14");
    for (var field : List.of("retentionDays", "from", "to", "noticeDays")) {
      formField("/staff/admin/service", adminSession, serviceForm, field, Kind.CLOSED, null);
    }
    formField(
        "/staff/admin/service", adminSession, serviceForm, "organisationName", Kind.FREE, null);
    for (var field : List.of("title", "body")) {
      formField(
          "/staff/admin/pages/support",
          adminSession,
          Map.of("title", "Support", "body", "Call us.", "go", "save"),
          field,
          Kind.FREE,
          null);
    }
    // One question of the questionnaire's draft; what is accepted changes only the draft.
    var questionForm = new LinkedHashMap<String, String>();
    questionForm.put("text", "Where did it happen?");
    questionForm.put("text-cy", "Ble digwyddodd hyn?");
    questionForm.put("hint", "Roughly.");
    questionForm.put("hint-cy", "Yn fras.");
    questionForm.put("required", "yes");
    questionForm.put("option-id-0", "on-campus");
    questionForm.put("option-0", "On campus");
    questionForm.put("option-0-cy", "Ar y campws");
    questionForm.put("option-id-1", "online");
    questionForm.put("option-1", "Online");
    questionForm.put("option-1-cy", "Ar-lein");
    for (var field :
        List.of("text", "text-cy", "hint", "hint-cy", "option-0", "option-0-cy", "option-new")) {
      formField(
          "/staff/admin/questionnaire/questions/3",
          adminSession,
          questionForm,
          field,
          Kind.FREE,
          null);
    }
    for (var field : List.of("action", "option-id-0", "required")) {
      formField(
          "/staff/admin/questionnaire/questions/3",
          adminSession,
          questionForm,
          field,
          Kind.ANY,
          null);
    }
    formField(
        "/staff/admin/questionnaire/current", adminSession, Map.of(), "version", Kind.CLOSED, null);
    formField("/staff/admin/calendar", adminSession, Map.of(), "action", Kind.CLOSED, null);
    formField(
        "/staff/admin/calendar",
        adminSession,
        Map.of("action", "remove-holiday"),
        "date",
        Kind.CLOSED,
        null);
    formField(
        "/staff/admin/calendar",
        adminSession,
        Map.of("action", "remove-closure"),
        "date",
        Kind.CLOSED,
        null);
    for (var action : List.of("remove-holiday", "remove-closure")) {
      // The date left out of the post altogether, as a hand-made request may.
      probe(
          "POST /staff/admin/calendar",
          "date",
          Kind.ANY,
          "",
          () ->
              form("/staff/admin/calendar", adminSession, Client.encode(Map.of("action", action))),
          null);
    }
    // Query parameters of pages.
    for (var query :
        List.of(
            "/staff/cases?view=",
            casePath + "?done=",
            "/staff/trends?by=",
            "/staff/sign-in?why=",
            "/?done=",
            "/sign-in?why=")) {
      for (var value : corpus(false)) {
        if (text(value).length() > 1000) {
          continue;
        }
        var reply =
            World.present(
                    client.get(
                        query + java.net.URLEncoder.encode(text(value), StandardCharsets.UTF_8)),
                    leadSession)
                .send();
        soft.assertThat(reply.status())
            .as("GET %s%s", query, shown(text(value)))
            .isBetween(200, 499);
        soft.assertThat(reply.text()).as(query).doesNotContain("<script>alert('canary')</script>");
      }
    }
    soft.assertAll();
  }
}
