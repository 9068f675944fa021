package org.ortak.organizations;

import java.util.List;

/**
 * What an organization is. Cooperatives name their type; reintegration entities name
 * their national sub-type (CIS, KIS, ZAZ, WTZ in Poland).
 */
public enum OrganizationKind {

	COOPERATIVE(List.of("WOMEN", "STUDENT", "SOCIAL", "PRODUCER", "CONSUMER", "HOUSING", "OTHER")),
	COOPERATIVE_UNION(List.of()), ASSOCIATION(List.of()), FOUNDATION(List.of()), PUBLIC_UNION(List.of()),
	COMPANY(List.of()), PUBLIC_AUTHORITY(List.of()), UNIVERSITY(List.of()),
	REINTEGRATION_ENTITY(List.of("CIS", "KIS", "ZAZ", "WTZ")), SUPPORT_CENTRE(List.of()), OTHER(List.of());

	private final List<String> subKinds;

	OrganizationKind(List<String> subKinds) {
		this.subKinds = subKinds;
	}

	/** The sub-kinds offered for this kind; a reintegration entity may name another. */
	public List<String> subKinds() {
		return this.subKinds;
	}

	boolean acceptsSubKind(String subKind) {
		if (subKind == null) {
			return true;
		}
		if (this == REINTEGRATION_ENTITY) {
			return subKind.matches("[\\p{L}\\p{N} .-]{1,20}");
		}
		return this.subKinds.contains(subKind);
	}

}
