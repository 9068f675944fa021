package org.ortak.indicators;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where an indicator's values come from: entered by the organizations responsible, or
 * computed from their source and kept in step with it. Computed ones are numbers whose
 * latest value counts, broken down as their source allows:
 * <ul>
 * <li>{@code PARTICIPANTS}: the people who came to a project's activities, each once, by
 * gender;</li>
 * <li>{@code ACTIVE_COOPERATIVES}: the register's active cooperatives in the regions
 * measured, by region;</li>
 * <li>{@code ORGANIZATIONS}: the register's organizations (not archived) there, by
 * region;</li>
 * <li>{@code EMPLOYEES}: the people they employ, as the register gives them.</li>
 * </ul>
 */
public enum IndicatorSource {

	ENTERED, PARTICIPANTS, ACTIVE_COOPERATIVES, ORGANIZATIONS, EMPLOYEES;

	public boolean computed() {
		return this != ENTERED;
	}

	/** Whether its figures come from the register (and follow its changes). */
	public boolean fromRegister() {
		return this == ACTIVE_COOPERATIVES || this == ORGANIZATIONS || this == EMPLOYEES;
	}

	/** The breakdowns a computed indicator has: those its source gives. */
	Set<Dimension> dimensions() {
		return switch (this) {
			case PARTICIPANTS -> EnumSet.of(Dimension.GENDER);
			case ACTIVE_COOPERATIVES, ORGANIZATIONS -> EnumSet.of(Dimension.REGION);
			default -> EnumSet.noneOf(Dimension.class);
		};
	}

}
