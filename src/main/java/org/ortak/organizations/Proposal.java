package org.ortak.organizations;

import org.ortak.shared.Text;

/**
 * What an organization's own contact proposes to change in its entry; a field left out
 * (null) stays as it is.
 */
public record Proposal(String name, String address, String website, String phone, String email, String description,
		Integer membersTotal, Integer membersWomen, Integer employeesTotal, Integer employeesWomen) {

	public Proposal {
		name = Text.clean(name);
		address = Text.clean(address);
		website = Text.clean(website);
		phone = Text.clean(phone);
		email = Text.clean(email);
		description = Text.clean(description);
	}

	/** The entry's fields as they are now: what the correction form starts from. */
	static Proposal of(OrganizationDetails current) {
		return new Proposal(current.name(), current.address(), current.website(), current.phone(), current.email(),
				current.description(), current.membersTotal(), current.membersWomen(), current.employeesTotal(),
				current.employeesWomen());
	}

	/**
	 * The organization as it would be with this proposal: what the register checks and
	 * applies.
	 */
	OrganizationDraft applyTo(OrganizationDetails current) {
		return new OrganizationDraft(or(this.name, current.name()), current.shortName(), current.kind(),
				current.subKind(), current.legalForm(), current.registryNumber(), current.identifiers(),
				current.foundedOn(), current.regionId(), or(this.address, current.address()), current.latitude(),
				current.longitude(), current.sectors(), or(this.membersTotal, current.membersTotal()),
				or(this.membersWomen, current.membersWomen()), or(this.employeesTotal, current.employeesTotal()),
				or(this.employeesWomen, current.employeesWomen()), current.incomeGenerating(), current.certifications(),
				or(this.website, current.website()), or(this.phone, current.phone()), or(this.email, current.email()),
				or(this.description, current.description()));
	}

	/**
	 * Only what differs from the entry as it is: a proposal that changes nothing is
	 * empty.
	 */
	Proposal changesFrom(OrganizationDetails current) {
		return new Proposal(differs(this.name, current.name()), differs(this.address, current.address()),
				differs(this.website, current.website()), differs(this.phone, current.phone()),
				differs(this.email, current.email()), differs(this.description, current.description()),
				differs(this.membersTotal, current.membersTotal()), differs(this.membersWomen, current.membersWomen()),
				differs(this.employeesTotal, current.employeesTotal()),
				differs(this.employeesWomen, current.employeesWomen()));
	}

	boolean isEmpty() {
		return this.name == null && this.address == null && this.website == null && this.phone == null
				&& this.email == null && this.description == null && this.membersTotal == null
				&& this.membersWomen == null && this.employeesTotal == null && this.employeesWomen == null;
	}

	private static <T> T or(T proposed, T current) {
		return (proposed != null) ? proposed : current;
	}

	private static <T> T differs(T proposed, T current) {
		return (proposed != null && !proposed.equals(current)) ? proposed : null;
	}

}
