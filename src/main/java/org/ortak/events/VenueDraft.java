package org.ortak.events;

import java.time.ZoneId;
import java.util.UUID;

import org.ortak.shared.Text;
import org.ortak.shared.Violations;

/**
 * A venue as typed or sent.
 */
public record VenueDraft(String name, String address, UUID regionId, Double latitude, Double longitude,
		UUID organizationId, ZoneId timeZone) {

	public VenueDraft {
		name = Text.clean(name);
		address = Text.clean(address);
	}

	Violations check() {
		Violations violations = new Violations().required("name", this.name)
			.line("name", this.name, 200)
			.line("address", this.address, 500)
			.required("timeZone", this.timeZone)
			.between("latitude", this.latitude, -90, 90)
			.between("longitude", this.longitude, -180, 180);
		if ((this.latitude == null) != (this.longitude == null)) {
			violations.add((this.latitude == null) ? "latitude" : "longitude", "validation.required");
		}
		return violations;
	}

}
