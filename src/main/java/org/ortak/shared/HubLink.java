package org.ortak.shared;

import java.util.UUID;

/**
 * An organization's tie to something it shares with others: a network it belongs to, an
 * agreement it is party to, an event it organizes with others. Modules give these out so
 * that the collaboration graph draws organizations linked through shared hubs (never
 * pairwise: a union of 5,000 cooperatives would be 12.5 million pairs).
 *
 * @param hub what the hub is: {@code network}, {@code agreement} or {@code event}
 * @param hubId its public id
 * @param label its name or title
 * @param organizationId the organization tied to it
 * @param relation how: a member's role, {@code party}, an organizer's role,
 * {@code contribution}, {@code embodies}
 */
public record HubLink(String hub, UUID hubId, String label, UUID organizationId, String relation) {

}
