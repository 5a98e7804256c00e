package org.confide.domain.shared;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Every problem Confide's own checks can tell a person of, by a stable name, with its words in
 * English. A {@link FieldProblem} and a use case's refusal carry one with its arguments; an adapter
 * says it in a person's language from its own words, found by {@link #code()} ({@code
 * problem.<code>} in the web adapter's bundles), and the domain says it in English ({@link
 * #english(List)}) for the problem's message.
 *
 * <p>The arguments a code's words name are particulars, never what the person typed: numbers (a
 * limit, a length), ids, a {@link ProblemSubject}, a {@link Translated} text (a question), or the
 * list of {@link FieldProblem}s a refusal gives as its reasons.
 */
public enum ProblemCode {
  /** &#123;0&#125; must not be blank. */
  BLANK("blank", "{0} must not be blank"),
  /** &#123;0&#125; must not contain control characters. */
  CONTROL("control", "{0} must not contain control characters"),
  /** &#123;0&#125; must be at most &#123;1&#125; characters. */
  AT_MOST("atMost", "{0} must be at most {1,number,#} characters"),
  /** &#123;0&#125; can be up to &#123;1&#125; characters: it has &#123;2&#125;. */
  TOO_LONG("tooLong", "{0} can be up to {1,number,integer} characters: it has {2,number,integer}"),
  /** Answer the question “&#123;0&#125;”. */
  UNANSWERED("unanswered", "Answer the question “{0}”"),
  /** Your answer to “&#123;0&#125;” can be up to &#123;1&#125; characters: it has &#123;2&#125;. */
  ANSWER_TOO_LONG(
      "answerTooLong",
      "Your answer to “{0}” can be up to {1,number,integer} characters: it has {2,number,integer}"),
  /** There is a question id that isn't in this questionnaire. */
  UNKNOWN_QUESTION_ID(
      "answers.unknownId", "There is a question id that isn't in this questionnaire"),
  /** There is no question '&#123;0&#125;' in this questionnaire. */
  UNKNOWN_QUESTION("answers.unknown", "There is no question ''{0}'' in this questionnaire"),
  /** This question takes one answer. */
  ONE_ANSWER("oneAnswer", "This question takes one answer"),
  /** Choose only one of the options. */
  CHOICE_ONLY_ONE("choice.onlyOne", "Choose only one of the options"),
  /** Choose one of the options. */
  CHOICE_ONE("choice.one", "Choose one of the options"),
  /** Choose from the options given. */
  CHOICE_GIVEN("choice.given", "Choose from the options given"),
  /** Choose each option only once. */
  CHOICE_ONCE("choice.once", "Choose each option only once"),
  /** Enter one date. */
  DATE_ONE("date.one", "Enter one date"),
  /**
   * Enter the date as year-month-day, or year-month if you do not know the day, for example
   * 2024-03-15 or 2024-03, or more-than-a-year-ago.
   */
  DATE_FORM(
      "date.form",
      "Enter the date as year-month-day, or year-month if you do not know the day, for example"
          + " 2024-03-15 or 2024-03, or more-than-a-year-ago"),
  /** This date is in the future. */
  DATE_FUTURE("date.future", "This date is in the future"),
  /** This date is before 1900; please check the year. */
  DATE_BEFORE_1900("date.before1900", "This date is before 1900; please check the year"),
  /** Enter a month from 01 to 12, for example 2024-03. */
  DATE_MONTH("date.month", "Enter a month from 01 to 12, for example 2024-03"),
  /** This contains hidden characters that we can't save; please retype it. */
  HIDDEN("hidden", "This contains hidden characters that we can't save; please retype it"),
  /** Tell us what to call you. */
  CONTACT_NAME("contact.name", "Tell us what to call you"),
  /** Give an email address or a phone number, or both. */
  CONTACT_EMAIL_OR_PHONE(
      "contact.emailOrPhone", "Give an email address or a phone number, or both"),
  /** Enter an email address like name{@literal @}example.ac.uk. */
  CONTACT_EMAIL("contact.email", "Enter an email address like name@example.ac.uk"),
  /** Enter a phone number using digits, spaces and an optional +. */
  CONTACT_PHONE("contact.phone", "Enter a phone number using digits, spaces and an optional +"),
  /** An anonymous report keeps no contact details: leave them out, or choose to give them. */
  CONTACT_ANONYMOUS(
      "contact.anonymous",
      "An anonymous report keeps no contact details: leave them out, or choose to give them"),
  /** Give your contact details, or choose to tell us anonymously. */
  CONTACT_MISSING("contact.missing", "Give your contact details, or choose to tell us anonymously"),
  /**
   * Anonymous messaging is for anonymous reports; with contact details an adviser contacts you
   * directly.
   */
  MESSAGING_NAMED(
      "messaging.named",
      "Anonymous messaging is for anonymous reports; with contact details an adviser contacts you"
          + " directly"),
  /** An adviser can only offer support if you give contact details. */
  SUPPORT_ANONYMOUS(
      "support.anonymous", "An adviser can only offer support if you give contact details"),
  /**
   * Your message contains your access code. Please remove it: the code is your key, and nobody
   * needs it to answer you.
   */
  MESSAGE_CODE(
      "message.code",
      "Your message contains your access code. Please remove it: the code is your key, and nobody"
          + " needs it to answer you"),
  /** This report has since been erased. */
  REPORT_ERASED("report.erased", "This report has since been erased"),
  /**
   * This case has been closed, so messages are no longer read. If you need to tell us something
   * new, please make a new report..
   */
  REPORT_CLOSED(
      "report.closed",
      "This case has been closed, so messages are no longer read. If you need to tell us something"
          + " new, please make a new report."),
  /**
   * Someone else changed this case at the same moment, so nothing was saved. Look at it again, then
   * do what you meant to do if it is still needed..
   */
  CHANGED_MEANWHILE(
      "changedMeanwhile",
      "Someone else changed this case at the same moment, so nothing was saved. Look at it again,"
          + " then do what you meant to do if it is still needed."),
  /** Two-factor sign-in is required of all staff: set it up before anything else. */
  TWO_FACTOR_FIRST(
      "twoFactorFirst",
      "Two-factor sign-in is required of all staff: set it up before anything else"),
  /** Choose an active adviser's email address. */
  ASSIGNEE_NOT_AN_ADDRESS("case.assigneeNotAnAddress", "Choose an active adviser's email address"),
  /** Choose an adviser of this case's team. */
  ASSIGNEE_OTHER_TEAM("case.assigneeOtherTeam", "Choose an adviser of this case's team"),
  /** This adviser is excluded from this case (a conflict of interest): choose another. */
  ASSIGNEE_EXCLUDED(
      "case.assigneeExcluded",
      "This adviser is excluded from this case (a conflict of interest): choose another"),
  /** An outcome and tags are given only when closing a case. */
  ONLY_WHEN_CLOSING(
      "case.onlyWhenClosing", "An outcome and tags are given only when closing a case"),
  /** Choose an adviser by their email address or staff id. */
  ADVISER("case.adviser", "Choose an adviser by their email address or staff id"),
  /** Name who it was referred to, on one line (for example the police force). */
  REFERRED_TO(
      "escalation.referredTo",
      "Name who it was referred to, on one line (for example the police force)"),
  /** Enter the email address the reporter gave, such as sam{@literal @}example.ac.uk. */
  SUBJECT_ACCESS_EMAIL(
      "subjectAccess.email",
      "Enter the email address the reporter gave, such as sam@example.ac.uk"),
  /** Give the date of the holiday. */
  HOLIDAY_DATE("holiday.date", "Give the date of the holiday"),
  /** Give the holiday a name. */
  HOLIDAY_NAME("holiday.name", "Give the holiday a name"),
  /** Give the holiday a name of at most &#123;0&#125; characters. */
  HOLIDAY_NAME_TOO_LONG(
      "holiday.nameTooLong", "Give the holiday a name of at most {0,number,#} characters"),
  /** There is a holiday on that date already. */
  HOLIDAY_TAKEN("holiday.taken", "There is a holiday on that date already"),
  /** Give the first day of the closure. */
  CLOSURE_FIRST_DAY("closure.firstDay", "Give the first day of the closure"),
  /** Give the last day of the closure. */
  CLOSURE_LAST_DAY("closure.lastDay", "Give the last day of the closure"),
  /** The last day must not be before the first day. */
  CLOSURE_ORDER("closure.order", "The last day must not be before the first day"),
  /** Write the notice reporters will see during the closure. */
  CLOSURE_NOTICE("closure.notice", "Write the notice reporters will see during the closure"),
  /** The notice should be at most &#123;0&#125; characters. */
  CLOSURE_NOTICE_TOO_LONG(
      "closure.noticeTooLong", "The notice should be at most {0,number,#} characters"),
  /** That closure overlaps one already set. */
  CLOSURE_OVERLAPS("closure.overlaps", "That closure overlaps one already set"),
  /** Name at least one working day. */
  WORKING_DAYS("calendar.workingDays", "Name at least one working day"),
  /** Two holidays fall on the same date. */
  HOLIDAYS_SAME_DATE("calendar.holidaysSameDate", "Two holidays fall on the same date"),
  /** Two closures overlap. */
  CLOSURES_OVERLAP("calendar.closuresOverlap", "Two closures overlap"),
  /** The response target should be 1 to &#123;0&#125; working days. */
  RESPONSE_TARGET(
      "serviceLevel.responseTarget",
      "The response target should be 1 to {0,number,#} working days"),
  /**
   * The acknowledgement time should be at least 1 working day and no more than the response target.
   */
  ACKNOWLEDGEMENT(
      "serviceLevel.acknowledgement",
      "The acknowledgement time should be at least 1 working day and no more than the response"
          + " target"),
  /** Choose at least one day on which messages are read. */
  MONITORING_DAYS("monitoring.days", "Choose at least one day on which messages are read"),
  /** The time reading stops must be after the time it starts. */
  MONITORING_ORDER("monitoring.order", "The time reading stops must be after the time it starts"),
  /** Keep closed cases from &#123;0&#125; to &#123;1&#125; days (20 years). */
  RETENTION_DAYS(
      "service.retentionDays",
      "Keep closed cases from {0,number,#} to {1,number,#} days (20 years)"),
  /** Announce closures from &#123;0&#125; to &#123;1&#125; days before they start. */
  NOTICE_DAYS(
      "service.noticeDays",
      "Announce closures from {0,number,#} to {1,number,#} days before they start"),
  /** Give at most &#123;0&#125; contacts: keep the list short. */
  CONTACTS_TOO_MANY("contacts.tooMany", "Give at most {0,number,#} contacts: keep the list short"),
  /** Give the name of the contact. */
  EMERGENCY_NAME("emergencyContact.name", "Give the name of the contact"),
  /** Give a phone number or a web address, or both. */
  EMERGENCY_PHONE_OR_URL(
      "emergencyContact.phoneOrUrl", "Give a phone number or a web address, or both"),
  /** Give the phone number with its digits, such as 116 123, at most &#123;0&#125; characters. */
  EMERGENCY_PHONE(
      "emergencyContact.phone",
      "Give the phone number with its digits, such as 116 123, at most {0,number,#} characters"),
  /** Give a web address starting https://, at most &#123;0&#125; characters. */
  EMERGENCY_URL(
      "emergencyContact.url",
      "Give a web address starting https://, at most {0,number,#} characters"),
  /** Give the page a title. */
  PAGE_TITLE("page.title", "Give the page a title"),
  /** Should be at most &#123;0&#125; characters long. */
  PAGE_TITLE_TOO_LONG("page.titleTooLong", "Should be at most {0,number,#} characters long"),
  /** Should be one line, with no control characters. */
  PAGE_TITLE_LINE("page.titleLine", "Should be one line, with no control characters"),
  /** Fill in the blank marked FILL IN. */
  PAGE_TITLE_FILL_IN("page.titleFillIn", "Fill in the blank marked FILL IN"),
  /** Write the text of the page. */
  PAGE_BODY("page.body", "Write the text of the page"),
  /**
   * Should be at most &#123;0&#125; characters long; it is &#123;1&#125;: split it or shorten it.
   */
  PAGE_BODY_TOO_LONG(
      "page.bodyTooLong",
      "Should be at most {0,number,#} characters long; it is {1,number,#}: split it or shorten it"),
  /** Should hold no control characters. */
  PAGE_BODY_CONTROL("page.bodyControl", "Should hold no control characters"),
  /**
   * Fill in every blank marked [FILL IN: ...] and remove the marks: reporters must never read a
   * blank.
   */
  PAGE_BODY_FILL_IN(
      "page.bodyFillIn",
      "Fill in every blank marked [FILL IN: ...] and remove the marks: reporters must never read a"
          + " blank"),
  /** Choose an hour from 0 to 23. */
  DIGEST_HOUR("notifications.digestHour", "Choose an hour from 0 to 23"),
  /** You are not sent this email, so there is no choice. */
  NOT_SENT("notifications.notSent", "You are not sent this email, so there is no choice"),
  /**
   * An urgent escalation is always emailed at once to every safeguarding lead: it cannot be turned
   * off or held for a digest.
   */
  URGENT_AT_ONCE(
      "notifications.urgentAtOnce",
      "An urgent escalation is always emailed at once to every safeguarding lead: it cannot be"
          + " turned off or held for a digest"),
  /**
   * An email about your own account is always sent at once: it cannot be turned off or held for a
   * digest.
   */
  OWN_ACCOUNT_AT_ONCE(
      "notifications.ownAccountAtOnce",
      "An email about your own account is always sent at once: it cannot be turned off or held for"
          + " a digest"),
  /** Should be the same month as from, or later. */
  MONTH_ORDER("range.monthOrder", "Should be the same month as from, or later"),
  /** The dashboard covers at most &#123;0&#125; months. */
  DASHBOARD_MONTHS("range.dashboardMonths", "The dashboard covers at most {0,number,#} months"),
  /** A range covers at most &#123;0&#125; months. */
  TREND_MONTHS("range.trendMonths", "A range covers at most {0,number,#} months"),
  /** Name one dimension or two, such as type,where. */
  TREND_DIMENSIONS("trends.dimensions", "Name one dimension or two, such as type,where"),
  /** Name two different dimensions. */
  TREND_DIFFERENT("trends.different", "Name two different dimensions"),
  /** Outcome can be crossed with month only (of closing). */
  TREND_OUTCOME("trends.outcome", "Outcome can be crossed with month only (of closing)"),
  /** The period must start before it ends. */
  PERIOD_ORDER("audit.periodOrder", "The period must start before it ends"),
  /** Give back a page's next cursor exactly as it was. */
  AUDIT_CURSOR("audit.cursor", "Give back a page's next cursor exactly as it was"),
  /** Give a page size from 1 to &#123;0&#125;. */
  PAGE_SIZE("list.pageSize", "Give a page size from 1 to {0,number,#}"),
  /** Give the page after a case or before one, not both. */
  PAGE_BOTH_WAYS("list.bothWays", "Give the page after a case or before one, not both"),
  /** This is not a page of a case list; start from the first. */
  PAGE_UNKNOWN("list.notAPage", "This is not a page of a case list; start from the first"),
  /** Choose a team by its id. */
  TEAM_ID("list.teamId", "Choose a team by its id"),
  /** Unknown team &#123;0&#125;: choose one of the teams. */
  UNKNOWN_TEAM("list.unknownTeam", "Unknown team {0}: choose one of the teams"),
  /** Unknown team &#123;0&#125;: choose a team. */
  MOVE_UNKNOWN_TEAM("move.unknownTeam", "Unknown team {0}: choose a team"),
  /** The last day must not be before the first. */
  SEARCH_DAY_ORDER("search.dayOrder", "The last day must not be before the first"),
  /** Enter an email address like name{@literal @}example.ac.uk. */
  STAFF_EMAIL("staff.email", "Enter an email address like name@example.ac.uk"),
  /** There is already an account with this email. */
  STAFF_EMAIL_TAKEN("staff.emailTaken", "There is already an account with this email"),
  /** Give the account at least one role. */
  STAFF_ROLES("staff.roles", "Give the account at least one role"),
  /** You cannot deactivate your own account. */
  DEACTIVATE_SELF("staff.deactivateSelf", "You cannot deactivate your own account"),
  /** This is the last active administrator: make another account an active administrator first. */
  LAST_ADMINISTRATOR(
      "staff.lastAdministrator",
      "This is the last active administrator: make another account an active administrator first"),
  /** Use a password of at least &#123;0&#125; characters. */
  PASSWORD_SHORT("password.short", "Use a password of at least {0,number,#} characters"),
  /** That is not your current password. */
  PASSWORD_CURRENT("password.current", "That is not your current password"),
  /**
   * This link has expired. Ask your administrator to reset your password again: they can send you a
   * new link..
   */
  PASSWORD_LINK_EXPIRED(
      "password.linkExpired",
      "This link has expired. Ask your administrator to reset your password again: they can send"
          + " you a new link."),
  /** Set up two-factor sign-in first. */
  TWO_FACTOR_SET_UP_FIRST("twoFactor.setUpFirst", "Set up two-factor sign-in first"),
  /** Start setting up two-factor sign-in first. */
  TWO_FACTOR_START_FIRST("twoFactor.startFirst", "Start setting up two-factor sign-in first"),
  /** Two-factor sign-in is already set up. */
  TWO_FACTOR_ALREADY("twoFactor.already", "Two-factor sign-in is already set up"),
  /** Two-factor sign-in is already set up; an administrator can reset it. */
  TWO_FACTOR_ALREADY_RESET(
      "twoFactor.alreadyReset",
      "Two-factor sign-in is already set up; an administrator can reset it"),
  /** Enter the 6-digit code your app shows. */
  TWO_FACTOR_CODE("twoFactor.code", "Enter the 6-digit code your app shows"),
  /** Enter the 6-digit code your app shows now. */
  TWO_FACTOR_CODE_NOW("twoFactor.codeNow", "Enter the 6-digit code your app shows now"),
  /**
   * That code is not right: enter the 6 digits your app shows now, and check the time on your phone
   * is set automatically.
   */
  TWO_FACTOR_CODE_WRONG(
      "twoFactor.codeWrong",
      "That code is not right: enter the 6 digits your app shows now, and check the time on your"
          + " phone is set automatically"),
  /**
   * The reporter asked for this report to be erased. It is kept for the safeguarding leads alone,
   * and can no longer be assigned, moved or replied to.
   */
  HELD(
      "case.held",
      "The reporter asked for this report to be erased. It is kept for the safeguarding leads"
          + " alone, and can no longer be assigned, moved or replied to"),
  /**
   * This case is held for safeguarding after its reporter asked for it to be erased, so it stays
   * where it is.
   */
  HELD_STAYS(
      "case.heldStays",
      "This case is held for safeguarding after its reporter asked for it to be erased, so it stays"
          + " where it is"),
  /**
   * This reporter did not ask for anonymous messaging; use the contact details they gave, if any.
   */
  NO_MESSAGING(
      "case.noMessaging",
      "This reporter did not ask for anonymous messaging; use the contact details they gave, if"
          + " any"),
  /** A closed case must be reopened before it is assigned. */
  CLOSED_ASSIGN("case.closedAssign", "A closed case must be reopened before it is assigned"),
  /** A closed case keeps the adviser who closed it. */
  CLOSED_KEEPS_ADVISER("case.closedKeepsAdviser", "A closed case keeps the adviser who closed it"),
  /** A case cannot go back to NEW once someone has worked on it. */
  BACK_TO_NEW("case.backToNew", "A case cannot go back to NEW once someone has worked on it"),
  /** Only a safeguarding lead may decide an escalation. */
  NOT_A_LEAD("escalation.notALead", "Only a safeguarding lead may decide an escalation"),
  /** This escalation has already been closed. */
  ESCALATION_CLOSED("escalation.closed", "This escalation has already been closed"),
  /** This escalation has already been acknowledged. */
  ESCALATION_ACKNOWLEDGED(
      "escalation.acknowledged", "This escalation has already been acknowledged"),
  /** An idempotency key has 16 to 200 characters. */
  KEY_LENGTH("key.length", "An idempotency key has 16 to 200 characters"),
  /** This idempotency key was already used for a different report. */
  KEY_REUSED("key.reused", "This idempotency key was already used for a different report"),
  /** The report entered with this idempotency key has since been erased. */
  KEY_ERASED("key.erased", "The report entered with this idempotency key has since been erased"),

