package org.confide.bootstrap.security;

import java.util.List;
import java.util.Optional;

/**
 * The people of the suite and what they hold, set up through the API of a running server: two
 * anonymous reporters with their codes and sessions, two advisers (A's case is assigned to the
 * first, B's to the second), a safeguarding lead, an analyst and the administrator; an escalation
 * raised by hand on A's case, one raised at submission on a third case, and a pattern alert.
 */
final class World {

  /** Who asks. Each presents its token every way the server reads one. */
  enum Actor {
    ANONYMOUS("anon"),
    REPORTER_A("repA"),
    REPORTER_B("repB"),
    ASSIGNED_ADVISER("advA"),
    OTHER_ADVISER("advB"),
    LEAD("lead"),
    ANALYST("anal"),
    ADMIN("admin");

    final String column;

    Actor(String column) {
      this.column = column;
    }
  }

  static final String ADVISER_A = "adviser.a@example.ac.uk";
  static final String ADVISER_B = "adviser.b@example.ac.uk";
  static final String LEAD = "lead@example.ac.uk";
  static final String ANALYST = "analyst@example.ac.uk";

  /**
   * The visit cookie of this suite's browser: any well-formed value; its forms' tokens come from
   * pages.
   */
  static final String VISIT = "suite-visit-value-0123456789abcd";

  static final String CALM_ANSWERS =
      """
      "incident-type": ["harassment"], "where": "on-campus", "reporter-role": "student",
      "affected-person": "me", "under-18": "no", "immediate-danger": "no"\
      """;

  final RunningConfide confide;
  final Client client;
  final String admin;
  final String adviserA;
  final String adviserB;
  final String lead;
  final String analyst;
  final Receipt reportA;
  final Receipt reportB;
  final String referenceC;
  final String escalationOnA;
  final String escalationOnC;
  final String alert;

  /** What a reporter holds after submitting and signing in. */
  record Receipt(String reference, String code, String token, String account) {}

  World(RunningConfide confide) {
    this.confide = confide;
    this.client = confide.client;
    admin = StaffLogin.token(client, RunningConfide.ADMIN, RunningConfide.PASSWORD);
    adviserA = newStaff(ADVISER_A, "ADVISER");
    adviserB = newStaff(ADVISER_B, "ADVISER");
    lead = newStaff(LEAD, "SAFEGUARDING_LEAD");
    analyst = newStaff(ANALYST, "ANALYST");

    reportA = report("canary-account-of-A");
    reportB = report("canary-account-of-B");
    ok(assign(reportA.reference(), adviserA, ADVISER_A), 204);
    ok(assign(reportB.reference(), adviserB, ADVISER_B), 204);
    var raised =
        ok(
            client
                .post("/api/v1/staff/cases/" + reportA.reference() + "/escalations")
                .bearer(adviserA)
                .json("{\"reason\": \"Worried for their safety\"}")
                .send(),
            201);
    escalationOnA = raised.json().get("id").asText();

    var urgent =
        submit(
            """
            {"questionnaireVersion": 1, "answers": {%s}, "anonymous": true, "messaging": false}
            """
                .formatted(CALM_ANSWERS.replace("\"under-18\": \"no\"", "\"under-18\": \"yes\"")));
    referenceC = urgent.json().get("reference").asText();
    var open = ok(client.get("/api/v1/staff/escalations").bearer(lead).send(), 200);
    String onC = null;
    for (var row : open.json().get("escalations")) {
      if (row.get("reference").asText().equals(referenceC)) {
        onC = row.get("id").asText();
      }
    }
    escalationOnC = java.util.Objects.requireNonNull(onC, "no escalation raised on C");

    for (var named : List.of("Dr Pat Canary-Person", "Canary-Person, Pat", "pat canary person")) {
      submit(
          """
          {"questionnaireVersion": 1, "answers": {%s, "named-person": %s},
           "anonymous": true, "messaging": false}
          """
              .formatted(CALM_ANSWERS, Client.quote(named)));
    }
    var alerts = ok(client.get("/api/v1/staff/alerts").bearer(analyst).send(), 200);
    alert = alerts.json().get("alerts").get(0).get("id").asText();
  }

