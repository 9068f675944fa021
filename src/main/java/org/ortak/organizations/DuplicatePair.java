package org.ortak.organizations;

/**
 * Two organizations that look like one: the same folded name, in the same region or a few
 * hundred metres apart.
 */
public record DuplicatePair(OrganizationSummary first, OrganizationSummary second) {
}
