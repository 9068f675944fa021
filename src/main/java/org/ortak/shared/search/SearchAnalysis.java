package org.ortak.shared.search;

import org.apache.lucene.analysis.charfilter.MappingCharFilterFactory;
import org.apache.lucene.analysis.core.LowerCaseFilterFactory;
import org.apache.lucene.analysis.fa.PersianNormalizationFilterFactory;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilterFactory;
import org.apache.lucene.analysis.ngram.EdgeNGramFilterFactory;
import org.apache.lucene.analysis.pattern.PatternTokenizerFactory;
import org.apache.lucene.analysis.standard.StandardTokenizerFactory;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurationContext;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurer;

/**
 * How names and text are folded for search, in every language of the platform: Turkish
 * İ/ı/I/i, Polish and Azerbaijani diacritics, Persian and Arabic letter variants (ی/ي,
 * ک/ك) and the zero-width non-joiner. Only steps that OpenSearch's analysis-common can
 * also express (mapping, lowercase, persian_normalization, asciifolding, edge_ngram), so
 * the Elasticsearch backend can take over by configuration.
 */
public class SearchAnalysis implements LuceneAnalysisConfigurer {

	/** Full text: any language, folded. */
	public static final String FOLDED = "folded";

	/** Prefixes of each folded word, for search as you type. */
	public static final String PREFIX = "prefix";

	/** Ids of a path like {@code /a/b/c/}, one token each. */
	public static final String PATH = "path";

	/** A whole value folded, for sorting and exact filters. */
	public static final String SORT = "sort";

	static final String MAPPING = "org/ortak/shared/search/folding-mapping.txt";

	@Override
	public void configure(LuceneAnalysisConfigurationContext context) {
		context.analyzer(FOLDED)
			.custom()
			.tokenizer(StandardTokenizerFactory.class)
			.charFilter(MappingCharFilterFactory.class)
			.param("mapping", MAPPING)
			.tokenFilter(LowerCaseFilterFactory.class)
			.tokenFilter(PersianNormalizationFilterFactory.class)
			.tokenFilter(ASCIIFoldingFilterFactory.class);
		context.analyzer(PREFIX)
			.custom()
			.tokenizer(StandardTokenizerFactory.class)
			.charFilter(MappingCharFilterFactory.class)
			.param("mapping", MAPPING)
			.tokenFilter(LowerCaseFilterFactory.class)
			.tokenFilter(PersianNormalizationFilterFactory.class)
			.tokenFilter(ASCIIFoldingFilterFactory.class)
			.tokenFilter(EdgeNGramFilterFactory.class)
			.param("minGramSize", "1")
			.param("maxGramSize", "20");
		context.analyzer(PATH).custom().tokenizer(PatternTokenizerFactory.class).param("pattern", "/");
		context.normalizer(SORT)
			.custom()
			.charFilter(MappingCharFilterFactory.class)
			.param("mapping", MAPPING)
			.tokenFilter(LowerCaseFilterFactory.class)
			.tokenFilter(PersianNormalizationFilterFactory.class)
			.tokenFilter(ASCIIFoldingFilterFactory.class);
	}

}
