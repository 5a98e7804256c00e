package org.confide.domain.audit;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;

/**
 * Every kind of note Confide writes on an audit event, by a stable name, with its words in English.
 * An {@link AuditDetail} carries one with its arguments; the web adapter says it in the reader's
 * language from its own words, found by {@link #code()} ({@code audit.detail.<code>} in its
 * bundles), and the domain says it in English ({@link #english(List)}) for the event's {@link
 * AuditEvent#detail() detail}, which the hash chain covers.
 *
 * <p>The arguments a code's words name are never what a person wrote: numbers, ids, dates,
 * versions, keys and Confide's own codes (see {@link AuditDetail}).
 */
public enum AuditDetailCode {
  /** An id (an account, a team) and nothing more: &#123;0&#125;. */
  ID("id", "{0}"),
  /** An account and the roles it now holds: &#123;0&#125; &#123;1&#125;. */
  ACCOUNT_ROLES("accountRoles", "{0} {1}"),
  /** An account made at a first sign-in with single sign-on, and its roles. */
  ACCOUNT_ROLES_BY_PROVIDER("accountRoles.provider", "{0} {1} by single sign-on provisioning"),
  /** A case assigned to an adviser. */
  ASSIGNED("assigned", "assigned"),
  /** A case's adviser taken off it, back to the queue. */
  UNASSIGNED("unassigned", "unassigned"),
  /** A case's status moved from one to another. */
  STATUS_MOVED("statusMoved", "{0} -> {1}"),
  /** An anonymous report given contact details by its reporter. */
  ANONYMOUS_TO_NAMED("anonymousToNamed", "anonymous -> named"),
  /** A named report's contact details replaced by its reporter. */
  CONTACT_DETAILS_UPDATED("contactDetailsUpdated", "contact details updated"),
  /** A case's outcome recorded, by its key. */
  OUTCOME("outcome", "outcome {0}"),
  /** A case's outcome recorded, by its key, with its tags. */
  OUTCOME_TAGS("outcome.tags", "outcome {0}, tags {1}"),
  /** A case closed with no outcome. */
  NO_OUTCOME("outcome.none", "outcome none"),
  /** A case closed with no outcome, with tags. */
  NO_OUTCOME_TAGS("outcome.noneTags", "outcome none, tags {0}"),
  /** The list of outcomes changed: how many are offered and how many retired. */
  OUTCOMES_LIST("closingList.outcomes", "outcomes: {0,number,#} offered, {1,number,#} retired"),
  /** The list of tags changed: how many are offered and how many retired. */
  TAGS_LIST("closingList.tags", "tags: {0,number,#} offered, {1,number,#} retired"),
  /** A case moved from one team to another, by their ids. */
  MOVED("moved", "{0} -> {1}"),
  /** A case with no team moved to a team. */
  MOVED_FROM_NO_TEAM("moved.fromNoTeam", "no team -> {0}"),
  /** A team's members set, by their ids. */
  TEAM_MEMBERS("teamMembers", "{0} {1}"),
  /** A team left with no members. */
  TEAM_NO_MEMBERS("teamMembers.none", "{0}, no members"),
  /** The routing rules set, and the team that takes the rest. */
  ROUTING("routing", "{0,choice,0#0 rules|1#1 rule|1<{0,number,#} rules}, default {1}"),
  /** The routing rules set, and no team taking the rest. */
  ROUTING_NO_DEFAULT(
      "routing.noDefault", "{0,choice,0#0 rules|1#1 rule|1<{0,number,#} rules}, default none"),
  /** The parts of the service's settings changed, by their names in the API. */
  SERVICE_PARTS("serviceParts", "{0}"),
  /** A subject access export that found no report. */
  SUBJECT_ACCESS_NONE("subjectAccess.none", "0 reports"),
  /** A subject access export: how many reports, and their references. */
  SUBJECT_ACCESS("subjectAccess", "{0,choice,1#1 report|1<{0,number,#} reports}: {1}"),
  /** A subject access export of many reports: how many, and the first references. */
  SUBJECT_ACCESS_FIRST("subjectAccess.first", "{0,number,#} reports, the first {1,number,#}: {2}"),
  /** Trends read: the months, and the dimensions, by their names in the API. */
  TRENDS("trends", "{0}..{1} by {2}"),
  /** A page of the audit trail read: how many events, from and to. */
  AUDIT_READ("auditRead", "{0,number,#} events; from {1}, to {2}"),
  /** A page of the audit trail read, with its other filters, each as name:value. */
  AUDIT_READ_FILTERED("auditRead.filtered", "{0,number,#} events; from {1}, to {2}, {3}"),
  /** An escalation raised by a member of staff rather than by Confide. */
  BY_HAND("byHand", "by hand"),
  /** An escalation raised by Confide, for the reasons named. */
  AUTOMATIC("automatic", "automatic: {0}"),
  /** An escalation's state now. */
  ESCALATION_STATE("escalationState", "{0}"),
  /** A reminder of an escalation not acknowledged, and when it was due. */
  ESCALATION_DUE("escalationDue", "escalation {0} due {1}"),
  /** A response due on a day. */
  DUE("due", "due {0}"),
  /** A report entered by staff, and taken by the adviser who entered it. */
  ENTERED_TAKEN("entered.taken", "{0}, taken by the adviser"),
  /** A report entered by staff, and left in the queue. */
  ENTERED_QUEUED("entered.queued", "{0}, queued"),
  /** A report's internal notes, read. */
  NOTES("notes", "notes"),
  /** A report read through a pattern alert. */
  THROUGH_ALERT("throughAlert", "through alert {0}"),
  /** A pattern alert opened, and how many reports are behind it. */
  ALERT_OPENED("alertOpened", "alert {0}: {1,number,#}"),
  /** A case file exported with its internal notes. */
  WITH_NOTES("withNotes", "with internal notes"),
  /** A case file exported without its internal notes. */
  WITHOUT_NOTES("withoutNotes", "without internal notes"),
  /** A held report erased when its escalation was stood down. */
  HOLD_ENDED_STOOD_DOWN("holdEnded.stoodDown", "hold ended: stood down"),
  /** A held report purged, its referral kept. */
  HOLD_ENDED_REFERRAL_KEPT("holdEnded.referralKept", "hold ended: referral kept"),
  /** A range of months read, from and to. */
  RANGE("range", "{0}..{1}"),
  /** The settings of the analysis (trends and alerts) changed. */
  ANALYSIS("analysis", "analysis"),
  /** Two-factor sign-in now required of all staff. */
  REQUIRED("required", "required"),
  /** Two-factor sign-in no longer required of all staff. */
  NOT_REQUIRED("notRequired", "not required"),
  /** How many emergency contacts the organisation now has of its own. */
  CONTACTS("contacts", "{0,choice,1#1 contact|1<{0,number,#} contacts}"),
  /** The organisation has no emergency contacts of its own: the national ones are shown. */
  NATIONAL_CONTACTS("nationalContacts", "national contacts"),
  /** A page of the organisation's, by its slug, in a language. */
  PAGE("page", "{0} {1}"),
  /** A questionnaire's version. */
  VERSION("version", "version {0,number,#}"),
  /** A questionnaire's version put in use in place of another. */
  VERSION_IN_PLACE("versionInPlace", "version {0,number,#} in place of version {1,number,#}"),
  /** A staff sign-in refused while sign-in with codes is paused. */
  CODE_SIGN_IN_PAUSED("codeSignInPaused", "code sign-in paused"),
  /** Wrong two-factor codes in a row, and how long sign-in with codes is paused. */
  CODES_PAUSED(
      "codesPaused",
      "{0,number,#} wrong codes in a row; paused for {1,choice,1#1 minute|1<{1,number,#} minutes}"),
  /** A staff member signed in with single sign-on. */
  SSO("sso", "single sign-on"),
  /** Signed in with single sign-on, the provider having asked for the second factor. */
  SSO_SECOND_FACTOR("sso.secondFactor", "single sign-on, second factor by the provider"),
  /** A sign-in with single sign-on refused: the provider had not verified the email. */
  SSO_EMAIL_NOT_VERIFIED("sso.emailNotVerified", "single sign-on: email not verified"),
  /** A sign-in with single sign-on refused: no account, and no group mapped to a role. */
  SSO_NO_MAPPED_GROUP("sso.noMappedGroup", "single sign-on: no account, no mapped group"),
  /** A sign-in with single sign-on refused: no account, and none made at first sign-in. */
  SSO_NO_ACCOUNT("sso.noAccount", "single sign-on: no account"),
  /** A sign-in with single sign-on refused: the account is deactivated. */
  SSO_DEACTIVATED("sso.deactivated", "single sign-on: account deactivated"),
  /** A sign-in with single sign-on refused: the two-factor code was wrong or missing. */
  SSO_CODE("sso.code", "single sign-on: code"),
  /** A sign-in with single sign-on refused while sign-in with codes is paused. */
  SSO_CODE_SIGN_IN_PAUSED("sso.codeSignInPaused", "single sign-on: code sign-in paused"),
  /** The audit chain checked and found whole, with how many events. */
  CHAIN_WHOLE("chain.whole", "whole; {0,number,#} events"),
  /** The audit chain checked and found broken, and where. */
  CHAIN_BROKEN("chain.broken", "broken at position {0,number,#}"),
  /**
   * What a coded detail is read as when its stored code or arguments cannot be read: never written
   * by Confide, so {@link AuditChain} finds such an event changed.
   */
  UNREADABLE("unreadable", "a coded note that cannot be read");

