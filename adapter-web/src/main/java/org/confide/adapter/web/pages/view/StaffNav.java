package org.confide.adapter.web.pages.view;

/**
 * The staff member signed in, and which parts of the staff pages their roles open.
 *
 * @param displayName their name as they chose it
 * @param worksCases whether they may see case lists (advisers, leads, administrators)
 * @param leads whether they decide escalations (safeguarding leads)
 * @param administers whether they run the service (administrators)
 * @param readsTrends whether they see trends (analysts, leads, administrators)
 * @param seesAlerts whether they see pattern alerts (analysts, leads)
 * @param readsAuditTrail whether they read the audit trail (leads, administrators)
 * @param readsDashboard whether they read the service dashboard (leads, administrators)
 */
public record StaffNav(
    String displayName,
    boolean worksCases,
    boolean leads,
    boolean administers,
    boolean readsTrends,
    boolean seesAlerts,
    boolean readsAuditTrail,
    boolean readsDashboard) {}
