package org.confide.adapter.web.pages.view;

/**
 * One case in a case list, ready to show.
 *
 * @param risk {@code none}, {@code concern} or {@code urgent}
 * @param due the day a response is due, or "–" when none is awaited
 * @param dueNote how far off that is in working days, or how overdue
 * @param channel for a report entered by staff, how it reached them ("Entered by staff, by phone");
 *     empty for a report its reporter sent
 */
public record CaseRow(
    String reference,
    String received,
    String status,
    String risk,
    boolean anonymous,
    String assignee,
    int unread,
    String due,
    String dueNote,
    boolean overdue,
    boolean escalated,
    String channel) {}
