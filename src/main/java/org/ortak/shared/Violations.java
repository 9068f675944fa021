package org.ortak.shared;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Collects what is wrong with an input, field by field, and refuses it as a whole.
 */
public final class Violations {

	private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");

	private static final Pattern WEBSITE = Pattern.compile("^https?://[^\\s/$.?#][^\\s]*$", Pattern.CASE_INSENSITIVE);

	private static final Pattern PHONE = Pattern.compile("^[+0-9 ()./-]{3,40}$");

	private final List<Violation> found = new ArrayList<>();

	public Violations add(String field, String messageKey, Object... arguments) {
		this.found.add(new Violation(field, messageKey, List.of(arguments)));
		return this;
	}

	/** What was found, in the order found. */
	public List<Violation> list() {
		return List.copyOf(this.found);
	}

	public boolean has(String field) {
		return this.found.stream().anyMatch((violation) -> violation.field().equals(field));
	}

	public Violations required(String field, Object value) {
		if (value == null || (value instanceof String text && text.isBlank())) {
			add(field, "validation.required");
		}
		return this;
	}

	public Violations maxLength(String field, String value, int max) {
		// UTF-16 units: never more than the characters H2 or PostgreSQL count
		if (value != null && value.length() > max) {
			add(field, "validation.tooLong", max);
		}
		return this;
	}

	/**
	 * Refuses what text may not hold (see {@link Text#firstForbidden}), naming the
	 * character; tab and line breaks only where the field has several lines.
	 */
	public Violations text(String field, String value, boolean multiLine) {
		int forbidden = Text.firstForbidden(value, multiLine);
		if (forbidden >= 0) {
			add(field, "validation.forbiddenCharacter", Text.codePointName(forbidden));
		}
		return this;
	}

	/**
	 * A day every database stores and a real plan, agreement or target has: from 1900 to
	 * 2100.
	 */
	public Violations day(String field, LocalDate value) {
		if (value != null && (value.getYear() < 1900 || value.getYear() > 2100)) {
			add(field, "validation.range", "1900", "2100");
		}
		return this;
	}

	/**
	 * Titles by language code, in one language or more of the interface's, each a line of
	 * at most {@code max}; none at all is {@code missingKey}.
	 */
	public Violations titles(String field, java.util.Map<String, String> titles, int max, String missingKey) {
		if (titles.isEmpty()) {
			add(field, missingKey);
		}
		for (java.util.Map.Entry<String, String> title : titles.entrySet()) {
			if (!org.ortak.shared.i18n.Language.isCode(title.getKey())) {
				add(field, "validation.badValue");
			}
			else {
				line(field + "[" + title.getKey() + "]", title.getValue(), max);
			}
		}
		return this;
	}

	/** One line of text: {@link #text} and {@link #maxLength} together. */
	public Violations line(String field, String value, int max) {
		return text(field, value, false).maxLength(field, value, max);
	}

	/**
	 * A date no earlier than the first day of {@code minYear} and not after today: what a
	 * real date of the register can be, and what every database can store.
	 */
	public Violations pastDate(String field, LocalDate value, int minYear, LocalDate today) {
		if (value != null && value.getYear() < minYear) {
			add(field, "validation.tooEarly", String.valueOf(minYear));
		}
		return notAfterToday(field, value, today);
	}

	public Violations notNegative(String field, Integer value) {
		if (value != null && value < 0) {
			add(field, "validation.negative");
		}
		return this;
	}

	public Violations notAfterToday(String field, LocalDate value, LocalDate today) {
		if (value != null && value.isAfter(today)) {
			add(field, "validation.future");
		}
		return this;
	}

	public Violations between(String field, Double value, double min, double max) {
		if (value != null && (value.isNaN() || value < min || value > max)) {
			add(field, "validation.range", min, max);
		}
		return this;
	}

	public Violations email(String field, String value) {
		if (value != null && !value.isBlank() && !EMAIL.matcher(value).matches()) {
			add(field, "validation.email");
		}
		return this;
	}

	public Violations website(String field, String value) {
		if (value != null && !value.isBlank() && !WEBSITE.matcher(value).matches()) {
			add(field, "validation.website");
		}
		return this;
	}

	public Violations phone(String field, String value) {
		if (value != null && !value.isBlank() && !PHONE.matcher(value).matches()) {
			add(field, "validation.phone");
		}
		return this;
	}

	/**
	 * Throws when anything was found; otherwise returns quietly.
	 */
	public void throwIfAny() {
		if (!this.found.isEmpty()) {
			throw new InvalidInput(this.found);
		}
	}

}
