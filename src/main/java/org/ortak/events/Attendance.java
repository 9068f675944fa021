package org.ortak.events;

import java.util.Map;

/**
 * Who came: counts of the confirmed and of those checked in, by gender and by the kind of
 * their organization ({@code NOT_IN_REGISTER} for an organization only named,
 * {@code UNSAID} for a gender not given). No names: counts are for reports.
 */
public record Attendance(long confirmed, long attended, long walkIns, Map<String, Long> byGender,
		Map<String, Long> byOrganizationKind) {

}
