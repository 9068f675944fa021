package org.ortak.networks;

import java.math.BigDecimal;
import java.util.UUID;

/**
 * A sum of the ledger, computed by the database: per contributor, kind, year, currency
 * (money of different currencies is never added) and status. The contributor is null in
 * the totals per kind and year.
 */
public record ContributionTotal(UUID organizationId, String contributor, ContributionKind kind, int year,
		String currency, ContributionStatus status, BigDecimal amount, BigDecimal hours, long persons, long count) {

}