  // The questionnaire document: an administrator's questions, as sent or edited.
  /** Should be a list of 1 to &#123;0,number,#&#125; questions. */
  QUESTIONS_COUNT("questionnaire.questions", "Should be a list of 1 to {0,number,#} questions"),
  /** "&#123;0&#125;" is already used by &#123;1&#125;. */
  ID_USED("questionnaire.idUsed", "\"{0}\" is already used by {1}"),
  /** Should be lower-case words joined by hyphens, at most 64 characters. */
  ID_FORM(
      "questionnaire.idForm",
      "Should be lower-case words joined by hyphens, at most 64 characters"),
  /** Should be one of &#123;0&#125;. */
  ONE_OF("oneOf", "Should be one of {0}"),
  /** Only TEXT questions have a maxLength. */
  MAX_LENGTH_TEXT_ONLY("questionnaire.maxLengthTextOnly", "Only TEXT questions have a maxLength"),
  /** Should be a whole number from 1 to &#123;0,number,#&#125;. */
  MAX_LENGTH("questionnaire.maxLength", "Should be a whole number from 1 to {0,number,#}"),
  /** Only SINGLE_CHOICE and MULTIPLE_CHOICE questions have options. */
  OPTIONS_CHOICE_ONLY(
      "questionnaire.optionsChoiceOnly",
      "Only SINGLE_CHOICE and MULTIPLE_CHOICE questions have options"),
  /** Should be a list of 1 to &#123;0,number,#&#125; options. */
  OPTIONS_COUNT("questionnaire.options", "Should be a list of 1 to {0,number,#} options"),
  /** Should be one of &#123;0&#125;, or left out. */
  SIGNAL("questionnaire.signal", "Should be one of {0}, or left out"),
  /** Is required. */
  REQUIRED("required", "Is required"),
  /** Should be one text, or a text for each language, not both. */
  TEXT_BOTH("questionnaire.textBoth", "Should be one text, or a text for each language, not both"),
  /** Should give the text in at least one language. */
  TEXT_NO_LANGUAGE("questionnaire.textNoLanguage", "Should give the text in at least one language"),
  /** Should name each language by its tag, such as en or cy. */
  TEXT_LANGUAGE_TAG(
      "questionnaire.languageTag", "Should name each language by its tag, such as en or cy"),
  /** Should be 1 to &#123;0,number,#&#125; characters, not counting spaces. */
  TEXT_LENGTH(
      "questionnaire.textLength", "Should be 1 to {0,number,#} characters, not counting spaces"),
  /** Should hold no control characters but line breaks and tabs. */
  TEXT_CONTROL(
      "questionnaire.textControl", "Should hold no control characters but line breaks and tabs"),
  /** Write the text of question "&#123;0&#125;" in the language &#123;1&#125;. */
  MISSING_TEXT(
      "questionnaire.missingText", "Write the text of question \"{0}\" in the language {1}"),
  /** Write the hint of question "&#123;0&#125;" in the language &#123;1&#125;. */
  MISSING_HINT(
      "questionnaire.missingHint", "Write the hint of question \"{0}\" in the language {1}"),
  /**
   * Write the label of option "&#123;0&#125;" of question "&#123;1&#125;" in the language
   * &#123;2&#125;
   */
  MISSING_LABEL(
      "questionnaire.missingLabel",
      "Write the label of option \"{0}\" of question \"{1}\" in the language {2}"),
  /**
   * Must keep the question "&#123;0&#125;": trends, safeguarding or pattern alerts depend on it.
   */
  MUST_KEEP(
      "questionnaire.mustKeep",
      "Must keep the question \"{0}\": trends, safeguarding or pattern alerts depend on it"),
  /** Must stay &#123;0&#125;: other parts of Confide read "&#123;1&#125;". */
  MUST_STAY("questionnaire.mustStay", "Must stay {0}: other parts of Confide read \"{1}\""),

