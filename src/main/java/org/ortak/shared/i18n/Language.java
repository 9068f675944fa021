package org.ortak.shared.i18n;

import java.util.List;
import java.util.Locale;

/**
 * A language of the interface, named in itself for the switcher.
 */
public enum Language {

	EN("en", "English"), TR("tr", "Türkçe"), AZ("az", "Azərbaycanca"), FA("fa", "فارسی"), PL("pl", "Polski");

	private final String code;

	private final String nativeName;

	Language(String code, String nativeName) {
		this.code = code;
		this.nativeName = nativeName;
	}

	public String code() {
		return this.code;
	}

	public String nativeName() {
		return this.nativeName;
	}

	public Locale locale() {
		return Locale.forLanguageTag(this.code);
	}

	public boolean rightToLeft() {
		return this == FA;
	}

	/** The cookie that remembers the reader's language. */
	public static final String COOKIE = "ortak-lang";

	public static List<Locale> locales() {
		return java.util.Arrays.stream(values()).map(Language::locale).toList();
	}

	/**
	 * The best of these languages for an {@code Accept-Language} header; English when
	 * none matches or the header cannot be read.
	 */
	public static Locale bestFor(String acceptLanguage) {
		if (acceptLanguage == null || acceptLanguage.isBlank()) {
			return Locale.ENGLISH;
		}
		try {
			Locale best = Locale.lookup(Locale.LanguageRange.parse(acceptLanguage), locales());
			return (best != null) ? best : Locale.ENGLISH;
		}
		catch (IllegalArgumentException ex) {
			return Locale.ENGLISH;
		}
	}

	public static Language of(Locale locale) {
		for (Language language : values()) {
			if (language.code.equals(locale.getLanguage())) {
				return language;
			}
		}
		return EN;
	}

	/** Whether the code is one of the interface's languages. */
	public static boolean isCode(String code) {
		return java.util.Arrays.stream(values()).anyMatch((language) -> language.code.equals(code));
	}

	/**
	 * The languages as a multilingual form lists them: those a text already has, in its
	 * order (the first is the one it was written in), then the writer's own, then the
	 * rest.
	 */
	public static java.util.Set<Language> writingOrder(java.util.Collection<String> written, Locale writer) {
		java.util.Set<Language> ordered = new java.util.LinkedHashSet<>();
		written.forEach((code) -> java.util.Arrays.stream(values())
			.filter((language) -> language.code.equals(code))
			.forEach(ordered::add));
		ordered.add(of(writer));
		ordered.addAll(java.util.Arrays.asList(values()));
		return ordered;
	}

	/**
	 * Of a text written in several languages, the reader's, else the one it was first
	 * written in ({@code original}), else any; {@code null} for none.
	 */
	public static String pick(java.util.Map<String, String> texts, String original, Locale reader) {
		String own = texts.get(of(reader).code);
		if (own != null) {
			return own;
		}
		String first = (original != null) ? texts.get(original) : null;
		return (first != null) ? first : texts.values().stream().findFirst().orElse(null);
	}

	/** The language code {@link #pick} takes its text in. */
	public static String pickedCode(java.util.Map<String, String> texts, String original, Locale reader) {
		if (texts.containsKey(of(reader).code)) {
			return of(reader).code;
		}
		return (original != null && texts.containsKey(original)) ? original
				: texts.keySet().stream().findFirst().orElse(original);
	}

	/** Texts by language code with the one first written in first, the others after. */
	public static java.util.Map<String, String> originalFirst(java.util.Map<String, String> texts, String original) {
		java.util.Map<String, String> ordered = new java.util.LinkedHashMap<>();
		if (original != null && texts.containsKey(original)) {
			ordered.put(original, texts.get(original));
		}
		ordered.putAll(texts);
		return ordered;
	}

}
