package org.ortak.shared.search;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurationContext;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurer;
import org.hibernate.search.backend.lucene.analysis.model.dsl.LuceneAnalysisComponentParametersStep;
import org.hibernate.search.backend.lucene.analysis.model.dsl.LuceneAnalysisOptionalComponentsStep;
import org.hibernate.search.backend.lucene.analysis.model.dsl.LuceneAnalyzerOptionalComponentsStep;

/**
 * How names and text are read for search, in every language of the platform, so that
 * people find an organization however they type it. A query's words must all match (AND);
 * a word matches a document when
 * <ol>
 * <li>it is a word of the text once both are <b>folded</b> ({@link #FOLDED}): case
 * without regard to Turkish İ/ı/I/i, Polish and Azerbaijani letters without their marks
 * (ə as e), Persian and Arabic letter variants (ی/ي/ئ, ک/ك) and the zero-width non-joiner
 * removed; an initial stuck to a name is a word of its own ("D.Əliyeva" is "d" and
 * "eliyeva") — these rank first;</li>
 * <li>or its <b>stem</b> is the stem of a word of the text, in Polish (stempel) or in
 * Turkish (Snowball, after Turkish lower-casing) ({@link #POLISH}, {@link #TURKISH}):
 * "skarzysko" finds "Skarżysku", "kooperatif" finds "Kooperatifleri". Every document is
 * stemmed in both languages, as a query is: the country tells the language of the people,
 * not of every name, and each stemmer leaves alone what is not a Latin-letter word;</li>
 * <li>or, in a name, it is the folded <b>beginning</b> of a word of the name
 * ({@link #PREFIX} searched with {@link #TYPED}), so a list narrows as people type. A
 * word of six letters or more is first trimmed of its last one or two letters, never
 * below five: an ending typed differently still finds the word ("spoldzielnie" is
 * "spoldzieln", the beginning of "spoldzielni"; "mudafie" finds "Müdafiəsi"), while
 * shorter words must match as typed ("kadın" finds "Kadınlar", never "Kadı");</li>
 * <li>or it matches the text's <b>other spelling</b> ({@link #FOLDED_OTHER},
 * {@link #PREFIX_OTHER}): Azerbaijani ə read as a, which people without an Azerbaijani
 * keyboard type as often as e ("mudafia" and "mudafie" both find "Müdafiə"), and Persian
 * words joined by a zero-width non-joiner split where a space is typed in its place
 * ("دانش آموزی" finds "دانش‌آموزی");</li>
 * <li>or it is a folded word of a name, in any language, of the organization's region or
 * a region around it (the register's {@code places} field, folded both ways).</li>
 * </ol>
 * Only steps OpenSearch can also express (mapping and pattern_replace character filters,
 * standard tokenizer, lowercase — Turkish too —, persian_normalization, asciifolding,
 * apostrophe, keyword_marker, snowball, edge_ngram, pattern_replace, and polish_stem from
 * its analysis-stempel plugin), so the OpenSearch backend can take over by configuration.
 * {@link #describe()} is what {@link SearchIndex} fingerprints: changing any step, its
 * order, its parameters or a mapping file rebuilds the index.
 */
public class SearchAnalysis implements LuceneAnalysisConfigurer {

	/** Full text: any language, folded. */
	public static final String FOLDED = "folded";

	/**
	 * Full text folded the other way: ə as a, and the zero-width non-joiner as a space.
	 */
	public static final String FOLDED_OTHER = "folded_other";

	/** Beginnings of each folded word, for search as you type. */
	public static final String PREFIX = "prefix";

	/** Beginnings of each word folded the other way. */
	public static final String PREFIX_OTHER = "prefix_other";

	/**
	 * A query's words looked up among beginnings: folded, a long word less its ending.
	 */
	public static final String TYPED = "typed";

	/** A query's words looked up among beginnings folded the other way. */
	public static final String TYPED_OTHER = "typed_other";

	/** Polish stems, folded. */
	public static final String POLISH = "polish";

	/** Turkish stems, folded. */
	public static final String TURKISH = "turkish";

	/** Ids of a path like {@code /a/b/c/}, one token each. */
	public static final String PATH = "path";

	/** A whole value folded, for sorting and exact filters. */
	public static final String SORT = "sort";

	static final String MAPPING = "org/ortak/shared/search/folding-mapping.txt";

	static final String OTHER_MAPPING = "org/ortak/shared/search/other-spelling-mapping.txt";

	private static final Step STANDARD = step("standard");

	private static final Step FOLDING = step("mapping", "mapping", MAPPING);

	private static final Step OTHER_SPELLING = step("mapping", "mapping", OTHER_MAPPING);

	/** "D.Əliyeva" is "D. Əliyeva": an initial and a name. */
	private static final Step INITIALS = step("patternReplace", "pattern", "(\\p{L})\\.(?=\\p{L})", "replacement",
			"$1 ");

	private static final List<Step> FOLD = List.of(step("lowercase"), step("persianNormalization"),
			step("asciiFolding"));