  /** The token an actor holds for the whole run (empty for the anonymous visitor). */
  Optional<String> token(Actor actor) {
    return Optional.ofNullable(
        switch (actor) {
          case ANONYMOUS -> null;
          case REPORTER_A -> reportA.token();
          case REPORTER_B -> reportB.token();
          case ASSIGNED_ADVISER -> adviserA;
          case OTHER_ADVISER -> adviserB;
          case LEAD -> lead;
          case ANALYST -> analyst;
          case ADMIN -> admin;
        });
  }

  /**
   * A token of the same kind made for one request that ends or changes it: a new session for the
   * same staff member, or a new report and session for a reporter.
   */
  Optional<String> freshToken(Actor actor) {
    return switch (actor) {
      case ANONYMOUS -> Optional.empty();
      case REPORTER_A, REPORTER_B -> Optional.of(report("canary-fresh-" + actor).token());
      case ASSIGNED_ADVISER -> Optional.of(signIn(ADVISER_A));
      case OTHER_ADVISER -> Optional.of(signIn(ADVISER_B));
      case LEAD -> Optional.of(signIn(LEAD));
      case ANALYST -> Optional.of(signIn(ANALYST));
      case ADMIN -> Optional.of(signIn(RunningConfide.ADMIN));
    };
  }

  /**
   * Presents {@code token} every way the server reads one: as a bearer token and in both page
   * session cookies. Every request also carries this browser's visit cookie; a form posted with
   * {@link Client.Call#formWithToken} carries the token a page gave this browser.
   */
  static Client.Call present(Client.Call call, Optional<String> token) {
    call.cookie(Cookies.FORM, VISIT);
    token.ifPresent(t -> call.bearer(t).cookie(Cookies.REPORTER, t).cookie(Cookies.STAFF, t));
    return call;
  }

  String signIn(String email) {
    return StaffLogin.token(client, email, RunningConfide.PASSWORD);
  }

  /**
   * A session of a new account that has signed in with its password and started setting up
   * two-factor sign-in, but not finished: the only session that can still confirm a code.
   */
  String settingUpTwoFactor(String email) {
    ok(
        client
            .post("/api/v1/admin/staff")
            .bearer(admin)
            .json(
                "{\"email\": %s, \"displayName\": \"New\", \"roles\": [\"ADVISER\"], \"password\": %s}"
                    .formatted(Client.quote(email), Client.quote(RunningConfide.PASSWORD)))
            .send(),
        201);
    var token =
        ok(
                client
                    .post("/api/v1/staff/session")
                    .json(
                        "{\"email\": %s, \"password\": %s}"
                            .formatted(Client.quote(email), Client.quote(RunningConfide.PASSWORD)))
                    .send(),
                200)
            .json()
            .get("token")
            .asText();
    ok(client.post("/api/v1/staff/two-factor").bearer(token).json("{}").send(), 200);
    return token;
  }

  String newStaff(String email, String role) {
    ok(
        client
            .post("/api/v1/admin/staff")
            .bearer(admin)
            .json(
                """
                {"email": %s, "displayName": "Staff member", "roles": [%s], "password": %s}
                """
                    .formatted(
                        Client.quote(email),
                        Client.quote(role),
                        Client.quote(RunningConfide.PASSWORD)))
            .send(),
        201);
    return signIn(email);
  }

  /** An anonymous report with two-way messaging, and a session opened with its code. */
  Receipt report(String account) {
    var submitted =
        submit(
            """
            {"questionnaireVersion": 1, "answers": {%s}, "account": %s,
             "anonymous": true, "messaging": true}
            """
                .formatted(CALM_ANSWERS, Client.quote(account)));
    var code = submitted.json().get("accessCode").asText();
    return new Receipt(
        submitted.json().get("reference").asText(), code, openSession(code), account);
  }

  String openSession(String code) {
    var session =
        ok(
            client
                .post("/api/v1/reporter/session")
                .json("{\"accessCode\": " + Client.quote(code) + "}")
                .send(),
            200);
    return session.json().get("token").asText();
  }

  Client.Reply submit(String json) {
    return ok(client.post("/api/v1/reports").json(json).send(), 201);
  }

  Client.Reply assign(String reference, String token, String assignee) {
    return client
        .post("/api/v1/staff/cases/" + reference + "/assignment")
        .bearer(token)
        .json("{\"assignee\": " + Client.quote(assignee) + "}")
        .send();
  }

  static Client.Reply ok(Client.Reply reply, int status) {
    if (reply.status() != status) {
      throw new IllegalStateException("expected " + status + ", got " + reply);
    }
    return reply;
  }
}
