package org.ortak.shared;

/**
 * A refusal by the domain, told to the user through a message key in their language.
 */
public abstract class DomainException extends RuntimeException {

	private final String messageKey;

	private final transient Object[] arguments;

	protected DomainException(String messageKey, Object... arguments) {
		super(messageKey);
		this.messageKey = messageKey;
		this.arguments = arguments;
	}

	public String messageKey() {
		return this.messageKey;
	}

	public Object[] arguments() {
		return this.arguments;
	}

}
