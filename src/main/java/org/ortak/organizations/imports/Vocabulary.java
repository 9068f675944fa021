package org.ortak.organizations.imports;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

import org.springframework.context.MessageSource;

import org.ortak.organizations.LocationPrecision;
import org.ortak.organizations.OrganizationKind;
import org.ortak.organizations.OrganizationStatus;
import org.ortak.organizations.Sector;
import org.ortak.organizations.SubKind;
import org.ortak.regions.RegionView;
import org.ortak.shared.Text;
import org.ortak.shared.i18n.Language;

/**
 * The words a file may use for a coded value, in any of the five languages: the codes
 * themselves, their labels as Ortak shows them, and for regions their names, codes and
 * "parent / region" paths. Compared folded ({@link Text#matchKey}), so case, marks and
 * punctuation do not matter.
 */
final class Vocabulary {

	/** A value the words name, or that they are ambiguous between several. */
	record Match(String code, boolean ambiguous) {

		static final Match NONE = new Match(null, false);

	}

	private final Map<ImportField.Type, Map<String, Set<String>>> words = new HashMap<>();

	private final Map<String, RegionView> regions = new HashMap<>();

	private Vocabulary() {
	}

	/** The words of every coded field, and of every region given. */
	static Vocabulary of(MessageSource messages, List<RegionView> regions) {
		Vocabulary vocabulary = new Vocabulary();
		vocabulary.enumerate(ImportField.Type.KIND, OrganizationKind.values(), "organizations.kind.", messages);
		vocabulary.enumerate(ImportField.Type.STATUS, OrganizationStatus.values(), "organizations.status.", messages);
		vocabulary.enumerate(ImportField.Type.SECTORS, Sector.values(), "organizations.sector.", messages);
		vocabulary.enumerate(ImportField.Type.SUB_KIND, SubKind.values(), "organizations.subKind.", messages);
		vocabulary.enumerate(ImportField.Type.PRECISION, LocationPrecision.values(), "organizations.precision.",
				messages);
		for (String yes : List.of("true", "1", "x", "y", "yes", "tak", "evet", "beli", "bəli", "بله", "آری")) {
			vocabulary.add(ImportField.Type.YES_NO, yes, "true");
		}
		for (String no : List.of("false", "0", "n", "no", "nie", "hayir", "hayır", "xeyr", "خیر", "نه")) {
			vocabulary.add(ImportField.Type.YES_NO, no, "false");
		}
		for (Language language : Language.values()) {
			vocabulary.add(ImportField.Type.YES_NO, messages.getMessage("common.yes", null, language.locale()), "true");
			vocabulary.add(ImportField.Type.YES_NO, messages.getMessage("common.no", null, language.locale()), "false");
		}
		Map<UUID, RegionView> byId = new HashMap<>();
		regions.forEach((region) -> byId.put(region.id(), region));
		for (RegionView region : regions) {
			String id = region.id().toString();
			vocabulary.regions.put(id, region);
			vocabulary.add(ImportField.Type.REGION, id, id);
			Set<String> names = names(region);
			names.forEach((name) -> vocabulary.add(ImportField.Type.REGION, name, id));
			for (String code : Arrays.asList(region.isoCode(), region.nationalCode())) {
				if (code != null) {
					vocabulary.add(ImportField.Type.REGION, code, id);
				}
			}
			// "Świętokrzyskie / Kielce": a name under the names of a region above it
			RegionView parent = byId.get(region.parentId());
			while (parent != null) {
				for (String parentName : names(parent)) {
					for (String name : names) {
						vocabulary.add(ImportField.Type.REGION, parentName + " / " + name, id);
					}
				}
				parent = byId.get(parent.parentId());
			}
		}
		return vocabulary;
	}

	private static Set<String> names(RegionView region) {
		Set<String> names = new LinkedHashSet<>();
		names.add(region.name());
		names.addAll(region.names().values());
		return names;
	}

	private <E extends Enum<E>> void enumerate(ImportField.Type type, E[] values, String prefix,
			MessageSource messages) {
		for (E value : values) {
			add(type, value.name(), value.name());
			add(type, value.name().replace('_', ' '), value.name());
			for (Language language : Language.values()) {
				String label = messages.getMessage(prefix + value.name(), null, null, language.locale());
				if (label != null) {
					add(type, label, value.name());
				}
			}
		}
	}

	private void add(ImportField.Type type, String word, String code) {
		String key = key(word);
		if (!key.isEmpty()) {
			this.words.computeIfAbsent(type, (any) -> new HashMap<>())
				.computeIfAbsent(key, (any) -> new LinkedHashSet<>())
				.add(code);
		}
	}

	/** How a value is compared: folded, and "/" or "›" between a region's names. */
	static String key(String word) {
		return Text.matchKey(word.replace('›', '/').replace('/', '\u0001')).replace("\u0001", "/");
	}

	/**
	 * The value these words name for the field's type: first what the user mapped them
	 * to, then what they mean in any language.
	 */
	Match match(ImportField.Type type, String word, Map<String, String> mapped) {
		String key = key(word);
		if (mapped != null && mapped.containsKey(key)) {
			return new Match(mapped.get(key), false);
		}
		Set<String> codes = this.words.getOrDefault(type, Map.of()).get(key);
		if (codes == null || codes.isEmpty()) {
			return Match.NONE;
		}
		return (codes.size() == 1) ? new Match(codes.iterator().next(), false) : new Match(null, true);
	}

	/** The region of a code {@link #match} gave. */
	RegionView region(String id) {
		return this.regions.get(id);
	}

	/** The codes a coded type has, for the value mapping's choices. */
	static List<String> codes(ImportField.Type type) {
		Function<Enum<?>[], List<String>> names = (values) -> Arrays.stream(values).map(Enum::name).toList();
		return switch (type) {
			case KIND -> names.apply(OrganizationKind.values());
			case STATUS -> names.apply(OrganizationStatus.values());
			case SECTORS -> names.apply(Sector.values());
			case SUB_KIND -> names.apply(SubKind.values());
			case PRECISION -> names.apply(LocationPrecision.values());
			case YES_NO -> List.of("true", "false");
			default -> new ArrayList<>();
		};
	}

	/** The message key that labels a code of a coded type. */
	static String labelKey(ImportField.Type type, String code) {
		return switch (type) {
			case KIND -> "organizations.kind." + code;
			case STATUS -> "organizations.status." + code;
			case SECTORS -> "organizations.sector." + code;
			case SUB_KIND -> "organizations.subKind." + code;
			case PRECISION -> "organizations.precision." + code;
			case YES_NO -> "true".equals(code) ? "common.yes" : "common.no";
			default -> null;
		};
	}

}
