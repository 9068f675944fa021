package org.ortak.networks;

import java.util.UUID;

/** A network in a list: its kind, its name in the reader's language, its region. */
public record NetworkSummary(UUID id, NetworkKind kind, String name, UUID regionId, String regionName, long members) {

}
