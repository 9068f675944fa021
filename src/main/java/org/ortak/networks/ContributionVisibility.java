package org.ortak.networks;

/** Who sees a contribution: anyone, or the network's coordinators and the contributor. */
public enum ContributionVisibility {

	PUBLIC, COORDINATORS

}
