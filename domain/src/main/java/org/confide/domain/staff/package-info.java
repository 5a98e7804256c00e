/**
 * Staff accounts, their roles and the permissions each role grants, and need to know as a rule: who
 * may read which case. Administrators and analysts never read a report.
 */
package org.confide.domain.staff;
