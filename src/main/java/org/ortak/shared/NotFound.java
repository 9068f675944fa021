package org.ortak.shared;

/**
 * The record asked for does not exist, or the actor may not know that it does.
 */
public class NotFound extends DomainException {

	public NotFound() {
		super("error.notFound");
	}

}