	private static final Step BEGINNINGS = step("edgeNGram", "minGramSize", "1", "maxGramSize", "20");

	/** A word of 6+ letters less its last one or two letters, never below five. */
	private static final Step LESS_ENDING = step("patternReplace", "pattern", "^(\\p{L}{5,}?)\\p{L}{1,2}$",
			"replacement", "$1", "replace", "all");

	/**
	 * Stemmers leave alone numbers and words in other scripts, which they would garble.
	 */
	private static final Step LATIN_WORDS_ONLY = step("keywordMarker", "pattern", ".*[^\\p{IsLatin}].*");

	/** Every analyzer and normalizer, in the order they are declared. */
	static final List<Chain> CHAINS = List.of(analyzer(FOLDED, List.of(FOLDING, INITIALS), FOLD),
			analyzer(FOLDED_OTHER, List.of(OTHER_SPELLING, FOLDING, INITIALS), FOLD),
			analyzer(PREFIX, List.of(FOLDING, INITIALS), concat(FOLD, BEGINNINGS)),
			analyzer(PREFIX_OTHER, List.of(OTHER_SPELLING, FOLDING, INITIALS), concat(FOLD, BEGINNINGS)),
			analyzer(TYPED, List.of(FOLDING, INITIALS), concat(FOLD, LESS_ENDING)),
			analyzer(TYPED_OTHER, List.of(OTHER_SPELLING, FOLDING, INITIALS), concat(FOLD, LESS_ENDING)),
			analyzer(POLISH, List.of(FOLDING, INITIALS),
					List.of(step("lowercase"), LATIN_WORDS_ONLY, step("stempelPolishStem"), step("asciiFolding"))),
			analyzer(TURKISH, List.of(FOLDING, INITIALS),
					List.of(step("apostrophe"), step("turkishLowercase"), LATIN_WORDS_ONLY,
							step("snowballPorter", "language", "Turkish"), step("asciiFolding"))),
			new Chain(PATH, List.of(), step("pattern", "pattern", "/"), List.of()),
			new Chain(SORT, List.of(FOLDING), null, FOLD));

	@Override
	public void configure(LuceneAnalysisConfigurationContext context) {
		for (Chain chain : CHAINS) {
			LuceneAnalysisOptionalComponentsStep components;
			if (chain.tokenizer() != null) {
				LuceneAnalyzerOptionalComponentsStep analyzer = context.analyzer(chain.name())
					.custom()
					.tokenizer(chain.tokenizer().factory());
				for (Map.Entry<String, String> param : chain.tokenizer().params().entrySet()) {
					analyzer = analyzer.param(param.getKey(), param.getValue());
				}
				components = analyzer;
			}
			else {
				components = context.normalizer(chain.name()).custom();
			}
			for (Step charFilter : chain.charFilters()) {
				components = withParams(components.charFilter(charFilter.factory()), charFilter);
			}
			for (Step tokenFilter : chain.tokenFilters()) {
				components = withParams(components.tokenFilter(tokenFilter.factory()), tokenFilter);
			}
		}
	}

	/**
	 * Every chain, step by step with its parameters, and the mapping files they read: two
	 * builds with the same description analyze alike.
	 */
	public static String describe() {
		StringBuilder description = new StringBuilder();
		CHAINS.forEach((chain) -> description.append(chain).append('\n'));
		for (String resource : List.of(MAPPING, OTHER_MAPPING)) {
			try (InputStream in = SearchAnalysis.class.getClassLoader().getResourceAsStream(resource)) {
				if (in == null) {
					throw new IllegalStateException("Missing " + resource);
				}
				description.append(resource).append('\n').append(new String(in.readAllBytes(), StandardCharsets.UTF_8));
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}
		return description.toString();
	}

	private static LuceneAnalysisOptionalComponentsStep withParams(LuceneAnalysisComponentParametersStep component,
			Step step) {
		for (Map.Entry<String, String> param : step.params().entrySet()) {
			component = component.param(param.getKey(), param.getValue());
		}
		return component;
	}

	private static Chain analyzer(String name, List<Step> charFilters, List<Step> tokenFilters) {
		return new Chain(name, charFilters, STANDARD, tokenFilters);
	}

	private static Step step(String factory, String... params) {
		Map<String, String> map = new TreeMap<>();
		for (int i = 0; i < params.length; i += 2) {
			map.put(params[i], params[i + 1]);
		}
		return new Step(factory, map);
	}

	private static List<Step> concat(List<Step> steps, Step last) {
		List<Step> all = new ArrayList<>(steps);
		all.add(last);
		return List.copyOf(all);
	}

	/** A Lucene analysis factory by its SPI name, with its parameters. */
	record Step(String factory, Map<String, String> params) {
	}

	/**
	 * An analyzer (with a tokenizer) or a normalizer (without): character filters, then
	 * the tokenizer, then token filters.
	 */
	record Chain(String name, List<Step> charFilters, Step tokenizer, List<Step> tokenFilters) {
	}

}
