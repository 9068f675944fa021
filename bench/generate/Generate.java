import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Date;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.sql.Types;
import java.text.Normalizer;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * Writes N organizations straight into Ortak's database over JDBC, for the benchmarks and
 * the constant-memory test: PostgreSQL with COPY (the driver's CopyManager), H2 with
 * batched inserts (the file under DATA_DIR/db, while Ortak is stopped). The regions are
 * the ones in the database (the demo data's, written by a first start of Ortak); each
 * organization lies in one of the deepest regions, with a name in its country's language
 * (a tenth in English), coordinates scattered (gaussian) around the region's real town,
 * and every column filled as Ortak fills it (region_path, place_names, registry_key, a
 * first status change). The search index under DATA_DIR/index is then deleted, so that
 * Ortak rebuilds it at its next start.
 *
 * <pre>
 * java -cp 'LIB/*' bench/generate/Generate.java --n=100000 --h2=DATA_DIR [--description=300] [--seed=1]
 * java -cp 'LIB/*' bench/generate/Generate.java --n=100000 --postgres=jdbc:postgresql://127.0.0.1:5432/ortak_bench \
 *     --user=postgres [--data-dir=DATA_DIR]
 * </pre>
 *
 * LIB holds the JDBC drivers of the app's jar (BOOT-INF/lib: h2-*.jar, postgresql-*.jar).
 * --description is the length of each description in characters (at most 5000): long ones
 * make a large open-data download. --all-listed lists every organization and archives
 * none, so that each is a row of the open data.
 */
public class Generate {

	static final int CHUNK = 20_000;

	public static void main(String[] args) throws Exception {
		Map<String, String> options = new HashMap<>();
		for (String arg : args) {
			String[] pair = arg.replaceFirst("^--", "").split("=", 2);
			options.put(pair[0], pair.length > 1 ? pair[1] : "true");
		}
		int n = Integer.parseInt(options.getOrDefault("n", "100000"));
		int descriptionLength = Math.min(5000, Integer.parseInt(options.getOrDefault("description", "300")));
		long seed = Long.parseLong(options.getOrDefault("seed", "1"));
		String dataDir = options.getOrDefault("data-dir", options.get("h2"));
		boolean postgres = options.containsKey("postgres");
		String url = postgres ? options.get("postgres") : "jdbc:h2:file:" + Path.of(options.get("h2")).toAbsolutePath()
				+ "/db/ortak;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;CACHE_SIZE=262144";
		String user = options.getOrDefault("user", postgres ? "postgres" : "sa");
		String password = options.getOrDefault("password", "");

		long started = System.nanoTime();
		try (Connection connection = DriverManager.getConnection(url, user, password)) {
			connection.setAutoCommit(false);
			Register register = new Register(connection, seed, descriptionLength, options.containsKey("all-listed"));
			System.out.printf(Locale.ROOT, "generate: %d regions, %d of them where organizations lie; %s%n",
					register.regionCount, register.places.size(), postgres ? "PostgreSQL COPY" : "H2 batched inserts");
			Writer writer = postgres ? new CopyWriter(connection) : new BatchWriter(connection);
			long firstId = nextId(connection, "organization");
			long firstChangeId = nextId(connection, "organization_status_change");
			for (int from = 0; from < n; from += CHUNK) {
				List<Row> rows = new ArrayList<>();
				for (int i = from; i < Math.min(n, from + CHUNK); i++) {
					rows.add(register.row(i, firstId + i, firstChangeId + i));
				}
				writer.write(rows);
				connection.commit();
				if ((from / CHUNK) % 10 == 9) {
					System.out.printf(Locale.ROOT, "generate: %d rows, %.0f rows/s%n", from + rows.size(),
							(from + rows.size()) / ((System.nanoTime() - started) / 1e9));
				}
			}
			restartIdentity(connection, postgres, "organization", firstId + n);
			restartIdentity(connection, postgres, "organization_status_change", firstChangeId + n);
			connection.commit();
			if (postgres) {
				connection.setAutoCommit(true);
				try (Statement statement = connection.createStatement()) {
					statement.execute("analyze");
				}
			}
		}
		double seconds = (System.nanoTime() - started) / 1e9;
		System.out.printf(Locale.ROOT, "| generate | %d organizations | %.1f s | %.0f rows/s |%n", n, seconds,
				n / seconds);
		if (dataDir != null) {
			Path index = Path.of(dataDir, "index");
			if (Files.isDirectory(index)) {
				try (Stream<Path> files = Files.walk(index)) {
					for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
						Files.delete(file);
					}
				}
				System.out.println("generate: deleted " + index + ": Ortak rebuilds the index at its next start");
			}
		}
	}

	static long nextId(Connection connection, String table) throws SQLException {
		try (Statement statement = connection.createStatement();
				ResultSet result = statement.executeQuery("select coalesce(max(id), 0) + 1000 from " + table)) {
			result.next();
			return result.getLong(1);
		}
	}

	/** The identity column goes on after the generated ids, so Ortak's own inserts fit. */
	static void restartIdentity(Connection connection, boolean postgres, String table, long next)
			throws SQLException {
		try (Statement statement = connection.createStatement()) {
			if (postgres) {
				statement.execute("select setval(pg_get_serial_sequence('" + table + "', 'id'), " + next + ", false)");
			}
			else {
				statement.execute("alter table " + table + " alter column id restart with " + next);
			}
		}
	}

	/** One organization with its sectors and its first status change. */
	record Row(long id, UUID publicId, String name, String shortName, String kind, String subKind, String legalForm,
			String registryNumber, String registryKey, UUID countryId, LocalDate foundedOn, UUID regionId,
			String regionPath, String placeNames, String address, Double latitude, Double longitude,
			Integer membersTotal, Integer membersWomen, Integer employeesTotal, Integer employeesWomen,
			Boolean incomeGenerating, String website, String phone, String email, String description, String status,
			LocalDate statusSince, boolean archived, boolean listed, String locationPrecision, Instant createdAt,
			Instant updatedAt, List<String> sectors, long changeId) {
	}

	static final String COLUMNS = "id, public_id, version, name, short_name, kind, sub_kind, legal_form, registry_number, "
			+ "registry_key, country_id, founded_on, region_id, region_path, place_names, address, latitude, longitude, "
			+ "members_total, members_women, employees_total, employees_women, income_generating, website, phone, email, "
			+ "description, status, status_since, archived, listed, location_precision, created_at, created_by, "
			+ "updated_at, updated_by, confirmed_at, name_key";

	interface Writer {

		void write(List<Row> rows) throws Exception;

	}

	static Object[] values(Row r) {
		return new Object[] { r.id(), r.publicId(), 0L, r.name(), r.shortName(), r.kind(), r.subKind(), r.legalForm(),
				r.registryNumber(), r.registryKey(), r.countryId(), r.foundedOn(), r.regionId(), r.regionPath(),
				r.placeNames(), r.address(), r.latitude(), r.longitude(), r.membersTotal(), r.membersWomen(),
				r.employeesTotal(), r.employeesWomen(), r.incomeGenerating(), r.website(), r.phone(), r.email(),
				r.description(), r.status(), r.statusSince(), r.archived(), r.listed(), r.locationPrecision(),
				r.createdAt(), "bench", r.updatedAt(), "bench", r.updatedAt(), matchKey(r.name()) };
	}

	/**
	 * The name as duplicates compare it: what org.ortak.shared.Text.matchKey does (folded,
	 * letters and digits only, one space between words), repeated here because the
	 * generator runs without Ortak's classes.
	 */
	static String matchKey(String text) {
		String decomposed = java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFKD);
		StringBuilder folded = new StringBuilder(decomposed.length());
		decomposed.codePoints().forEach((codePoint) -> {
			int type = Character.getType(codePoint);
			if (type == Character.NON_SPACING_MARK || type == Character.FORMAT || codePoint == '\u0640') {
				return;
			}
			if (Character.isDigit(codePoint)) {
				folded.append((char) ('0' + Character.digit(codePoint, 10)));
				return;
			}
			switch (codePoint) {
				case '\u0131', '\u0130' -> folded.append('i');
				case '\u0259', '\u018F' -> folded.append('e');
				case '\u0142', '\u0141' -> folded.append('l');
				case '\u064A', '\u0649', '\u0626' -> folded.append('\u06CC');
				case '\u0643' -> folded.append('\u06A9');
				case '\u0629' -> folded.append('\u0647');
				default -> folded.appendCodePoint(codePoint);
			}
		});
		return folded.toString().toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
	}

	/** H2: batched prepared inserts. */
	static class BatchWriter implements Writer {

		final PreparedStatement organizations;

		final PreparedStatement sectors;

		final PreparedStatement changes;

		BatchWriter(Connection connection) throws SQLException {
			this.organizations = connection.prepareStatement("insert into organization (" + COLUMNS
					+ ") values (" + "?, ".repeat(COLUMNS.split(",").length - 1) + "?)");
			this.sectors = connection
				.prepareStatement("insert into organization_sector (organization_id, sector) values (?, ?)");
			this.changes = connection.prepareStatement("insert into organization_status_change (id, organization_id, "
					+ "from_status, to_status, effective_on, reason, changed_by, recorded_at) values (?, ?, null, ?, ?, null, 'bench', ?)");
		}

		@Override
		public void write(List<Row> rows) throws SQLException {
			for (Row row : rows) {
				Object[] values = values(row);
				for (int i = 0; i < values.length; i++) {
					set(this.organizations, i + 1, values[i]);
				}
				this.organizations.addBatch();
				for (String sector : row.sectors()) {
					this.sectors.setLong(1, row.id());
					this.sectors.setString(2, sector);
					this.sectors.addBatch();
				}
				this.changes.setLong(1, row.changeId());
				this.changes.setLong(2, row.id());
				this.changes.setString(3, row.status());
				set(this.changes, 4, row.statusSince());
				set(this.changes, 5, row.createdAt());
				this.changes.addBatch();
			}
			this.organizations.executeBatch();
			this.sectors.executeBatch();
			this.changes.executeBatch();
		}

		static void set(PreparedStatement statement, int index, Object value) throws SQLException {
			if (value == null) {
				statement.setNull(index, Types.NULL);
			}
			else if (value instanceof LocalDate date) {
				statement.setDate(index, Date.valueOf(date));
			}
			else if (value instanceof Instant instant) {
				statement.setTimestamp(index, Timestamp.from(instant));
			}
			else {
				statement.setObject(index, value);
			}
		}

	}

	/** PostgreSQL: COPY, three tables a chunk at a time. */
	static class CopyWriter implements Writer {

		final Object copyManager;

		CopyWriter(Connection connection) throws Exception {
			// through reflection, so that this file compiles with the H2 driver alone
			Class<?> pgConnection = Class.forName("org.postgresql.PGConnection");
			this.copyManager = pgConnection.getMethod("getCopyAPI").invoke(connection.unwrap(pgConnection));
		}

		@Override
		public void write(List<Row> rows) throws Exception {
			StringBuilder organizations = new StringBuilder(rows.size() * 800);
			StringBuilder sectors = new StringBuilder(rows.size() * 40);
			StringBuilder changes = new StringBuilder(rows.size() * 80);
			for (Row row : rows) {
				Object[] values = values(row);
				for (int i = 0; i < values.length; i++) {
					organizations.append(i == 0 ? "" : "\t").append(copy(values[i]));
				}
				organizations.append('\n');
				for (String sector : row.sectors()) {
					sectors.append(row.id()).append('\t').append(sector).append('\n');
				}
				changes.append(row.changeId())
					.append('\t')
					.append(row.id())
					.append("\t\\N\t")
					.append(row.status())
					.append('\t')
					.append(copy(row.statusSince()))
					.append("\t\\N\tbench\t")
					.append(copy(row.createdAt()))
					.append('\n');
			}
			copy("copy organization (" + COLUMNS + ") from stdin", organizations);
			copy("copy organization_sector (organization_id, sector) from stdin", sectors);
			copy("copy organization_status_change (id, organization_id, from_status, to_status, effective_on, reason, "
					+ "changed_by, recorded_at) from stdin", changes);
		}

		void copy(String sql, StringBuilder text) throws Exception {
			this.copyManager.getClass()
				.getMethod("copyIn", String.class, java.io.Reader.class)
				.invoke(this.copyManager, sql, new java.io.StringReader(text.toString()));
		}

		static String copy(Object value) {
			if (value == null) {
				return "\\N";
			}
			if (value instanceof Boolean bool) {
				return bool ? "t" : "f";
			}
			String text = value.toString();
			StringBuilder escaped = new StringBuilder(text.length());
			for (int i = 0; i < text.length(); i++) {
				char c = text.charAt(i);
				switch (c) {
					case '\\' -> escaped.append("\\\\");
					case '\n' -> escaped.append("\\n");
					case '\r' -> escaped.append("\\r");
					case '\t' -> escaped.append("\\t");
					default -> escaped.append(c);
				}
			}
			return escaped.toString();
		}

	}

	/** A region where organizations lie: the deepest ones, with their town's point. */
	record Place(UUID id, String path, UUID countryId, String country, String name, Map<String, String> names,
			String placeNames, double latitude, double longitude, double weight) {

		String in(String language) {
			return this.names.getOrDefault(language, this.name);
		}

	}

	/** Real towns of the demo regions (by the region's own name), and how many live there. */
	static final Map<String, double[]> TOWNS = Map.ofEntries(Map.entry("İzmit", new double[] { 40.7656, 29.9408, 4 }),
			Map.entry("Kartepe", new double[] { 40.7530, 30.0220, 1.5 }),
			Map.entry("Gebze", new double[] { 40.8027, 29.4307, 2.5 }),
			Map.entry("Başiskele", new double[] { 40.7160, 29.9280, 1 }),
			Map.entry("Ankara", new double[] { 39.9334, 32.8597, 8 }),
			Map.entry("Osmangazi", new double[] { 40.1950, 29.0600, 3 }),
			Map.entry("Nilüfer", new double[] { 40.2140, 28.9860, 3 }),
			Map.entry("شهرستان زنجان", new double[] { 36.6736, 48.4787, 3 }),
			Map.entry("استان تهران", new double[] { 35.6892, 51.3890, 9 }),
			Map.entry("Bakı", new double[] { 40.4093, 49.8671, 7 }),
			Map.entry("Masallı rayonu", new double[] { 39.0340, 48.6655, 1.5 }),
			Map.entry("Astara rayonu", new double[] { 38.4560, 48.8750, 1 }),
			Map.entry("Skarżysko-Kamienna", new double[] { 51.1130, 20.8600, 1.5 }),
			Map.entry("Kielce", new double[] { 50.8661, 20.6286, 3 }),
			Map.entry("Poznań", new double[] { 52.4064, 16.9252, 5 }));

	/** Countries' middles, for a region of no known town. */
	static final Map<String, double[]> COUNTRIES = Map.of("TR", new double[] { 39.0, 35.0 }, "IR",
			new double[] { 32.5, 53.7 }, "AZ", new double[] { 40.3, 47.7 }, "PL", new double[] { 52.0, 19.4 });

	/**
	 * A name pattern: its language, kind and sub-kind, sectors it suggests. {P} is the
	 * place's name in that language, {V} a village or quarter, {N} a person's name, {W} a
	 * word of the language.
	 */
	record Pattern(String language, String template, String kind, String subKind, String legalForm,
			String[] sectors) {
	}

	static final List<Pattern> PATTERNS = List.of(
			new Pattern("TR", "{P} {V} Kadın Girişimi Üretim ve İşletme Kooperatifi", "COOPERATIVE", "WOMEN_ENTERPRISE",
					"Kooperatif", new String[] { "FOOD", "HANDICRAFTS", "WOMEN_RIGHTS" }),
			new Pattern("TR", "{V} Köyü Tarımsal Kalkınma Kooperatifi", "COOPERATIVE", "AGRICULTURAL_DEVELOPMENT",
					"Kooperatif", new String[] { "AGRICULTURE", "FOOD" }),
			new Pattern("TR", "{P} {N} Kültür ve Dayanışma Derneği", "ASSOCIATION", null, "Dernek",
					new String[] { "CULTURE", "CIVIC_PARTICIPATION" }),
			new Pattern("TR", "{N} Eğitim ve Sosyal Yardımlaşma Vakfı", "FOUNDATION", null, "Vakıf",
					new String[] { "EDUCATION", "SOCIAL_SERVICES" }),
			new Pattern("TR", "{P} Kadınlar El Sanatları Üretim Kooperatifi", "COOPERATIVE", "PRODUCER", "Kooperatif",
					new String[] { "HANDICRAFTS", "TEXTILES" }),
			new Pattern("FA", "تعاونی تولیدی صنایع دستی {W} {P}", "COOPERATIVE", "PRODUCER", "شرکت تعاونی",
					new String[] { "HANDICRAFTS", "TEXTILES" }),
			new Pattern("FA", "تعاونی دانش‌آموزی {W} {P}", "COOPERATIVE", "SCHOOL_STUDENT", "شرکت تعاونی",
					new String[] { "EDUCATION", "TRADE" }),
			new Pattern("FA", "انجمن حمایت از زنان سرپرست خانوار {P}", "ASSOCIATION", null, "سازمان مردم‌نهاد",
					new String[] { "SOCIAL_SERVICES", "WOMEN_RIGHTS" }),
			new Pattern("FA", "تعاونی تولید روستایی {W}", "COOPERATIVE", "RURAL_PRODUCTION", "شرکت تعاونی",
					new String[] { "AGRICULTURE", "FOOD" }),
			new Pattern("AZ", "{P} Qadınlar İctimai Birliyi", "PUBLIC_UNION", null, "İctimai birlik",
					new String[] { "WOMEN_RIGHTS", "CIVIC_PARTICIPATION" }),
			new Pattern("AZ", "{N} adına Gənclər Təşəbbüsləri İctimai Birliyi", "PUBLIC_UNION", null, "İctimai birlik",
					new String[] { "EDUCATION", "CIVIC_PARTICIPATION" }),
			new Pattern("AZ", "{P} {V} Kənd Təsərrüfatı Kooperativi", "COOPERATIVE", "PRODUCER", "Kooperativ",
					new String[] { "AGRICULTURE", "FOOD" }),
			new Pattern("PL", "Spółdzielnia Socjalna „{W}” w {P}", "COOPERATIVE", "SOCIAL", "spółdzielnia socjalna",
					new String[] { "CLEANING", "GASTRONOMY", "EMPLOYMENT" }),
			new Pattern("PL", "Stowarzyszenie Na Rzecz Rozwoju {V}", "ASSOCIATION", null, "stowarzyszenie",
					new String[] { "CIVIC_PARTICIPATION", "CULTURE" }),
			new Pattern("PL", "Fundacja Ekonomii Społecznej „{W}”", "FOUNDATION", null, "fundacja",
					new String[] { "EMPLOYMENT", "SOCIAL_SERVICES" }),
			new Pattern("PL", "Centrum Integracji Społecznej „{W}” w {P}", "REINTEGRATION_ENTITY", "CIS",
					"jednostka samorządu", new String[] { "EMPLOYMENT", "SOCIAL_SERVICES" }),
			new Pattern("EN", "{P} {N} Women's Cooperative", "COOPERATIVE", "WOMEN", null,
					new String[] { "FOOD", "HANDICRAFTS" }),
			new Pattern("EN", "{N} Foundation for Social Enterprise", "FOUNDATION", null, null,
					new String[] { "EMPLOYMENT", "FINANCE" }));

	static final Map<String, String[]> VILLAGES = Map.of("TR",
			new String[] { "Arslanbey", "Uzunçiftlik", "Maşukiye", "Suadiye", "Yeniköy", "Karadere", "Çepni",
					"Bahçecik", "Kullar", "Eşme", "Sarımeşe", "Akmeşe", "Acısu", "Ketenciler", "Derince", "Tavşancıl",
					"Çayırova", "Dilovası", "Yuvacık", "Kirazlıyalı" },
			"AZ",
			new String[] { "Boradigah", "Ərkivan", "Qızılağac", "Təzəkənd", "Şıxlar", "Kakalos", "Pensər", "Şahağac",
					"Ərçivan", "Lənkəran", "Xanbulan", "Sipiyəti" },
			"PL", new String[] { "Gminy Bliżyn", "Doliny Kamiennej", "Wsi Świętokrzyskiej", "Suchedniowa",
					"Łącznej", "Miasta Kielce", "Ziemi Skarżyskiej", "Wielkopolski", "Pogórza", "Puszczy Zielonki" });

	static final Map<String, String[]> PEOPLE = Map.of("TR",
			new String[] { "Ayşe Hanım", "Fatma Yıldız", "Emine Şahin", "Hatice Çelik", "Zeynep Öztürk", "Şükrü Aydın",
					"İsmail Doğan", "Gülşen Kılıç", "Nurcan Arslan", "Hülya Koç" },
			"AZ",
			new String[] { "D.Əliyeva", "Z.Xəlilova", "Ş.Məmmədova", "N.Hüseynova", "Ə.Qasımova", "Ü.Hacıbəyov",
					"M.Ələkbərova", "S.Vurğun" },
			"EN", new String[] { "Hope", "Harmony", "Sunrise", "Bridge", "Meadow", "Horizon", "Harvest", "Unity" });

	static final Map<String, String[]> WORDS = Map.of("FA",
			new String[] { "گلستان", "نیلوفر", "سپیده", "آفتاب", "مهرگان", "بهار", "ستاره", "کوثر", "امید", "آینده",
					"پیشگامان", "شکوفه" },
			"PL", new String[] { "Razem", "Pod Dębem", "Nadzieja", "Przystań", "Dobry Start", "Sukces", "Wspólnota",
					"Kuźnia", "Promyk", "Horyzont", "Pracownia", "Zielony Zakątek" });

	static final Map<String, String[]> STREETS = Map.of("TR",
			new String[] { "Atatürk Cd.", "Cumhuriyet Mah. Gül Sk.", "İstasyon Cd.", "Fatih Mah. Çınar Sk.",
					"Yeni Mah. Okul Sk." },
			"FA", new String[] { "خیابان امام", "بلوار آزادی", "کوچه نسترن", "خیابان سعدی" }, "AZ",
			new String[] { "Heydər Əliyev pr.", "Nizami küç.", "Füzuli küç.", "28 May küç." }, "PL",
			new String[] { "ul. Sienkiewicza", "ul. Mickiewicza", "ul. Kościuszki", "al. Solidarności" }, "EN",
			new String[] { "High Street", "Station Road", "Market Square" });

	static final Map<String, String[]> SENTENCES = Map.of("TR", new String[] {
			"Kooperatifimiz yöre kadınlarının ürettiği ürünleri pazarlar ve eğitimler düzenler.",
			"Tarımsal üretim, gıda işleme ve el sanatları alanlarında çalışmaktadır.",
			"Üyelerimiz yerel pazarlarda ve çevrimiçi satış kanallarında ürünlerini sunar.",
			"Belediye ve valilik ile iş birliği içinde sosyal projeler yürütür.",
			"Dernek, kültürel etkinlikler ve dayanışma ağları ile bölge halkını destekler." },
			"FA", new String[] { "این تعاونی محصولات صنایع دستی زنان روستایی را عرضه می‌کند.",
					"آموزش مهارت‌های کارآفرینی و بازاریابی برای اعضا برگزار می‌شود.",
					"با همکاری اداره کل تعاون، کار و رفاه اجتماعی استان فعالیت می‌کند.",
					"دانش‌آموزان با اصول تعاون و مدیریت مالی آشنا می‌شوند." },
			"AZ", new String[] { "Birlik qadınların məşğulluğunu və sahibkarlığını dəstəkləyir.",
					"Kənd təsərrüfatı məhsullarının emalı və satışı ilə məşğuldur.",
					"Gənclər üçün təlimlər və maarifləndirmə tədbirləri keçirir.",
					"Bələdiyyələr və yerli icra hakimiyyəti ilə birgə layihələr həyata keçirir." },
			"PL", new String[] { "Spółdzielnia zatrudnia osoby zagrożone wykluczeniem społecznym.",
					"Prowadzimy catering, usługi porządkowe i pracownię rękodzieła.",
					"Stowarzyszenie wspiera rozwój lokalnej społeczności i ekonomii społecznej.",
					"Współpracujemy z Ośrodkiem Wsparcia Ekonomii Społecznej i samorządem gminy." },
			"EN", new String[] { "The cooperative markets products made by local women and runs training courses.",
					"We support social enterprises with advice, small grants and mentoring.",
					"Our members sell at local markets and through an online shop.",
					"We work with the municipality on employment and inclusion projects." });

	static final String[] STATUSES = { "ACTIVE", "SEMI_ACTIVE", "INACTIVE", "DISSOLVED" };

	static final double[] STATUS_WEIGHTS = { 0.72, 0.12, 0.11, 0.05 };

	static final String[] SECTORS = { "AGRICULTURE", "FOOD", "HANDICRAFTS", "TEXTILES", "TOURISM", "GASTRONOMY",
			"EDUCATION", "HEALTH_CARE", "SOCIAL_SERVICES", "EMPLOYMENT", "ENVIRONMENT", "ENERGY", "HOUSING", "FINANCE",
			"TRADE", "MANUFACTURING", "CONSTRUCTION", "CLEANING", "CULTURE", "MEDIA", "TECHNOLOGY", "RESEARCH",
			"WOMEN_RIGHTS", "CIVIC_PARTICIPATION", "CORPORATE_RESPONSIBILITY", "OTHER" };

	/** The register's regions and the rules that make a row. */
	static class Register {

		final List<Place> places = new ArrayList<>();

		final double[] cumulative;

		final int regionCount;

		final long seed;

		final int descriptionLength;

		final Instant now = Instant.now();

		final boolean allListed;

		Register(Connection connection, long seed, int descriptionLength, boolean allListed) throws SQLException {
			this.allListed = allListed;
			this.seed = seed;
			this.descriptionLength = descriptionLength;
			record RegionRow(long id, UUID publicId, UUID parentId, String name, String path, String iso,
					Map<String, String> names) {
			}
			Map<Long, RegionRow> byId = new LinkedHashMap<>();
			Map<UUID, RegionRow> byPublicId = new HashMap<>();
			Set<UUID> parents = new java.util.HashSet<>();
			try (Statement statement = connection.createStatement()) {
				try (ResultSet result = statement.executeQuery(
						"select r.id, r.public_id, p.public_id, r.name, r.path, r.iso_code from region r left join region p on p.id = r.parent_id order by r.id")) {
					while (result.next()) {
						RegionRow row = new RegionRow(result.getLong(1), result.getObject(2, UUID.class),
								result.getObject(3, UUID.class), result.getString(4), result.getString(5),
								result.getString(6), new LinkedHashMap<>());
						byId.put(row.id(), row);
						byPublicId.put(row.publicId(), row);
						if (row.parentId() != null) {
							parents.add(row.parentId());
						}
					}
				}
				// in the order of the languages (EN, TR, AZ, FA, PL), as Ortak keeps them
				try (ResultSet result = statement.executeQuery("select region_id, language, name from region_name "
						+ "order by region_id, case language when 'EN' then 0 when 'TR' then 1 when 'AZ' then 2 when 'FA' then 3 else 4 end")) {
					while (result.next()) {
						byId.get(result.getLong(1)).names().put(result.getString(2), result.getString(3));
					}
				}
			}
			this.regionCount = byId.size();
			if (byId.isEmpty()) {
				throw new IllegalStateException("No regions: start Ortak once on this database with its demo data");
			}
			for (RegionRow region : byId.values()) {
				if (parents.contains(region.publicId())) {
					continue;
				}
				List<RegionRow> lineage = new ArrayList<>();
				for (String id : region.path().split("/")) {
					if (!id.isEmpty()) {
						lineage.add(byPublicId.get(UUID.fromString(id)));
					}
				}
				Set<String> all = new LinkedHashSet<>();
				for (RegionRow above : lineage) {
					all.add(above.name());
					all.addAll(above.names().values());
				}
				RegionRow country = lineage.get(0);
				String iso = (country.iso() != null) ? country.iso() : "TR";
				double[] town = TOWNS.get(region.name());
				if (town == null) {
					double[] middle = COUNTRIES.getOrDefault(iso, new double[] { 40, 30 });
					town = new double[] { middle[0], middle[1], 1 };
				}
				this.places.add(new Place(region.publicId(), region.path(), country.publicId(), iso, region.name(),
						region.names(), String.join("\n", all), town[0], town[1], town[2]));
			}
			this.cumulative = new double[this.places.size()];
			double sum = 0;
			for (int i = 0; i < this.places.size(); i++) {
				sum += this.places.get(i).weight();
				this.cumulative[i] = sum;
			}
			for (int i = 0; i < this.cumulative.length; i++) {
				this.cumulative[i] /= sum;
			}
		}

		Row row(int i, long id, long changeId) {
			// one random stream per row: the same seed on the same database makes the same
			// register
			SplittableRandom random = new SplittableRandom(this.seed * 1_000_003L + id);
			Place place = this.places.get(pick(this.cumulative, random.nextDouble()));
			String language = (random.nextDouble() < 0.1) ? "EN" : languageOf(place.country());
			List<Pattern> patterns = PATTERNS.stream().filter((p) -> p.language().equals(language)).toList();
			Pattern pattern = patterns.get(random.nextInt(patterns.size()));
			String placeName = placeName(place, language);
			String name = pattern.template()
				.replace("{P}", placeName)
				.replace("{V}", any(VILLAGES.getOrDefault(language, VILLAGES.get("TR")), random))
				.replace("{N}", any(PEOPLE.getOrDefault(language, PEOPLE.get("TR")), random))
				.replace("{W}", any(WORDS.getOrDefault(language, WORDS.get("PL")), random));
			String status = STATUSES[pick(cumulativeOf(STATUS_WEIGHTS), random.nextDouble())];
			LocalDate founded = LocalDate.of(1960, 1, 1).plusDays(random.nextInt(365 * 65));
			LocalDate since = "ACTIVE".equals(status) ? founded
					: founded.plusDays(random.nextInt((int) Math.max(1, LocalDate.of(2025, 12, 31).toEpochDay()
							- founded.toEpochDay())));
			boolean womens = pattern.template().contains("Kadın") || pattern.template().contains("Qadın")
					|| pattern.template().contains("زنان") || pattern.template().contains("Women");
			int members = (int) Math.min(5000, Math.round(Math.exp(2 + random.nextDouble() * 4)));
			int women = womens ? members : random.nextInt(members + 1);
			Integer employees = (random.nextDouble() < 0.6) ? random.nextInt(0, 60) : null;
			Integer employeesWomen = (employees != null && random.nextDouble() < 0.8) ? random.nextInt(employees + 1)
					: null;
			// a gaussian cloud around the town, about 5 km wide; a few farther out
			double spread = (random.nextDouble() < 0.9) ? 0.05 : 0.4;
			double latitude = place.latitude() + gaussian(random) * spread;
			double longitude = place.longitude() + gaussian(random) * spread * 1.3;
			List<String> sectors = new ArrayList<>();
			sectors.add(any(pattern.sectors(), random));
			if (random.nextDouble() < 0.4) {
				String another = (random.nextDouble() < 0.5) ? any(pattern.sectors(), random) : any(SECTORS, random);
				if (!sectors.contains(another)) {
					sectors.add(another);
				}
			}
			String registryNumber = switch (place.country()) {
				// unique in its country, even when a second run adds to the register
				case "PL" -> String.format(Locale.ROOT, "%010d", id);
				case "IR" -> String.format(Locale.ROOT, "%d/%d", 1000 + id % 900, id);
				case "AZ" -> String.format(Locale.ROOT, "AZ-%d", 500000 + id);
				default -> String.format(Locale.ROOT, "%d-%d", 41, 100000 + id);
			};
			Instant created = this.now.minusSeconds(random.nextLong(3L * 365 * 86400));
			Instant updated = created.plusSeconds(random.nextLong(Math.max(1, this.now.getEpochSecond() - created.getEpochSecond())));
			String street = any(STREETS.get(language), random);
			String address = switch (language) {
				case "TR" -> street + " No:" + (1 + random.nextInt(120)) + ", " + placeName;
				case "FA" -> placeName + "، " + street + "، پلاک " + (1 + random.nextInt(120));
				case "PL" -> street + " " + (1 + random.nextInt(120)) + ", " + placeName;
				default -> street + " " + (1 + random.nextInt(120)) + ", " + placeName;
			};
			double precision = random.nextDouble();
			UUID publicId = new UUID((random.nextLong() & ~0xF000L) | 0x4000L,
					(random.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L);
			return new Row(id, publicId, name,
					(random.nextDouble() < 0.02) ? acronym(name) : null, pattern.kind(), pattern.subKind(),
					pattern.legalForm(), registryNumber, registryKey(registryNumber), place.countryId(), founded,
					place.id(), place.path(), place.placeNames(), (random.nextDouble() < 0.85) ? address : null,
					round(latitude), round(longitude), members, women, employees, employeesWomen,
					random.nextDouble() < 0.7, (random.nextDouble() < 0.3) ? "https://example.org/o/" + i : null,
					(random.nextDouble() < 0.5) ? "+90 262 " + (1000000 + i % 8999999) : null,
					(random.nextDouble() < 0.4) ? "info" + i + "@example.org" : null,
					description(language, placeName, random), status, since,
					!this.allListed && random.nextDouble() < 0.01,
					this.allListed || (!"DISSOLVED".equals(status) && random.nextDouble() < 0.97),
					(precision < 0.85) ? "EXACT" : (precision < 0.95) ? "STREET" : "DISTRICT", created, updated,
					sectors, changeId);
		}

		String description(String language, String placeName, SplittableRandom random) {
			String[] sentences = SENTENCES.get(language);
			StringBuilder text = new StringBuilder(placeName).append(": ");
			while (text.length() < this.descriptionLength) {
				text.append(any(sentences, random)).append(' ');
			}
			String description = text.toString().strip();
			return (description.length() > this.descriptionLength)
					? description.substring(0, this.descriptionLength).strip() : description;
		}

	}

	static String languageOf(String country) {
		return switch (country) {
			case "IR" -> "FA";
			case "AZ" -> "AZ";
			case "PL" -> "PL";
			default -> "TR";
		};
	}

	/** The place as people of that language write it: Persian in Persian, Polish "w Kielcach" as "w Kielce". */
	static String placeName(Place place, String language) {
		String name = place.in(language);
		return name.replaceAll("(?i)^(powiat|gmina|rejon|ostan|szahrestan) ", "")
			.replaceAll("(?i) (rayonu|district|county|province)$", "")
			.replaceAll("^(شهرستان|استان|ناحیه) ", "");
	}

	static String acronym(String name) {
		StringBuilder acronym = new StringBuilder();
		for (String word : name.split("[\\s„”]+")) {
			if (!word.isEmpty() && Character.isLetter(word.charAt(0)) && Character.isUpperCase(word.charAt(0))) {
				acronym.append(word.charAt(0));
			}
		}
		return (acronym.length() >= 2) ? acronym.substring(0, Math.min(8, acronym.length())) : null;
	}

	static double round(double value) {
		return Math.round(value * 1e5) / 1e5;
	}

	static double gaussian(SplittableRandom random) {
		// Box-Muller
		double u = 1 - random.nextDouble();
		double v = random.nextDouble();
		return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
	}

	static double[] cumulativeOf(double[] weights) {
		double[] cumulative = new double[weights.length];
		double sum = 0;
		for (int i = 0; i < weights.length; i++) {
			sum += weights[i];
			cumulative[i] = sum;
		}
		return cumulative;
	}

	static int pick(double[] cumulative, double x) {
		for (int i = 0; i < cumulative.length; i++) {
			if (x < cumulative[i]) {
				return i;
			}
		}
		return cumulative.length - 1;
	}

	static String any(String[] values, SplittableRandom random) {
		return values[random.nextInt(values.length)];
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

}
