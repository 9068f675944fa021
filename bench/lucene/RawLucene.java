import java.lang.reflect.Method;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Date;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.sql.Timestamp;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.custom.CustomAnalyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedSetDocValuesField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.simple.SimpleQueryParser;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.SortedNumericSortField;
import org.apache.lucene.search.SortedSetSortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TopFieldDocs;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.ClasspathResourceLoader;

/**
 * The engine's own limit: the rows Ortak indexes, read over JDBC from the same database,
 * indexed with the same Lucene (9.12.3) and the same analysis — the analyzers are built
 * with Lucene's CustomAnalyzer from Ortak's own {@code SearchAnalysis} chains (read from
 * the app's classes) and its folding mapping files — then the public directory's 12
 * searches as Ortak asks them (every word in one of the name, description, address and
 * place fields with the same boosts, the same filters and sorts, top 20, exact hit
 * counts) straight against Lucene at 1, 8 and 32 threads.
 *
 * <pre>
 * java -cp 'APP/BOOT-INF/classes:APP/BOOT-INF/lib/*' bench/lucene/RawLucene.java \
 *     (--h2=DATA_DIR | --postgres=JDBC_URL [--user=postgres]) [--seconds=20] [--index=DIR] [--index-only]
 * </pre>
 *
 * With {@code --index-only} it indexes and stops (the import benchmark's reference).
 *
 * APP is the app's jar unzipped. The index goes to a temporary folder (or --index) and is
 * deleted afterwards.
 */
public class RawLucene {

	/** The searches of bench/DirectoryBench.java; {region} is Kocaeli's public id. */
	static final List<String> QUERIES = List.of("q=kadin", "q=kooperatif%20kartepe", "q=spoldzielnia",
			"q=" + enc("تعاونی"), "q=tarimsal&status=ACTIVE", "q=ictimai", "kind=COOPERATIVE&status=INACTIVE",
			"region={region}&sort=name", "sector=FOOD&q=uretim", "q=stowarzyszenie&sort=-updated",
			"q=" + enc("دانش‌آموزی"), "q=kocaeli&kind=ASSOCIATION");

	static Map<String, Analyzer> analyzers;

	static Analyzer sortNormalizer;

