package org.ortak.volunteering;

import org.ortak.shared.DomainException;

/** Hours are confirmed by the receiving organization's own managers, nobody else. */
class NotReceivingOrganization extends DomainException {

	NotReceivingOrganization() {
		super("volunteering.error.notReceivingOrganization");
	}

}