  // A questionnaire's versions and its draft.
  /** Another version was added at the same moment; send this one again. */
  VERSION_ADDED_MEANWHILE(
      "questionnaire.addedMeanwhile",
      "Another version was added at the same moment; send this one again"),
  /** There is no questionnaire version &#123;0&#125;. */
  NO_VERSION("questionnaire.noVersion", "There is no questionnaire version {0}"),
  /** There is no questionnaire version &#123;0&#125;; reload the form and try again. */
  RELOAD_VERSION(
      "questionnaire.reloadVersion",
      "There is no questionnaire version {0}; reload the form and try again"),
  /** A new questionnaire needs a version above &#123;0&#125;. */
  VERSION_ABOVE("questionnaire.versionAbove", "A new questionnaire needs a version above {0}"),
  /** This version exists already. */
  VERSION_EXISTS("questionnaire.versionExists", "This version exists already"),
  /** Version &#123;0&#125; cannot be put in use: &#123;1&#125;. */
  VERSION_UNSTABLE("questionnaire.unstable", "Version {0} cannot be put in use: {1}"),
  /**
   * Version &#123;0&#125; would stop &#123;1,choice,1#1 option|1&lt;&#123;1,number,integer&#125;
   * options&#125; raising a safeguarding signal. A safeguarding lead must confirm it before it can
   * be put in use.
   */
  VERSION_DROPS_SIGNALS(
      "questionnaire.dropsSignals",
      "Version {0} would stop {1,choice,1#1 option|1<{1,number,integer} options} "
          + "raising a safeguarding signal. A safeguarding lead must confirm it before it "
          + "can be put in use."),
  /**
   * Version &#123;0&#125; raises every safeguarding signal the version in use raises: there is
   * nothing to confirm.
   */
  NOTHING_TO_CONFIRM(
      "questionnaire.nothingToConfirm",
      "Version {0} raises every safeguarding signal the version in use raises: there "
          + "is nothing to confirm."),
  /** There is no such question. */
  NO_SUCH_QUESTION("draft.noSuchQuestion", "There is no such question"),
  /** A question keeps its id and its kind. */
  KEEPS_ID_AND_KIND("draft.keepsIdAndKind", "A question keeps its id and its kind"),
  /** Change a question before making a new version. */
  DRAFT_UNCHANGED("draft.unchanged", "Change a question before making a new version"),

