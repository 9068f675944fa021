package org.ortak.shared.history;

/**
 * One field's change, named as the API names it; {@code null} where there was or is no
 * value.
 */
public record FieldChange(String field, Object from, Object to) {
}
