package org.ortak.projects;

import java.math.BigDecimal;
import java.util.UUID;

/**
 * Who funds a project and under which codes of the funder's programme: the programme, its
 * priority axis, action and sub-action; the budget as a decimal in a currency (ISO 4217),
 * and the co-financing share in per cent. The funder is an organization of the register
 * or, when it is not in it, a name.
 */
public record Funding(UUID funderId, String funderName, String programme, String axis, String action, String subAction,
		BigDecimal budget, String currency, BigDecimal coFinancingPercent) {

	public static final Funding NONE = new Funding(null, null, null, null, null, null, null, null, null);

}
