package org.ortak.volunteering;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.ortak.shared.Text;
import org.ortak.shared.Violations;

/**
 * Hours given on a day, as logged: never a day to come, more than none and at most a
 * day's.
 */
public record HoursDraft(LocalDate workedOn, BigDecimal hours, String note) {

	private static final BigDecimal DAY = BigDecimal.valueOf(24);

	public HoursDraft {
		note = Text.clean(note);
	}

	Violations check(LocalDate today) {
		Violations violations = new Violations().required("workedOn", this.workedOn)
			.required("hours", this.hours)
			.line("note", this.note, 500)
			.pastDate("workedOn", this.workedOn, 1900, today);
		if (this.hours != null && (this.hours.signum() <= 0 || this.hours.compareTo(DAY) > 0
				|| this.hours.stripTrailingZeros().scale() > 2)) {
			violations.add("hours", "volunteering.error.hours");
		}
		return violations;
	}

}
