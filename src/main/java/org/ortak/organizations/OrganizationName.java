package org.ortak.organizations;

import java.util.UUID;

/**
 * An organization's id and name, for pickers and for other modules' pages.
 */
public interface OrganizationName {

	UUID getId();

	String getName();

}