  private final String code;
  private final String english;

  AuditDetailCode(String code, String english) {
    this.code = code;
    this.english = english;
  }

  /**
   * The stable name of the note, the same in every language and every release, and as stored.
   *
   * @return for example {@code versionInPlace}
   */
  public String code() {
    return code;
  }

  /**
   * The code of this name.
   *
   * @param code a stable name, as {@link #code()} gives it
   * @return the code, or empty if there is none of that name
   */
  public static java.util.Optional<AuditDetailCode> named(String code) {
    for (var each : values()) {
      if (each.code.equals(code)) {
        return java.util.Optional.of(each);
      }
    }
    return java.util.Optional.empty();
  }

  /**
   * The words of the note in English, as a {@link MessageFormat} pattern when it names arguments.
   *
   * @return for example {@code version {0,number,#}}
   */
  public String pattern() {
    return english;
  }

  /**
   * The note in English, its arguments in their places, each said as {@link AuditDetail} says it.
   *
   * @param arguments the particulars the words name, in their order
   * @return the sentence
   */
  public String english(List<?> arguments) {
    if (arguments.isEmpty()) {
      return english;
    }
    var said = arguments.stream().map(AuditDetail::englishOf).toArray();
    return new MessageFormat(english, Locale.UK).format(said);
  }
}