  // Teams and routing.
  /** A team called &#123;0&#125; exists. */
  TEAM_NAME_TAKEN("team.nameTaken", "A team called {0} exists"),
  /** These are not the email addresses of active advisers or safeguarding leads: &#123;0&#125;. */
  TEAM_NOT_ADVISERS(
      "team.notAdvisers",
      "These are not the email addresses of active advisers or safeguarding leads: {0}"),
  /** Give at most &#123;0,number,#&#125; rules. */
  ROUTING_RULES("routing.rules", "Give at most {0,number,#} rules"),
  /**
   * Unknown question &#123;0&#125;: name a single- or multiple-choice question of the questionnaire
   * in use
   */
  ROUTING_QUESTION(
      "routing.question",
      "Unknown question {0}: name a single- or multiple-choice question of the "
          + "questionnaire in use"),
  /** Unknown question: name a single- or multiple-choice question of the questionnaire in use. */
  ROUTING_QUESTION_UNNAMED(
      "routing.questionUnnamed",
      "Unknown question: name a single- or multiple-choice question of the questionnaire in use"),
  /** Unknown option &#123;0&#125; of question &#123;1&#125;. */
  ROUTING_OPTION("routing.option", "Unknown option {0} of question {1}"),
  /** Unknown option of question &#123;0&#125;. */
  ROUTING_OPTION_UNNAMED("routing.optionUnnamed", "Unknown option of question {0}"),
  /** Unknown team &#123;0&#125;. */
  ROUTING_TEAM("routing.team", "Unknown team {0}"),
  /** Unknown team. */
  ROUTING_TEAM_UNNAMED("routing.teamUnnamed", "Unknown team"),