	public static void main(String[] args) throws Exception {
		Map<String, String> options = new HashMap<>();
		for (String arg : args) {
			String[] pair = arg.replaceFirst("^--", "").split("=", 2);
			options.put(pair[0], pair.length > 1 ? pair[1] : "true");
		}
		int seconds = Integer.parseInt(options.getOrDefault("seconds", "20"));
		boolean postgres = options.containsKey("postgres");
		String url = postgres ? options.get("postgres") : "jdbc:h2:file:" + Path.of(options.get("h2")).toAbsolutePath()
				+ "/db/ortak;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;ACCESS_MODE_DATA=r"
				// H2's embedded driver otherwise materializes a whole result set before its
				// first row: 1,000,000 organizations do not fit in the heap
				+ ";LAZY_QUERY_EXECUTION=TRUE";
		String user = options.getOrDefault("user", postgres ? "postgres" : "sa");
		Path indexDir = options.containsKey("index") ? Path.of(options.get("index"))
				: Files.createTempDirectory("raw-lucene");

		buildAnalyzers();
		Map<String, Analyzer> indexing = new HashMap<>();
		Map<String, Analyzer> searching = new HashMap<>();
		field(indexing, searching, "folded", "folded", "name", "shortName", "address", "places", "description",
				"certifications.name");
		field(indexing, searching, "folded_other", "folded_other", "address_other", "places_other",
				"description_other");
		field(indexing, searching, "prefix", "typed", "name_prefix");
		field(indexing, searching, "prefix_other", "typed_other", "name_other");
		field(indexing, searching, "polish", "polish", "name_pl", "description_pl");
		field(indexing, searching, "turkish", "turkish", "name_tr", "description_tr");
		field(indexing, searching, "path", "path", "regionPath");
		Analyzer indexAnalyzer = new PerFieldAnalyzerWrapper(analyzers.get("folded"), indexing);
		Analyzer searchAnalyzer = new PerFieldAnalyzerWrapper(analyzers.get("folded"), searching);

		String region;
		long started = System.nanoTime();
		long documents = 0;
		try (Connection connection = DriverManager.getConnection(url, user, options.getOrDefault("password", ""));
				FSDirectory directory = FSDirectory.open(indexDir)) {
			connection.setAutoCommit(false);
			try (Statement statement = connection.createStatement();
					ResultSet result = statement.executeQuery("select public_id from region where name = 'Kocaeli'")) {
				region = result.next() ? result.getString(1) : "00000000-0000-0000-0000-000000000000";
			}
			IndexWriterConfig config = new IndexWriterConfig(indexAnalyzer);
			config.setOpenMode(IndexWriterConfig.OpenMode.CREATE);
			try (IndexWriter writer = new IndexWriter(directory, config)) {
				documents = index(connection, writer);
				writer.commit();
			}
			double took = (System.nanoTime() - started) / 1e9;
			System.out.printf(Locale.ROOT, "| raw Lucene indexing | %d documents read over JDBC and indexed | %.1f s | %.0f documents/s |%n",
					documents, took, documents / took);
			if (options.containsKey("index-only")) {
				return;
			}

			try (DirectoryReader reader = DirectoryReader.open(directory)) {
				IndexSearcher searcher = new IndexSearcher(reader);
				List<Search> searches = new ArrayList<>();
				for (String query : QUERIES) {
					searches.add(Search.of(query.replace("{region}", region), searchAnalyzer));
				}
				System.out.println();
				System.out.println("| search | hits |");
				System.out.println("|---|---:|");
				for (int i = 0; i < searches.size(); i++) {
					System.out.printf(Locale.ROOT, "| `%s` | %d |%n", QUERIES.get(i), searches.get(i).run(searcher));
				}
				System.out.println();
				System.out.println("| clients | requests | errors | p50 ms | p95 ms | p99 ms | max ms | requests/s |");
				System.out.println("|---:|---:|---:|---:|---:|---:|---:|---:|");
				for (int clients : new int[] { 1, 8, 32 }) {
					load(searcher, searches, clients, Math.max(1, seconds / 5)); // warm-up
					load(searcher, searches, clients, seconds).print(clients);
				}
			}
		}
		finally {
			if (!options.containsKey("index")) {
				try (Stream<Path> files = Files.walk(indexDir)) {
					for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
						Files.delete(file);
					}
				}
			}
		}
	}

	static void field(Map<String, Analyzer> indexing, Map<String, Analyzer> searching, String index, String search,
			String... fields) {
		for (String field : fields) {
			indexing.put(field, analyzers.get(index));
			searching.put(field, analyzers.get(search));
		}
	}

	/**
	 * Every analyzer of Ortak's SearchAnalysis, step by step as it declares them (its
	 * CHAINS, read from the app's classes), built with Lucene's CustomAnalyzer.
	 */
	@SuppressWarnings("unchecked")
	static void buildAnalyzers() throws Exception {
		Class<?> analysis = Class.forName("org.ortak.shared.search.SearchAnalysis");
		java.lang.reflect.Field chainsField = analysis.getDeclaredField("CHAINS");
		chainsField.setAccessible(true);
		analyzers = new LinkedHashMap<>();
		ClasspathResourceLoader resources = new ClasspathResourceLoader(analysis.getClassLoader());
		for (Object chain : (List<Object>) chainsField.get(null)) {
			String name = (String) call(chain, "name");
			Object tokenizer = call(chain, "tokenizer");
			CustomAnalyzer.Builder builder = CustomAnalyzer.builder(resources);
			if (tokenizer != null) {
				builder.withTokenizer((String) call(tokenizer, "factory"),
						new HashMap<>((Map<String, String>) call(tokenizer, "params")));
			}
			else {
				builder.withTokenizer("keyword");
			}
			for (Object step : (List<Object>) call(chain, "charFilters")) {
				builder.addCharFilter((String) call(step, "factory"),
						new HashMap<>((Map<String, String>) call(step, "params")));
			}
			for (Object step : (List<Object>) call(chain, "tokenFilters")) {
				builder.addTokenFilter((String) call(step, "factory"),
						new HashMap<>((Map<String, String>) call(step, "params")));
			}
			Analyzer analyzer = builder.build();
			if (tokenizer == null) {
				sortNormalizer = analyzer;
			}
			analyzers.put(name, analyzer);
		}
		System.out.println("raw Lucene: analyzers " + analyzers.keySet() + " from Ortak's SearchAnalysis");
	}

	static Object call(Object target, String method) throws Exception {
		Method accessor = target.getClass().getDeclaredMethod(method);
		accessor.setAccessible(true);
		return accessor.invoke(target);
	}

	static String normalize(String value) throws Exception {
		try (TokenStream stream = sortNormalizer.tokenStream("name_sort", value)) {
			CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
			stream.reset();
			StringBuilder normalized = new StringBuilder();
			while (stream.incrementToken()) {
				normalized.append(term);
			}
			stream.end();
			return normalized.toString();
		}
	}

	/**
	 * The fields Ortak's Organization maps, as Hibernate Search's Lucene backend writes
	 * them: text fields analyzed, keywords as terms (with doc values where aggregable or
	 * sortable), numbers, dates and booleans as points.
	 */
	static long index(Connection connection, IndexWriter writer) throws Exception {
		long count = 0;
		try (Statement main = connection.createStatement();
				Statement sectorStatement = connection.createStatement();
				Statement identifierStatement = connection.createStatement();
				Statement certificationStatement = connection.createStatement()) {
			for (Statement statement : List.of(main, sectorStatement, identifierStatement, certificationStatement)) {
				statement.setFetchSize(2000);
			}
			ResultSet rows = main.executeQuery("select id, public_id, name, short_name, kind, sub_kind, registry_key, "
					+ "founded_on, region_path, place_names, address, description, status, archived, listed, updated_at, "
					+ "members_total, members_women, employees_total, employees_women from organization order by id");
			Children sectors = new Children(sectorStatement
				.executeQuery("select organization_id, sector from organization_sector order by organization_id"));
			Children identifiers = new Children(identifierStatement
				.executeQuery("select organization_id, number from organization_identifier order by organization_id"));
			Children certifications = new Children(certificationStatement.executeQuery(
					"select organization_id, name from organization_certification order by organization_id"));
			while (rows.next()) {
				long id = rows.getLong(1);
				Document doc = new Document();
				doc.add(new StringField("_id", Long.toString(id), Field.Store.YES));
				doc.add(new StringField("publicId", rows.getString(2), Field.Store.NO));
				String name = rows.getString(3);
				for (String field : List.of("name", "name_prefix", "name_other", "name_pl", "name_tr")) {
					doc.add(new TextField(field, name, Field.Store.NO));
				}
				String sortKey = normalize(name);
				doc.add(new StringField("name_sort", sortKey, Field.Store.NO));
				doc.add(new SortedSetDocValuesField("name_sort", new BytesRef(sortKey)));
				text(doc, rows.getString(4), "shortName");
				keyword(doc, "kind", rows.getString(5), true);
				keyword(doc, "subKind", rows.getString(6), true);
				keyword(doc, "registryKey", rows.getString(7), false);
				Date founded = rows.getDate(8);
				if (founded != null) {
					long day = founded.toLocalDate().toEpochDay();
					doc.add(new LongPoint("foundedOn", day));
					doc.add(new NumericDocValuesField("foundedOn", day));
					keyword(doc, "founded_year", Integer.toString(founded.toLocalDate().getYear()), true);
				}
				String path = rows.getString(9);
				doc.add(new TextField("regionPath", path, Field.Store.NO));
				for (String region : path.split("/")) {
					if (!region.isEmpty()) {
						keyword(doc, "regions", region, true);
					}
				}
				text(doc, rows.getString(10), "places", "places_other");
				text(doc, rows.getString(11), "address", "address_other");
				text(doc, rows.getString(12), "description", "description_other", "description_pl", "description_tr");
				keyword(doc, "status", rows.getString(13), true);
				doc.add(new IntPoint("archived", rows.getBoolean(14) ? 1 : 0));
				doc.add(new IntPoint("listed", rows.getBoolean(15) ? 1 : 0));
				Timestamp updated = rows.getTimestamp(16);
				doc.add(new LongPoint("updatedAt", updated.getTime()));
				doc.add(new NumericDocValuesField("updatedAt", updated.getTime()));
				number(doc, "members_total", rows, 17, true);
				if (rows.getObject(17) != null && rows.getObject(18) != null) {
					number(doc, "members_both_total", rows, 17, false);
					number(doc, "members_both_women", rows, 18, false);
				}
				if (rows.getObject(19) != null && rows.getObject(20) != null) {
					number(doc, "employees_both_total", rows, 19, false);
					number(doc, "employees_both_women", rows, 20, false);
				}
				for (String sector : sectors.of(id)) {
					keyword(doc, "sectors", sector, false);
				}
				for (String number : identifiers.of(id)) {
					keyword(doc, "identifiers", number, false);
				}
				for (String certification : certifications.of(id)) {
					text(doc, certification, "certifications.name");
				}
				writer.addDocument(doc);
				count++;
			}
		}
		return count;
	}

	static void text(Document doc, String value, String... fields) {
		if (value != null) {
			for (String field : fields) {
				doc.add(new TextField(field, value, Field.Store.NO));
			}
		}
	}

	static void keyword(Document doc, String field, String value, boolean aggregable) {
		if (value != null) {
			doc.add(new StringField(field, value, Field.Store.NO));
			if (aggregable) {
				doc.add(new SortedSetDocValuesField(field, new BytesRef(value)));
			}
		}
	}

	static void number(Document doc, String field, ResultSet rows, int column, boolean sortable) throws Exception {
		Object value = rows.getObject(column);
		if (value != null) {
			long number = ((Number) value).longValue();
			if (sortable) {
				doc.add(new IntPoint(field, (int) number));
			}
			else {
				doc.add(new LongPoint(field, number));
			}
			doc.add(new NumericDocValuesField(field, number));
		}
	}

	/** Rows of a child table in the order of their organization's id, read alongside. */
	static class Children {

		final ResultSet rows;

		boolean more;

		Children(ResultSet rows) throws Exception {
			this.rows = rows;
			this.more = rows.next();
		}

		List<String> of(long id) throws Exception {
			List<String> values = new ArrayList<>(2);
			while (this.more && this.rows.getLong(1) < id) {
				this.more = this.rows.next();
			}
			while (this.more && this.rows.getLong(1) == id) {
				values.add(this.rows.getString(2));
				this.more = this.rows.next();
			}
			return values;
		}

	}

	/** One of the directory's searches, as OrganizationSearch builds it for the public. */
	record Search(Query query, Sort sort) {

		static Search of(String queryString, Analyzer searchAnalyzer) throws Exception {
			Map<String, String> params = new HashMap<>();
			for (String pair : queryString.split("&")) {
				String[] kv = pair.split("=", 2);
				params.put(kv[0], URLDecoder.decode(kv[1], StandardCharsets.UTF_8));
			}
			BooleanQuery.Builder root = new BooleanQuery.Builder();
			root.add(new MatchAllDocsQuery(), Occur.MUST);
			root.add(IntPoint.newExactQuery("listed", 1), Occur.MUST);
			root.add(IntPoint.newExactQuery("archived", 0), Occur.MUST);
			String q = params.get("q");
			if (q != null) {
				Map<String, Float> weights = new LinkedHashMap<>();
				weights.put("name", 4f);
				weights.put("name_pl", 2f);
				weights.put("name_tr", 2f);
				for (String field : List.of("name_prefix", "name_other", "address", "address_other", "description",
						"description_other", "description_pl", "description_tr", "certifications.name", "places",
						"places_other")) {
					weights.put(field, 1f);
				}
				SimpleQueryParser parser = new SimpleQueryParser(searchAnalyzer, weights);
				parser.setDefaultOperator(Occur.MUST);
				Query words = parser.parse(q);
				BooleanQuery.Builder any = new BooleanQuery.Builder();
				any.add(words, Occur.SHOULD);
				String registryKey = registryKey(q);
				if (!registryKey.isEmpty()) {
					BooleanQuery.Builder numbers = new BooleanQuery.Builder();
					numbers.add(new TermQuery(new Term("registryKey", registryKey)), Occur.SHOULD);
					numbers.add(new TermQuery(new Term("identifiers", registryKey)), Occur.SHOULD);
					any.add(numbers.build(), Occur.SHOULD);
				}
				BooleanQuery.Builder acronym = new BooleanQuery.Builder();
				try (TokenStream stream = analyzers.get("folded").tokenStream("shortName", q)) {
					CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
					stream.reset();
					while (stream.incrementToken()) {
						acronym.add(new TermQuery(new Term("shortName", term.toString())), Occur.SHOULD);
					}
					stream.end();
				}
				any.add(new BoostQuery(new ConstantScoreQuery(acronym.build()), 50f), Occur.SHOULD);
				root.add(any.build(), Occur.MUST);
			}
			if (params.containsKey("kind")) {
				root.add(new TermQuery(new Term("kind", params.get("kind"))), Occur.MUST);
			}
			if (params.containsKey("status")) {
				root.add(new TermQuery(new Term("status", params.get("status"))), Occur.MUST);
			}
			if (params.containsKey("region")) {
				root.add(new TermQuery(new Term("regionPath", params.get("region"))), Occur.MUST);
			}
			if (params.containsKey("sector")) {
				root.add(new TermQuery(new Term("sectors", params.get("sector"))), Occur.MUST);
			}
			root.add(IntPoint.newExactQuery("archived", 0), Occur.MUST);
			String sortParam = params.getOrDefault("sort", (q != null) ? "relevance" : "name");
			SortField nameSort = new SortedSetSortField("name_sort", false);
			Sort sort = switch (sortParam) {
				case "name" -> new Sort(nameSort);
				case "-updated" -> new Sort(new SortedNumericSortField("updatedAt", SortField.Type.LONG, true));
				default -> new Sort(SortField.FIELD_SCORE, nameSort);
			};
			return new Search(root.build(), sort);
		}

		/** The top 20 with an exact hit count, and each hit's id as Ortak reads it. */
		long run(IndexSearcher searcher) throws Exception {
			TopFieldDocs top = searcher.search(this.query,
					new TopFieldCollectorManager(this.sort, 20, null, Integer.MAX_VALUE));
			StoredFields stored = searcher.storedFields();
			long ids = 0;
			for (ScoreDoc hit : top.scoreDocs) {
				ids += stored.document(hit.doc).get("_id").length();
			}
			return (ids >= 0) ? top.totalHits.value : -1;
		}

	}

	record Result(long[] latencies, int errors, double seconds) {

		void print(int clients) {
			long[] sorted = this.latencies.clone();
			Arrays.sort(sorted);
			System.out.printf(Locale.ROOT, "| %d | %d | %d | %.1f | %.1f | %.1f | %.1f | %.0f |%n", clients, sorted.length,
					this.errors, ms(sorted, 0.50), ms(sorted, 0.95), ms(sorted, 0.99),
					sorted.length == 0 ? 0 : sorted[sorted.length - 1] / 1e6, sorted.length / this.seconds);
		}

		static double ms(long[] sorted, double p) {
			return sorted.length == 0 ? 0
					: sorted[(int) Math.min(sorted.length - 1, Math.floor(p * sorted.length))] / 1e6;
		}

	}

	static Result load(IndexSearcher searcher, List<Search> searches, int clients, int seconds) throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(clients);
		long end = System.nanoTime() + seconds * 1_000_000_000L;
		List<Future<long[]>> futures = new ArrayList<>();
		AtomicLong errors = new AtomicLong();
		long started = System.nanoTime();
		for (int c = 0; c < clients; c++) {
			futures.add(pool.submit(() -> {
				long[] mine = new long[1024];
				int count = 0;
				while (System.nanoTime() < end) {
					Search search = searches.get(ThreadLocalRandom.current().nextInt(searches.size()));
					long t = System.nanoTime();
					try {
						search.run(searcher);
					}
					catch (Exception ex) {
						errors.incrementAndGet();
					}
					long took = System.nanoTime() - t;
					if (count == mine.length) {
						mine = Arrays.copyOf(mine, count * 2);
					}
					mine[count++] = took;
				}
				return Arrays.copyOf(mine, count);
			}));
		}
		List<long[]> all = new ArrayList<>();
		int total = 0;
		for (Future<long[]> future : futures) {
			long[] mine = future.get();
			all.add(mine);
			total += mine.length;
		}
		pool.shutdown();
		double took = (System.nanoTime() - started) / 1e9;
		long[] latencies = new long[total];
		int at = 0;
		for (long[] mine : all) {
			System.arraycopy(mine, 0, latencies, at, mine.length);
			at += mine.length;
		}
		return new Result(latencies, (int) errors.get(), took);
	}

	/** Organization.registryKey: as people read a number, without case, spaces or dashes. */
	static String registryKey(String registryNumber) {
		StringBuilder key = new StringBuilder();
		Normalizer.normalize(registryNumber, Normalizer.Form.NFKC).codePoints().forEach((codePoint) -> {
			int type = Character.getType(codePoint);
			if (Character.isWhitespace(codePoint) || Character.isSpaceChar(codePoint) || type == Character.FORMAT
					|| type == Character.DASH_PUNCTUATION || codePoint == '.' || codePoint == '/') {
				return;
			}
			int digit = Character.isDigit(codePoint) ? Character.digit(codePoint, 10) : -1;
			if (digit >= 0) {
				key.append((char) ('0' + digit));
			}
			else {
				key.appendCodePoint(codePoint);
			}
		});
		return key.toString().toUpperCase(Locale.ROOT);
	}

	static String enc(String text) {
		return java.net.URLEncoder.encode(text, StandardCharsets.UTF_8);
	}

}
