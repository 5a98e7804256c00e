package org.confide.adapter.web.pages.view;

/**
 * One audit event as the audit page shows it.
 *
 * @param at when, in words, in the service's zone
 * @param actor who acted: a staff account's id, the reporter or Confide
 * @param action what was done, its name as the API gives it
 * @param reference the case it concerns, or empty
 * @param detail Confide's short note in the page's language, or as recorded, or empty, as safe HTML
 *     (a name in another language inside {@code <span lang>})
 * @param asRecorded whether the note is shown as recorded, in English (one recorded before notes
 *     were coded), and so marked {@code lang="en"}
 */
public record AuditLine(
    String at, String actor, String action, String reference, String detail, boolean asRecorded) {}