  // The outcome lists, and a case's outcome and tags.
  /** Choose how the case ended: &#123;0&#125;. */
  OUTCOME_CHOOSE("outcome.choose", "Choose how the case ended: {0}"),
  /** That is not one of the outcomes: choose &#123;0&#125;. */
  OUTCOME_NOT_ONE("outcome.notOne", "That is not one of the outcomes: choose {0}"),
  /** No tags are in use: leave the tags out. */
  TAGS_NONE("outcome.noTags", "No tags are in use: leave the tags out"),
  /** That is not one of the tags: choose from &#123;0&#125;. */
  TAG_NOT_ONE("outcome.notATag", "That is not one of the tags: choose from {0}"),
  /** Give at most &#123;0,number,#&#125; entries in the list. */
  ENTRIES_TOO_MANY("choices.tooMany", "Give at most {0,number,#} entries in the list"),
  /** The entry needs at least one letter or digit. */
  ENTRY_NO_LETTER("choices.noLetter", "The entry needs at least one letter or digit"),
  /** The entry "&#123;0&#125;" is in the list already, perhaps spelt alike. */
  ENTRY_TWICE("choices.twice", "The entry \"{0}\" is in the list already, perhaps spelt alike"),

  // A case search's filters.
  /** A reference is ten letters and digits, such as K7M2Q-9XF3A. */
  SEARCH_REFERENCE(
      "search.reference", "A reference is ten letters and digits, such as K7M2Q-9XF3A"),
  /** Choose a status: NEW, OPEN or CLOSED. */
  SEARCH_STATUS("search.status", "Choose a status: NEW, OPEN or CLOSED"),
  /** No staff member has this email address. */
  SEARCH_ASSIGNEE("search.assignee", "No staff member has this email address"),
  /** Unknown outcome &#123;0&#125;: give the key of one in the list. */
  SEARCH_UNKNOWN_OUTCOME(
      "search.unknownOutcome", "Unknown outcome {0}: give the key of one in the list"),
  /** Unknown tag &#123;0&#125;: give the key of one in the list. */
  SEARCH_UNKNOWN_TAG("search.unknownTag", "Unknown tag {0}: give the key of one in the list"),
  /** Give the first day as YYYY-MM-DD. */
  SEARCH_FROM("search.from", "Give the first day as YYYY-MM-DD"),
  /** Give the last day as YYYY-MM-DD. */
  SEARCH_TO("search.to", "Give the last day as YYYY-MM-DD"),

