/**
 * Agreements between organizations of the register (memoranda of understanding,
 * partnerships, cooperation protocols, grant agreements): their parties and signatories,
 * dates and status, the obligations of each party with due dates, their signed documents,
 * the lists of agreements ending soon and obligations overdue, and the reminders mailed
 * to their keepers and the parties' managers. Organizations and networks are referred to
 * by their public ids.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Agreements")
package org.ortak.agreements;
