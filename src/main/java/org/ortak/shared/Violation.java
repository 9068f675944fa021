package org.ortak.shared;

import java.util.List;

/**
 * One thing wrong with one field of the input: the field's path as the form and the API
 * name it, and a message key with its arguments.
 */
public record Violation(String field, String messageKey, List<Object> arguments) {

	public Violation {
		arguments = List.copyOf(arguments);
	}

	public Object[] argumentArray() {
		return this.arguments.toArray();
	}

}
