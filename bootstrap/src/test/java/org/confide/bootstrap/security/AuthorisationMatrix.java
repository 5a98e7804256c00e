package org.confide.bootstrap.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiFunction;
import org.assertj.core.api.SoftAssertions;
import org.confide.bootstrap.security.World.Actor;
import org.confide.domain.safeguarding.EscalationId;
import org.confide.domain.shared.ReportReference;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every route the server answers, API and pages, asked by each of the eight people of {@link
 * World}, over real HTTP: each answer is exactly the one in {@link #TABLE}. A route the table does
 * not list fails the test, so no new route can slip past. Forbidden answers leak nothing: for each
 * route with an id, "exists but not yours" and "does not exist" are the same bytes.
 */
abstract class AuthorisationMatrix extends AgainstTheServer {

  /**
   * What each actor gets. A number is the status; {@code 303} is a redirect to the route's own
   * "done" page; {@code in} and {@code exp} are redirects to the reporter's sign-in ({@code
   * /sign-in}, {@code /sign-in?why=expired}), {@code s-in} and {@code s-exp} to the staff sign-in;
   * {@code >cases}, {@code >admin}, {@code >trend} to a staff member's first page; {@code idp} to
   * the single sign-on provider's authorization endpoint (its query aside). A reporter's token on a
   * staff page (or a staff token on a reporter page) is an expired session there.
   */
  static final String TABLE =
      """
      route                                          anon  repA  repB  advA  advB  lead  anal  admin
      GET /health                                    200   200   200   200   200   200   200   200
      GET /api/v1/openapi.json                       200   200   200   200   200   200   200   200
      GET /api/v1/questionnaire                      200   200   200   200   200   200   200   200
      GET /api/v1/service-status                     200   200   200   200   200   200   200   200
      GET /api/v1/pages                              200   200   200   200   200   200   200   200
      POST /api/v1/reports                           201   201   201   201   201   201   201   201
      POST /api/v1/reporter/session                  200   200   200   200   200   200   200   200
      DELETE /api/v1/reporter/session                401   204   204   204   204   204   204   204
      GET /api/v1/reporter/report                    401   200   200   401   401   401   401   401
      DELETE /api/v1/reporter/report                 401   204   204   401   401   401   401   401
      GET /api/v1/reporter/messages                  401   200   200   401   401   401   401   401
      POST /api/v1/reporter/messages                 401   201   201   401   401   401   401   401
      POST /api/v1/reporter/contact                  401   204   204   401   401   401   401   401
      POST /api/v1/staff/session                     200   200   200   200   200   200   200   200
      DELETE /api/v1/staff/session                   401   204   204   204   204   204   204   204
      GET /api/v1/staff/two-factor                   401   401   401   200   200   200   200   200
      POST /api/v1/staff/two-factor                  401   401   401   409   409   409   409   409
      POST /api/v1/staff/two-factor/confirmation     401   401   401   409   409   409   409   409
      PUT /api/v1/staff/password                     401   401   401   400   400   400   400   400
      GET /api/v1/staff/sessions                     401   401   401   200   200   200   200   200
      DELETE /api/v1/staff/sessions/{id}             401   401   401   404   404   404   404   404
      POST /api/v1/staff/two-factor/recovery-codes   401   401   401   400   400   400   400   400
      GET /api/v1/staff/notification-preferences     401   401   401   200   200   200   200   200
      PUT /api/v1/staff/notification-preferences     401   401   401   200   200   200   200   200
      GET /api/v1/staff/cases                        401   401   401   200   200   200   403   403
      GET /api/v1/staff/cases/{reference}            401   401   401   200   404   200   403   403
      POST /api/v1/staff/reports                     401   401   401   201   201   201   403   403
      POST /api/v1/staff/cases/{reference}/messages  401   401   401   201   404   201   403   403
      GET /api/v1/staff/cases/{reference}/notes      401   401   401   200   404   200   403   403
      POST /api/v1/staff/cases/{reference}/notes     401   401   401   204   404   204   403   403
      POST /api/v1/staff/cases/{reference}/assignment 401  401   401   204   404   204   403   403
      POST /api/v1/staff/cases/{reference}/status    401   401   401   204   404   204   403   403
      POST /api/v1/staff/cases/{reference}/escalations 401 401   401   201   404   201   403   403
      POST /api/v1/staff/cases/{reference}/team      401   401   401   204   404   204   403   403
      GET /api/v1/staff/teams                        401   401   401   200   200   200   403   403
      POST /api/v1/staff/cases/{reference}/exclusions 401  401   401   403   403   204   403   403
      GET /api/v1/staff/cases/{reference}/exclusions 401   401   401   403   403   200   403   403
      POST /api/v1/staff/cases/{reference}/exclusions/lifting 401 401 401 403 403 204   403   403
      POST /api/v1/staff/cases/{reference}/conflict  401   401   401   204   204   204   403   403
      POST /api/v1/staff/cases/{reference}/export    401   401   401   200   404   200   403   403
      POST /api/v1/staff/subject-access              401   401   401   403   403   200   403   200
      GET /api/v1/staff/escalations                  401   401   401   403   403   200   403   403
      POST /api/v1/staff/escalations/{id}/decision   401   401   401   403   403   204   403   403
      GET /api/v1/staff/trends                       401   401   401   403   403   200   200   200
      GET /api/v1/staff/trends.csv                   401   401   401   403   403   200   200   200
      GET /api/v1/staff/alerts                       401   401   401   403   403   200   200   403
      GET /api/v1/staff/dashboard                    401   401   401   403   403   200   403   200
      GET /api/v1/staff/dashboard.csv                401   401   401   403   403   200   403   200
      GET /api/v1/staff/alerts/{id}                  401   401   401   403   403   200   403   403
      POST /api/v1/admin/staff                       401   401   401   403   403   403   403   201
      GET /api/v1/admin/staff                        401   401   401   403   403   403   403   200
      PUT /api/v1/admin/staff/{id}                   401   401   401   403   403   403   403   204
      POST /api/v1/admin/staff/{id}/password-reset   401   401   401   403   403   403   403   201
      POST /api/v1/admin/teams                       401   401   401   403   403   403   403   201
      GET /api/v1/admin/teams                        401   401   401   403   403   403   403   200
      PUT /api/v1/admin/teams/{id}/members           401   401   401   403   403   403   403   204
      GET /api/v1/admin/routing                      401   401   401   403   403   403   403   200
      PUT /api/v1/admin/routing                      401   401   401   403   403   403   403   204
      GET /api/v1/admin/outcomes                     401   401   401   200   200   200   403   200
      PUT /api/v1/admin/outcomes                     401   401   401   403   403   403   403   200
      GET /api/v1/admin/tags                         401   401   401   200   200   200   403   200
      PUT /api/v1/admin/tags                         401   401   401   403   403   403   403   200
      GET /api/v1/admin/calendar                     401   401   401   403   403   403   403   200
      PUT /api/v1/admin/calendar                     401   401   401   403   403   403   403   204
      GET /api/v1/admin/analysis                     401   401   401   403   403   403   403   200
      PUT /api/v1/admin/analysis                     401   401   401   403   403   403   403   204
      GET /api/v1/admin/two-factor                   401   401   401   403   403   403   403   200
      PUT /api/v1/admin/two-factor                   401   401   401   403   403   403   403   204
      POST /api/v1/admin/two-factor/reset            401   401   401   403   403   403   403   204
      GET /api/v1/admin/audit                        401   401   401   403   403   200   403   200
      GET /api/v1/admin/audit.csv                    401   401   401   403   403   200   403   200
      GET /api/v1/admin/audit/verification           401   401   401   403   403   200   403   200
      GET /api/v1/admin/emergency-contacts           401   401   401   403   403   403   403   200
      PUT /api/v1/admin/emergency-contacts           401   401   401   403   403   403   403   204
      GET /api/v1/admin/service                      401   401   401   403   403   403   403   200
      PUT /api/v1/admin/service                      401   401   401   403   403   403   403   204
      GET /api/v1/admin/pages                        401   401   401   403   403   403   403   200
      GET /api/v1/admin/pages/{slug}                 401   401   401   403   403   403   403   200
      PUT /api/v1/admin/pages/{slug}                 401   401   401   403   403   403   403   204
      GET /api/v1/questionnaire-schema.json          200   200   200   200   200   200   200   200
      GET /api/v1/admin/questionnaires               401   401   401   403   403   403   403   200
      POST /api/v1/admin/questionnaires              401   401   401   403   403   403   403   201
      PUT /api/v1/admin/questionnaires/current       401   401   401   403   403   403   403   200
      GET /api/v1/admin/questionnaires/{version}     401   401   401   403   403   403   403   200
      GET /api/v1/staff/questionnaire-changes        401   401   401   403   403   200   403   403
      POST /api/v1/staff/questionnaire-changes/{version}/confirmation 401 401 401 403 403 200 403 403
      GET /assets/{name}                             200   200   200   200   200   200   200   200
      GET /                                          200   200   200   200   200   200   200   200
      GET /report                                    200   200   200   200   200   200   200   200
      POST /report                                   200   200   200   200   200   200   200   200
      POST /report/saved                             200   200   200   200   200   200   200   200
      GET /sign-in                                   200   200   200   200   200   200   200   200
      POST /sign-in                                  303   303   303   303   303   303   303   303
      GET /my-report                                 in    200   200   exp   exp   exp   exp   exp
      POST /my-report/messages                       401   303   303   401   401   401   401   401
      GET /my-report/contact                         exp   200   200   exp   exp   exp   exp   exp
      POST /my-report/contact                        exp   303   303   exp   exp   exp   exp   exp
      GET /my-report/erase                           exp   200   200   exp   exp   exp   exp   exp
      POST /my-report/erase                          exp   303   303   exp   exp   exp   exp   exp
      POST /sign-out                                 303   303   303   303   303   303   303   303
      GET /leave                                     303   303   303   303   303   303   303   303
      GET /pages/{slug}                              200   200   200   200   200   200   200   200
      GET /staff                                     s-in  s-exp s-exp >cases >cases >cases >trend >admin
      GET /staff/sign-in                             200   200   200   200   200   200   200   200
      POST /staff/sign-in                            303   303   303   303   303   303   303   303
      POST /staff/sign-out                           303   303   303   303   303   303   303   303
      GET /staff/sign-in/sso                         idp   idp   idp   idp   idp   idp   idp   idp
      GET /staff/sign-in/sso/callback                400   400   400   400   400   400   400   400
      POST /staff/sign-in/sso/code                   400   400   400   400   400   400   400   400
      GET /staff/two-factor                          s-in  s-exp s-exp 200   200   200   200   200
      POST /staff/two-factor                         s-in  s-exp s-exp 303   303   303   303   303
      GET /staff/password                            s-in  s-exp s-exp 200   200   200   200   200
      POST /staff/password                           s-in  s-exp s-exp 400   400   400   400   400
      GET /staff/notifications                       s-in  s-exp s-exp 200   200   200   200   200
      POST /staff/notifications                      s-in  s-exp s-exp 303   303   303   303   303
      POST /staff/two-factor/recovery-codes          s-in  s-exp s-exp 400   400   400   400   400
      GET /staff/cases                               s-in  s-exp s-exp 200   200   200   403   403
      GET /staff/cases/{reference}                   s-in  s-exp s-exp 200   404   200   404   404
      GET /staff/reports/new                         s-in  s-exp s-exp 200   200   200   403   403
      POST /staff/reports/new                        s-in  s-exp s-exp 400   400   400   403   403
      POST /staff/cases/{reference}/reply            s-in  s-exp s-exp 303   404   303   404   404
      POST /staff/cases/{reference}/note             s-in  s-exp s-exp 303   404   303   404   404
      POST /staff/cases/{reference}/assign           s-in  s-exp s-exp 303   404   303   404   404
      POST /staff/cases/{reference}/status           s-in  s-exp s-exp 303   404   303   404   404
      POST /staff/cases/{reference}/escalate         s-in  s-exp s-exp 303   404   303   404   404
      POST /staff/cases/{reference}/exclude          s-in  s-exp s-exp 404   404   303   404   404
      POST /staff/cases/{reference}/lift             s-in  s-exp s-exp 404   404   303   404   404
      POST /staff/cases/{reference}/move             s-in  s-exp s-exp 303   404   303   404   404
      POST /staff/cases/{reference}/conflict         s-in  s-exp s-exp 303   303   303   404   404
      POST /staff/cases/{reference}/export           s-in  s-exp s-exp 200   404   200   404   404
      GET /staff/subject-access                      s-in  s-exp s-exp 403   403   200   403   200
      POST /staff/subject-access                     s-in  s-exp s-exp 403   403   200   403   200
      GET /staff/escalations                         s-in  s-exp s-exp 403   403   200   403   403
      GET /staff/escalations/{id}                    s-in  s-exp s-exp 404   404   200   404   404
      POST /staff/escalations/{id}/decision          s-in  s-exp s-exp 404   404   303   404   404
      GET /staff/trends                              s-in  s-exp s-exp 403   403   200   200   200
      GET /staff/trends.csv                          s-in  s-exp s-exp 403   403   200   200   200
      GET /staff/alerts                              s-in  s-exp s-exp 403   403   200   200   403
      GET /staff/dashboard                           s-in  s-exp s-exp 403   403   200   403   200
      GET /staff/dashboard.csv                       s-in  s-exp s-exp 403   403   200   403   200
      GET /staff/alerts/{id}                         s-in  s-exp s-exp 404   404   200   404   404
      GET /staff/admin/staff                         s-in  s-exp s-exp 403   403   403   403   200
      POST /staff/admin/staff                        s-in  s-exp s-exp 403   403   403   403   303
      POST /staff/admin/staff/deactivate             s-in  s-exp s-exp 403   403   403   403   303
      POST /staff/admin/staff/reset-two-factor       s-in  s-exp s-exp 403   403   403   403   303
      POST /staff/admin/two-factor                   s-in  s-exp s-exp 403   403   403   403   303
      GET /staff/admin/staff/{id}                    s-in  s-exp s-exp 403   403   403   403   200
      POST /staff/admin/staff/{id}                   s-in  s-exp s-exp 403   403   403   403   303
      POST /staff/admin/staff/{id}/password-reset    s-in  s-exp s-exp 403   403   403   403   200
      GET /staff/set-password                        404   404   404   404   404   404   404   404
      GET /staff/sessions                            s-in  s-exp s-exp 200   200   200   200   200
      POST /staff/sessions/{id}/end                  s-in  s-exp s-exp 404   404   404   404   404
      POST /staff/set-password                       404   404   404   404   404   404   404   404
      GET /staff/admin/teams                         s-in  s-exp s-exp 403   403   403   403   200
      POST /staff/admin/teams                        s-in  s-exp s-exp 403   403   403   403   303
      POST /staff/admin/teams/members                s-in  s-exp s-exp 403   403   403   403   303
      GET /staff/admin/routing                       s-in  s-exp s-exp 403   403   403   403   200
      POST /staff/admin/routing                      s-in  s-exp s-exp 403   403   403   403   303
      GET /staff/admin/outcomes                      s-in  s-exp s-exp 403   403   403   403   200
      POST /staff/admin/outcomes                     s-in  s-exp s-exp 403   403   403   403   303
      GET /staff/admin/calendar                      s-in  s-exp s-exp 403   403   403   403   200
      POST /staff/admin/calendar                     s-in  s-exp s-exp 403   403   403   403   303
      GET /staff/admin/emergency-contacts            s-in  s-exp s-exp 403   403   403   403   200
      POST /staff/admin/emergency-contacts           s-in  s-exp s-exp 403   403   403   403   303
      GET /staff/admin/service                       s-in  s-exp s-exp 403   403   403   403   200
      POST /staff/admin/service                      s-in  s-exp s-exp 403   403   403   403   303
      GET /staff/admin/pages                         s-in  s-exp s-exp 403   403   403   403   200
      GET /staff/admin/pages/{slug}                  s-in  s-exp s-exp 403   403   403   403   200
      POST /staff/admin/pages/{slug}                 s-in  s-exp s-exp 403   403   403   403   303
      GET /staff/admin/audit                         s-in  s-exp s-exp 403   403   200   403   200
      GET /staff/admin/audit.csv                     s-in  s-exp s-exp 403   403   200   403   200
      GET /staff/admin/audit/verification            s-in  s-exp s-exp 403   403   200   403   200
      GET /staff/admin/questionnaire                 s-in  s-exp s-exp 403   403   403   403   200
      GET /staff/admin/questionnaire/questions/{index} s-in s-exp s-exp 403  403   403   403   200
      POST /staff/admin/questionnaire/questions/{index} s-in s-exp s-exp 403 403   403   403   303
      GET /staff/admin/questionnaire/preview         s-in  s-exp s-exp 403   403   403   403   200
      POST /staff/admin/questionnaire/publish        s-in  s-exp s-exp 403   403   403   403   303
      POST /staff/admin/questionnaire/discard        s-in  s-exp s-exp 403   403   403   403   303
      POST /staff/admin/questionnaire/current        s-in  s-exp s-exp 403   403   403   403   303
      GET /staff/questionnaire-changes               s-in  s-exp s-exp 403   403   200   403   403
      POST /staff/questionnaire-changes/{version}/confirm s-in s-exp s-exp 403 403  303   403   403
      """;

  private static final Map<String, String> REDIRECTS =
      Map.of(
          "in", "303 /sign-in",
          "exp", "303 /sign-in?why=expired",
          "s-in", "303 /staff/sign-in",
          "s-exp", "303 /staff/sign-in?why=expired",
          ">cases", "303 /staff/cases",
          ">admin", "303 /staff/admin/staff",
          ">trend", "303 /staff/trends");

  private static final SecureRandom RANDOM = new SecureRandom();
  private static final String EXCLUDED = "excluded@example.ac.uk";

  private String calendarJson;
  private String questionnaireJson;
  private String signalDropped;
  private String teamId;
  private String conflictCase;
  private String conflictPageCase;

  /**
   * The calendar as it stands (put back unchanged), an account to deactivate, the default
   * questionnaire's document (added again, changing nothing reporters see), and a version that
   * drops a safeguarding signal, for a lead to confirm (confirming again changes nothing).
   */
  @BeforeAll
  void setUp() {
    calendarJson =
        World.ok(confide.client.get("/api/v1/admin/calendar").bearer(world.admin).send(), 200)
            .text();
    world.newStaff("spare@example.ac.uk", "ADVISER");
    for (var account :
        World.ok(confide.client.get("/api/v1/admin/staff").bearer(world.admin).send(), 200)
            .json()
            .get("staff")) {
      if (account.get("email").asText().equals("spare@example.ac.uk")) {
        spareId = account.get("id").asText();
      }
    }
    // A team of adviser A and the lead: moving case A into it changes nothing later rows see.
    teamId =
        World.ok(
                confide
                    .client
                    .call("POST", "/api/v1/admin/teams")
                    .bearer(world.admin)
                    .json("{\"name\": \"Student Support\"}")
                    .send(),
                201)
            .json()
            .get("id")
            .asText();
    World.ok(
        confide
            .client
            .call("PUT", "/api/v1/admin/teams/" + teamId + "/members")
            .bearer(world.admin)
            .json(
                "{\"emails\": ["
                    + Client.quote(World.ADVISER_A)
                    + ", "
                    + Client.quote(World.LEAD)
                    + "]}")
            .send(),
        204);
    // An adviser to exclude from case A, and a case in the queue every adviser may declare a
    // conflict on: neither changes anything later rows see.
    world.newStaff(EXCLUDED, "ADVISER");
    conflictCase = world.report("canary-account-of-a-conflict").reference();
    conflictPageCase = world.report("canary-account-of-a-conflict-on-a-page").reference();
    questionnaireJson =
        World.ok(
                confide.client.get("/api/v1/admin/questionnaires/2").bearer(world.admin).send(),
                200)
            .text();
    var dropping = questionnaireJson.replace(",\"signal\":\"IMMEDIATE_DANGER\"", "");
    assertThat(dropping).isNotEqualTo(questionnaireJson);
    signalDropped =
        World.ok(
                confide
                    .client
                    .call("POST", "/api/v1/admin/questionnaires")
                    .bearer(world.admin)
                    .json(dropping)
                    .send(),
                201)
            .json()
            .get("version")
            .asText();
  }

  /** The id of the spare account. */
  private String spareId;

  /** How one route is asked: its path parameters, its body, and what a success leads to. */
  private record Ask(
      Map<String, String> ids,
      BiFunction<Actor, Client.Call, Client.Call> body,
      boolean freshToken,
      String done) {

    Ask withIds(Map<String, String> replaced) {
      return new Ask(replaced, body, freshToken, done);
    }
  }

  private static Ask plain() {
    return new Ask(Map.of(), (a, c) -> c, false, null);
  }

  private static Ask json(String json) {
    return new Ask(Map.of(), (a, c) -> c.json(json), false, null);
  }

  private static Ask form(Map<String, String> fields, String done) {
    var all = Map.copyOf(fields);
    return new Ask(Map.of(), (a, c) -> c.formWithToken(all), false, done);
  }

  private static Ask fresh(Ask ask) {
    return new Ask(ask.ids(), ask.body(), true, ask.done());
  }

  private static Ask on(Map<String, String> ids, Ask ask) {
    return ask.withIds(ids);
  }

  /** The request of every route, by route; the same for every actor. */
  private Map<String, Ask> asks() {
    var ref = world.reportA.reference();
    var onA = Map.of("reference", ref);
    var signInCode = world.report("canary-account-for-sign-in").code();
    var asks = new LinkedHashMap<String, Ask>();
    asks.put("GET /health", plain());
    asks.put("GET /api/v1/openapi.json", plain());
    asks.put("GET /api/v1/questionnaire", plain());
    asks.put("GET /api/v1/service-status", plain());
    asks.put(
        "POST /api/v1/reports",
        json(
            """
            {"questionnaireVersion": 1, "answers": {%s}, "anonymous": true, "messaging": false}
            """
                .formatted(World.CALM_ANSWERS)));
    asks.put(
        "POST /api/v1/reporter/session",
        json("{\"accessCode\": " + Client.quote(signInCode) + "}"));
    asks.put("DELETE /api/v1/reporter/session", fresh(plain()));
    asks.put("GET /api/v1/reporter/report", plain());
    asks.put("DELETE /api/v1/reporter/report", fresh(plain()));
    asks.put("GET /api/v1/reporter/messages", plain());
    asks.put("POST /api/v1/reporter/messages", json("{\"body\": \"Is anyone there?\"}"));
    asks.put(
        "POST /api/v1/reporter/contact",
        fresh(json("{\"name\": \"Sam\", \"email\": \"sam@example.ac.uk\"}")));
    asks.put("POST /api/v1/staff/session", plain()); // asked through StaffLogin, see ask()
    asks.put("DELETE /api/v1/staff/session", fresh(plain()));
    asks.put("GET /api/v1/staff/two-factor", plain());
    // Everyone here has set it up already: starting or confirming again is refused (409).
    asks.put("POST /api/v1/staff/two-factor", json("{}"));
    asks.put("POST /api/v1/staff/two-factor/confirmation", json("{\"code\": \"123456\"}"));
    // Any staff member may; a current password that is not theirs keeps everyone's the same (400).
    asks.put("POST /api/v1/staff/two-factor/recovery-codes", json("{\"code\": \"000000\"}"));
    asks.put(
        "PUT /api/v1/staff/password",
        json("{\"currentPassword\": \"not it at all\", \"newPassword\": \"a new long password\"}"));
    // Everyone's own sessions; an id that is none of theirs ends nothing (404).
    asks.put("GET /api/v1/staff/sessions", plain());
    asks.put("DELETE /api/v1/staff/sessions/{id}", on(Map.of("id", "0".repeat(32)), plain()));
    // Any staff member, for themselves: every email at once, as before (200).
    asks.put("GET /api/v1/staff/notification-preferences", plain());
    asks.put(
        "PUT /api/v1/staff/notification-preferences", json("{\"emails\": {}, \"digestHour\": 8}"));
    asks.put("GET /api/v1/staff/cases", plain());
    asks.put("GET /api/v1/staff/cases/{reference}", on(onA, plain()));
    asks.put(
        "POST /api/v1/staff/reports",
        json(
            """
            {"channel": "phone", "questionnaireVersion": 1, "answers": {%s}, "anonymous": true}
            """
                .formatted(World.CALM_ANSWERS)));
    asks.put(
        "POST /api/v1/staff/cases/{reference}/messages",
        on(onA, json("{\"body\": \"We are here.\"}")));
    asks.put("GET /api/v1/staff/cases/{reference}/notes", on(onA, plain()));
    asks.put(
        "POST /api/v1/staff/cases/{reference}/notes",
        on(onA, json("{\"body\": \"Called the reporter's tutor.\"}")));
    asks.put(
        "POST /api/v1/staff/cases/{reference}/assignment",
        on(onA, json("{\"assignee\": " + Client.quote(World.ADVISER_A) + "}")));
    asks.put(
        "POST /api/v1/staff/cases/{reference}/status",
        on(onA, json("{\"status\": \"OPEN\", \"reason\": \"Working on it\"}")));
    asks.put(
        "POST /api/v1/staff/cases/{reference}/escalations",
        on(onA, json("{\"reason\": \"Still worried\"}")));
    asks.put(
        "POST /api/v1/staff/cases/{reference}/team",
        on(onA, json("{\"team\": " + Client.quote(teamId) + ", \"reason\": \"Hers\"}")));
    asks.put(
        "POST /api/v1/staff/cases/{reference}/exclusions",
        on(onA, json("{\"adviser\": " + Client.quote(EXCLUDED) + ", \"reason\": \"Her cousin\"}")));
    asks.put("GET /api/v1/staff/cases/{reference}/exclusions", on(onA, plain()));
    // Lifts the exclusion that the lead made on case A above.
    asks.put(
        "POST /api/v1/staff/cases/{reference}/exclusions/lifting",
        on(
            onA,
            json("{\"adviser\": " + Client.quote(EXCLUDED) + ", \"reason\": \"Not related\"}")));
    asks.put(
        "POST /api/v1/staff/cases/{reference}/conflict",
        on(Map.of("reference", conflictCase), json("{\"reason\": \"I know them\"}")));
    // An export adds a note to case A, which no later row counts.
    asks.put(
        "POST /api/v1/staff/cases/{reference}/export",
        on(onA, json("{\"reason\": \"Disciplinary panel\", \"format\": \"html\"}")));
    asks.put(
        "POST /api/v1/staff/subject-access",
        json("{\"email\": \"nobody@example.ac.uk\", \"reason\": \"Email of 1 December\"}"));
    asks.put("GET /api/v1/staff/escalations", plain());
    asks.put(
        "POST /api/v1/staff/escalations/{id}/decision",
        on(
            Map.of("id", world.escalationOnA),
            json("{\"decision\": \"ACKNOWLEDGE\", \"rationale\": \"Seen; acting\"}")));
    asks.put("GET /api/v1/staff/trends", plain());
    asks.put("GET /api/v1/staff/trends.csv", plain());
    asks.put("GET /api/v1/staff/alerts", plain());
    asks.put("GET /api/v1/staff/teams", plain());
    asks.put("GET /api/v1/staff/dashboard", plain());
    asks.put("GET /api/v1/staff/dashboard.csv", plain());
    asks.put("GET /api/v1/admin/audit", plain());
    asks.put("GET /api/v1/admin/audit.csv", plain());
    asks.put("GET /api/v1/admin/audit/verification", plain());
    asks.put("GET /api/v1/staff/alerts/{id}", on(Map.of("id", world.alert), plain()));
    asks.put(
        "POST /api/v1/admin/staff",
        new Ask(
            Map.of(),
            (a, c) ->
                c.json(
                    """
                    {"email": "new.%s@example.ac.uk", "displayName": "New", "roles": ["ADVISER"],
                     "password": "another long password"}
                    """
                        .formatted(a.column)),
            false,
            null));
    asks.put("GET /api/v1/admin/staff", plain());
    // The spare account's password is reset: nobody signs in with it later.
    asks.put("POST /api/v1/admin/staff/{id}/password-reset", on(Map.of("id", spareId), plain()));
    asks.put(
        "PUT /api/v1/admin/staff/{id}",
        on(
            Map.of("id", spareId),
            json("{\"displayName\": \"Spare\", \"roles\": [\"ADVISER\"], \"active\": true}")));
    asks.put(
        "POST /api/v1/admin/teams",
        new Ask(
            Map.of(), (a, c) -> c.json("{\"name\": \"Team of " + a.column + "\"}"), false, null));
    asks.put("GET /api/v1/admin/teams", plain());
    // Its members again, and no routing: nothing later rows see changes.
    asks.put(
        "PUT /api/v1/admin/teams/{id}/members",
        on(
            Map.of("id", teamId),
            json(
                "{\"emails\": ["
                    + Client.quote(World.ADVISER_A)
                    + ", "
                    + Client.quote(World.LEAD)
                    + "]}")));
    asks.put("GET /api/v1/admin/routing", plain());
    asks.put("PUT /api/v1/admin/routing", json("{\"rules\": [], \"defaultTeam\": null}"));
    asks.put("GET /api/v1/admin/outcomes", plain());
    asks.put(
        "PUT /api/v1/admin/outcomes",
        json(
            """
            {"outcomes": ["Support provided", "Formal complaint made", "Referred elsewhere",
                          "No further action", "No response from reporter"]}
            """));
    asks.put("GET /api/v1/admin/tags", plain());
    asks.put("PUT /api/v1/admin/tags", json("{\"tags\": []}"));
    asks.put("GET /api/v1/admin/calendar", plain());
    asks.put("PUT /api/v1/admin/calendar", json(calendarJson));
    asks.put("GET /api/v1/admin/analysis", plain());
    asks.put(
        "PUT /api/v1/admin/analysis",
        json("{\"suppressionThreshold\": 5, \"alertThreshold\": 3, \"alertWindowDays\": 90}"));

    asks.put("GET /api/v1/admin/two-factor", plain());
    asks.put("PUT /api/v1/admin/two-factor", json("{\"required\": true}"));
    // Resetting the spare account ends only its own sessions; nobody else here uses it.
    asks.put("POST /api/v1/admin/two-factor/reset", json("{\"email\": \"spare@example.ac.uk\"}"));
    // The contacts and the service as a fresh server has them: no change to what later rows see.
    asks.put("GET /api/v1/admin/emergency-contacts", plain());
    asks.put("PUT /api/v1/admin/emergency-contacts", json("{\"contacts\": []}"));
    asks.put("GET /api/v1/admin/service", plain());
    asks.put(
        "PUT /api/v1/admin/service",
        json(
            """
            {"organisationName": null, "closedCaseRetentionDays": 2192,
             "monitoring": {"days": ["MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY"],
                            "from": "09:00", "to": "17:00"},
             "closureNoticeDaysAhead": 14}
            """));

    asks.put("GET /api/v1/pages", plain());
    // A page saved as an administrator would: reporters see it, and nothing later rows read.
    asks.put("GET /api/v1/admin/pages", plain());
    asks.put("GET /api/v1/admin/pages/{slug}", on(Map.of("slug", "accessibility"), plain()));
    asks.put(
        "PUT /api/v1/admin/pages/{slug}",
        on(
            Map.of("slug", "accessibility"),
            json(
                "{\"title\": \"Accessibility statement\", \"body\": \"We aim to meet WCAG 2.2 AA.\"}")));
    // The version in use stays in use: later rows see the default questionnaire.
    asks.put("GET /api/v1/questionnaire-schema.json", plain());
    asks.put("GET /api/v1/admin/questionnaires", plain());
    asks.put("POST /api/v1/admin/questionnaires", json(questionnaireJson));
    asks.put("PUT /api/v1/admin/questionnaires/current", json("{\"version\": 2}"));
    asks.put("GET /api/v1/admin/questionnaires/{version}", on(Map.of("version", "1"), plain()));
    asks.put("GET /api/v1/staff/questionnaire-changes", plain());
    asks.put(
        "POST /api/v1/staff/questionnaire-changes/{version}/confirmation",
        on(Map.of("version", signalDropped), plain()));

    asks.put("GET /assets/{name}", on(Map.of("name", "confide.css"), plain()));
    asks.put("GET /pages/{slug}", on(Map.of("slug", "support"), plain()));
    asks.put("GET /", plain());
    asks.put("GET /report", plain());
    asks.put("POST /report", form(Map.of("step", "1", "go", "back"), null));
    asks.put("POST /report/saved", form(Map.of("saved", "yes", "due", "Friday"), null));
    asks.put("GET /sign-in", plain());
    asks.put("POST /sign-in", form(Map.of("code", signInCode), "/my-report"));
    asks.put("GET /my-report", plain());
    asks.put(
        "POST /my-report/messages",
        form(Map.of("body", "Hello from the page"), "/my-report?done=sent#thread"));
    asks.put("GET /my-report/contact", plain());
    asks.put(
        "POST /my-report/contact",
        fresh(
            form(
                Map.of("contact.name", "Sam", "contact.email", "sam@example.ac.uk"),
                "/my-report?done=shared")));
    asks.put("GET /my-report/erase", plain());
    asks.put("POST /my-report/erase", fresh(form(Map.of(), "/?done=erased")));
    asks.put("POST /sign-out", fresh(form(Map.of(), "/?done=signed-out")));
    asks.put("GET /leave", new Ask(Map.of(), (a, c) -> c, false, "https://www.bbc.co.uk/weather"));
    asks.put("GET /staff", plain());
    asks.put("GET /staff/sign-in", plain());
    // Asked through StaffLogin, see ask().
    asks.put("POST /staff/sign-in", new Ask(Map.of(), (a, c) -> c, false, "/staff"));
    asks.put("POST /staff/sign-out", fresh(form(Map.of(), "/staff/sign-in?why=signed-out")));
    asks.put("GET /staff/sign-in/sso", plain());
    // No sign-in was started in this browser: refused, whoever holds a session.
    asks.put("GET /staff/sign-in/sso/callback", plain());
    asks.put("POST /staff/sign-in/sso/code", form(Map.of("code", "123456"), null));
    asks.put("GET /staff/two-factor", plain());
    asks.put("POST /staff/two-factor", form(Map.of("code", "123456"), "/staff/two-factor"));
    asks.put("GET /staff/cases", plain());
    asks.put("GET /staff/cases/{reference}", on(onA, plain()));
    asks.put("GET /staff/reports/new", plain());
    // Sent with nothing chosen: the form again with its problems for those who may enter one.
    asks.put("POST /staff/reports/new", form(Map.of(), null));
    var caseDone = "/staff/cases/" + ref + "?done=";
    asks.put(
        "POST /staff/cases/{reference}/reply",
        on(onA, form(Map.of("reply", "A reply"), caseDone + "replied")));
    asks.put(
        "POST /staff/cases/{reference}/note",
        on(onA, form(Map.of("note", "A note"), caseDone + "noted")));
    asks.put(
        "POST /staff/cases/{reference}/assign",
        on(onA, form(Map.of("assignee", World.ADVISER_A), caseDone + "assigned")));
    asks.put(
        "POST /staff/cases/{reference}/status",
        on(onA, form(Map.of("status", "OPEN", "reason", "Still open"), caseDone + "status")));
    asks.put(
        "POST /staff/cases/{reference}/escalate",
        on(onA, form(Map.of("escalate", "Worried again"), caseDone + "escalated")));
    asks.put(
        "POST /staff/cases/{reference}/exclude",
        on(
            onA,
            form(
                Map.of("exclude-adviser", EXCLUDED, "exclude-reason", "Her cousin"),
                caseDone + "excluded")));
    // Lifts the exclusion that the lead's form above made again on case A.
    asks.put(
        "POST /staff/cases/{reference}/lift",
        on(
            onA,
            form(
                Map.of("lift-adviser", EXCLUDED, "lift-reason", "Not related after all"),
                caseDone + "lifted")));
    // Moves case A into the team of adviser A and the lead, where the API's row put it already.
    asks.put(
        "POST /staff/cases/{reference}/move",
        on(
            onA,
            form(
                Map.of("move-team", teamId, "move-reason", "Hers"),
                "/staff/cases?done=moved&reference=" + ref)));
    asks.put(
        "POST /staff/cases/{reference}/conflict",
        on(
            Map.of("reference", conflictPageCase),
            form(Map.of("conflict", "I know them"), "/staff/cases?done=conflict")));
    asks.put(
        "POST /staff/cases/{reference}/export",
        on(onA, form(Map.of("export-reason", "Disciplinary panel", "format", "page"), null)));
    asks.put("GET /staff/subject-access", plain());
    asks.put(
        "POST /staff/subject-access",
        form(
            Map.of(
                "email", "nobody@example.ac.uk", "reason", "Email of 1 December", "format", "page"),
            null));
    asks.put("GET /staff/escalations", plain());
    var onC = Map.of("id", world.escalationOnC);
    asks.put("GET /staff/escalations/{id}", on(onC, plain()));
    asks.put(
        "POST /staff/escalations/{id}/decision",
        on(
            onC,
            form(
                Map.of("decision", "ACKNOWLEDGE", "rationale", "Seen"),
                "/staff/escalations?done=decided")));
    asks.put("GET /staff/trends", plain());
    asks.put("GET /staff/trends.csv", plain());
    asks.put("GET /staff/alerts", plain());
    asks.put("GET /staff/dashboard", plain());
    asks.put("GET /staff/dashboard.csv", plain());
    asks.put("GET /staff/admin/audit", plain());
    asks.put("GET /staff/admin/audit.csv", plain());
    asks.put("GET /staff/admin/audit/verification", plain());
    asks.put("GET /staff/alerts/{id}", on(Map.of("id", world.alert), plain()));
    // A code that is not the app's of the moment makes no new codes (400).
    asks.put("POST /staff/two-factor/recovery-codes", form(Map.of("code", "000000"), null));
    asks.put("GET /staff/password", plain());
    // As over the API: a current password that is not theirs changes nobody's (400).
    asks.put(
        "POST /staff/password",
        form(
            Map.of("currentPassword", "not it at all", "newPassword", "a new long password"),
            null));
    asks.put("GET /staff/notifications", plain());
    asks.put(
        "POST /staff/notifications",
        form(Map.of("digestHour", "8"), "/staff/notifications?done=saved"));
    asks.put("GET /staff/admin/staff", plain());
    asks.put(
        "POST /staff/admin/staff",
        form(
            Map.of(
                "email",
                "page.new@example.ac.uk",
                "displayName",
                "New",
                "roles",
                "ADVISER",
                "password",
                "another long password"),
            "/staff/admin/staff?done=created"));
    asks.put(
        "POST /staff/admin/staff/deactivate",
        form(Map.of("email", "spare@example.ac.uk"), "/staff/admin/staff?done=deactivated"));
    asks.put(
        "POST /staff/admin/staff/reset-two-factor",
        form(Map.of("email", "spare@example.ac.uk"), "/staff/admin/staff?done=reset"));
    asks.put(
        "POST /staff/admin/two-factor",
        form(Map.of("required", "yes"), "/staff/admin/staff?done=saved"));
    asks.put("GET /staff/admin/staff/{id}", on(Map.of("id", spareId), plain()));
    asks.put(
        "POST /staff/admin/staff/{id}",
        on(
            Map.of("id", spareId),
            form(
                Map.of("displayName", "Spare", "roles", "ADVISER", "active", "yes"),
                "/staff/admin/staff?done=changed")));
    asks.put(
        "POST /staff/admin/staff/{id}/password-reset",
        on(Map.of("id", spareId), form(Map.of(), null)));
    asks.put("GET /staff/sessions", plain());
    asks.put(
        "POST /staff/sessions/{id}/end", on(Map.of("id", "0".repeat(32)), form(Map.of(), null)));
    // The link's token is the only key: a token nobody issued is a kind 404 page for everyone.
    asks.put("GET /staff/set-password", plain());
    asks.put(
        "POST /staff/set-password",
        form(Map.of("token", "0".repeat(64), "newPassword", "a new long password"), null));
    asks.put("GET /staff/admin/teams", plain());
    asks.put(
        "POST /staff/admin/teams",
        form(Map.of("name", "Team from a page"), "/staff/admin/teams?done=saved"));
    asks.put(
        "POST /staff/admin/teams/members",
        form(
            Map.of("team", teamId, "members", World.ADVISER_A + "\n" + World.LEAD),
            "/staff/admin/teams?done=saved"));
    asks.put("GET /staff/admin/routing", plain());
    asks.put(
        "POST /staff/admin/routing",
        form(
            Map.of("answer-0", "", "team-0", "", "defaultTeam", ""),
            "/staff/admin/routing?done=saved"));
    asks.put("GET /staff/admin/outcomes", plain());
    asks.put(
        "POST /staff/admin/outcomes",
        form(Map.of("list", "tags", "entries", ""), "/staff/admin/outcomes?done=saved"));
    asks.put("GET /staff/admin/calendar", plain());
    var level = serviceLevel();
    asks.put(
        "POST /staff/admin/calendar",
        form(
            Map.of(
                "action", "level", "responseTarget", level.get(0), "acknowledgement", level.get(1)),
            "/staff/admin/calendar?done=saved"));
    asks.put("GET /staff/admin/emergency-contacts", plain());
    asks.put(
        "POST /staff/admin/emergency-contacts",
        form(Map.of("name-0", ""), "/staff/admin/emergency-contacts?done=saved"));
    asks.put("GET /staff/admin/service", plain());
    asks.put(
        "POST /staff/admin/service",
        form(
            Map.of(
                "organisationName", "",
                "retentionDays", "2192",
                "days", "MONDAY",
                "from", "09:00",
                "to", "17:00",
                "noticeDays", "14"),
            "/staff/admin/service?done=saved"));
    asks.put("GET /staff/admin/pages", plain());
    asks.put("GET /staff/admin/pages/{slug}", on(Map.of("slug", "support"), plain()));
    asks.put(
        "POST /staff/admin/pages/{slug}",
        on(
            Map.of("slug", "support"),
            form(
                Map.of("title", "Support", "body", "Call [Samaritans](tel:116123).", "go", "save"),
                "/staff/admin/pages/support?in=en&done=saved")));
    // The questionnaire's draft with one question saved in English and Welsh (its texts now name
    // their languages, so the draft makes version 3), and the current version made current
    // again: later rows see the default.
    var where = Map.of("index", "3");
    asks.put("GET /staff/admin/questionnaire", plain());
    asks.put("GET /staff/admin/questionnaire/questions/{index}", on(where, plain()));
    asks.put(
        "POST /staff/admin/questionnaire/questions/{index}",
        on(
            where,
            form(
                // Each text in English and in Welsh ("-cy"), as the page offers both.
                Map.ofEntries(
                    Map.entry("text", "Where did it happen?"),
                    Map.entry("text-cy", "Ble digwyddodd hyn?"),
                    Map.entry("required", "yes"),
                    Map.entry("option-id-0", "on-campus"),
                    Map.entry("option-0", "On campus, including university housing"),
                    Map.entry("option-0-cy", "Ar y campws, gan gynnwys llety'r brifysgol"),
                    Map.entry("option-id-1", "off-campus"),
                    Map.entry("option-1", "Off campus"),
                    Map.entry("option-1-cy", "Oddi ar y campws"),
                    Map.entry("option-id-2", "online"),
                    Map.entry("option-2", "Online, including social media, email and messages"),
                    Map.entry(
                        "option-2-cy",
                        "Ar-lein, gan gynnwys cyfryngau cymdeithasol, e-bost a negeseuon"),
                    Map.entry("option-id-3", "prefer-not-to-say"),
                    Map.entry("option-3", "I'd prefer not to say"),
                    Map.entry("option-3-cy", "Byddai'n well gen i beidio â dweud")),
                "/staff/admin/questionnaire?done=saved")));
    asks.put("GET /staff/admin/questionnaire/preview", plain());
    asks.put(
        "POST /staff/admin/questionnaire/publish",
        form(Map.of(), "/staff/admin/questionnaire?done=current"));
    asks.put(
        "POST /staff/admin/questionnaire/discard",
        form(Map.of(), "/staff/admin/questionnaire?done=discarded"));
    asks.put(
        "POST /staff/admin/questionnaire/current",
        form(Map.of("version", "2"), "/staff/admin/questionnaire?done=current"));
    asks.put("GET /staff/questionnaire-changes", plain());
    asks.put(
        "POST /staff/questionnaire-changes/{version}/confirm",
        on(
            Map.of("version", signalDropped),
            form(Map.of(), "/staff/questionnaire-changes?done=confirmed")));
    return asks;
  }

  private List<String> serviceLevel() {
    var level =
        World.ok(confide.client.get("/api/v1/admin/calendar").bearer(world.admin).send(), 200)
            .json()
            .get("serviceLevel");
    var values = new ArrayList<String>();
    level.forEach(value -> values.add(value.asText()));
    return values;
  }

  /** The table, row by row: route to the expected answer of each actor, in column order. */
  static Map<String, List<String>> table() {
    var rows = new LinkedHashMap<String, List<String>>();
    var lines = TABLE.strip().split("\n");
    for (var line : Arrays.asList(lines).subList(1, lines.length)) {
      var parts = line.trim().split("\\s+");
      var route = parts[0] + " " + parts[1];
      var cells = Arrays.asList(parts).subList(2, parts.length);
      assertThat(cells).as(route).hasSize(Actor.values().length);
      assertThat(rows.put(route, List.copyOf(cells))).as("listed twice: " + route).isNull();
    }
    return rows;
  }

  @Test
  void the_table_lists_every_route_the_server_serves_and_no_other() {
    var served = new TreeSet<>(confide.server.routes());
    assertThat(new TreeSet<>(table().keySet()))
        .as("routes in the table against the routes served")
        .isEqualTo(served);
    assertThat(new TreeSet<>(asks().keySet())).isEqualTo(served);
  }

  @Test
  void every_actor_gets_exactly_the_expected_answer_on_every_route() {
    var asks = asks();
    var soft = new SoftAssertions();
    var got = new StringBuilder();
    for (var row : table().entrySet()) {
      var route = row.getKey();
      var ask = asks.get(route);
      var line = new StringBuilder(String.format("%-46s", route));
      for (var actor : Actor.values()) {
        var expected = row.getValue().get(actor.ordinal());
        var reply = ask(route, ask, actor);
        var want = expand(expected, ask);
        line.append(String.format(" %-5s", shorten(reply, ask)));
        soft.assertThat(summary(reply)).as("%s by %s: %s", route, actor, reply).isEqualTo(want);
        Headers.check(soft, route + " by " + actor, reply);
      }
      got.append(line).append('\n');
    }
    if (!soft.errorsCollected().isEmpty()) {
      System.err.println("What each actor got:\n" + got);
    }
    soft.assertAll();
  }

  /**
   * For every route with an id and every actor refused the real resource, a well-formed id that
   * names nothing and a malformed one get the same bytes (the id itself aside). Both reporters'
   * cases are tried, so each adviser and the lead meet a case that is not theirs.
   */
  @Test
  void a_refusal_says_nothing_about_whether_the_resource_exists() {
    var asks = asks();
    var table = table();
    var soft = new SoftAssertions();
    int compared = 0;
    for (var entry : asks.entrySet()) {
      var route = entry.getKey();
      var ask = entry.getValue();
      if (ask.ids().isEmpty() || ask.ids().containsKey("name")) {
        continue;
      }
      for (var actor : Actor.values()) {
        // Only refusals are asked again: a request that succeeds would change what it acts on.
        var real = new ArrayList<Map<String, String>>();
        if (refusal(table.get(route).get(actor.ordinal()))) {
          real.add(ask.ids());
        }
        // A lead reaches every case to exclude an adviser from it, or to read who is excluded.
        boolean leadReachesEvery =
            actor == Actor.LEAD
                && (route.endsWith("/exclusions")
                    || route.endsWith("/exclude")
                    || route.endsWith("/lifting")
                    || route.endsWith("/lift"));
        if (ask.ids().containsKey("reference")
            && actor != Actor.OTHER_ADVISER
            && !leadReachesEvery) {
          real.add(Map.of("reference", world.reportB.reference()));
        }
        for (var ids : real) {
          var reply = ask(route, ask.withIds(ids), actor);
          soft.assertThat(reply.status() >= 400 || refusedRedirect(reply))
              .as("%s by %s on %s is refused: %s", route, actor, ids, reply)
              .isTrue();
          for (var other : List.of(unknownIds(ids), malformedIds(ids))) {
            var answer = ask(route, ask.withIds(other), actor);
            soft.assertThat(normalised(answer, other))
                .as("%s by %s: %s against %s", route, actor, other, ids)
                .isEqualTo(normalised(reply, ids));
            compared++;
          }
        }
      }
    }
    soft.assertAll();
    assertThat(compared).isGreaterThan(200);
  }

  /**
   * Issue 27: the role is checked before the body. Every administrator route, every staff route
   * that acts on a case or an escalation, two-factor set-up and every reporter route with a body
   * (signing in aside), sent a body that is not JSON at all by each actor the table refuses (401,
   * 403 or 409: no session, or one of the other kind), gets that refusal, never a 400 that would
   * tell them about the body before telling them they may not.
   */
  @Test
  void the_role_is_checked_before_the_body() {
    var table = table();
    var soft = new SoftAssertions();
    int asked = 0;
    for (var row : table.entrySet()) {
      var route = row.getKey();
      var method = route.substring(0, route.indexOf(' '));
      var path = route.substring(route.indexOf(' ') + 1);
      boolean withBody = method.equals("POST") || method.equals("PUT");
      boolean checked =
          path.startsWith("/api/v1/admin/")
              || path.startsWith("/api/v1/staff/cases/")
              || path.startsWith("/api/v1/staff/escalations/")
              || path.startsWith("/api/v1/staff/two-factor")
              || path.equals("/api/v1/staff/password")
              || path.equals("/api/v1/staff/reports")
              || (path.startsWith("/api/v1/reporter/") && !path.equals("/api/v1/reporter/session"));
      if (!withBody || !checked) {
        continue;
      }
      var concrete =
          path.replace("{reference}", world.reportA.reference())
              .replace("{id}", world.escalationOnA)
              .replace("{slug}", "support");
      for (var actor : Actor.values()) {
        var expected = row.getValue().get(actor.ordinal());
        if (!expected.matches("40[139]")) {
          continue;
        }
        var reply =
            World.present(confide.client.call(method, concrete), world.token(actor))
                .json("{not json at all")
                .send();
        soft.assertThat(Integer.toString(reply.status()))
            .as("%s by %s with a malformed body: %s", route, actor, reply)
            .isEqualTo(expected);
        asked++;
      }
    }
    soft.assertAll();
    assertThat(asked).isGreaterThanOrEqualTo(50);
  }

  /**
   * A case an adviser is excluded from (a conflict of interest) answers them on every route with a
   * reference exactly as a case that does not exist, and is in none of their case lists.
   */
  @Test
  void a_case_the_adviser_is_excluded_from_answers_them_as_one_that_does_not_exist() {
    var excluded = world.report("canary-account-of-an-excluded-case").reference();
    World.ok(
        confide
            .client
            .call("POST", "/api/v1/staff/cases/" + excluded + "/exclusions")
            .bearer(world.token(Actor.LEAD).orElseThrow())
            .json("{\"adviser\": " + Client.quote(World.ADVISER_B) + ", \"reason\": \"Friend\"}")
            .send(),
        204);
    var soft = new SoftAssertions();
    int compared = 0;
    for (var entry : asks().entrySet()) {
      var ask = entry.getValue();
      if (!ask.ids().keySet().equals(Set.of("reference"))) {
        continue;
      }
      var ids = Map.of("reference", excluded);
      var reply = ask(entry.getKey(), ask.withIds(ids), Actor.OTHER_ADVISER);
      var unknown = unknownIds(ids);
      soft.assertThat(
              normalised(ask(entry.getKey(), ask.withIds(unknown), Actor.OTHER_ADVISER), unknown))
          .as("%s by the excluded adviser", entry.getKey())
          .isEqualTo(normalised(reply, ids));
      compared++;
    }
    for (var view : List.of("queue", "unread", "overdue", "escalated")) {
      soft.assertThat(
              confide
                  .client
                  .get("/api/v1/staff/cases?view=" + view)
                  .bearer(world.token(Actor.OTHER_ADVISER).orElseThrow())
                  .send()
                  .text())
          .as("the %s list", view)
          .doesNotContain(excluded);
    }
    soft.assertAll();
    assertThat(compared).isGreaterThan(10);
  }

  /** Whether a cell of the table is a refusal: an error, or a redirect to sign in. */
  private static boolean refusal(String cell) {
    return cell.matches("4\\d\\d") || Set.of("in", "exp", "s-in", "s-exp").contains(cell);
  }

  private static boolean refusedRedirect(Client.Reply reply) {
    return reply.status() == 303 && reply.location().contains("sign-in");
  }

  private static Map<String, String> unknownIds(Map<String, String> real) {
    var other = new LinkedHashMap<String, String>();
    real.forEach((name, value) ->
        other.put(
            name,
            switch (name) {
              case "reference" -> ReportReference.generate(RANDOM).display();
              case "version" -> Integer.toString(100_000 + RANDOM.nextInt(100_000));
              case "index" -> Integer.toString(500 + RANDOM.nextInt(400));
              case "id" ->
                  value.length() == 24
                      ? HexFormat.of().formatHex(RANDOM.generateSeed(12))
                      : EscalationId.generate(RANDOM).toString();
              case "slug" -> "no-such-page";
              default -> throw new IllegalArgumentException(name);
            }));
    return other;
  }

  private static Map<String, String> malformedIds(Map<String, String> real) {
    var other = new LinkedHashMap<String, String>();
    real.keySet().forEach(name -> other.put(name, "not-an-id"));
    return other;
  }

  /** Status, type and body, with the id in the path written as {@code {id}}. */
  private static String normalised(Client.Reply reply, Map<String, String> ids) {
    var body = reply.text();
    var location = reply.location();
    for (var id : ids.values()) {
      if (id.matches("[0-9]+")) {
        // A number (a questionnaire version, a question's place) also occurs in every status
        // code: it is the id only where a path names it.
        var inPath = "(?<=/)" + id + "(?![0-9])";
        body = body.replaceAll(inPath, "{id}");
        location = location.replaceAll(inPath, "{id}");
        continue;
      }
      body = body.replace(id, "{id}");
      location = location.replace(id, "{id}");
    }
    return reply.status() + " " + location + " " + reply.contentType() + "\n" + body;
  }

  private Client.Reply ask(String route, Ask ask, Actor actor) {
    var method = route.substring(0, route.indexOf(' '));
    var path = route.substring(route.indexOf(' ') + 1);
    for (var id : ask.ids().entrySet()) {
      path = path.replace("{" + id.getKey() + "}", id.getValue());
    }
    if (route.equals("POST /api/v1/staff/session")) {
      return StaffLogin.logIn(
          confide.client, StaffLogin.Via.API, World.LEAD, RunningConfide.PASSWORD, Map.of());
    }
    if (route.equals("POST /staff/sign-in")) {
      return StaffLogin.logIn(
          confide.client, StaffLogin.Via.PAGE, World.LEAD, RunningConfide.PASSWORD, Map.of());
    }
    Optional<String> token = ask.freshToken() ? world.freshToken(actor) : world.token(actor);
    var call = World.present(confide.client.call(method, path), token);
    return ask.body().apply(actor, call).send();
  }

  private String expand(String cell, Ask ask) {
    if (cell.equals("303")) {
      return "303 " + ask.done();
    }
    if (cell.equals("idp")) {
      return "303 " + confide.provider.authorizationEndpointUrl("university");
    }
    return REDIRECTS.getOrDefault(cell, cell);
  }

  /**
   * The reply as the table writes it, a redirect to the provider without its query (a fresh state,
   * nonce and code challenge each time).
   */
  private String summary(Client.Reply reply) {
    var summary = reply.summary();
    var provider = confide.provider.authorizationEndpointUrl("university").toString();
    return summary.startsWith("303 " + provider + "?")
        ? summary.substring(0, summary.indexOf('?'))
        : summary;
  }

  /** What an actor got, written as the table writes it. */
  private String shorten(Client.Reply reply, Ask ask) {
    var summary = summary(reply);
    if (summary.equals(expand("idp", ask))) {
      return "idp";
    }
    if (ask.done() != null && summary.equals("303 " + ask.done())) {
      return "303";
    }
    for (var alias : REDIRECTS.entrySet()) {
      if (alias.getValue().equals(summary)) {
        return alias.getKey();
      }
    }
    return summary.length() > 5 ? summary.substring(0, 5) + "?" : summary;
  }
}
