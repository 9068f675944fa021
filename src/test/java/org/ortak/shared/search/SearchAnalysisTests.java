package org.ortak.shared.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.custom.CustomAnalyzer;
import org.apache.lucene.analysis.stempel.StempelPolishStemFilterFactory;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.util.ClasspathResourceLoader;
import org.apache.lucene.util.Version;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What each analyzer makes of the words of the stories, without the index: the same
 * chains the index is configured with, built as plain Lucene analyzers.
 */
class SearchAnalysisTests {

	@Test
	void polishInflectionsShareAStem() {
		assertThat(words(SearchAnalysis.POLISH, "w Skarżysku-Kamiennej"))
			.isEqualTo(words(SearchAnalysis.POLISH, "w skarzysko kamienna"));
		assertThat(words(SearchAnalysis.POLISH, "Socjalnych")).isEqualTo(words(SearchAnalysis.POLISH, "socjalne"));
	}

	@Test
	void aPolishWordTypedWithoutMarksFindsItsInflectionByItsBeginning() {
		// stempel reads "spoldzielnie" and "Spółdzielni" apart; the beginning rule joins
		// them
		assertThat(words(SearchAnalysis.TYPED, "spoldzielnie socjalne")).containsExactly("spoldzieln", "socjal");
		assertThat(words(SearchAnalysis.PREFIX, "Spółdzielni Socjalnych")).contains("spoldzieln", "socjal");
	}

	@Test
	void shortWordsAreLookedUpAsTyped() {
		assertThat(words(SearchAnalysis.TYPED, "kadın kadınlar ISO 9001 123456")).containsExactly("kadin", "kadinl",
				"iso", "9001", "123456");
	}

	@Test
	void turkishSuffixesFallAway() {
		assertThat(words(SearchAnalysis.TURKISH, "Kooperatifleri")).containsExactly("kooperatif");
		assertThat(words(SearchAnalysis.TURKISH, "KADIN")).isEqualTo(words(SearchAnalysis.TURKISH, "Kadın"));
		assertThat(words(SearchAnalysis.TURKISH, "İSTANBUL")).isEqualTo(words(SearchAnalysis.TURKISH, "istanbul"));
	}

	@Test
	void stemmersLeaveNumbersAndOtherScriptsAlone() {
		assertThat(words(SearchAnalysis.POLISH, "ISO 9001 دانش‌آموزی")).endsWith("9001", "دانشآموزی");
		assertThat(words(SearchAnalysis.TURKISH, "9001 دانش‌آموزی")).containsExactly("9001", "دانشآموزی");
		assertThat(words(SearchAnalysis.POLISH, "9002")).containsExactly("9002");
	}

	@Test
	void schwaIsReadAsEAndAsA() {
		assertThat(words(SearchAnalysis.FOLDED, "Müdafiə")).containsExactly("mudafie");
		assertThat(words(SearchAnalysis.FOLDED_OTHER, "Müdafiə")).containsExactly("mudafia");
	}

	@Test
	void aZeroWidthNonJoinerJoinsOneWayAndSplitsTheOther() {
		assertThat(words(SearchAnalysis.FOLDED, "دانش‌آموزی")).hasSize(1)
			.isEqualTo(words(SearchAnalysis.FOLDED, "دانشآموزی"));
		assertThat(words(SearchAnalysis.FOLDED_OTHER, "دانش‌آموزی")).hasSize(2)
			.isEqualTo(words(SearchAnalysis.FOLDED, "دانش آموزی"));
		assertThat(words(SearchAnalysis.FOLDED, "دانش آموزئ")).isEqualTo(words(SearchAnalysis.FOLDED, "دانش آموزی"));
	}

	@Test
	void anInitialIsAWordOfItsOwn() {
		assertThat(words(SearchAnalysis.FOLDED, "D.Əliyeva adına")).containsExactly("d", "eliyeva", "adina");
		assertThat(words(SearchAnalysis.FOLDED_OTHER, "D.Əliyeva")).containsExactly("d", "aliyeva");
		assertThat(words(SearchAnalysis.FOLDED, "9.5")).containsExactly("9.5");
	}

	@Test
	void theDescriptionNamesEveryStepAndMapping() {
		String description = SearchAnalysis.describe();
		assertThat(description).contains("stempelPolishStem", "language=Turkish", "\"\\u0259\" => \"a\"",
				"\"\\u0626\" => \"\\u06CC\"");
	}

	@Test
	void stempelIsTheLuceneHibernateSearchBrings() {
		assertThat(StempelPolishStemFilterFactory.class.getPackage().getImplementationVersion())
			.isEqualTo(Version.class.getPackage().getImplementationVersion())
			.startsWith(Version.LATEST + " ");
	}

	static List<String> words(String analyzer, String text) {
		try (Analyzer built = build(analyzer); TokenStream stream = built.tokenStream("f", text)) {
			CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
			List<String> words = new ArrayList<>();
			stream.reset();
			while (stream.incrementToken()) {
				words.add(term.toString());
			}
			stream.end();
			return words;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static Analyzer build(String name) throws IOException {
		SearchAnalysis.Chain chain = SearchAnalysis.CHAINS.stream()
			.filter((candidate) -> candidate.name().equals(name))
			.findFirst()
			.orElseThrow();
		CustomAnalyzer.Builder builder = CustomAnalyzer
			.builder(new ClasspathResourceLoader(SearchAnalysis.class.getClassLoader()))
			.withTokenizer(chain.tokenizer().factory(), new HashMap<>(chain.tokenizer().params()));
		for (SearchAnalysis.Step step : chain.charFilters()) {
			builder.addCharFilter(step.factory(), new HashMap<>(step.params()));
		}
		for (SearchAnalysis.Step step : chain.tokenFilters()) {
			builder.addTokenFilter(step.factory(), new HashMap<>(step.params()));
		}
		return builder.build();
	}

}