  // Single sign-on's refusals.
  /**
   * Your organisation's sign-in did not confirm your email address, so Confide cannot tell which
   * staff account is yours. Ask your IT team to confirm it, then try again.
   */
  SSO_UNVERIFIED(
      "signIn.unverified",
      "Your organisation's sign-in did not confirm your email address, so Confide "
          + "cannot tell which staff account is yours. Ask your IT team to confirm it, "
          + "then try again."),
  /**
   * There is no Confide staff account for the email address your organisation's sign-in gave. An
   * administrator adds staff accounts: ask one to add yours.
   */
  SSO_NO_ACCOUNT(
      "signIn.noAccount",
      "There is no Confide staff account for the email address your organisation's "
          + "sign-in gave. An administrator adds staff accounts: ask one to add yours."),
  /**
   * There is no Confide staff account for the email address your organisation's sign-in gave, and
   * none of your groups there gives a Confide role, so none was created. Ask your IT team to add
   * you to a group for Confide, or an administrator to add your account.
   */
  SSO_NO_MAPPED_GROUP(
      "signIn.noMappedGroup",
      "There is no Confide staff account for the email address your organisation's "
          + "sign-in gave, and none of your groups there gives a Confide role, so none was "
          + "created. Ask your IT team to add you to a group for Confide, or an "
          + "administrator to add your account."),
  /**
   * Your Confide staff account is deactivated, so it cannot sign in. Ask an administrator if you
   * think this is wrong.
   */
  SSO_DEACTIVATED(
      "signIn.deactivated",
      "Your Confide staff account is deactivated, so it cannot sign in. Ask an "
          + "administrator if you think this is wrong."),

