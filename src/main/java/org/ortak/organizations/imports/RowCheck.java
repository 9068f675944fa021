package org.ortak.organizations.imports;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.context.MessageSourceResolvable;

import org.ortak.organizations.IdentifierScheme;
import org.ortak.organizations.OrganizationDraft;
import org.ortak.organizations.OrganizationKind;
import org.ortak.organizations.OrganizationRules;
import org.ortak.organizations.Sector;
import org.ortak.organizations.SubKind;
import org.ortak.regions.RegionView;
import org.ortak.shared.Text;
import org.ortak.shared.Violation;
import org.ortak.shared.Violations;

/**
 * Turns a file's row into a staged row: each mapped cell typed (numbers in any digits,
 * dates as {@link ImportDates} reads them, codes and regions by {@link Vocabulary}), then
 * the whole checked by the register's own rules ({@link OrganizationRules}), every
 * problem named by line, column, value and message. What only the stored record can
 * decide (is it new? is a name required?) is left to {@link ImportChecks}.
 */
final class RowCheck {

	private static final int VALUE_MAX = 300;

	private final ImportMapping mapping;

	private final List<String> headers;

	private final Vocabulary vocabulary;

	private final LocalDate today;

	RowCheck(ImportMapping mapping, List<String> headers, Vocabulary vocabulary, LocalDate today) {
		this.mapping = mapping;
		this.headers = headers;
		this.vocabulary = vocabulary;
		this.today = today;
	}

	StagedRow check(ImportFile.Line line) {
		StagedRow row = new StagedRow(line.number());
		Map<String, String> texts = new LinkedHashMap<>();
		for (int column = 0; column < this.headers.size(); column++) {
			String field = this.mapping.fieldOf(column);
			String text = line.cell(column);
			if (field != null && text != null && !text.isBlank()) {
				texts.put(field, text.strip());
			}
		}
		texts.forEach((field, text) -> fill(row, ImportField.of(field).orElseThrow(), text));
		OrganizationDraft draft = new OrganizationDraft(row.name, row.shortName,
				(row.kind != null) ? OrganizationKind.valueOf(row.kind) : null, row.subKind, row.legalForm,
				row.registryNumber, Map.copyOf(row.identifiers), row.foundedOn, row.regionId, row.address, row.latitude,
				row.longitude, sectors(row.sectors), row.membersTotal, row.membersWomen, row.employeesTotal,
				row.employeesWomen, row.incomeGenerating, List.of(), row.website, row.phone, row.email,
				row.description);
		Violations violations = OrganizationRules.check(draft, this.today);
		RegionView region = (row.regionId != null) ? this.vocabulary.region(row.regionId.toString()) : null;
		if (region != null) {
			RegionView country = this.vocabulary.region(region.countryId().toString());
			OrganizationRules.checkCountry(violations, draft, (country != null) ? country.isoCode() : null);
		}
		violations.pastDate("statusSince", row.statusSince, 1000, this.today);
		// a row that may name a stored organization needs only what it changes
		boolean mayMatch = draft.registryNumber() != null || !draft.identifiers().isEmpty();
		Set<String> unread = new java.util.HashSet<>();
		row.problems.forEach((problem) -> unread.add(problem.field()));
		for (Violation violation : violations.list()) {
			String field = "regionId".equals(violation.field()) ? "region" : violation.field();
			if ((mayMatch && "validation.required".equals(violation.messageKey())) || unread.contains(field)) {
				// what could not be read was said already
				continue;
			}
			if (texts.containsKey(field) || !"validation.required".equals(violation.messageKey())
					|| this.mapping.columnOf(field) >= 0) {
				problem(row, field, texts.get(field), violation.messageKey(), args(violation.arguments()));
			}
			else {
				// a required field no column fills
				problem(row, field, null, "imports.error.requiredColumn", List.of(label(field)));
			}
		}
		// the draft's cleaned values are what is staged
		row.name = draft.name();
		row.nameKey = Text.matchKey(draft.name());
		row.shortName = draft.shortName();
		row.legalForm = draft.legalForm();
		row.registryNumber = draft.registryNumber();
		row.registryKey = OrganizationRules.registryKey(draft.registryNumber());
		row.address = draft.address();
		row.website = draft.website();
		row.phone = draft.phone();
		row.email = draft.email();
		row.description = draft.description();
		draft.identifiers().forEach((scheme, number) -> row.identifiers.put(scheme, IdentifierScheme.digits(number)));
		if (region != null) {
			row.countryId = region.countryId();
			row.regionPath = region.path();
			row.placeNames = region.placeNames();
		}
		return row;
	}

	private void fill(StagedRow row, ImportField field, String text) {
		switch (field.type()) {
			case TEXT -> text(row, field.key(), text);
			case INTEGER -> integer(row, field, text);
			case DECIMAL -> decimal(row, field, text);
			case DATE -> date(row, field, text);
			case IDENTIFIER -> {
				row.identifiers.put(field.scheme().name(), text);
				row.identifierCountries.put(field.scheme().name(), field.scheme().country());
			}
			case SECTORS -> sectors(row, field, text);
			default -> coded(row, field, text);
		}
	}

	private static void text(StagedRow row, String key, String text) {
		switch (key) {
			case "name" -> row.name = text;
			case "shortName" -> row.shortName = text;
			case "legalForm" -> row.legalForm = text;
			case "registryNumber" -> row.registryNumber = text;
			case "address" -> row.address = text;
			case "website" -> row.website = text;
			case "phone" -> row.phone = text;
			case "email" -> row.email = text;
			case "description" -> row.description = text;
			default -> throw new IllegalArgumentException(key);
		}
	}

