package org.ortak.networks;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import java.util.Locale;
import java.util.UUID;

import org.ortak.shared.Text;
import org.ortak.shared.Violations;

/**
 * A contribution as written: to a network (and maybe one of its events), from an
 * organization or a person, its kind, status, visibility and day, and what its kind
 * needs: an amount with its currency for money (an estimated value, optional, in kind),
 * hours and a field for expertise, hours and persons for volunteer work, a description
 * otherwise; and the network's joint project it is made to, if any.
 */
public record ContributionDraft(UUID eventId, UUID organizationId, UUID personId, ContributionKind kind,
		ContributionStatus status, ContributionVisibility visibility, LocalDate contributedOn, String description,
		BigDecimal amount, String currency, BigDecimal hours, String field, Integer persons, UUID projectId) {

	/** A contribution to no project. */
	public ContributionDraft(UUID eventId, UUID organizationId, UUID personId, ContributionKind kind,
			ContributionStatus status, ContributionVisibility visibility, LocalDate contributedOn, String description,
			BigDecimal amount, String currency, BigDecimal hours, String field, Integer persons) {
		this(eventId, organizationId, personId, kind, status, visibility, contributedOn, description, amount, currency,
				hours, field, persons, null);
	}

	static final BigDecimal MAX_AMOUNT = new BigDecimal("1000000000000000");

	static final BigDecimal MAX_HOURS = new BigDecimal("1000000");

	public ContributionDraft {
		description = Text.clean(description);
		field = Text.clean(field);
		currency = (Text.clean(currency) != null) ? Text.clean(currency).toUpperCase(Locale.ROOT) : null;
		status = (status != null) ? status : ContributionStatus.DELIVERED;
		visibility = (visibility != null) ? visibility : ContributionVisibility.COORDINATORS;
	}

	Violations check(LocalDate today) {
		Violations violations = new Violations().required("kind", this.kind)
			.required("contributedOn", this.contributedOn);
		if ((this.organizationId == null) == (this.personId == null)) {
			violations.add("organizationId", "networks.error.memberOneOf");
		}
		if (this.contributedOn != null
				&& (this.contributedOn.getYear() < 1900 || this.contributedOn.getYear() > 2100)) {
			violations.add("contributedOn", "validation.range", "1900", "2100");
		}
		else if (this.contributedOn != null && this.status == ContributionStatus.DELIVERED
				&& this.contributedOn.isAfter(today)) {
			violations.add("contributedOn", "contributions.error.deliveredInFuture");
		}
		violations.text("description", this.description, true).maxLength("description", this.description, 1000);
		violations.line("field", this.field, 200);
		if (this.amount != null) {
			if (this.amount.signum() <= 0 || this.amount.compareTo(MAX_AMOUNT) >= 0) {
				violations.add("amount", "contributions.error.amount");
			}
			else if (this.amount.stripTrailingZeros().scale() > 2) {
				violations.add("amount", "contributions.error.amountCents");
			}
			if (this.currency == null) {
				violations.add("currency", "contributions.error.currencyRequired");
			}
		}
		if (this.currency != null && !isCurrency(this.currency)) {
			violations.add("currency", "contributions.error.currency");
		}
		if (this.hours != null && (this.hours.signum() <= 0 || this.hours.compareTo(MAX_HOURS) >= 0
				|| this.hours.stripTrailingZeros().scale() > 2)) {
			violations.add("hours", "contributions.error.hours");
		}
		if (this.persons != null && (this.persons < 1 || this.persons > 1_000_000)) {
			violations.add("persons", "validation.range", 1, 1_000_000);
		}
		if (this.kind != null) {
			switch (this.kind) {
				case MONEY -> {
					violations.required("amount", this.amount);
					violations.required("currency", this.currency);
				}
				case EXPERTISE -> violations.required("hours", this.hours).required("field", this.field);
				case VOLUNTEERING -> violations.required("hours", this.hours);
				case IN_KIND, VENUE -> violations.required("description", this.description);
			}
		}
		return violations;
	}

	private static boolean isCurrency(String code) {
		if (code.length() != 3) {
			return false;
		}
		try {
			Currency.getInstance(code);
			return true;
		}
		catch (IllegalArgumentException ex) {
			return false;
		}
	}

}
