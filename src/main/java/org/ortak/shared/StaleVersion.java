package org.ortak.shared;

/**
 * An update was based on a version that someone else has since changed.
 */
public class StaleVersion extends DomainException {

	public StaleVersion() {
		super("error.staleVersion");
	}

}