  // The web adapter's own checks of a request's shape, before any use case: Jakarta Validation's
  // constraints worded by their kind, and what mapping the request to a command finds.
  /** size must be between &#123;0,number,#&#125; and &#123;1,number,#&#125;. */
  REQUEST_SIZE("request.size", "size must be between {0,number,#} and {1,number,#}"),
  /** must be pdf or html. */
  REQUEST_PDF_OR_HTML("request.pdfOrHtml", "must be pdf or html"),
  /** A JSON body is required. */
  REQUEST_BODY("request.body", "A JSON body is required"),
  /** A JSON object is required, not null. */
  REQUEST_OBJECT("request.object", "A JSON object is required, not null"),
  /** Is not a field of this request; remove it. */
  REQUEST_UNKNOWN_FIELD("request.unknownField", "Is not a field of this request; remove it"),
  /** Is nested too deeply. */
  REQUEST_NESTED("request.nested", "Is nested too deeply"),
  /** Names the same field twice. */
  REQUEST_TWICE("request.twice", "Names the same field twice"),
  /** Is not valid JSON. */
  REQUEST_NOT_JSON("request.notJson", "Is not valid JSON"),
  /** Could not be read. */
  REQUEST_UNREADABLE("request.unreadable", "Could not be read"),
  /** Is not well-formed text: it holds half of a UTF-16 surrogate pair. */
  REQUEST_SURROGATE(
      "request.surrogate", "Is not well-formed text: it holds half of a UTF-16 surrogate pair"),
  /** Should be a string. */
  REQUEST_STRING("request.string", "Should be a string"),
  /** Should be a whole number. */
  REQUEST_WHOLE_NUMBER("request.wholeNumber", "Should be a whole number"),
  /** Should be true or false. */
  REQUEST_BOOLEAN("request.boolean", "Should be true or false"),
  /** Should be a list. */
  REQUEST_LIST("request.list", "Should be a list"),
  /** Should be a date, written YYYY-MM-DD. */
  REQUEST_DATE("request.date", "Should be a date, written YYYY-MM-DD"),
  /** Should be an object. */
  REQUEST_AN_OBJECT("request.anObject", "Should be an object"),
  /** Should be of another type. */
  REQUEST_OTHER_TYPE("request.otherType", "Should be of another type"),
  /** Should be a month, written YYYY-MM. */
  REQUEST_MONTH("request.month", "Should be a month, written YYYY-MM"),
  /** Should be a day, written YYYY-MM-DD, or a time such as 2026-12-06T10:00:00Z. */
  REQUEST_DAY_OR_TIME(
      "request.dayOrTime",
      "Should be a day, written YYYY-MM-DD, or a time such as 2026-12-06T10:00:00Z"),
  /** Should be a day such as MONDAY. */
  REQUEST_WEEKDAY("request.weekday", "Should be a day such as MONDAY"),
  /** Should be a time of day written HH:MM, such as 09:00. */
  REQUEST_TIME("request.time", "Should be a time of day written HH:MM, such as 09:00"),
  /** Should be a time zone such as Europe/London. */
  REQUEST_ZONE("request.zone", "Should be a time zone such as Europe/London"),
  /** Should be a case reference such as K7M2-Q9XF-3A. */
  REQUEST_REFERENCE("request.reference", "Should be a case reference such as K7M2-Q9XF-3A"),
  /** Should be a staff account's id, system or reporter. */
  REQUEST_ACTOR("request.actor", "Should be a staff account's id, system or reporter"),
  /** Should be one or two of &#123;0&#125;, joined by a comma. */
  REQUEST_DIMENSIONS("request.dimensions", "Should be one or two of {0}, joined by a comma"),
  /** Should be a version number, 1 or more. */
  REQUEST_VERSION("request.version", "Should be a version number, 1 or more"),
  /** Give the version of the questionnaire. */
  REQUEST_QUESTIONNAIRE_VERSION(
      "request.questionnaireVersion", "Give the version of the questionnaire"),
  /** Should be a list of option ids, even when one option is chosen. */
  REQUEST_OPTION_LIST(
      "request.optionList", "Should be a list of option ids, even when one option is chosen"),
  /** Should be a list of option ids, each a string. */
  REQUEST_OPTION_STRINGS("request.optionStrings", "Should be a list of option ids, each a string"),
  /** Should be a string, or a list of strings. */
  REQUEST_ANSWER("request.answer", "Should be a string, or a list of strings"),
  /** Not a kind of email; one of &#123;0&#125;. */
  REQUEST_EMAIL_KIND("request.emailKind", "Not a kind of email; one of {0}"),
  /**
   * Should be from &#123;0,number,#&#125; to &#123;1,number,#&#125;: smaller counts could point at
   * a person
   */
  REQUEST_SUPPRESSION(
      "request.suppression",
      "Should be from {0,number,#} to {1,number,#}: smaller counts could point at a person"),
  /** Should be from &#123;0,number,#&#125; to &#123;1,number,#&#125; reports. */
  REQUEST_ALERT_THRESHOLD(
      "request.alertThreshold", "Should be from {0,number,#} to {1,number,#} reports"),
  /** Should be from &#123;0,number,#&#125; to &#123;1,number,#&#125; days. */
  REQUEST_ALERT_WINDOW("request.alertWindow", "Should be from {0,number,#} to {1,number,#} days"),
  /** Only a referral names who it was referred to. */
  REQUEST_REFERRAL_ONLY("request.referralOnly", "Only a referral names who it was referred to"),
  /** Should be a string, or an object of a string for each language. */
  REQUEST_OWN_TEXT(
      "request.ownText", "Should be a string, or an object of a string for each language"),
  /** Is not a language offered; one of &#123;0&#125;. */
  REQUEST_LANGUAGE_NOT_OFFERED(
      "request.languageNotOffered", "Is not a language offered; one of {0}");