	private void integer(StagedRow row, ImportField field, String text) {
		String digits = Text.latinDigits(text).replaceAll("[\\s\u00A0\u202F'’.,]", "");
		Integer value = null;
		if (digits.matches("\\d{1,9}")) {
			value = Integer.valueOf(digits);
		}
		else if (Text.latinDigits(text).strip().matches("\\d{1,9}[.,]0+")) {
			value = Integer.valueOf(Text.latinDigits(text).strip().replaceAll("[.,]0+$", ""));
		}
		if (value == null) {
			problem(row, field.key(), text, "imports.error.integer", List.of());
			return;
		}
		switch (field.key()) {
			case "membersTotal" -> row.membersTotal = value;
			case "membersWomen" -> row.membersWomen = value;
			case "employeesTotal" -> row.employeesTotal = value;
			case "employeesWomen" -> row.employeesWomen = value;
			default -> throw new IllegalArgumentException(field.key());
		}
	}

	private void decimal(StagedRow row, ImportField field, String text) {
		String plain = Text.latinDigits(text).strip().replace('\u066B', '.').replace(',', '.');
		Double value = null;
		if (plain.matches("[-+]?\\d{1,3}(\\.\\d{1,15})?")) {
			value = Double.valueOf(plain);
		}
		if (value == null) {
			problem(row, field.key(), text, "imports.error.decimal", List.of());
			return;
		}
		if ("latitude".equals(field.key())) {
			row.latitude = value;
		}
		else {
			row.longitude = value;
		}
	}

	private void date(StagedRow row, ImportField field, String text) {
		LocalDate value = ImportDates.parse(text, this.mapping.calendar());
		if (value == null) {
			problem(row, field.key(), text, (this.mapping.calendar() == ImportMapping.Calendar.SOLAR_HIJRI)
					? "imports.error.dateHijri" : "imports.error.date", List.of());
			return;
		}
		if ("foundedOn".equals(field.key())) {
			row.foundedOn = value;
		}
		else {
			row.statusSince = value;
		}
	}

	private void sectors(StagedRow row, ImportField field, String text) {
		Set<String> codes = new LinkedHashSet<>();
		for (String word : text.split("[;,|\\n]")) {
			if (word.isBlank()) {
				continue;
			}
			String code = code(row, field, word.strip());
			if (code != null) {
				codes.add(code);
			}
		}
		row.sectors = new ArrayList<>(codes);
	}

	private void coded(StagedRow row, ImportField field, String text) {
		String code = code(row, field, text);
		if (code == null) {
			return;
		}
		switch (field.type()) {
			case KIND -> row.kind = code;
			case STATUS -> row.status = code;
			case PRECISION -> row.locationPrecision = code;
			case SUB_KIND -> {
				row.subKind = code;
				SubKind subKind = SubKind.of(code).orElseThrow();
				row.subKindOf = subKind.kind().name();
				row.subKindCountries = subKind.countries().isEmpty() ? null
						: "|" + String.join("|", subKind.countries()) + "|";
			}
			case REGION -> {
				RegionView region = this.vocabulary.region(code);
				if (region == null) {
					problem(row, field.key(), text, "imports.error.unknownValue", List.of(text, label(field.key())));
					return;
				}
				row.regionId = region.id();
			}
			case YES_NO -> {
				if ("incomeGenerating".equals(field.key())) {
					row.incomeGenerating = Boolean.valueOf(code);
				}
				else {
					row.listed = Boolean.valueOf(code);
				}
			}
			default -> throw new IllegalArgumentException(field.key());
		}
	}

	/** The code the words mean for the field, or null with the problem noted. */
	private String code(StagedRow row, ImportField field, String text) {
		Vocabulary.Match match = this.vocabulary.match(field.type(), text, this.mapping.values().get(field.key()));
		if (match.code() == null) {
			problem(row, field.key(), text,
					match.ambiguous() ? "imports.error.ambiguousValue" : "imports.error.unknownValue",
					List.of(text, label(field.key())));
		}
		return match.code();
	}

	private void problem(StagedRow row, String field, String value, String code, List<String> args) {
		int column = this.mapping.columnOf(field);
		String header = (column >= 0 && column < this.headers.size()) ? this.headers.get(column) : null;
		row.problems.add(new StagedRow.Problem(row.line, header, field, shorten(value), code, args));
	}

	static String shorten(String value) {
		if (value == null || value.length() <= VALUE_MAX) {
			return value;
		}
		return value.substring(0, VALUE_MAX - 1) + "…";
	}

	/** A field's label, as an argument resolved in the reader's language. */
	static String label(String field) {
		return "@" + ImportField.of(field).map(ImportField::labelKey).orElse("organizations.field." + field);
	}

	/** Arguments as text; a message of its own as {@code @key}, resolved when shown. */
	private static List<String> args(Collection<Object> arguments) {
		List<String> texts = new ArrayList<>();
		for (Object argument : arguments) {
			if (argument instanceof MessageSourceResolvable resolvable && resolvable.getCodes() != null) {
				texts.add("@" + resolvable.getCodes()[0]);
			}
			else {
				texts.add(String.valueOf(argument));
			}
		}
		return texts;
	}

	private static Set<Sector> sectors(List<String> codes) {
		Set<Sector> sectors = EnumSet.noneOf(Sector.class);
		if (codes != null) {
			codes.forEach((code) -> sectors.add(Sector.valueOf(code)));
		}
		return sectors;
	}

}
