package org.ortak.shared;

/**
 * The actor is known but may not do this.
 */
public class Forbidden extends DomainException {

	public Forbidden() {
		super("error.forbidden");
	}

}
