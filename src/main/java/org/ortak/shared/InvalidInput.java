package org.ortak.shared;

import java.util.List;

/**
 * Input refused as a whole, with every field that is wrong, so that nothing is
 * half-saved.
 */
public class InvalidInput extends DomainException {

	private final transient List<Violation> violations;

	public InvalidInput(List<Violation> violations) {
		super("error.invalidInput");
		this.violations = List.copyOf(violations);
	}

	public static InvalidInput of(String field, String messageKey, Object... arguments) {
		return new InvalidInput(List.of(new Violation(field, messageKey, List.of(arguments))));
	}

	public List<Violation> violations() {
		return this.violations;
	}

}
