package org.ortak.volunteering;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/** Hours given on a day and where they stand. */
public record HoursView(UUID id, long version, LocalDate workedOn, BigDecimal hours, String note, HoursStatus status) {

	static HoursView of(Hours hours) {
		return new HoursView(hours.publicId(), hours.version(), hours.workedOn(), hours.hours(), hours.note(),
				hours.status());
	}

}
