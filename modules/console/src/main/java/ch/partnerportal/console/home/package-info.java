/**
 * The organization's home page. Decisions: "soon" is two months, as on the payments list (REN-7); unpaid means pro-formas awaiting a
 * transfer; recent changes are the five newest audit entries, for legal representatives and
 * administrators, who alone may read the audit trail.
 */
package ch.partnerportal.console.home;
