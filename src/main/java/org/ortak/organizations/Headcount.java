package org.ortak.organizations;

import jakarta.persistence.Embeddable;

/**
 * How many people, and how many of them women; either may be unknown.
 */
@Embeddable
public record Headcount(Integer total, Integer women) {

	public Headcount {
		if ((total != null && total < 0) || (women != null && women < 0)
				|| (total != null && women != null && women > total)) {
			throw new IllegalArgumentException("A headcount is not negative and counts no more women than people");
		}
	}

}