  private final String code;
  private final String english;

  ProblemCode(String code, String english) {
    this.code = code;
    this.english = english;
  }

  /**
   * The stable name of the problem, the same in every language and every release.
   *
   * @return for example {@code contact.emailOrPhone}
   */
  public String code() {
    return code;
  }

  /**
   * The problem in English, its arguments in their places: a {@link ProblemSubject} by its English,
   * a {@link Translated} text by its first, a list of {@link FieldProblem}s by their messages
   * joined by "; ". Words with no arguments are read as written; words with arguments are a {@link
   * MessageFormat} pattern.
   *
   * @param arguments the particulars the words name, in their order
   * @return the sentence
   */
  public String english(List<?> arguments) {
    if (arguments.isEmpty()) {
      return english;
    }
    var said =
        arguments.stream()
            .map(argument ->
                switch (argument) {
                  case ProblemSubject subject -> subject.english();
                  case Translated text -> text.first();
                  case List<?> problems -> said(problems);
                  default -> argument;
                })
            .toArray();
    return new MessageFormat(english, Locale.UK).format(said);
  }

  private static String said(List<?> problems) {
    return problems.stream()
        .map(
            problem -> problem instanceof FieldProblem named ? named.message() : problem.toString())
        .collect(Collectors.joining("; "));
  }
}
